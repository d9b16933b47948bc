/**
 * Unstyled cells and rows share one frozen style object (src/hosts/xlsx/emptyStyle.ts): ExcelJS's
 * writer then resolves it once instead of once per cell. Styled cells keep theirs, an in-place
 * edit of the shared object fails loudly, and the saved file styles every cell as before.
 */
import ExcelJS from 'exceljs';
import { EMPTY_STYLE } from '../../../src/hosts/xlsx/emptyStyle';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';

async function fileWith(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('A1').value = 'plain';
  ws.getCell('B1').value = 'bold';
  ws.getCell('B1').font = { bold: true };
  ws.getCell('A2').value = 42;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

it('points unstyled cells and rows at one frozen style, keeps styled cells their own', async () => {
  const book = await XlsxBook.fromBuffer(await fileWith());
  const ws = book.workbook.getWorksheet('Data') as ExcelJS.Worksheet;
  expect(ws.getCell('A1').style).toBe(EMPTY_STYLE);
  expect(ws.getCell('A2').style).toBe(EMPTY_STYLE);
  expect((ws.getRow(1) as unknown as { style: object }).style).toBe(EMPTY_STYLE);
  expect(ws.getCell('B1').style).not.toBe(EMPTY_STYLE);
  expect(ws.getCell('B1').font?.bold).toBe(true);
  // ExcelJS's setters edit the style in place: on the shared object that would restyle every cell.
  expect(() => {
    ws.getCell('A1').numFmt = '0.00';
  }).toThrow(TypeError);
  expect(Object.keys(EMPTY_STYLE)).toEqual([]);
});

it('shares the style of cells made after the load too, and saves every cell styled as it was', async () => {
  const book = await XlsxBook.fromBuffer(await fileWith());
  const ws = book.workbook.getWorksheet('Data') as ExcelJS.Worksheet;
  ws.getCell('C3').value = 'new';
  expect(ws.getCell('C3').style).not.toBe(EMPTY_STYLE);
  const saved = await book.toBuffer();
  expect(ws.getCell('C3').style).toBe(EMPTY_STYLE);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(saved as unknown as ExcelJS.Buffer);
  const read = back.getWorksheet('Data') as ExcelJS.Worksheet;
  expect(read.getCell('A1').value).toBe('plain');
  expect(read.getCell('A1').font?.bold).toBeFalsy();
  expect(read.getCell('B1').font?.bold).toBe(true);
  expect(read.getCell('A2').value).toBe(42);
  expect(read.getCell('C3').value).toBe('new');
  expect(read.getCell('C3').font?.bold).toBeFalsy();
});
