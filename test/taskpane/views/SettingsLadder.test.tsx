/** @jest-environment jsdom */
/**
 * Instellingen through the pane's data layer (the real workbook operations on an in-memory book):
 * a step the person left incomplete, in the pane or in the sheet, is named where it is and nothing
 * they typed is overwritten.
 */
import '../setup';
import '../support/patience';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Cell } from '../../../src/workbook/book';
import type { MemoryBook } from '../../support/memoryBook';
import { openSettings, settingsWorkbook } from '../support/settingsPane';

const workbook = (rows: [string, Cell][]) => settingsWorkbook(rows);

const settingsCells = (book: MemoryBook) =>
  book
    .snapshot()
    .tables.find((t) => t.name === 'Instellingen')
    ?.values.map((row) => row.slice(0, 2));

test('a ladder step typed incomplete in the sheet: the save names its row and field, and nothing is written', async () => {
  const book = await workbook([
    ['ladder.1.id', 'bellen'],
    ['ladder.1.kind', 'friendly'],
    ['ladder.1.afterDays', 0],
    ['ladder.1.newTermDays', 7],
    ['ladder.2.id', 'mail'],
    ['ladder.2.afterDays', 1],
  ]);
  const before = settingsCells(book);
  const applied = book.calls.apply;
  openSettings(book);
  const company = await screen.findByLabelText('Bedrijfsnaam');
  await userEvent.type(company, 'Klaver');
  await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
  // The pane lists the workbook's problems since loading; the refused save names the row too.
  const refusal = await screen.findByRole('list', { name: 'Niet opgeslagen' });
  expect(refusal.textContent).toContain(
    'Instellingen, rij 34, Waarde: stap 2: kind ontbreekt of is ongeldig (ladder.2.kind)',
  );
  expect(screen.getByText(/Er is niets opgeslagen/)).toBeTruthy();
  expect(book.calls.apply).toBe(applied);
  expect(settingsCells(book)).toEqual(before);
});

test("a step's days left empty in the pane are named at that step's field, and nothing is saved", async () => {
  const book = await workbook([]);
  const applied = book.calls.apply;
  openSettings(book);
  const field = await screen.findByLabelText('Na (dagen) (Stap 2)');
  await userEvent.clear(field);
  await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
  const wrapper = field.closest('.fui-Field') as HTMLElement;
  expect(wrapper.textContent).toContain('Stap 2, Na (dagen): Vul een aantal dagen van 0 tot 365 in.');
  expect(book.calls.apply).toBe(applied);
});
