/**
 * Issue 9 points 7 and 8 in the .xlsx host: appended rows look like the rows above them, also in
 * a table that was empty or had one row; a formula column can carry its cached results. Read back
 * with openpyxl, not ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Cell, Change } from '../../../src/workbook/book';
import { DEBIAN_PYTHON, openpyxlDump } from './openpyxl';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ki-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function saved(book: XlsxBook, name: string): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await book.toBuffer());
  return file;
}

const HEADERS = ['Nummer', 'Datum', 'Bedrag', 'Betaald'];
const row = (i: number): Record<string, Cell> => ({
  Nummer: `F${i}`,
  Datum: 46000 + i,
  Bedrag: 10 * i,
  Betaald: 'nee',
});

/** A table with `rows` body rows, formatted by the product and styled by the person. */
async function formattedTable(rows: number): Promise<XlsxBook> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: HEADERS,
      rows: Array.from({ length: rows }, (_, i) => HEADERS.map((h) => row(i + 1)[h] ?? null)),
    },
    { kind: 'numberFormat', table: 'Facturen', column: 'Datum', format: 'dd-mm-yyyy' },
    { kind: 'numberFormat', table: 'Facturen', column: 'Bedrag', format: '#,##0.00' },
    { kind: 'listValidation', table: 'Facturen', column: 'Betaald', source: ['ja', 'nee'] },
  ]);
  const ws = book.workbook.getWorksheet('Facturen');
  const last = 1 + Math.max(1, rows);
  if (ws) {
    ws.getCell(`A${last}`).font = { name: 'Arial', size: 9, bold: true };
    ws.getCell(`C${last}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  }
  return XlsxBook.fromBuffer(await book.toBuffer());
}

describe.each([
  ['empty', 0],
  ['one-row', 1],
])('appending to a%s table', (name, rows) => {
  it('gives every new row the formats, validation and style of the row above', async () => {
    const book = await formattedTable(rows);
    const appended: Change[] = [
      { kind: 'appendRows', table: 'Facturen', rows: [row(11), row(12), row(13)] },
      { kind: 'appendRows', table: 'Facturen', rows: [row(14)] },
    ];
    await book.apply(appended);
    const dump = openpyxlDump(await saved(await XlsxBook.fromBuffer(await book.toBuffer()), `${name}.xlsx`));
    const sheet = dump.bySheet.Facturen;
    if (!sheet) throw new Error('no sheet Facturen');
    const model = sheet.cells[`A${1 + Math.max(1, rows)}`];
    const bodyRows = rows + 4;
    for (let r = 2; r <= 1 + bodyRows; r += 1) {
      const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((col) => sheet.cells[`${col}${r}`]);
      expect({ r, format: b?.numberFormat, font: a?.font }).toEqual({
        r,
        format: 'dd-mm-yyyy',
        font: model?.font,
      });
      expect({ r, format: c?.numberFormat, fill: c?.fill }).toEqual({
        r,
        format: '#,##0.00',
        fill: sheet.cells[`C${1 + Math.max(1, rows)}`]?.fill,
      });
      expect(d?.value).toBe('nee');
    }
    expect(sheet.tables.Facturen?.ref).toBe(`A1:D${1 + bodyRows}`);
    expect(sheet.validations).toEqual([
      { ranges: `D2:D${1 + bodyRows}`, type: 'list', formula1: '"ja,nee"', allowBlank: true },
    ]);
  });
});

describe('a formula column with cached results', () => {
  it('stores each row its result, read by a program that does not calculate', async () => {
    const book = await formattedTable(3);
    await book.apply([
      { kind: 'addColumns', table: 'Facturen', headers: ['Dubbel', 'Oordeel'] },
      {
        kind: 'setColumnFormula',
        table: 'Facturen',
        column: 'Dubbel',
        formula: '=C2*2',
        results: [20, 40, 60],
      },
      {
        kind: 'setColumnFormula',
        table: 'Facturen',
        column: 'Oordeel',
        formula: '=IF(C2>15,"hoog",C2/0)',
        results: ['#DIV/0!', 'hoog', null],
      },
    ]);
    const file = await saved(book, 'resultaten.xlsx');
    const script = [
      'import json, sys, openpyxl',
      'v = openpyxl.load_workbook(sys.argv[1], data_only=True)["Facturen"]',
      'f = openpyxl.load_workbook(sys.argv[1])["Facturen"]',
      'print(json.dumps([[v[f"{c}{r}"].value for c in "EF"] + [f[f"E{r}"].value] for r in range(2, 5)]))',
    ].join('\n');
    const out = JSON.parse(
      execFileSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' }),
    ) as unknown;
    expect(out).toEqual([
      [20, '#DIV/0!', '=C2*2'],
      [40, 'hoog', '=C3*2'],
      [60, null, '=C4*2'],
    ]);
  });

  it('refuses results that do not match the rows', async () => {
    const book = await formattedTable(2);
    await expect(
      book.apply([
        { kind: 'setColumnFormula', table: 'Facturen', column: 'Bedrag', formula: '=1', results: [1] },
      ]),
    ).rejects.toThrow('1 results for 2 rows');
  });
});
