/**
 * Live formulas as data. Each calculated column is described once as a small expression tree; the
 * same tree is rendered to Excel formula text (for the workbook) and evaluated here in TypeScript
 * (for tests that prove the workbook's own formulas agree with the core). Keeping one description
 * means a formula cannot drift from what we test, and we need no formula parser.
 *
 * Excel semantics mirrored by `evaluate`: an empty cell is "" in comparisons and 0 in arithmetic;
 * text comparison with = and <> ignores case; MATCH(…, 0) fails with #N/A, which IFERROR catches.
 */
import { DomainError } from '../domain/errors';
import { columnLetter } from './columns';
import type { Cell } from './book';

export type Expr =
  /** A cell of the same row in the formula's own table. */
  | { op: 'col'; field: string }
  | { op: 'num'; value: number }
  | { op: 'str'; value: string }
  /** TRUE / FALSE: a yes/no cell holds a logical, which equals no text or number in Excel. */
  | { op: 'bool'; value: boolean }
  | { op: 'today' }
  | { op: 'if'; cond: Expr; then: Expr; else: Expr }
  | { op: 'bin'; o: '+' | '-' | '>' | '<' | '>=' | '<=' | '=' | '<>'; a: Expr; b: Expr }
  | { op: 'and' | 'or'; args: Expr[] }
  | { op: 'max'; args: Expr[] }
  /** ROUND(value, digits): sums of euro amounts drift by 1e-14, so money is rounded to cents. */
  | { op: 'round'; value: Expr; digits: number }
  | { op: 'iferror'; value: Expr; fallback: Expr }
  /**
   * ISTEXT / ISNUMBER of a value: locale-free tests (unlike VALUE or DATEVALUE, whose reading of
   * "1.234" or "01-02-2026" depends on the machine that opens the workbook).
   */
  | { op: 'istext' | 'isnumber'; value: Expr }
  /** SUMIFS over whole columns of another (or the same) table. */
  | { op: 'sumifs'; table: string; sum: string; criteria: Criterion[] }
  /** COUNTIFS; an '=' criterion of str '' counts blank cells. */
  | { op: 'countifs'; table: string; criteria: Criterion[] }
  /** INDEX(table.field, MATCH(key, table.keyField, 0)): #N/A when the key is absent. */
  | { op: 'lookup'; table: string; field: string; keyField: string; key: Expr };

/** A *IFS criterion: equal to a value (case-insensitive; '' = blank), or a number at most a value. */
export interface Criterion {
  field: string;
  test: '=' | '<=';
  value: Expr;
}

export const col = (field: string): Expr => ({ op: 'col', field });
export const num = (value: number): Expr => ({ op: 'num', value });
export const str = (value: string): Expr => ({ op: 'str', value });
export const bool = (value: boolean): Expr => ({ op: 'bool', value });
export const today: Expr = { op: 'today' };
export const iff = (cond: Expr, then: Expr, els: Expr): Expr => ({ op: 'if', cond, then, else: els });
export const bin = (o: Extract<Expr, { op: 'bin' }>['o'], a: Expr, b: Expr): Expr => ({ op: 'bin', o, a, b });
export const and = (...args: Expr[]): Expr => ({ op: 'and', args });
export const or = (...args: Expr[]): Expr => ({ op: 'or', args });
export const max = (...args: Expr[]): Expr => ({ op: 'max', args });
export const round = (value: Expr, digits: number): Expr => ({ op: 'round', value, digits });
export const iferror = (value: Expr, fallback: Expr): Expr => ({ op: 'iferror', value, fallback });
export const isText = (value: Expr): Expr => ({ op: 'istext', value });
export const isNumber = (value: Expr): Expr => ({ op: 'isnumber', value });
export const isBlank = (e: Expr): Expr => bin('=', e, str(''));
export const notBlank = (e: Expr): Expr => bin('<>', e, str(''));

/** Where each table of the formula lives, so references can be rendered in A1 form. */
export interface TableLocation {
  sheet: string;
  /** 1-based sheet row of the first body row. */
  firstRow: number;
  /** 1-based sheet column of the table's first column. */
  firstColumn: number;
  /** Column index (0-based, within the table) per field. */
  columnOf: (field: string) => number | undefined;
}

export interface RenderContext {
  /** The table the formula is written into. */
  self: string;
  tables: (table: string) => TableLocation | undefined;
}

export class FormulaError extends Error {
  override readonly name = 'FormulaError';
}

export { columnLetter } from './columns';

function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function locate(ctx: RenderContext, table: string, field: string): { loc: TableLocation; letter: string } {
  const loc = ctx.tables(table);
  if (!loc) throw new FormulaError(`table ${table} is not in the workbook`);
  const index = loc.columnOf(field);
  if (index === undefined) throw new FormulaError(`table ${table} has no column for ${field}`);
  return { loc, letter: columnLetter(loc.firstColumn + index) };
}

function has(ctx: RenderContext, table: string, field: string): boolean {
  const loc = ctx.tables(table);
  if (!loc) throw new FormulaError(`table ${table} is not in the workbook`);
  return loc.columnOf(field) !== undefined;
}

/**
 * A table the workbook does not have (no Betalingen yet) is an empty table: its *IFS sums and
 * counts are 0 and a lookup in it finds nothing, as `evaluate` sees a table without rows. So the
 * live columns are still written, and Openstaand is the amount until payments exist.
 */
function tableExists(ctx: RenderContext, table: string): boolean {
  return ctx.tables(table) !== undefined;
}

function wholeColumn(ctx: RenderContext, table: string, field: string): string {
  const { loc, letter } = locate(ctx, table, field);
  return `${sheetRef(loc.sheet)}!$${letter}:$${letter}`;
}

/**
 * A column the table does not have is empty in every row, so it renders as "" (and a *IFS
 * criterion on it as always-true for a blank test, always-false otherwise), exactly what
 * `evaluate` does with rows that lack the field. Adopted tables need not have every column.
 */
function ifsParts(e: Extract<Expr, { op: 'sumifs' | 'countifs' }>, ctx: RenderContext): string[] | undefined {
  if (!tableExists(ctx, e.table)) return undefined;
  const parts: string[] = [];
  for (const c of e.criteria) {
    if (has(ctx, e.table, c.field)) parts.push(wholeColumn(ctx, e.table, c.field), criterion(c, ctx));
    else if (!(c.test === '=' && c.value.op === 'str' && c.value.value === '')) return undefined;
  }
  return parts;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function renderExpr(e: Expr, ctx: RenderContext): string {
  switch (e.op) {
    case 'col': {
      if (!has(ctx, ctx.self, e.field)) return '""';
      const { loc, letter } = locate(ctx, ctx.self, e.field);
      return `$${letter}${loc.firstRow}`;
    }
    case 'num':
      return String(e.value);
    case 'str':
      return quote(e.value);
    case 'bool':
      return e.value ? 'TRUE' : 'FALSE';
    case 'today':
      return 'TODAY()';
    case 'if':
      return `IF(${renderExpr(e.cond, ctx)},${renderExpr(e.then, ctx)},${renderExpr(e.else, ctx)})`;
    case 'bin':
      return `(${renderExpr(e.a, ctx)}${e.o}${renderExpr(e.b, ctx)})`;
    case 'and':
    case 'or':
      return `${e.op.toUpperCase()}(${e.args.map((a) => renderExpr(a, ctx)).join(',')})`;
    case 'max':
      return `MAX(${e.args.map((a) => renderExpr(a, ctx)).join(',')})`;
    case 'round':
      return `ROUND(${renderExpr(e.value, ctx)},${e.digits})`;
    case 'iferror':
      return `IFERROR(${renderExpr(e.value, ctx)},${renderExpr(e.fallback, ctx)})`;
    case 'istext':
    case 'isnumber':
      // A column the table lacks renders as "" (text), yet is an EMPTY cell to `evaluate`: neither.
      if (e.value.op === 'col' && !has(ctx, ctx.self, e.value.field)) return 'FALSE';
      return `${e.op.toUpperCase()}(${renderExpr(e.value, ctx)})`;
    case 'sumifs': {
      const parts = ifsParts(e, ctx);
      if (!parts || !has(ctx, e.table, e.sum)) return '0';
      return `SUMIFS(${[wholeColumn(ctx, e.table, e.sum), ...parts].join(',')})`;
    }
    case 'countifs': {
      const parts = ifsParts(e, ctx);
      if (!parts) return '0';
      if (parts.length === 0)
        throw new FormulaError('COUNTIFS needs at least one criterion on an existing column');
      return `COUNTIFS(${parts.join(',')})`;
    }
    case 'lookup':
      if (!tableExists(ctx, e.table)) return 'NA()';
      if (!has(ctx, e.table, e.field)) return '""';
      return `INDEX(${wholeColumn(ctx, e.table, e.field)},MATCH(${renderExpr(e.key, ctx)},${wholeColumn(ctx, e.table, e.keyField)},0))`;
  }
}

function criterion(c: Criterion, ctx: RenderContext): string {
  return c.test === '=' ? renderExpr(c.value, ctx) : `"<="&${renderExpr(c.value, ctx)}`;
}

/** Excel formula text (with leading '='), A1 references as seen from the first body row. */
export function render(e: Expr, ctx: RenderContext): string {
  return `=${renderExpr(e, ctx)}`;
}

// ---------------------------------------------------------------- evaluation

export type Row = Record<string, Cell>;

export interface EvalContext {
  row: Row;
  /** Body rows of every table a formula may refer to. */
  tables: (table: string) => readonly Row[];
  /** Today's serial number in the workbook's date system. */
  today: number;
}

class NotAvailable extends Error {}

type Value = string | number | boolean | null;

function asNumber(v: Value): number {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new NotAvailable('#VALUE!');
  return n;
}

function compare(a: Value, b: Value): number {
  // Excel orders numbers < text < booleans; empty counts as the other side's empty value.
  const rank = (v: Value): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === 'string' ? '' : typeof y === 'boolean' ? false : 0;
  if (y === null) y = typeof x === 'string' ? '' : typeof x === 'boolean' ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

function truthy(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v === null) return false;
  throw new NotAvailable('#VALUE!');
}

/** Does a cell meet a *IFS criterion? "" matches only blank cells; "<=" only numbers. */
function meets(cell: Cell, test: Criterion['test'], crit: Value): boolean {
  if (test === '<=') return typeof cell === 'number' && cell <= asNumber(crit);
  if (crit === '' || crit === null) return cell === null || cell === '';
  if (typeof crit === 'number')
    return typeof cell === 'number'
      ? cell === crit
      : cell !== null && Number(cell) === crit && String(cell).trim() !== '';
  return cell !== null && String(cell).toLowerCase() === String(crit).toLowerCase();
}

function evalExpr(e: Expr, ctx: EvalContext): Value {
  switch (e.op) {
    case 'col':
      return ctx.row[e.field] ?? null;
    case 'num':
      return e.value;
    case 'str':
      return e.value;
    case 'bool':
      return e.value;
    case 'today':
      return ctx.today;
    case 'if':
      return truthy(evalExpr(e.cond, ctx)) ? evalExpr(e.then, ctx) : evalExpr(e.else, ctx);
    case 'bin': {
      const a = evalExpr(e.a, ctx);
      const b = evalExpr(e.b, ctx);
      switch (e.o) {
        case '+':
          return asNumber(a) + asNumber(b);
        case '-':
          return asNumber(a) - asNumber(b);
        case '=':
          return compare(a, b) === 0;
        case '<>':
          return compare(a, b) !== 0;
        case '<':
          return compare(a, b) < 0;
        case '>':
          return compare(a, b) > 0;
        case '<=':
          return compare(a, b) <= 0;
        case '>=':
          return compare(a, b) >= 0;
      }
      break;
    }
    case 'and':
      return e.args.map((a) => truthy(evalExpr(a, ctx))).every(Boolean);
    case 'or':
      return e.args.map((a) => truthy(evalExpr(a, ctx))).some(Boolean);
    case 'max': {
      const nums = e.args.map((a) => evalExpr(a, ctx)).filter((v): v is number => typeof v === 'number');
      return nums.length === 0 ? 0 : Math.max(...nums);
    }
    case 'round': {
      // Excel rounds the 15-digit decimal it shows, half away from zero.
      const v = Number(asNumber(evalExpr(e.value, ctx)).toPrecision(15));
      const f = 10 ** e.digits;
      const r = (Math.sign(v) * Math.round(Number((Math.abs(v) * f).toPrecision(15)))) / f;
      return r === 0 ? 0 : r;
    }
    case 'istext': {
      const v = evalExpr(e.value, ctx);
      return typeof v === 'string';
    }
    case 'isnumber':
      return typeof evalExpr(e.value, ctx) === 'number';
    case 'iferror':
      try {
        return evalExpr(e.value, ctx);
      } catch (err) {
        if (err instanceof NotAvailable) return evalExpr(e.fallback, ctx);
        throw err;
      }
    case 'sumifs': {
      const crits = e.criteria.map((c) => ({ field: c.field, test: c.test, value: evalExpr(c.value, ctx) }));
      let total = 0;
      for (const r of ctx.tables(e.table)) {
        if (!crits.every((c) => meets(r[c.field] ?? null, c.test, c.value))) continue;
        const v = r[e.sum];
        if (typeof v === 'number') total += v; // SUMIFS ignores text
      }
      return total;
    }
    case 'countifs': {
      const crits = e.criteria.map((c) => ({ field: c.field, test: c.test, value: evalExpr(c.value, ctx) }));
      return ctx.tables(e.table).filter((r) => crits.every((c) => meets(r[c.field] ?? null, c.test, c.value)))
        .length;
    }
    case 'lookup': {
      const key = evalExpr(e.key, ctx);
      const hit = ctx
        .tables(e.table)
        .find((r) => compare(r[e.keyField] ?? null, key) === 0 && (r[e.keyField] ?? null) !== null);
      if (!hit) throw new NotAvailable('#N/A');
      return hit[e.field] ?? null;
    }
  }
  throw new FormulaError('unreachable');
}

/** Evaluates like Excel would; an error that no IFERROR catches comes back as '#N/A' / '#VALUE!'. */
export function evaluate(e: Expr, ctx: EvalContext): Value {
  try {
    return evalExpr(e, ctx);
  } catch (err) {
    if (err instanceof NotAvailable) return err.message;
    throw err;
  }
}

const MAX_ROW = 1_048_576;

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
 *
 * The result is built from slices of the input, not character by character: V8 keeps appended
 * strings as ropes, and 50,000 formulas built one character at a time cost gigabytes.
 */
export function shiftFormula(formula: string, rows: number): string {
  if (!Number.isInteger(rows)) {
    throw new DomainError('invalid-input', `row shift must be a whole number, got ${rows}`, { value: rows });
  }
  if (rows === 0) return formula;
  const parts: string[] = [];
  let copiedUpTo = 0;
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
          if (rowAnchor === '') {
            const row = Number(rowText) + rows;
            if (row < 1 || row > MAX_ROW) {
              throw new DomainError('invalid-input', `shifting ${whole} by ${rows} rows leaves the sheet`, {
                value: formula,
              });
            }
            parts.push(formula.slice(copiedUpTo, i), colAnchor, letters, String(row));
            copiedUpTo = end;
          }
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
  if (copiedUpTo === 0) return formula;
  parts.push(formula.slice(copiedUpTo));
  return parts.join('');
}
