/**
 * Live formulas as data: the expression language. Each calculated column is described once as a
 * small expression tree; formulaText renders the tree to Excel formula text (for the workbook) and
 * formulaEval evaluates it in TypeScript (for tests and the demo that prove the workbook's own
 * formulas agree with the core). Keeping one description means a formula cannot drift from what
 * we test, and we need no formula parser.
 */
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

export class FormulaError extends Error {
  override readonly name = 'FormulaError';
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
export const round = (value: Expr, digits: number): Expr => ({ op: 'round', value, digits });
export const iferror = (value: Expr, fallback: Expr): Expr => ({ op: 'iferror', value, fallback });
export const isText = (value: Expr): Expr => ({ op: 'istext', value });
export const isNumber = (value: Expr): Expr => ({ op: 'isnumber', value });
export const isBlank = (e: Expr): Expr => bin('=', e, str(''));
export const notBlank = (e: Expr): Expr => bin('<>', e, str(''));
