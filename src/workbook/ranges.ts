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
  type SheetFilter,
  type Surroundings,
} from './book';
import { columnLetter, parseRange, rangesMeet } from './a1';

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
  /** The sheet's own AutoFilter, when the host sees it. */
  filter?: SheetFilter;
  /** Whether a cell outside tables holds a formula; absent when the host cannot tell. */
  formulaAt?: (row: number, column: number) => boolean;
}

export const isFilled = (v: Cell): boolean => v !== null && v !== '';

export function boxAddress(b: Box): string {
  return `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
}

/**
 * The header row a plain range gets as a table (rangeToTable): as read, with a name only in a
 * header cell that was empty; a typed header is never renamed, whatever `names` says.
 */
export function tableHeadersOf(c: { headers: readonly string[]; names?: readonly string[] }): string[] {
  return c.headers.map((h, j) => (h.trim() === '' ? (c.names?.[j] ?? h) : h));
}

/** How many empty columns inside a list, or beside a table, are looked over for a column past them. */
const BLANK_COLUMNS_BRIDGED = 2;

const inside = (b: Box, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

export function surroundingsOf(sheets: readonly SheetCells[]): Surroundings {
  const beside: BesideTable[] = [];
  const plainRanges: PlainRange[] = [];
  for (const s of sheets) {
    for (const t of s.tables) beside.push(besideTable(s, t));
    if (s.tables.length === 0 && s.used) {
      const range = listOnSheet(s, s.used);
      if (range && s.filter && rangesMeet(parseRange(s.filter.address), parseRange(range.address)))
        range.sheetFilter = { ...s.filter };
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
    if (!any || isTotalsRow(row)) break;
    below.push(row);
  }
  const formulaAt = s.formulaAt;
  const right = columnsRightOf(t, free, (c) => (free(t.top, c) ? s.at(t.top, c) : null), s.used, {
    walls: others,
    ...(formulaAt ? { formulaHeader: (c: number) => formulaAt(t.top, c) } : {}),
  });
  return {
    table: t.name,
    sheet: s.name,
    address: boxAddress(t),
    below: below.length > 0 ? { firstRow: t.bottom + 1, values: below } : null,
    right,
  };
}

/**
 * The columns typed directly right of a table, in every host (the Office host knows only which
 * cells are filled, and the header row's values): contiguous from its edge as typed, and past up to
 * two empty columns a person left before their own ("Notities") by the block rule listOnSheet uses
 * (growOverBlankColumns): the whole run of columns past the gap, each with a typed header (never a
 * formula: its cached value is no name) in the table's header row, something beside the table's
 * rows and nothing below them, or none of it. A summary ("Totaal open | 3600") beside the rows
 * without a header or in the header row itself, or a block going on below, is something else, and
 * half a block would leave the other half standing against the table. A run reaching the edge of
 * what was read is not taken. Another table's column within the table's rows ends the scan: it is
 * that table's, never an empty column to look over.
 */
export function columnsRightOf(
  t: Box,
  filled: (row: number, col: number) => boolean,
  headerAt: (col: number) => Cell,
  used: Box | null,
  around: {
    walls: readonly Box[];
    /** Whether the header-row cell holds a formula; absent when the host cannot tell (then nothing past a gap is taken). */
    formulaHeader?: (col: number) => boolean;
  },
): BesideTable['right'] {
  const usedRight = used?.right ?? 0;
  const lastCol = Math.min(usedRight, t.right + BESIDE_MAX_COLUMNS);
  const lastRow = Math.min(used?.bottom ?? 0, t.bottom + BESIDE_MAX_ROWS);
  // Each column's body is counted once: the rule asks about a column several times, and a table
  // may hold tens of thousands of rows.
  const seen = new Map<number, { header: Cell; cells: number }>();
  const column = (c: number): { header: Cell; cells: number } => {
    const known = seen.get(c);
    if (known) return known;
    let cells = 0;
    for (let r = t.top + 1; r <= t.bottom; r++) if (filled(r, c)) cells++;
    const header = headerAt(c);
    const x = { header: isFilled(header) ? header : null, cells };
    seen.set(c, x);
    return x;
  };
  const wall = (c: number): boolean =>
    around.walls.some((o) => c >= o.left && c <= o.right && o.top <= t.bottom && o.bottom >= t.top);
  const blank = (c: number): boolean => {
    const x = column(c);
    return !wall(c) && x.cells === 0 && x.header === null;
  };
  const isFormula = around.formulaHeader;
  // A header cell holding a formula that shows nothing is still the person's: no gap to name.
  const gapBlank = (c: number): boolean => blank(c) && isFormula?.(c) !== true;
  const ownColumn = (c: number): boolean => {
    if (column(c).header === null || !isFormula || isFormula(c)) return false;
    for (let r = t.bottom + 1; r <= lastRow; r++) if (filled(r, c)) return false;
    return true;
  };
  const headers: Cell[] = [];
  const empty: number[] = [];
  let filledCells = 0;
  const take = (c: number): void => {
    const x = column(c);
    headers.push(x.header);
    filledCells += x.cells;
  };
  let c = t.right + 1;
  for (; c <= lastCol && !wall(c) && !blank(c); c++) take(c);
  while (c <= lastCol && !wall(c)) {
    const gap = c;
    while (c <= lastCol && c - gap <= BLANK_COLUMNS_BRIDGED && gapBlank(c)) c++;
    if (c - gap > BLANK_COLUMNS_BRIDGED || c > lastCol || wall(c)) break;
    let last = c;
    while (last + 1 <= lastCol && !wall(last + 1) && !blank(last + 1)) last++;
    // Cut off where the reading stopped: the block may go on past it.
    if (last === lastCol && lastCol < usedRight) break;
    let whole = true;
    let body = 0;
    for (let k = c; k <= last && whole; k++) {
      whole = ownColumn(k);
      body += column(k).cells;
    }
    if (!whole || body === 0) break;
    for (let k = gap; k < c; k++) {
      headers.push(null);
      empty.push(k);
    }
    for (; c <= last; c++) take(c);
  }
  if (headers.length === 0) return null;
  return {
    firstColumn: t.right + 1,
    columns: headers.length,
    headers,
    filledCells,
    ...(empty.length > 0 ? { empty } : {}),
  };
}

/** How many blank rows inside a list are looked over for more of it. */
const BLANK_ROWS_BRIDGED = 2;
/** How many title blocks above a list are looked past. */
const TITLE_BLOCKS = 3;
const TOTAL_WORDS = new Set(['totaal', 'totalen', 'subtotaal', 'som', 'total', 'totals', 'subtotal', 'sum']);

const filledIn = (row: readonly Cell[]): Cell[] => row.filter(isFilled);
const distinct = (row: readonly Cell[]): number => new Set(filledIn(row).map((v) => String(v))).size;

/** A row summing the list above it: its first filled cell says "Totaal" (or Total, Som, ...). */
export function isTotalsRow(row: readonly Cell[]): boolean {
  const first = filledIn(row)[0];
  return typeof first === 'string' && TOTAL_WORDS.has(first.trim().toLowerCase().replace(/[:.]$/, ''));
}

/** A title over a list: one text (a merged title repeats it) above a row of several different ones. */
function isTitleOver(title: readonly Cell[], next: readonly Cell[] | undefined): boolean {
  return filledIn(title).length > 0 && distinct(title) === 1 && next !== undefined && distinct(next) >= 2;
}

function rangeOfBox(s: Pick<SheetCells, 'name' | 'at'>, box: Box): PlainRange {
  const values: Cell[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) values.push(rowAt(s, box, r));
  return {
    sheet: s.name,
    address: boxAddress(box),
    firstRow: box.top,
    firstColumn: box.left,
    headers: rowAt(s, box, box.top).map((v) => (isFilled(v) ? String(v) : '')),
    values,
  };
}

/**
 * The list on a sheet as traders keep it, which Excel's current region alone would cut short: a
 * title above it (its own block, or the row right above the headers) is passed over; blank rows
 * inside it are looked over when rows of the same list follow (the first column filled and more);
 * a totals row under it ("Totaal") stays outside, as the person's own; a column of the person's past
 * an empty one ("Notities") is part of the list, or the product's columns would be put over it.
 */
export function listOnSheet(s: Pick<SheetCells, 'name' | 'at'>, used: Box): PlainRange | null {
  let range = plainRangeOf(s, used);
  for (let i = 0; range && range.values.length === 0 && i < TITLE_BLOCKS; i++) {
    if (range.firstRow >= used.bottom) break;
    const next = plainRangeOf(s, { ...used, top: range.firstRow + 1 });
    if (!next) break;
    range = next;
  }
  if (!range) return null;
  const box = parseBox(range);
  if (range.values.length > 1 && isTitleOver(rowAt(s, box, box.top), rowAt(s, box, box.top + 1)))
    box.top += 1;
  for (let r = box.top + 1; r <= box.bottom; r++)
    if (isTotalsRow(rowAt(s, box, r))) {
      box.bottom = r - 1;
      break;
    }
  growOverBlankRows(s, used, box);
  growOverBlankColumns(s, used, box);
  return rangeOfBox(s, box);
}

function rowAt(s: Pick<SheetCells, 'at'>, box: Box, r: number): Cell[] {
  const out: Cell[] = [];
  for (let c = box.left; c <= box.right; c++) out.push(s.at(r, c));
  return out;
}

function parseBox(range: PlainRange): Box {
  return {
    top: range.firstRow,
    left: range.firstColumn,
    bottom: range.firstRow + range.values.length,
    right: range.firstColumn + range.headers.length - 1,
  };
}

/** More of the same list after blank rows: its first column filled and one more cell, nothing outside its columns. */
function growOverBlankRows(s: Pick<SheetCells, 'at'>, used: Box, box: Box): void {
  let r = box.bottom + 1;
  while (r <= used.bottom) {
    let blanks = 0;
    while (r <= used.bottom && filledIn(rowAt(s, box, r)).length === 0 && blanks <= BLANK_ROWS_BRIDGED) {
      r++;
      blanks++;
    }
    if (blanks === 0 || blanks > BLANK_ROWS_BRIDGED || r > used.bottom) return;
    let last = r - 1;
    while (last + 1 <= used.bottom) {
      const row = rowAt(s, box, last + 1);
      const outside = isFilled(s.at(last + 1, box.left - 1)) || isFilled(s.at(last + 1, box.right + 1));
      if (!isFilled(row[0] ?? null) || filledIn(row).length < 2 || isTotalsRow(row) || outside) break;
      last++;
    }
    if (last < r) return;
    box.bottom = last;
    r = last + 1;
  }
}

/**
 * The person's own columns past empty ones, taken in as one block or not at all: each with a
 * header in the list's header row and nothing below the list. A block without headers beside the
 * rows (a summary, "Totaal open | 3600") or going on below the list is something else; half of a
 * block would leave the other half standing against the new table.
 */
function growOverBlankColumns(s: Pick<SheetCells, 'at'>, used: Box, box: Box): void {
  const inList = (c: number): boolean => {
    for (let r = box.top; r <= box.bottom; r++) if (isFilled(s.at(r, c))) return true;
    return false;
  };
  const ownColumn = (c: number): boolean => {
    if (!isFilled(s.at(box.top, c))) return false;
    for (let r = box.bottom + 1; r <= used.bottom; r++) if (isFilled(s.at(r, c))) return false;
    return true;
  };
  let c = box.right + 1;
  while (c <= used.right) {
    const gap = c;
    while (c <= used.right && c - gap <= BLANK_COLUMNS_BRIDGED && !inList(c)) c++;
    if (c === gap || c - gap > BLANK_COLUMNS_BRIDGED || c > used.right) return;
    let last = c;
    while (last + 1 <= used.right && inList(last + 1)) last++;
    for (let k = c; k <= last; k++) if (!ownColumn(k)) return;
    box.right = last;
    c = last + 1;
  }
}

/** The block around the first non-empty row of `used`, as Excel's current region grows it. */
export function plainRangeOf(s: Pick<SheetCells, 'name' | 'at'>, used: Box): PlainRange | null {
  let start: { row: number; col: number } | null = null;
  for (let r = used.top; r <= used.bottom && !start; r++)
    for (let c = used.left; c <= used.right && !start; c++)
      if (isFilled(s.at(r, c))) start = { row: r, col: c };
  if (!start) return null;
  const box = currentRegion((r, c) => inside(used, r, c) && isFilled(s.at(r, c)), start.row, start.col);
  return rangeOfBox(s, box);
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
