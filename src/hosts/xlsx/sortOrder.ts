import type { Cell } from '../../workbook/book';

/** Excel compares text without case but with accents, character by character (F10 before F9). */
export const excelCollator = new Intl.Collator('nl', { sensitivity: 'accent', numeric: false });

const rank = (v: Cell): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);

/** Excel's sort order: numbers, then text, then booleans; empty cells last in either direction. */
export function compareCells(a: Cell, b: Cell, ascending: boolean, collator: Intl.Collator): number {
  const ea = a === null || a === '';
  const eb = b === null || b === '';
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  let d = rank(a) - rank(b);
  if (d === 0) {
    if (typeof a === 'number' && typeof b === 'number') d = a - b;
    else if (typeof a === 'string' && typeof b === 'string') d = collator.compare(a, b);
    else d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}
