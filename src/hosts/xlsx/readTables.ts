/** The port's read: table snapshots, the list of every table and their surroundings, from the cells. */
import type ExcelJS from 'exceljs';
import { productSheetsOf, type Cell, type ReadResult, type TableSnapshot } from '../../workbook/book';
import { cellOut, formulaOut } from './excelCells';
import { tableModels } from './excelModel';
import { xlsxSurroundings } from './surroundings';
import { findTable, headersOf, locate, type FoundTable } from './tableGeometry';

export function readTables(wb: ExcelJS.Workbook, tableNames: readonly string[]): ReadResult {
  const date1904 = wb.properties.date1904 === true;
  const tables = new Map<string, TableSnapshot>();
  for (const name of tableNames) {
    const t = findTable(wb, name);
    if (t) tables.set(name, tableSnapshot(t, date1904));
  }
  const allTables: ReadResult['allTables'] = [];
  for (const ws of wb.worksheets) {
    for (const model of tableModels(ws)) {
      const t = locate(ws, model);
      allTables.push({ name: model.name, sheet: ws.name, headers: headersOf(t) });
    }
  }
  return {
    tables,
    sheets: wb.worksheets.map((ws) => ws.name),
    allTables,
    dateSystem: date1904 ? 1904 : 1900,
    // Always: walking the cells ExcelJS already holds costs little beside loading the file.
    surroundings: xlsxSurroundings(wb),
    productSheets: productSheetsOf(
      wb.worksheets.map((ws) => ws.name),
      wb.definedNames.model.flatMap((n) => n.ranges.map((reference) => ({ name: n.name, reference }))),
    ),
  };
}

function tableSnapshot(t: FoundTable, date1904: boolean): TableSnapshot {
  const values: Cell[][] = [];
  const formulas: (string | null)[][] = [];
  if (!t.emptyBody) {
    for (let r = t.firstBody; r <= t.lastBody; r += 1) {
      const row = t.ws.findRow(r);
      const vals: Cell[] = [];
      const fs: (string | null)[] = [];
      for (let c = t.left; c <= t.right; c += 1) {
        const cell = row?.findCell(c);
        vals.push(cell ? cellOut(cell.value, date1904) : null);
        fs.push(cell ? formulaOut(cell) : null);
      }
      values.push(vals);
      formulas.push(fs);
    }
  }
  return {
    name: t.model.name,
    sheet: t.ws.name,
    headers: headersOf(t),
    values,
    formulas,
    firstRow: t.firstBody,
    firstColumn: t.left,
  };
}
