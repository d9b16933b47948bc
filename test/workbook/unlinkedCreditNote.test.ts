/**
 * A credit note typed as a negative amount that names no invoice: the invoice it was meant to
 * cancel stays open and is reminded, so check says so at its row; nothing is linked for the person.
 */
import { isoDate } from '../../src/domain/dates';
import { isoToSerial } from '../../src/workbook/cells';
import type { Cell } from '../../src/workbook/book';
import { loadLedger } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

async function warned(headers: string[], rows: Cell[][]) {
  const book = new MemoryBook({
    tables: [
      {
        name: 'Klanten',
        sheet: 'Klanten',
        headers: ['Klantnummer', 'Naam', 'Soort klant'],
        rows: [
          ['K1', 'De Vries', 'Zakelijk'],
          ['K2', 'Smit', 'Zakelijk'],
        ],
      },
      { name: 'Facturen', sheet: 'Facturen', headers, rows },
    ],
  });
  const loaded = await loadLedger(book);
  expect(loaded.errors).toEqual([]);
  return loaded.warnings
    .filter((w) => w.code === 'credit-note-unlinked')
    .map((w) => [
      w.row,
      w.column?.header,
      /^creditnota 2026-11 \(€\s-605,00\) noemt geen factuur: /.test(w.why),
    ]);
}

it('names a credit note without an invoice, at the column to fill in', async () => {
  const plain = ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag'];
  expect(
    await warned(plain, [
      ['2026-10', 'K1', d('2026-09-01'), 605],
      ['2026-11', 'K1', d('2026-09-15'), -605],
      // Smit has nothing else to cancel: a credit of theirs alone is no warning.
      ['2026-12', 'K2', d('2026-09-15'), -50],
    ]),
  ).toEqual([[3, 'Bedrag', true]]);
  const linked = [...plain, 'Crediteert factuur'];
  expect(
    await warned(linked, [
      ['2026-10', 'K1', d('2026-09-01'), 605, null],
      ['2026-11', 'K1', d('2026-09-15'), -605, null],
      ['2026-13', 'K1', d('2026-09-20'), -100, '2026-10'],
    ]),
  ).toEqual([[3, 'Crediteert factuur', true]]);
});
