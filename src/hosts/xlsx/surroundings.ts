/** The port's surroundings over ExcelJS: the cells beside each table and the plain ranges. */
import type ExcelJS from 'exceljs';
import type { SheetFilter, Surroundings } from '../../workbook/book';
import { isFilled, surroundingsOf, type Box, type SheetCells } from '../../workbook/ranges';
import { cellAddress, parseRange, rangeAddress, type RangePos } from '../../workbook/a1';
import { cellOut, holdsFormula } from './excelCells';
import { tableModels } from './excelModel';

function sheetCells(ws: ExcelJS.Worksheet, date1904: boolean): SheetCells {
  const tables = tableModels(ws).map((m) => {
    const r = parseRange(m.tableRef ?? m.ref ?? 'A1');
    return { name: m.name, top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  });
  const at: SheetCells['at'] = (row, column) => cellOut(ws.findRow(row)?.findCell(column)?.value, date1904);
  // Beside a table only the extent matters (the scan stops at the first empty row); a sheet without
  // one is searched for its first filled row, so its box must be exact.
  const used =
    tables.length > 0
      ? { top: 1, left: 1, bottom: ws.rowCount, right: ws.columnCount }
      : usedBox(ws, date1904);
  const filter = sheetFilterOf(ws);
  const formulaAt: SheetCells['formulaAt'] = (row, column) =>
    holdsFormula(ws.findRow(row)?.findCell(column)?.value);
  return { name: ws.name, at, formulaAt, used, tables, ...(filter ? { filter } : {}) };
}

/** The sheet's own filter: its range, and whether it hides rows (hidesRows). */
export function sheetFilterOf(ws: ExcelJS.Worksheet): SheetFilter | undefined {
  const filter = sheetFilterRange(ws);
  return filter ? { address: rangeAddress(filter), filtered: hidesRows(ws, filter) } : undefined;
}

/**
 * ExcelJS keeps the sheet filter's range, not its criteria; the rows its criteria hide are saved as
 * hidden rows (Excel, LibreOffice), so a hidden row under the filter's header counts as filtered,
 * down to the sheet's last row: a filter may be stored as its header row alone.
 */
function hidesRows(ws: ExcelJS.Worksheet, filter: RangePos): boolean {
  const last = Math.max(filter.bottom, ws.rowCount);
  for (let r = filter.top + 1; r <= last; r += 1) if (ws.findRow(r)?.hidden) return true;
  return false;
}

/** The sheet's own filter range, whichever shape ExcelJS holds it in. */
export function sheetFilterRange(ws: ExcelJS.Worksheet): RangePos | null {
  const f = ws.autoFilter;
  if (!f) return null;
  if (typeof f === 'string') return parseRange(f.includes(':') ? f : `${f}:${f}`);
  const at = (a: string | { row: number; column: number }): string =>
    typeof a === 'string' ? a : cellAddress(a.row, a.column);
  return parseRange(`${at(f.from)}:${at(f.to)}`);
}

/** Only the cells ExcelJS holds are visited: a formatted but empty sheet costs nothing. */
function usedBox(ws: ExcelJS.Worksheet, date1904: boolean): Box | null {
  let box: Box | null = null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!isFilled(cellOut(cell.value, date1904))) return;
      box = box
        ? {
            top: Math.min(box.top, r),
            left: Math.min(box.left, c),
            bottom: Math.max(box.bottom, r),
            right: Math.max(box.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    });
  });
  return box;
}

export function xlsxSurroundings(wb: ExcelJS.Workbook): Surroundings {
  const date1904 = wb.properties.date1904 === true;
  return surroundingsOf(wb.worksheets.map((ws) => sheetCells(ws, date1904)));
}
