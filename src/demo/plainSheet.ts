/**
 * The in-memory book's sheets seen as the .xlsx host sees them: a sheet without tables as its used
 * range (sheetValues), and any sheet as the port's surroundings check looks at it.
 */
import type { Cell } from '../workbook/book';
import type { Box, SheetCells } from '../workbook/ranges';
import type { SheetValues } from '../hosts/xlsx/sheetValues';
import type { PlainSheet, PlainTable } from './plainBook';

/** A sheet cell's key in PlainSheet.cells. */
export const key = (row: number, col: number) => `${row},${col}`;

/** The used range of a sheet without tables, as the .xlsx host's sheetValues gives it. */
export function plainSheetValues(sheet: PlainSheet, maxRows: number): SheetValues {
  const filled = [...sheet.cells].filter(([, c]) => c.value !== null).map(([k]) => k.split(',').map(Number));
  if (filled.length === 0)
    return { sheet: sheet.name, top: 1, left: 1, values: [], numberFormats: [], totalRows: 0 };
  const rows = filled.map(([r]) => r as number);
  const cols = filled.map(([, c]) => c as number);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  const last = Math.min(bottom, top + maxRows - 1);
  const values: Cell[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = top; r <= last; r += 1) {
    const cells = Array.from({ length: right - left + 1 }, (_, j) => sheet.cells.get(key(r, left + j)));
    values.push(cells.map((c) => c?.value ?? null));
    numberFormats.push(cells.map((c) => c?.format ?? null));
  }
  return { sheet: sheet.name, top, left, values, numberFormats, totalRows: bottom - top + 1 };
}

/** What the port's surroundings look at, as the .xlsx host lays a sheet out. */
export function plainSheetCells(sheet: PlainSheet, all: readonly PlainTable[]): SheetCells {
  const tables = all
    .filter((t) => t.sheet === sheet.name)
    .map((t) => ({
      name: t.name,
      top: t.top,
      left: t.left,
      // An empty table keeps one blank body row.
      bottom: t.top + Math.max(1, t.values.length),
      right: t.left + t.headers.length - 1,
    }));
  // Cells outside tables in the demo are values, never formulas.
  const formulaAt = (): boolean => false;
  const at = (row: number, col: number): Cell => {
    const t = all.find(
      (x) =>
        x.sheet === sheet.name &&
        col >= x.left &&
        col < x.left + x.headers.length &&
        row >= x.top &&
        row <= x.top + x.values.length,
    );
    if (t)
      return row === t.top
        ? (t.headers[col - t.left] ?? null)
        : (t.values[row - t.top - 1]?.[col - t.left] ?? null);
    return sheet.cells.get(key(row, col))?.value ?? null;
  };
  const cells = [...sheet.cells].filter(([, c]) => c.value !== null).map(([k]) => k.split(',').map(Number));
  const boxes: Box[] = [
    ...tables,
    ...cells.map(([r, c]) => ({
      top: r as number,
      left: c as number,
      bottom: r as number,
      right: c as number,
    })),
  ];
  const used: Box | null =
    boxes.length === 0
      ? null
      : {
          top: tables.length > 0 ? 1 : Math.min(...boxes.map((b) => b.top)),
          left: tables.length > 0 ? 1 : Math.min(...boxes.map((b) => b.left)),
          bottom: Math.max(...boxes.map((b) => b.bottom)),
          right: Math.max(...boxes.map((b) => b.right)),
        };
  return { name: sheet.name, at, formulaAt, used, tables };
}
