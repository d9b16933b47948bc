/** A1 addresses <-> 1-based row/column numbers, for the .xlsx host. */
import { DomainError } from '../../domain/errors';
import { columnLetter as columnLetters, columnNumber } from '../../workbook/columns';

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

const ADDRESS_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export { columnLetter as columnLetters, columnNumber } from '../../workbook/columns';

export function parseAddress(address: string): CellPos {
  const m = ADDRESS_RE.exec(address.trim());
  const col = m ? columnNumber(m[1] as string) : 0;
  const row = m ? Number(m[2]) : 0;
  if (!m || col < 1 || col > 16_384 || row < 1 || row > 1_048_576) {
    throw new DomainError('invalid-input', `not a cell address: ${JSON.stringify(address)}`, {
      value: address,
    });
  }
  return { row, col };
}

export function parseRange(ref: string): RangePos {
  const [a, b] = ref.split(':');
  const start = parseAddress(a ?? '');
  const end = b === undefined ? start : parseAddress(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeRef(r: RangePos): string {
  return `${address(r.top, r.left)}:${address(r.bottom, r.right)}`;
}

export function absoluteRangeRef(r: RangePos): string {
  return `$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
}

/** A sheet name as a formula or defined name needs it: quoted, with ' doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
