/**
 * What lets a 100,000-invoice sort fit a 2 GB heap (bench/xlsx.bench.ts measures the sort itself):
 * the product's calculated columns hold their formula text once per column, not once per row, in
 * memory through load, refresh & sort and a second sort of the saved file; and the saved file still
 * holds every row's formula for Excel and openpyxl.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { formulaModel } from '../../../src/hosts/xlsx/excelModel';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { refreshAndSort } from '../../../src/workbook/operations';
import { bigWorkbook } from '../../cli/bigWorkbook';
import { isoDate } from '../../../src/domain/dates';

jest.setTimeout(600_000);

const INVOICES = 1500;

/** Formula cells of a sheet's body, and how many of them carry formula text of their own. */
function formulaCells(ws: ExcelJS.Worksheet): { cells: number; withText: number } {
  let cells = 0;
  let withText = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const m = formulaModel(cell);
      if (!m) return;
      cells += 1;
      if (m.formula) withText += 1;
    });
  });
  return { cells, withText };
}

function facturen(book: XlsxBook): ExcelJS.Worksheet {
  const ws = book.workbook.getWorksheet('Facturen');
  if (!ws) throw new Error('no Facturen sheet');
  return ws;
}

it('keeps one formula text per calculated column in memory, through two sorts, and every row’s formula in the file', async () => {
  const first = await XlsxBook.fromBuffer(await bigWorkbook(INVOICES));
  await refreshAndSort(first, { today: isoDate('2025-06-30') });
  const once = formulaCells(facturen(first));
  // Due date, open amount, days overdue and status: one formula per row each.
  expect(once.cells).toBeGreaterThanOrEqual(4 * INVOICES);
  expect(once.withText).toBeLessThanOrEqual(6);

  const second = await XlsxBook.fromBuffer(await first.toBuffer());
  await refreshAndSort(second, { today: isoDate('2025-07-31') });
  const twice = formulaCells(facturen(second));
  expect(twice.cells).toBe(once.cells);
  expect(twice.withText).toBeLessThanOrEqual(6);

  // Read back independently: openpyxl expands the shared formulas to one per row.
  const dir = mkdtempSync(join(tmpdir(), 'ki-sortmem-'));
  try {
    const file = join(dir, 'w.xlsx');
    writeFileSync(file, await second.toBuffer());
    const script = [
      'import sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1])["Facturen"]',
      'n = sum(1 for row in ws.iter_rows(min_row=2) for c in row if c.data_type == "f" and str(c.value).startswith("="))',
      'print(n)',
    ].join('\n');
    const r = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(Number(r.stdout.trim())).toBe(once.cells);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
