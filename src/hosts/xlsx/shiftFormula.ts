/**
 * Moves a formula down (or up) by `rows`, the way Excel does when it fills or sorts: relative row
 * references change, `$`-anchored rows do not. Text in double quotes, sheet names in single quotes
 * and anything in square brackets (structured references like [@Bedrag]) are left alone, so
 * `Facturen[@Bedrag]` or `"A1"` never change. Whole-row references (2:2) are not shifted; the
 * workbook layer does not write them.
 */
import { DomainError } from '../../domain/errors';

const MAX_ROW = 1_048_576;

/** A cell reference at the start of the rest of the formula: $col$row with optional anchors. */
const CELL_RE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;
const IDENT_CHAR = /[A-Za-z0-9_.\\]/;

export function shiftFormula(formula: string, rows: number): string {
  if (!Number.isInteger(rows)) {
    throw new DomainError('invalid-input', `row shift must be a whole number, got ${rows}`, { value: rows });
  }
  if (rows === 0) return formula;
  let out = '';
  let i = 0;
  let bracketDepth = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || (ch === "'" && bracketDepth === 0)) {
      // A quoted string ("" escapes a quote) or a quoted sheet name ('' escapes a quote).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j += 1;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') bracketDepth += 1;
    if (ch === ']') bracketDepth = Math.max(0, bracketDepth - 1);
    if (bracketDepth === 0 && /[A-Za-z$]/.test(ch)) {
      const prev = i > 0 ? (formula[i - 1] as string) : '';
      if (!IDENT_CHAR.test(prev)) {
        CELL_RE.lastIndex = i;
        const m = CELL_RE.exec(formula);
        if (m) {
          const after = formula[i + m[0].length] ?? '';
          // A function name (LOG10(), a longer identifier or a table name is not a reference.
          if (!IDENT_CHAR.test(after) && after !== '(' && after !== '[') {
            const [whole, colAnchor, col, rowAnchor, rowText] = m as unknown as [string, string, string, string, string];
            let row = Number(rowText);
            if (rowAnchor === '') {
              row += rows;
              if (row < 1 || row > MAX_ROW) {
                throw new DomainError('invalid-input', `shifting ${whole} by ${rows} rows leaves the sheet`, {
                  value: formula,
                });
              }
            }
            out += `${colAnchor}${col}${rowAnchor}${row}`;
            i += whole.length;
            continue;
          }
        }
      }
      // Skip the rest of this identifier so "SHEET1" inside a longer name is not read as a ref.
      let j = i;
      while (j < formula.length && IDENT_CHAR.test(formula[j] as string)) j += 1;
      if (j === i) j = i + 1;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}
