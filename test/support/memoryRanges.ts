/**
 * MemoryBook's side of plain ranges: the cells typed outside tables, what the port reports of
 * them, and the two changes that take them into a table, as Excel does (cells stay where they are).
 */
import type { Cell, Change, Surroundings } from '../../src/workbook/book';
import {
  boxAddress,
  isFilled,
  surroundingsOf,
  tableHeadersOf,
  type Box,
  type SheetCells,
} from '../../src/workbook/ranges';
import {
  BookError,
  existingSheet,
  findTable,
  parseA1,
  tableNamed,
  type MemState,
  type MemTable,
} from './memoryBook';

type ChangeOf<K extends Change['kind']> = Extract<Change, { kind: K }>;

const cellKey = (row: number, column: number): string => `${row},${column}`;

/** A table's whole range; an empty table still shows one (blank) body row, as in Excel. */
function boxOf(t: MemTable): Box {
  return {
    top: t.row,
    left: t.column,
    bottom: t.row + Math.max(1, t.values.length),
    right: t.column + t.headers.length - 1,
  };
}

function parseBox(address: string): Box {
  const [a, b] = address.split(':');
  const from = parseA1(a ?? '');
  const to = parseA1(b ?? a ?? '');
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sheetCells(state: MemState, sheetName: string): SheetCells {
  const sheet = existingSheet(state, sheetName);
  const tables = state.tables.filter((t) => t.sheet === sheet.name);
  const at = (row: number, column: number): Cell => {
    for (const t of tables) {
      const b = boxOf(t);
      if (row < b.top || row > b.bottom || column < b.left || column > b.right) continue;
      if (row === t.row) return t.headers[column - t.column] ?? null;
      return t.values[row - t.row - 1]?.[column - t.column] ?? null;
    }
    return sheet.cells.get(cellKey(row, column)) ?? null;
  };
  let used: Box | null = null;
  const grow = (b: Box): void => {
    used = used
      ? {
          top: Math.min(used.top, b.top),
          left: Math.min(used.left, b.left),
          bottom: Math.max(used.bottom, b.bottom),
          right: Math.max(used.right, b.right),
        }
      : { ...b };
  };
  for (const [k, v] of sheet.cells) {
    if (!isFilled(v)) continue;
    const [row, column] = k.split(',').map(Number) as [number, number];
    grow({ top: row, left: column, bottom: row, right: column });
  }
  for (const t of tables) grow(boxOf(t));
  // Loose cells here are values, never formulas.
  return {
    name: sheet.name,
    at,
    formulaAt: () => false,
    used,
    tables: tables.map((t) => ({ name: t.name, ...boxOf(t) })),
  };
}

export function memorySurroundings(state: MemState): Surroundings {
  return surroundingsOf(state.sheets.map((s) => sheetCells(state, s.name)));
}

function validHeaders(headers: Cell[], what: string): string[] {
  const names = headers.map((h) => (isFilled(h) ? String(h) : ''));
  const seen = new Set<string>();
  for (const n of names) {
    if (n.trim() === '') throw new BookError('InvalidArgument', `${what}: a column without a header`);
    if (seen.has(n.toLowerCase())) throw new BookError('InvalidArgument', `${what}: header ${n} twice`);
    seen.add(n.toLowerCase());
  }
  return names;
}

/** Moves the loose cells of `box` into rows (and clears them from the sheet). */
function takeCells(cells: Map<string, Cell>, box: Box): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: Cell[] = [];
    for (let c = box.left; c <= box.right; c++) {
      row.push(cells.get(cellKey(r, c)) ?? null);
      cells.delete(cellKey(r, c));
    }
    rows.push(row);
  }
  return rows;
}

export function rangeToTable(state: MemState, c: ChangeOf<'rangeToTable'>): void {
  const sheet = existingSheet(state, c.sheet);
  if (findTable(state, c.table)) throw new BookError('ItemAlreadyExists', `table ${c.table}`);
  const box = parseBox(c.address);
  if (state.tables.some((t) => t.sheet === sheet.name && overlaps(boxOf(t), box)))
    throw new BookError('InvalidArgument', `${c.address} overlaps a table`);
  const headerRow: Cell[] = [];
  for (let col = box.left; col <= box.right; col++)
    headerRow.push(sheet.cells.get(cellKey(box.top, col)) ?? null);
  const shown = headerRow.map((h) => (isFilled(h) ? String(h) : ''));
  if (JSON.stringify(shown) !== JSON.stringify(c.headers))
    throw new BookError('InvalidArgument', `${c.sheet}!${c.address} no longer shows the headers read`);
  const headers = validHeaders(tableHeadersOf(c), `${c.sheet}!${c.address}`);
  const [, ...body] = takeCells(sheet.cells, box);
  const t: MemTable = {
    name: c.table,
    sheet: sheet.name,
    row: box.top,
    column: box.left,
    headers,
    values: body,
    formulas: body.map((r) => r.map(() => null)),
    formats: {},
    validations: {},
    fills: [],
  };
  if (c.style) t.style = c.style;
  state.tables.push(t);
}

export function extendTable(state: MemState, c: ChangeOf<'extendTable'>): void {
  const t = tableNamed(state, c.table);
  const sheet = existingSheet(state, t.sheet);
  const box = boxOf(t);
  if (boxAddress(box) !== c.address.toUpperCase())
    throw new BookError('InvalidArgument', `table ${t.name} is at ${boxAddress(box)}, not ${c.address}`);
  const others = state.tables.filter((o) => o !== t && o.sheet === t.sheet);
  const grown: Box = { ...box, bottom: box.bottom + c.rows, right: box.right + c.columns };
  if (others.some((o) => overlaps(boxOf(o), grown)))
    throw new BookError('InvalidArgument', `table ${t.name} would overlap another table`);
  if (c.columns > 0) {
    const right: Box = { top: box.top, left: box.right + 1, bottom: box.bottom, right: grown.right };
    const headerCells: Cell[] = [];
    for (let col = right.left; col <= right.right; col++)
      headerCells.push(sheet.cells.get(cellKey(box.top, col)) ?? null);
    const shown = headerCells.map((h) => (isFilled(h) ? String(h) : ''));
    const named = tableHeadersOf({ headers: shown, ...(c.names ? { names: c.names } : {}) });
    const added = validHeaders([...t.headers, ...named], `table ${t.name}`).slice(t.headers.length);
    const [, ...body] = takeCells(sheet.cells, right);
    t.headers.push(...added);
    // An empty table's blank row reads as no row; its cells to the right still join it.
    t.values.forEach((r, i) => r.push(...(body[i] ?? added.map(() => null))));
    t.formulas.forEach((r) => r.push(...added.map(() => null)));
  }
  if (c.rows > 0) {
    if (t.values.length === 0)
      throw new BookError('InvalidArgument', `table ${t.name} has no rows to extend below`);
    const rows = takeCells(sheet.cells, {
      top: box.bottom + 1,
      left: box.left,
      bottom: grown.bottom,
      right: grown.right,
    });
    t.values.push(...rows);
    t.formulas.push(...rows.map((r) => r.map(() => null)));
  }
}
