/**
 * A1 addresses for the fake, in Office.js's 0-based geometry. Notation itself (letters, quoting,
 * parsing) is the workbook layer's A1 module, which test/workbook/a1.test.ts holds to Excel's
 * rules; the fake only converts, so what it answers is spelled the way the host reads it.
 */
import { cellAddress, parseCell as parseA1Cell, quoteSheet, splitAddress } from '../../../src/workbook/a1';

export interface Rect {
  row: number; // 0-based
  col: number; // 0-based
  rows: number;
  cols: number;
}

function parseCell(a1: string): { row: number; col: number } {
  const { row, col } = parseA1Cell(a1);
  return { row: row - 1, col: col - 1 };
}

/** "Sheet1!A1:C3", "'My sheet'!B2" or "A1" -> sheet (if any) and rectangle. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  const { sheet, range } = splitAddress(address);
  const [a, b] = range.split(':');
  const start = parseCell(a ?? '');
  const end = b ? parseCell(b) : start;
  const rect = {
    row: Math.min(start.row, end.row),
    col: Math.min(start.col, end.col),
    rows: Math.abs(end.row - start.row) + 1,
    cols: Math.abs(end.col - start.col) + 1,
  };
  return sheet === null ? { rect } : { sheet, rect };
}

export function formatAddress(sheet: string, r: Rect): string {
  const a = cellAddress(r.row + 1, r.col + 1);
  const b = cellAddress(r.row + r.rows, r.col + r.cols);
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
