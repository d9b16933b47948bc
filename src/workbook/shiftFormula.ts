/**
 * Moving A1 formula text between rows: the one shifter both hosts (and the in-memory Book) use to
 * honour the port's first-body-row convention. It reads formula text, not the expression language.
 */
import { DomainError } from '../domain/errors';
import { MAX_ROWS } from './a1';

/** A cell reference at a position: $col$row with optional anchors (sticky: matches only there). */
const CELL_RE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;

function isIdentChar(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    (code >= 48 && code <= 57) || // 0-9
    code === 95 || // _
    code === 46 || // .
    code === 92 // backslash
  );
}

function isRefStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 36; // letters, $
}

/**
 * Moves a formula written for the first body row down (or up) by `rows`, the way Excel does when
 * it fills or sorts: relative row references change; `$`-anchored rows, whole columns ($D:$D),
 * text in double quotes, sheet names in single quotes ('Blad A1'!B2) and anything in square
 * brackets (Facturen[@Bedrag]) stay. Whole-row references (2:2) are not shifted; the workbook
 * layer does not write them. Hosts that store one formula per cell use this to honour the port's
 * first-body-row convention, with or without the leading '='.
 */
export function shiftFormula(formula: string, rows: number): string {
  checkRows(rows);
  return rows === 0 ? formula : rowShifter(formula)(rows);
}

/**
 * shiftFormula for one formula and many shifts: the formula is read once, each shift only joins
 * slices of it. A shared formula's copies down a 50,000-row column are made this way.
 *
 * The result is built from slices of the input, not character by character: V8 keeps appended
 * strings as ropes, and 50,000 formulas built one character at a time cost gigabytes.
 */
export function rowShifter(formula: string): (rows: number) => string {
  const refs = relativeRows(formula);
  return (rows) => {
    checkRows(rows);
    if (rows === 0 || refs.length === 0) return formula;
    const parts: string[] = [];
    let copiedUpTo = 0;
    for (const ref of refs) {
      const row = ref.row + rows;
      if (row < 1 || row > MAX_ROWS) {
        throw new DomainError('invalid-input', `shifting ${ref.whole} by ${rows} rows leaves the sheet`, {
          value: formula,
        });
      }
      parts.push(formula.slice(copiedUpTo, ref.start), ref.column, String(row));
      copiedUpTo = ref.end;
    }
    parts.push(formula.slice(copiedUpTo));
    return parts.join('');
  };
}

function checkRows(rows: number): void {
  if (!Number.isInteger(rows)) {
    throw new DomainError('invalid-input', `row shift must be a whole number, got ${rows}`, { value: rows });
  }
}

interface RelativeRow {
  /** Where the reference starts and ends in the formula. */
  start: number;
  end: number;
  /** Its column part as written ($D or D) and its row. */
  column: string;
  row: number;
  whole: string;
}

/** The references in `formula` whose row moves with the cell, in order. */
function relativeRows(formula: string): RelativeRow[] {
  const refs: RelativeRow[] = [];
  let i = 0;
  let bracketDepth = 0;
  const n = formula.length;
  while (i < n) {
    const code = formula.charCodeAt(i);
    if (code === 34 /* " */ || (code === 39 /* ' */ && bracketDepth === 0)) {
      // A quoted string ("" escapes a quote) or a quoted sheet name ('' escapes a quote).
      let j = i + 1;
      while (j < n) {
        if (formula.charCodeAt(j) === code) {
          if (formula.charCodeAt(j + 1) === code) j += 2;
          else break;
        } else j += 1;
      }
      i = j + 1;
      continue;
    }
    if (code === 91 /* [ */) bracketDepth += 1;
    if (code === 93 /* ] */) bracketDepth = Math.max(0, bracketDepth - 1);
    if (bracketDepth === 0 && isRefStart(code) && (i === 0 || !isIdentChar(formula.charCodeAt(i - 1)))) {
      CELL_RE.lastIndex = i;
      const m = CELL_RE.exec(formula);
      if (m) {
        const end = i + m[0].length;
        const after = end < n ? formula.charCodeAt(end) : -1;
        // A function name (LOG10(), a longer identifier or a table name is not a reference.
        if (!isIdentChar(after) && after !== 40 /* ( */ && after !== 91 /* [ */) {
          const [whole, colAnchor, letters, rowAnchor, rowText] = m as unknown as [
            string,
            string,
            string,
            string,
            string,
          ];
          if (rowAnchor === '')
            refs.push({ start: i, end, column: colAnchor + letters, row: Number(rowText), whole });
          i = end;
          continue;
        }
      }
      // Skip the rest of this identifier so "SHEET1" inside a longer name is not read as a ref.
      let j = i + 1;
      while (j < n && isIdentChar(formula.charCodeAt(j))) j += 1;
      i = j;
      continue;
    }
    i += 1;
  }
  return refs;
}
