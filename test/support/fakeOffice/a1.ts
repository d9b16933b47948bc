/** A1 addresses for the fake, kept apart from the host's own so a shared bug cannot hide. */
export interface Rect {
  row: number; // 0-based
  col: number; // 0-based
  rows: number;
  cols: number;
}

export function colToLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseCell(a1: string): { row: number; col: number } {
  const m = CELL.exec(a1.trim());
  if (!m) throw new Error(`bad cell address ${a1}`);
  return { row: Number(m[2]) - 1, col: lettersToCol(m[1] as string) };
}

/** "Sheet1!A1:C3", "'My sheet'!B2" or "A1" -> sheet (if any) and rectangle. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf('!');
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const start = parseCell(a as string);
  const end = b ? parseCell(b) : start;
  const rect = {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
  return sheet === undefined ? { rect } : { sheet, rect };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, r: Rect): string {
  const a = `${colToLetters(r.col)}${r.row + 1}`;
  const b = `${colToLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
