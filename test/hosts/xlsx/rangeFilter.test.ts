/**
 * A trader's plain list with filter buttons on it (a sheet autofilter) made a table: the table
 * brings its own buttons, and the sheet's filter must give way, since Excel "repairs" a file with
 * both over the same cells by deleting the table. Read back by openpyxl, not by ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { DEBIAN_PYTHON } from './openpyxl';

const READ_BACK = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: {'filter': ws.auto_filter.ref, 'tables': {t.displayName: t.ref for t in ws.tables.values()},
                             'A3': ws['A3'].value} for ws in wb.worksheets}))
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ki-range-filter-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function listWithFilter(filter: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRows([
    ['Factuur', 'Klant', 'Bedrag'],
    ['F1', 'Jansen', 10],
    ['F2', 'De Vries', 20],
  ]);
  ws.autoFilter = filter;
  const notes = wb.addWorksheet('Notities');
  notes.addRows([['Wat'], ['bellen']]);
  notes.autoFilter = 'A1:A2';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

it.each(['A1:C3', 'A1:B2'])(
  'drops the sheet filter %s under the new table and keeps the other sheet’s',
  async (filter) => {
    const book = await XlsxBook.fromBuffer(await listWithFilter(filter));
    await book.apply([
      {
        kind: 'rangeToTable',
        sheet: 'Lijst',
        address: 'A1:C3',
        table: 'Lijst1',
        headers: ['Factuur', 'Klant', 'Bedrag'],
      },
    ]);
    const out = path.join(dir, `lijst-${filter.replace(':', '-')}.xlsx`);
    writeFileSync(out, await book.toBuffer());
    const got = JSON.parse(
      execFileSync(DEBIAN_PYTHON, ['-c', READ_BACK, out], { encoding: 'utf8' }),
    ) as Record<string, unknown>;
    expect(got).toEqual({
      Lijst: { filter: null, tables: { Lijst1: 'A1:C3' }, A3: 'F2' },
      Notities: { filter: 'A1:A2', tables: {}, A3: null },
    });
  },
);

it('refuses a table over a row the sheet filter hides, before any write, as the Office host does', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRows([
    ['Factuur', 'Klant', 'Bedrag'],
    ['F1', 'Jansen', 10],
    ['F2', 'De Vries', 20],
  ]);
  ws.autoFilter = 'A1:C1';
  ws.getRow(3).hidden = true;
  const book = await XlsxBook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  await expect(
    book.apply([
      {
        kind: 'rangeToTable',
        sheet: 'Lijst',
        address: 'A1:C3',
        table: 'Lijst1',
        headers: ['Factuur', 'Klant', 'Bedrag'],
      },
    ]),
  ).rejects.toMatchObject({ reason: 'sheet-filtered' });
  const out = path.join(dir, 'gefilterd.xlsx');
  writeFileSync(out, await book.toBuffer());
  const got = JSON.parse(execFileSync(DEBIAN_PYTHON, ['-c', READ_BACK, out], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
  expect(got).toEqual({ Lijst: { filter: 'A1:C1', tables: {}, A3: 'F2' } });
});
