/** @jest-environment jsdom */
/**
 * A refused save of Instellingen speaks the pane's language, not the workbook's: an English pane on
 * a Dutch workbook and a Dutch pane on an English one, over the real workbook operations. The sheet
 * and column names stay as the workbook has them.
 */
import '../setup';
import '../support/patience';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../src/domain/model';
import type { MemoryBook } from '../../support/memoryBook';
import { openSettings, SETTINGS_NAMES, settingsWorkbook } from '../support/settingsPane';

/** A workbook in `language` whose ladder's step 2 has no kind: the person is still typing it. */
async function workbook(language: Language): Promise<{ book: MemoryBook; stepRow: number }> {
  const book = await settingsWorkbook(
    [
      ['ladder.1.id', 'bellen'],
      ['ladder.1.kind', 'friendly'],
      ['ladder.1.afterDays', 0],
      ['ladder.1.newTermDays', 7],
      ['ladder.2.id', 'mail'],
      ['ladder.2.afterDays', 1],
    ],
    language,
  );
  const table = book.snapshot().tables.find((t) => t.name === SETTINGS_NAMES[language].table);
  const at = table?.values.findIndex((row) => row[0] === 'ladder.2.id') ?? -1;
  return { book, stepRow: at + 2 };
}

test('an English pane on a Dutch workbook says the refusal in English, naming the Dutch sheet and column', async () => {
  const { book, stepRow } = await workbook('nl');
  const applied = book.calls.apply;
  openSettings(book, 'en-US');
  await userEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
  const refusal = await screen.findByRole('list', { name: 'Not saved' });
  expect(refusal.textContent).toContain(
    `Instellingen, row ${stepRow}, Waarde: step 2: kind is missing or invalid (ladder.2.kind)`,
  );
  const bar = refusal.closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain('Nothing was saved: complete this in the Instellingen sheet first.');
  expect(bar.textContent).not.toMatch(/opgeslagen|ontbreekt|rij /);
  expect(book.calls.apply).toBe(applied);
});

test('a Dutch pane on an English workbook says the refusal in Dutch, naming the English sheet and column', async () => {
  const { book, stepRow } = await workbook('en');
  const applied = book.calls.apply;
  openSettings(book, 'nl-NL');
  await userEvent.click(await screen.findByRole('button', { name: 'Instellingen opslaan' }));
  const refusal = await screen.findByRole('list', { name: 'Niet opgeslagen' });
  expect(refusal.textContent).toContain(
    `Settings, rij ${stepRow}, Value: stap 2: kind ontbreekt of is ongeldig (ladder.2.kind)`,
  );
  const bar = refusal.closest('.fui-MessageBar') as HTMLElement;
  expect(bar.textContent).toContain('Er is niets opgeslagen: maak dit eerst af in het werkblad Settings.');
  expect(bar.textContent).not.toMatch(/saved|missing|row /);
  expect(book.calls.apply).toBe(applied);
});
