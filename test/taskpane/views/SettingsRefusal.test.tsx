/** @jest-environment jsdom */
/**
 * A refused save of Instellingen speaks the pane's language, not the workbook's: an English pane on
 * a Dutch workbook and a Dutch pane on an English one, over the real workbook operations. The sheet
 * and column names stay as the workbook has them.
 */
import '../setup';
import '../support/patience';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../src/domain/model';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import type { Cell } from '../../../src/workbook/book';
import { setUp } from '../../../src/workbook/operations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from '../support/fakeOperations';

const NAMES = {
  nl: { table: 'Instellingen', key: 'Instelling', value: 'Waarde' },
  en: { table: 'Settings', key: 'Setting', value: 'Value' },
} as const;

/** A workbook in `language` whose ladder's step 2 has no kind: the person is still typing it. */
async function workbook(language: Language): Promise<{ book: MemoryBook; stepRow: number }> {
  const book = new MemoryBook();
  await setUp(book, { language });
  const n = NAMES[language];
  const rows: [string, Cell][] = [
    ['ladder.1.id', 'bellen'],
    ['ladder.1.kind', 'friendly'],
    ['ladder.1.afterDays', 0],
    ['ladder.1.newTermDays', 7],
    ['ladder.2.id', 'mail'],
    ['ladder.2.afterDays', 1],
  ];
  await book.apply([
    { kind: 'appendRows', table: n.table, rows: rows.map(([k, v]) => ({ [n.key]: k, [n.value]: v })) },
  ]);
  const table = book.snapshot().tables.find((t) => t.name === n.table);
  const at = table?.values.findIndex((row) => row[0] === 'ladder.2.id') ?? -1;
  return { book, stepRow: at + 2 };
}

const openSettings = (book: MemoryBook, displayLanguage: string) =>
  render(
    <App
      backend={testBackend({ book, displayLanguage })}
      operations={workbookOperations}
      initialRoute={{ view: 'settings' }}
    />,
  );

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
