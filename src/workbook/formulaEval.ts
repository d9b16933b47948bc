/**
 * The expression language evaluated the way Excel would, so tests (and the demo's grid) can hold
 * the workbook's own formulas to the core. Semantics mirrored: an empty cell is "" in comparisons
 * and 0 in arithmetic; text comparison with = and <> ignores case; MATCH(…, 0) fails with #N/A,
 * which IFERROR catches.
 */
import type { Cell } from './book';
import { candidateRows, firstMatch } from './formulaIndex';
import { FormulaError, type Criterion, type Expr } from './formulas';

export type Row = Record<string, Cell>;

export interface EvalContext {
  row: Row;
  /**
   * Body rows of every table a formula may refer to. Lookups index an array the first time they
   * meet it (formulaIndex): hand the same array back while its key columns stay as they are.
   */
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
      for (const r of candidateRows(ctx.tables(e.table), crits)) {
        if (!crits.every((c) => meets(r[c.field] ?? null, c.test, c.value))) continue;
        const v = r[e.sum];
        if (typeof v === 'number') total += v; // SUMIFS ignores text
      }
      return total;
    }
    case 'countifs': {
      const crits = e.criteria.map((c) => ({ field: c.field, test: c.test, value: evalExpr(c.value, ctx) }));
      return candidateRows(ctx.tables(e.table), crits).filter((r) =>
        crits.every((c) => meets(r[c.field] ?? null, c.test, c.value)),
      ).length;
    }
    case 'lookup': {
      const key = evalExpr(e.key, ctx);
      const hit = firstMatch(
        ctx.tables(e.table),
        e.keyField,
        key,
        (cell, k) => cell !== null && compare(cell, k) === 0,
      );
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
