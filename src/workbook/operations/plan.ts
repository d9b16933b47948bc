/**
 * What the tables will look like once an operation's changes land (new tables, added columns,
 * appended rows), so formulas can be rendered with the right column letters in the same apply.
 */
import type { Language, Settings } from '../../domain/model';
import type { Cell, Change, TableSnapshot } from '../book';
import { bindColumns, type ColumnAliases, type ColumnBinding } from '../binding';
import { isBlankCell } from '../cells';
import { render, type RenderContext, type TableLocation } from '../formulas';
import { liveColumns, overdueHighlight } from '../live';
import { formatOf, header, OVERDUE_FILL, OVERDUE_FONT, tableSpec, type TableId } from '../schema';
import type { WorkbookState } from './state';

export interface PlannedTable {
  id: TableId;
  name: string;
  sheet: string;
  firstRow: number;
  firstColumn: number;
  headers: string[];
  /** Body rows after the operation. */
  rowCount: number;
  binding: ColumnBinding;
  /** Existing body (before the operation), to respect typed values. */
  snap?: TableSnapshot;
}

export type Plan = Map<TableId, PlannedTable>;

export function planFromState(state: WorkbookState): Plan {
  const plan: Plan = new Map();
  for (const [id, { snap }] of state.tables) {
    plan.set(id, {
      id,
      name: snap.name,
      sheet: snap.sheet,
      firstRow: snap.firstRow,
      firstColumn: snap.firstColumn,
      headers: [...snap.headers],
      rowCount: snap.values.length,
      binding: bindColumns(tableSpec(id), snap.headers, state.aliases),
      snap,
    });
  }
  return plan;
}

export function rebind(t: PlannedTable, aliases: ColumnAliases): void {
  t.binding = bindColumns(tableSpec(t.id), t.headers, aliases);
}

export function renderContextFor(plan: Plan, self: TableId): RenderContext {
  return {
    self,
    tables: (id) => {
      const t = plan.get(id as TableId);
      if (!t) return undefined;
      const loc: TableLocation = { sheet: t.sheet, firstRow: t.firstRow, firstColumn: t.firstColumn, columnOf: (f) => t.binding.indexOf(f) };
      return loc;
    },
  };
}

/** Does a product column hold a value a person typed (no formula)? Then we leave it alone. */
export function holdsTypedValues(t: PlannedTable, field: string): boolean {
  const i = t.binding.indexOf(field);
  if (i === undefined || !t.snap) return false;
  return t.snap.values.some((row, r) => !isBlankCell(row[i] ?? null) && (t.snap?.formulas[r]?.[i] ?? null) === null);
}

export interface LiveWrite {
  changes: Change[];
  /** Product columns left alone because a person typed values into them: "table.header". */
  keptTyped: string[];
}

/** The calculated columns, rendered for the planned layout. Skips tables with no rows. */
export function liveColumnChanges(plan: Plan, settings: Settings, language: Language): LiveWrite {
  const out: LiveWrite = { changes: [], keptTyped: [] };
  for (const live of liveColumns(settings, language)) {
    const t = plan.get(live.table);
    const i = t?.binding.indexOf(live.field);
    if (!t || i === undefined || t.rowCount === 0) continue;
    const column = t.headers[i] as string;
    if (holdsTypedValues(t, live.field)) {
      out.keptTyped.push(`${t.name}.${column}`);
      continue;
    }
    let formula: string;
    try {
      formula = render(live.expr, renderContextFor(plan, live.table));
    } catch {
      continue; // a table the formula refers to is missing: nothing live to write yet
    }
    out.changes.push({ kind: 'setColumnFormula', table: t.name, column, formula });
  }
  return out;
}

/** Formats and validation for the given columns of a planned table (idempotent changes). */
export function columnDressing(plan: Plan, id: TableId, fields: readonly string[]): Change[] {
  const t = plan.get(id);
  if (!t) return [];
  const changes: Change[] = [];
  for (const f of fields) {
    const c = tableSpec(id).columns.find((x) => x.field === f);
    const i = t.binding.indexOf(f);
    if (!c || i === undefined) continue;
    const column = t.headers[i] as string;
    const format = formatOf(c);
    if (format) changes.push({ kind: 'numberFormat', table: t.name, column, format });
    if (c.validation === 'choices' && c.choices) {
      changes.push({ kind: 'listValidation', table: t.name, column, source: c.choices.map((x) => x[languageOf(t, id)]) });
    } else if (c.validation && typeof c.validation === 'object') {
      const target = plan.get(c.validation.table);
      const ti = target?.binding.indexOf(c.validation.field);
      if (target && ti !== undefined) {
        changes.push({ kind: 'listValidation', table: t.name, column, source: { formula: `=INDIRECT("${target.name}[${target.headers[ti]}]")` } });
      }
    }
  }
  return changes;
}

function languageOf(t: PlannedTable, id: TableId): Language {
  return t.name.toLowerCase() === tableSpec(id).en.toLowerCase() && tableSpec(id).en !== tableSpec(id).nl ? 'en' : 'nl';
}

/** The overdue highlight on Facturen rows (added once, when the column appears). */
export function overdueFill(plan: Plan): Change | undefined {
  const t = plan.get('invoices');
  if (!t || t.binding.indexOf('daysOverdue') === undefined) return undefined;
  const formula = render(overdueHighlight(), renderContextFor(plan, 'invoices'));
  return { kind: 'conditionalFill', table: t.name, columns: 'row', formula, fill: OVERDUE_FILL, font: OVERDUE_FONT };
}

export function headersFor(id: TableId, language: Language, extra: readonly string[] = []): string[] {
  const base = tableSpec(id).columns.map((c) => header(c, language));
  return [...base, ...extra.filter((h) => !base.includes(h))];
}

export type { Cell };
