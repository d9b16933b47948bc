/**
 * A list written by a program that writes formulas without calculating them (openpyxl, a script):
 * an amount such as =D2*1.21 has no stored result. The row error says so, not "this field is
 * required" about a cell the person filled.
 */
import ExcelJS from 'exceljs';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { loadLedger } from '../../../src/workbook/operations';

it('names a required formula cell without a result as such', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Facturen');
  ws.addTable({
    name: 'Facturen',
    ref: 'A1',
    headerRow: true,
    columns: ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag excl. BTW', 'Bedrag incl. BTW'].map(
      (name) => ({
        name,
      }),
    ),
    rows: [['F1', 'Jansen', new Date(Date.UTC(2026, 9, 1)), 100, null]],
  });
  ws.getCell('E2').value = { formula: 'D2*1.21' } as ExcelJS.CellFormulaValue;
  const book = await XlsxBook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const loaded = await loadLedger(book);
  expect(loaded.errors.map((e) => [e.sheet, e.row, e.column?.letter, e.code])).toEqual([
    ['Facturen', 2, 'E', 'formula-without-result'],
  ]);
  expect(loaded.errors[0]?.why).toMatch(/^de formule in deze cel geeft hier geen waarde/);
});
