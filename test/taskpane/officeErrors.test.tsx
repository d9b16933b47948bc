/** @jest-environment jsdom */
/**
 * The pane through its Office entry (src/taskpane/main.tsx) on the fake Excel: an error Excel
 * raises reaches the person in the pane's language by its code, never as Excel's English text.
 */
import './setup';
import { screen } from '@testing-library/react';
import { FakeExcel } from '../support/fakeOffice';
import { installOfficeGlobals, removeOfficeGlobals } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook } from '../support/fakeOffice/workbook';

/** Generous: the pane reads the workbook through the fake; this waits on what becomes visible. */
const VISIBLE = { timeout: 60_000 };
const INTERNAL = 'An internal error has occurred.';
const DENIED = 'Access denied. You do not have permission to perform this action.';

function startPane(fake: FakeExcel, displayLanguage: string): void {
  document.body.innerHTML = '<div id="root"></div>';
  installOfficeGlobals(fake, displayLanguage);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/main');
  });
}

afterEach(() => removeOfficeGlobals());

describe('an Excel error in the pane', () => {
  it.each([
    ['nl-NL', 'GeneralException', INTERNAL, /Excel meldde een interne fout/],
    ['en-US', 'GeneralException', INTERNAL, /Excel reported an internal error/],
    ['nl-NL', 'AccessDenied', DENIED, /is beveiligd\. Hef de beveiliging op/],
    ['en-US', 'AccessDenied', DENIED, /is protected\. Unprotect it/],
  ])(
    'in %s, %s while loading, is told by its code',
    async (ui, code, english, expected) => {
      const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 12 });
      fake.failRequest(code, english);
      startPane(fake, ui);
      expect(await screen.findByText(expected, {}, VISIBLE)).toBeTruthy();
      expect(screen.queryByText(new RegExp(english.slice(0, 20)))).toBeNull();
    },
    120_000,
  );
});
