/**
 * A totals row a person keeps as the last row of their invoice table ("Totaal" and a sum): not an
 * invoice with errors, and the sort keeps it under every other row, blank rows included.
 */
import { isoDate } from '../../src/domain/dates';
import { isoToSerial } from '../../src/workbook/cells';
import { loadLedger, refreshAndSort, setUp } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

const TODAY = isoDate('2026-11-30');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

it('reads the totals row as no invoice and sorts it last', async () => {
  const book = new MemoryBook({
    tables: [
      {
        name: 'Tabel1',
        sheet: 'Facturen',
        headers: ['Factuurnr', 'Klant', 'Datum', 'Bedrag'],
        rows: [
          ['1', 'Jansen BV', d('2026-11-20'), 1210],
          [null, null, null, null],
          ['2', 'De Vries', d('2026-09-01'), 605],
          ['Totaal:', null, null, 1815],
        ],
      },
    ],
  });
  await setUp(book, {});
  const loaded = await loadLedger(book);
  expect(loaded.errors).toEqual([]);
  expect(loaded.warnings.filter((w) => w.code === 'totals-row').map((w) => [w.sheet, w.row])).toEqual([
    ['Facturen', 5],
  ]);
  expect(loaded.ledger.invoices.map((i) => i.number)).toEqual(['1', '2']);
  await refreshAndSort(book, { today: TODAY });
  const t = book.snapshot().tables.find((x) => x.name === 'Tabel1');
  expect(t?.values.map((r) => r.slice(0, 4))).toEqual([
    ['2', 'De Vries', d('2026-09-01'), 605],
    ['1', 'Jansen BV', d('2026-11-20'), 1210],
    [null, null, null, null],
    ['Totaal:', null, null, 1815],
  ]);
});
