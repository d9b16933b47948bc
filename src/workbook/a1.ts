/**
 * A1 notation, once for the workbook layer and both hosts: column letters from 1, sheet names
 * quoted the way Excel needs them, and cell and range addresses parsed and written. Rows and
 * columns here are 1-based, as in A1 itself; a host with 0-based geometry (Office.js) converts at
 * its own edge.
 */
import { DomainError } from '../domain/errors';

/** The grid of every Excel since 2007. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellPos {
  row: number;
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 -> "A", 26 -> "Z", 27 -> "AA", 16384 -> "XFD". */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "xfd" -> 16384 (case ignored); not a bounds check: parseCell does that. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
/** Names Excel would read as a reference: A1 style ("Q1", "FY2026") or R1C1 style ("R", "RC2"). */
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(?:R\d*C?\d*|C\d*)$/i;
const LOOKS_LIKE_LOGICAL = /^(?:TRUE|FALSE)$/i;

/**
 * A sheet name as a formula or an address needs it: bare when it is a plain identifier Excel
 * cannot mistake for a reference or a logical, otherwise in single quotes with ' doubled.
 */
export function quoteSheet(name: string): string {
  const bare =
    PLAIN_NAME.test(name) &&
    !LOOKS_LIKE_A1.test(name) &&
    !LOOKS_LIKE_R1C1.test(name) &&
    !LOOKS_LIKE_LOGICAL.test(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "Sheet!A1:C3" (the sheet possibly quoted) into the sheet's name and the range. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3" or "$B$3" -> { row: 3, col: 2 }; anything else, or a cell outside the grid, is refused. */
export function parseCell(a1: string): CellPos {
  const m = CELL.exec(a1.trim());
  const col = m ? columnNumber(m[1] as string) : 0;
  const row = m ? Number(m[2]) : 0;
  if (!m || col < 1 || col > MAX_COLUMNS || row < 1 || row > MAX_ROWS) {
    throw new DomainError('invalid-input', `not a cell address: ${JSON.stringify(a1)}`, { value: a1 });
  }
  return { row, col };
}

/** "A1:C3" or "A1" (no sheet part) -> its corners, whichever way round they were written. */
export function parseRange(ref: string): RangePos {
  const [a, b] = ref.split(':');
  const start = parseCell(a ?? '');
  const end = b === undefined ? start : parseCell(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Whether two ranges share a cell. */
export function rangesMeet(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** "A1:C3", always with both corners (ExcelJS tables want them even for one cell). */
export function rangeAddress(r: RangePos): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** "$A$1:$C$3": what a defined name refers to. */
export function absoluteRangeAddress(r: RangePos): string {
  return `$${columnLetter(r.left)}$${r.top}:$${columnLetter(r.right)}$${r.bottom}`;
}

/**
 * The ranges of a multi-area address ("Sheet1!A1:B4, Sheet1!D1:D4"; Excel writes the sheet before
 * every area, with or without a space after the comma). A comma inside a quoted sheet name
 * ('Q1, Q2'!A1) does not separate areas.
 */
export function parseAreas(address: string): RangePos[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    // '' inside a quoted name toggles twice: no change.
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => parseRange(splitAddress(p).range));
}
