/**
 * The .xlsx host sees formulas: a header cell holding one past an empty column beside a table is a
 * summary, never a column name (its cached value would become one).
 */
import ExcelJS from 'exceljs';
import { xlsxSurroundings } from '../../../src/hosts/xlsx/surroundings';

function invoices(e1: ExcelJS.CellValue): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Facturen');
  ws.addTable({
    name: 'Facturen',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: 'Nr' }, { name: 'Klant' }, { name: 'Bedrag' }],
    rows: [
      ['F1', 'Jansen', 100],
      ['F2', 'Smit', 50],
    ],
  });
  ws.getCell('E1').value = e1;
  ws.getCell('E2').value = 'bellen';
  return wb;
}

describe('columns past an empty one beside a table in an .xlsx file', () => {
  it('takes a typed header, and no header holding a formula', () => {
    expect(xlsxSurroundings(invoices('Notities')).beside[0]?.right).toMatchObject({
      headers: [null, 'Notities'],
      empty: [4],
    });
    const sum = invoices({ formula: 'SUM(C2:C3)', result: 150, date1904: false });
    expect(xlsxSurroundings(sum).beside[0]?.right).toBeNull();
  });

  it('looks over no empty-looking column whose header cell holds a formula showing nothing', () => {
    const wb = invoices('Notities');
    const ws = wb.getWorksheet('Facturen') as ExcelJS.Worksheet;
    // D1 looks empty (the formula shows ""), E holds the notes: D is no empty column to name.
    ws.getCell('D1').value = { formula: 'IF(C2>10000,"Let op","")', result: '', date1904: false };
    expect(xlsxSurroundings(wb).beside[0]?.right).toBeNull();
  });
});
