/** A1 addresses the Office host builds from table geometry (0-based rows/columns in, A1 out). */
import { DomainError } from '../../domain/errors';
import { columnLetter, columnNumber } from '../../workbook/columns';

/** Column letters of a 0-based column index. */
export function columnLetters(col: number): string {
  return columnLetter(col + 1);
}

export function parseCellRef(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) throw new DomainError('invalid-input', `not a cell address: ${JSON.stringify(a1)}`, { value: a1 });
  return { row: Number(m[2]) - 1, col: columnNumber(m[1] as string) - 1 };
}

/** "A1:C3" (or "A1" for one cell) for a rectangle; no sheet part. */
export function rectAddress(row: number, col: number, rows: number, cols: number): string {
  const a = `${columnLetters(col)}${row + 1}`;
  const b = `${columnLetters(col + cols - 1)}${row + rows}`;
  return rows === 1 && cols === 1 ? a : `${a}:${b}`;
}

/** Splits "Sheet!A1:C3" (sheet possibly quoted) into its parts. */
export function splitAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

export function parseRect(range: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = range.split(':');
  const s = parseCellRef(a as string);
  const e = b ? parseCellRef(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

/** A sheet name as it must appear in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The rectangles of a RangeAreas address ("Sheet1!A1:B4, Sheet1!D1:D4"; Excel writes the sheet
 * before every area, with or without a space after the comma). A comma inside a quoted sheet
 * name ('Q1, Q2'!A1) does not separate areas.
 */
export function parseAreas(address: string): { row: number; col: number; rows: number; cols: number }[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'")
      quoted = !quoted; // '' inside a quoted name toggles twice: no change
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => parseRect(splitAddress(p).range));
}
