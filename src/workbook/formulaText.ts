/**
 * The expression language rendered to Excel formula text, with English function names and A1
 * references as seen from the table's first body row (the port's convention; hosts fill down).
 */
import { columnLetter, quoteSheet } from './a1';
import { FormulaError, type Criterion, type Expr } from './formulas';

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
  return `${quoteSheet(loc.sheet)}!$${letter}:$${letter}`;
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
