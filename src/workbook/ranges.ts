/**
 * What lies beside the tables, and lists that are no table: the one definition every Book uses,
 * over whatever cell access it has, so the three hosts agree on what a "row typed below a table"
 * and a "plain range" are (test/contract/rangesContract.ts holds them to it).
 */
import {
  BESIDE_MAX_COLUMNS,
  BESIDE_MAX_ROWS,
  type BesideTable,
  type Cell,
  type PlainRange,
  type Surroundings,
} from './book';
import { columnLetter } from './a1';

/** A rectangle of 1-based sheet rows and columns, both ends included. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A table's whole range (header row to last body row) on its sheet. */
interface TableBox extends Box {
  name: string;
}

export interface SheetCells {
  name: string;
  /** The value at a 1-based row and column; null (or '') when empty. Table cells included. */
  at(row: number, column: number): Cell;
  /** The smallest box holding every non-empty cell, null for an empty sheet. */
  used: Box | null;
  tables: TableBox[];
}

export const isFilled = (v: Cell): boolean => v !== null && v !== '';

export function boxAddress(b: Box): string {
  return `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
}

const inside = (b: Box, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

export function surroundingsOf(sheets: readonly SheetCells[]): Surroundings {
  const beside: BesideTable[] = [];
  const plainRanges: PlainRange[] = [];
  for (const s of sheets) {
    for (const t of s.tables) beside.push(besideTable(s, t));
    if (s.tables.length === 0 && s.used) {
      const range = plainRangeOf(s, s.used);
      if (range) plainRanges.push(range);
    }
  }
  return { beside, plainRanges };
}

function besideTable(s: SheetCells, t: TableBox): BesideTable {
  const others = s.tables.filter((o) => o !== t);
  const free = (row: number, col: number): boolean =>
    isFilled(s.at(row, col)) && !others.some((o) => inside(o, row, col));
  const lastRow = Math.min(s.used?.bottom ?? 0, t.bottom + BESIDE_MAX_ROWS);
  const below: Cell[][] = [];
  for (let r = t.bottom + 1; r <= lastRow; r++) {
    const row: Cell[] = [];
    let any = false;
    for (let c = t.left; c <= t.right; c++) {
      const filled = free(r, c);
      any ||= filled;
      row.push(filled ? s.at(r, c) : null);
    }
    if (!any) break;
    below.push(row);
  }
  const lastCol = Math.min(s.used?.right ?? 0, t.right + BESIDE_MAX_COLUMNS);
  const headers: Cell[] = [];
  let filledCells = 0;
  for (let c = t.right + 1; c <= lastCol; c++) {
    let cells = 0;
    for (let r = t.top + 1; r <= t.bottom; r++) if (free(r, c)) cells++;
    const header = free(t.top, c) ? s.at(t.top, c) : null;
    if (cells === 0 && header === null) break;
    headers.push(header);
    filledCells += cells;
  }
  return {
    table: t.name,
    sheet: s.name,
    address: boxAddress(t),
    below: below.length > 0 ? { firstRow: t.bottom + 1, values: below } : null,
    right:
      headers.length > 0 ? { firstColumn: t.right + 1, columns: headers.length, headers, filledCells } : null,
  };
}

/** The block around the first non-empty row of `used`, as Excel's current region grows it. */
export function plainRangeOf(s: Pick<SheetCells, 'name' | 'at'>, used: Box): PlainRange | null {
  let start: { row: number; col: number } | null = null;
  for (let r = used.top; r <= used.bottom && !start; r++)
    for (let c = used.left; c <= used.right && !start; c++)
      if (isFilled(s.at(r, c))) start = { row: r, col: c };
  if (!start) return null;
  const box = currentRegion((r, c) => inside(used, r, c) && isFilled(s.at(r, c)), start.row, start.col);
  const row = (r: number): Cell[] => {
    const out: Cell[] = [];
    for (let c = box.left; c <= box.right; c++) out.push(s.at(r, c));
    return out;
  };
  const values: Cell[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) values.push(row(r));
  return {
    sheet: s.name,
    address: boxAddress(box),
    firstRow: box.top,
    firstColumn: box.left,
    headers: row(box.top).map((v) => (isFilled(v) ? String(v) : '')),
    values,
  };
}

/**
 * Grows a box from one cell while any cell touching it (diagonals included) is filled: Excel's
 * CurrentRegion, so the block is the one a person sees selected with Ctrl+A.
 */
export function currentRegion(filled: (row: number, col: number) => boolean, row: number, col: number): Box {
  const b: Box = { top: row, left: col, bottom: row, right: col };
  const anyInRow = (r: number): boolean => {
    for (let c = Math.max(1, b.left - 1); c <= b.right + 1; c++) if (filled(r, c)) return true;
    return false;
  };
  const anyInCol = (c: number): boolean => {
    for (let r = Math.max(1, b.top - 1); r <= b.bottom + 1; r++) if (filled(r, c)) return true;
    return false;
  };
  let grew = true;
  while (grew) {
    grew = false;
    if (b.top > 1 && anyInRow(b.top - 1)) {
      b.top -= 1;
      grew = true;
    }
    if (anyInRow(b.bottom + 1)) {
      b.bottom += 1;
      grew = true;
    }
    if (b.left > 1 && anyInCol(b.left - 1)) {
      b.left -= 1;
      grew = true;
    }
    if (anyInCol(b.right + 1)) {
      b.right += 1;
      grew = true;
    }
  }
  return b;
}
