/**
 * Excel parses a string written through `values` exactly as if a person typed it: "=x" (and
 * "+x", "-x", "@x") become formulas, "0612345678" a number, "1/2" a US date, "TRUE" a boolean.
 * A leading apostrophe (Excel's quote prefix) makes Excel keep the rest as text and is not part
 * of the value: `values` and `formulas` read back without it.
 *
 * We prefix rather than set numberFormat "@" on those cells: "@" would stay on the cell and turn
 * whatever the user types there later (an amount, a date) into text too, and it costs a second
 * array per write. Plain words (no digits, no leading sign) are left as they are.
 */
import type { Cell } from '../../workbook/book';

const RISKY_START = /^[=+\-@']/;
const BOOLEAN_WORD = /^(true|false|waar|onwaar|vrai|faux)$/i;

function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  return (
    RISKY_START.test(text) ||
    /\d/.test(text) ||
    BOOLEAN_WORD.test(text.trim()) ||
    text.startsWith('#') ||
    /^\s/.test(text)
  );
}

/** The value to put in a `values` array so the cell ends up holding exactly `cell`. */
export function toCellInput(cell: Cell): string | number | boolean | null {
  if (typeof cell === 'string' && needsQuotePrefix(cell)) return `'${cell}`;
  return cell;
}

/** Office.js reports empty cells as "", the port as null. */
export function fromCellOutput(value: unknown): Cell {
  if (value === '' || value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
