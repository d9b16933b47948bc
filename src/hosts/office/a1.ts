/**
 * The workbook layer's A1 module seen through Office.js geometry, whose row and column indexes
 * count from 0: the only conversion this host makes.
 */
import {
  cellAddress,
  parseAreas as parseAreaRanges,
  parseCell,
  parseRange,
  type RangePos,
} from '../../workbook/a1';

export interface Rect {
  /** 0-based, as Range.rowIndex. */
  row: number;
  /** 0-based, as Range.columnIndex. */
  col: number;
  rows: number;
  cols: number;
}

export function parseCellRef(a1: string): { row: number; col: number } {
  const { row, col } = parseCell(a1);
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" (or "A1" for one cell) for a rectangle; no sheet part. */
export function rectAddress(row: number, col: number, rows: number, cols: number): string {
  const a = cellAddress(row + 1, col + 1);
  const b = cellAddress(row + rows, col + cols);
  return rows === 1 && cols === 1 ? a : `${a}:${b}`;
}

function toRect(r: RangePos): Rect {
  return { row: r.top - 1, col: r.left - 1, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 };
}

/** "A1:C3" (no sheet part) as a 0-based rectangle. */
export function parseRect(range: string): Rect {
  return toRect(parseRange(range));
}

/** The 0-based rectangles of a RangeAreas address ("Blad1!A1:B4, Blad1!D1:D4"). */
export function parseAreas(address: string): Rect[] {
  return parseAreaRanges(address).map(toRect);
}
