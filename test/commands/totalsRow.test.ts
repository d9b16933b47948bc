/**
 * "Sorteer werkmap" through the real function-file entry on the fake Excel, with a person's
 * totals row inside Facturen: it stays last, and the product's columns (due date, open amount,
 * days overdue, status, next step) are left empty on it, a per-row exception to the calculated
 * columns, while every invoice keeps the live formulas.
 */
import { TOTALS_ROW_CODE } from '../../src/workbook/decodeRows';
import { loadLedger } from '../../src/workbook/operations';
import { clickCommand } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook, rowsFor, serial, tableOf } from '../support/fakeOffice/workbook';

const PRODUCT = ['Vervaldatum', 'Openstaand', 'Dagen over tijd', 'Status', 'Volgende stap'];

it("leaves the product's columns empty on a totals row inside Facturen", async () => {
  const { fake, book } = await klantInzichtWorkbook({ customers: 3, invoices: 4 });
  await book.apply([
    {
      kind: 'appendRows',
      table: tableOf('invoices', 'nl'),
      rows: rowsFor('invoices', 'nl', [
        { number: 'Totaal', invoiceDate: serial('2026-10-13'), amountInclVat: 999 },
      ]),
    },
  ]);
  await clickCommand(fake, 'SortWorkbook');
  const t = fake.table('Facturen');
  const col = (h: string): number => t.headers.indexOf(h);
  const last = t.values.length - 1;
  expect(t.values[last]?.[0]).toBe('Totaal');
  expect(t.values[last]?.[col('Bedrag incl. BTW')]).toBe(999);
  for (const h of PRODUCT) {
    expect([h, t.formulas[last]?.[col(h)] ?? null, t.values[last]?.[col(h)] ?? '']).toEqual([h, null, '']);
    if (h !== 'Volgende stap')
      for (let r = 0; r < last; r++)
        expect([h, r, t.formulas[r]?.[col(h)]]).toEqual([h, r, expect.stringMatching(/^=/)]);
  }
});

it('judges a totals row by the rule the reader uses: a cell it cannot read counts, not only a blank', async () => {
  // Every required cell filled, the date one no reader can read: the reader calls it a totals row
  // (decodeRows); the writer, counting only blank required cells, used to give it live formulas.
  const { fake, book } = await klantInzichtWorkbook({ customers: 3, invoices: 4 });
  const invoices = tableOf('invoices', 'nl');
  await book.apply([
    {
      kind: 'appendRows',
      table: invoices,
      rows: rowsFor('invoices', 'nl', [
        { number: 'Totaal', customerNumber: 'Alle klanten', invoiceDate: 'diverse', amountInclVat: 999 },
      ]),
    },
  ]);
  const read = await loadLedger(book);
  const row = 2 + 4;
  expect(read.warnings.filter((w) => w.code === TOTALS_ROW_CODE).map((w) => w.row)).toEqual([row]);
  expect(read.errors.filter((e) => e.row === row)).toEqual([]);
  await clickCommand(fake, 'SortWorkbook');
  const t = fake.table('Facturen');
  const col = (h: string): number => t.headers.indexOf(h);
  const last = t.values.length - 1;
  expect(t.values[last]?.[0]).toBe('Totaal');
  for (const h of PRODUCT)
    expect([h, t.formulas[last]?.[col(h)] ?? null, t.values[last]?.[col(h)] ?? '']).toEqual([h, null, '']);
});
