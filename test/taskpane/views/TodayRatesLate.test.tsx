/** @jest-environment jsdom */
/**
 * Vandaag's list stays where the person first saw it: the rate-table check (legal code loaded
 * lazily) resolves here only after the list has shown, and its banner must not appear above the
 * first card. jsdom has no layout, so "does not move" is checked as "nothing before the first card
 * changes": every text node that precedes it, in document order, is the same before and after.
 */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import type { legalChecks as LegalChecksFn } from '../../../src/taskpane/views/legalChecks';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

let mockRelease: () => void = () => undefined;
const mockGate = new Promise<void>((resolve) => (mockRelease = resolve));

// The checks run as in the product, only after the test says so: the lazy import resolved late.
jest.mock('../../../src/taskpane/views/legalChecks', () => {
  const actual = jest.requireActual<{ legalChecks: typeof LegalChecksFn }>(
    '../../../src/taskpane/views/legalChecks',
  );
  return {
    legalChecks: async (...args: Parameters<typeof LegalChecksFn>) => {
      await mockGate;
      return actual.legalChecks(...args);
    },
  };
});

/** The text of every node that comes before `el` in the document (its ancestors' own text aside). */
function textBefore(el: Element): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (el.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_PRECEDING) parts.push(n.textContent ?? '');
  }
  return parts.join('|');
}

test('the rate-table banner, arriving after the list, does not push the first card down', async () => {
  await renderPane(sampleLedger(), { view: 'today' });
  const list = screen
    .getByRole('heading', { name: 'Herinneringen om te versturen' })
    .closest('section') as HTMLElement;
  const first = within(list).getAllByRole('listitem')[0] as HTMLElement;
  expect(screen.queryByText('Wettelijke rente mogelijk verouderd')).toBeNull();
  const before = textBefore(first);

  mockRelease();
  const banner = await screen.findByText('Wettelijke rente mogelijk verouderd');
  expect(first.isConnected).toBe(true);
  expect(textBefore(first)).toBe(before);
  expect(first.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
