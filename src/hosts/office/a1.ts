/** A1 addresses the Office host builds from table geometry (0-based rows/columns in, A1 out). */
import { DomainError } from '../../domain/errors';

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function parseCellRef(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) throw new DomainError('invalid-input', `not a cell address: ${JSON.stringify(a1)}`, { value: a1 });
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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
