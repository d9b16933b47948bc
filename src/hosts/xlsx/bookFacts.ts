/**
 * What the shared pre-flight (workbook/preflight.ts) checks an .xlsx batch against, read from
 * ExcelJS's model of the file. A filter's criteria are not among them: ExcelJS drops a table's
 * filter columns on load, so the rows a filter hides reach us as hidden rows (and are refused so).
 */
import type ExcelJS from 'exceljs';
import { cellAddress, parseRange, type RangePos } from '../../workbook/a1';
import type { BookFacts } from '../../workbook/preflight';
import { cellOut } from './excelCells';
import { internals, tableModels } from './excelModel';
import { sheetFilterOf } from './surroundings';
import { bodyCount, headersOf, locate } from './tableGeometry';

const key = (name: string): string => name.toLowerCase();
const inside = (r: RangePos, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => key(ws.name) === key(name));
}

function mergesOf(ws: ExcelJS.Worksheet): RangePos[] {
  return Object.values(internals(ws)._merges ?? {}).flatMap((m) => {
    const r = (m as { model?: RangePos }).model;
    return r ? [r] : [];
  });
}

export function xlsxFacts(wb: ExcelJS.Workbook): BookFacts {
  const found = wb.worksheets.flatMap((ws) => tableModels(ws).map((model) => locate(ws, model)));
  const date1904 = wb.properties.date1904 === true;
  return {
    sheets: wb.worksheets.map((ws) => ({
      name: ws.name,
      protected: internals(ws).sheetProtection?.sheet === true,
    })),
    tables: found.map((t) => ({
      name: t.model.name,
      sheet: t.ws.name,
      headers: headersOf(t),
      headerRow: t.headerRow,
      left: t.left,
      rows: bodyCount(t),
      filtered: false,
      hiddenRows: () => {
        for (let r = t.firstBody; r <= t.lastBody; r += 1) if (t.ws.findRow(r)?.hidden) return true;
        return false;
      },
    })),
    allTables: found.map((t) => ({ name: t.model.name, sheet: t.ws.name })),
    merges: wb.worksheets.flatMap((ws) => mergesOf(ws).map((area) => ({ sheet: ws.name, area }))),
    typedCellIn: (sheet, area) => {
      const ws = sheetOf(wb, sheet);
      if (!ws) return null;
      const tables = tableModels(ws).map((m) => parseRange(m.tableRef ?? m.ref ?? 'A1'));
      for (let r = area.top; r <= Math.min(area.bottom, ws.rowCount); r += 1) {
        const row = ws.findRow(r);
        for (let c = area.left; row && c <= area.right; c += 1) {
          const v = cellOut(row.findCell(c)?.value, date1904);
          if (v !== null && v !== '' && !tables.some((t) => inside(t, r, c))) return cellAddress(r, c);
        }
      }
      return null;
    },
    rangeHeaders: (sheet, address) => {
      const ws = sheetOf(wb, sheet);
      if (!ws) return undefined;
      const r = parseRange(address);
      const row = ws.findRow(r.top);
      const headers: string[] = [];
      for (let c = r.left; c <= r.right; c += 1) {
        const v = cellOut(row?.findCell(c)?.value, date1904);
        headers.push(v === null ? '' : String(v));
      }
      return headers;
    },
    // The pre-flight refuses a table over rows the sheet's filter hides, as on the Office path.
    sheetFilter: (sheet) => {
      const ws = sheetOf(wb, sheet);
      return ws ? sheetFilterOf(ws) : undefined;
    },
  };
}
