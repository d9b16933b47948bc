/**
 * The used range of a sheet as values and number formats: for showing a sheet that holds no
 * table (the Overzicht) as a plain grid. Specific to this host, not part of the port: the
 * workbook operations only ever read tables.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../workbook/book';
import { cellOut } from './excelCells';

/** A sheet's used range: 1-based top row and left column, values as the port gives them. */
export interface SheetValues {
  sheet: string;
  top: number;
  left: number;
  values: Cell[][];
  /** Excel number format per cell (null: General). */
  numberFormats: (string | null)[][];
  /** Rows in the used range; more than values.length when cut at maxRows. */
  totalRows: number;
}

/** At most `maxRows` rows (from the top) come back. */
export function usedRange(ws: ExcelJS.Worksheet, date1904: boolean, maxRows = 1000): SheetValues {
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cellOut(cell.value, date1904) === null) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  if (bottom === 0) return { sheet: ws.name, top: 1, left: 1, values: [], numberFormats: [], totalRows: 0 };
  const totalRows = bottom - top + 1;
  const last = Math.min(bottom, top + maxRows - 1);
  const values: Cell[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = top; r <= last; r += 1) {
    const row = ws.findRow(r);
    const vals: Cell[] = [];
    const fmts: (string | null)[] = [];
    for (let c = left; c <= right; c += 1) {
      const cell = row?.findCell(c);
      vals.push(cell ? cellOut(cell.value, date1904) : null);
      fmts.push(cell?.numFmt || null);
    }
    values.push(vals);
    numberFormats.push(fmts);
  }
  return { sheet: ws.name, top, left, values, numberFormats, totalRows };
}
