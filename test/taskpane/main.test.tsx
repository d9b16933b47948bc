/** @jest-environment jsdom */
/**
 * The pane's Office entry (src/taskpane/main.tsx) on the fake Excel: what a person on an older
 * Excel sees, and the pane over the real Office host on a current one.
 */
import './setup';
import { screen } from '@testing-library/react';
import { FakeExcel } from '../support/fakeOffice';
import { installOfficeGlobals, removeOfficeGlobals } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook } from '../support/fakeOffice/workbook';

/** Generous: the pane reads the workbook through the fake; this waits on what becomes visible. */
const VISIBLE = { timeout: 60_000 };

function startPane(fake: FakeExcel, displayLanguage: string): void {
  document.body.innerHTML = '<div id="root"></div>';
  installOfficeGlobals(fake, displayLanguage);
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../src/taskpane/main');
  });
}

afterEach(() => removeOfficeGlobals());

describe('the pane in Excel', () => {
  it.each([
    ['nl-NL', /Deze versie van Excel is te oud/, /ExcelApi 1\.9/],
    ['en-US', /This version of Excel is too old/, /Update Office/],
  ])(
    'tells a person on an Excel without ExcelApi 1.9 what to do (%s)',
    async (ui, title, action) => {
      startPane(new FakeExcel({ sheets: [{ name: 'Blad1' }] }, { apiVersion: '1.8' }), ui);
      expect(await screen.findByText(title, {}, VISIBLE)).toBeTruthy();
      expect(screen.getByText(action)).toBeTruthy();
    },
    120_000,
  );

  it('reads the workbook through the Office host and shows the pane', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 12 });
    startPane(fake, 'nl-NL');
    expect(await screen.findByRole('tablist', { name: 'Onderdelen' }, VISIBLE)).toBeTruthy();
    expect(screen.queryByText(/te oud/)).toBeNull();
    expect(fake.stats.syncs).toBeGreaterThan(0);
  }, 120_000);
});
