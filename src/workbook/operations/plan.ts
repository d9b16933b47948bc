/**
 * What the tables will look like once an operation's changes land (new tables, added columns,
 * appended rows), so formulas can be rendered with the right column letters in the same apply.
 */
import type { Language, Settings } from '../../domain/model';
import type { Cell, Change, TableSnapshot } from '../book';
import { bindColumns, ownHeader, type ColumnAliases, type ColumnBinding } from '../binding';
import { isBlankCell, isErrorValue } from '../cells';
import { totalsRowsOf } from '../decodeRows';
import { render, type RenderContext, type TableLocation } from '../formulaText';
import { liveColumns, overdueHighlight } from '../live';
import { markRule } from '../productRule';
import {
  formatOf,
  header,
  OVERDUE_FILL,
  OVERDUE_FONT,
  tableSpec,
  type ColumnSpec,
  type TableId,
} from '../schema';
import { OVERVIEW_SHEET_HELP, OVERVIEW_SHEET_KEY, type OverviewPlace, type WorkbookState } from './state';

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
  /** The workbook's date system, for reading `snap` as the reader does. */
  dateSystem?: 1900 | 1904;
  /** Column indices that hold a person's own data under a product name (ownership.ts). */
  personal: Set<number>;
}

export type Plan = Map<TableId, PlannedTable>;

export function planFromState(state: WorkbookState): Plan {
  const plan: Plan = new Map();
  for (const [id, { snap, personal }] of state.tables) {
    const mine = new Set(personal.map((p) => p.index));
    plan.set(id, {
      id,
      name: snap.name,
      sheet: snap.sheet,
      firstRow: snap.firstRow,
      firstColumn: snap.firstColumn,
      headers: [...snap.headers],
      rowCount: snap.values.length,
      binding: bindColumns(tableSpec(id), snap.headers, state.aliases, mine),
      snap,
      dateSystem: state.dateSystem,
      personal: mine,
    });
  }
  return plan;
}

export function rebind(t: PlannedTable, aliases: ColumnAliases): void {
  t.binding = bindColumns(tableSpec(t.id), t.headers, aliases, t.personal);
}

/**
 * The header for a product column being added: its plain name, or, when a column of the person's
 * already carries that name, the product's own name beside it.
 */
function productHeader(t: PlannedTable, c: ColumnSpec, language: Language): string {
  const plain = header(c, language);
  const taken = (h: string): boolean => t.headers.some((x) => x.toLowerCase() === h.toLowerCase());
  return taken(plain) ? ownHeader(c, language) : plain;
}

/** The product columns a table lacks, under the headers they will get. */
export function missingProductHeaders(t: PlannedTable, language: Language): string[] {
  return t.binding.missing
    .filter((c) => c.owner !== 'user')
    .map((c) => productHeader(t, c, language))
    .filter((h) => !t.headers.some((x) => x.toLowerCase() === h.toLowerCase()));
}

function renderContextFor(plan: Plan, self: TableId): RenderContext {
  return {
    self,
    tables: (id) => {
      const t = plan.get(id as TableId);
      if (!t) return undefined;
      const loc: TableLocation = {
        sheet: t.sheet,
        firstRow: t.firstRow,
        firstColumn: t.firstColumn,
        columnOf: (f) => t.binding.indexOf(f),
      };
      return loc;
    },
  };
}

/**
 * The values a person typed into a product column (a value, no formula), one entry per planned
 * body row and null elsewhere; undefined when there are none.
 */
function typedValues(t: PlannedTable, field: string): Cell[] | undefined {
  const i = t.binding.indexOf(field);
  const snap = t.snap;
  if (i === undefined || !snap) return undefined;
  const typed: Cell[] = Array.from({ length: t.rowCount }, () => null);
  let any = false;
  snap.values.forEach((row, r) => {
    const cell = row[i] ?? null;
    if (r < typed.length && !isBlankCell(cell) && (snap.formulas[r]?.[i] ?? null) === null) {
      typed[r] = cell;
      any = true;
    }
  });
  return any ? typed : undefined;
}

/** Body rows that are a person's totals row inside the table, by the reader's rule (decodeRows). */
function totalsRows(t: PlannedTable, language: Language): number[] {
  if (!t.snap) return [];
  const opts = { dateSystem: t.dateSystem ?? 1900, language };
  return totalsRowsOf(t.snap, t.binding, opts).filter((r) => r < t.rowCount);
}

export interface LiveWrite {
  changes: Change[];
  /** Product columns holding values a person typed, kept as typed: "table.header". */
  keptTyped: string[];
}

/** The calculated columns, rendered for the planned layout. Skips tables with no rows. */
export function liveColumnChanges(plan: Plan, settings: Settings, language: Language): LiveWrite {
  const out: LiveWrite = { changes: [], keptTyped: [] };
  const totalsOf = new Map<TableId, number[]>();
  for (const live of liveColumns(settings, language)) {
    const t = plan.get(live.table);
    const i = t?.binding.indexOf(live.field);
    if (!t || i === undefined || t.rowCount === 0) continue;
    const column = t.headers[i] as string;
    const typed = typedValues(t, live.field);
    if (typed) out.keptTyped.push(`${t.name}.${column}`);
    // A totals row is no invoice: the product's columns stay empty there (a per-row exception to
    // the calculated column, which Excel keeps), or it would show a due date and "Vervallen".
    const totals = totalsOf.get(t.id) ?? totalsRows(t, language);
    totalsOf.set(t.id, totals);
    const values =
      typed ?? (totals.length > 0 ? Array.from({ length: t.rowCount }, (): Cell => null) : undefined);
    for (const r of totals) if (values && (values[r] ?? null) === null) values[r] = '';
    // An error value cannot be written back as it was (it would become text): leave that column.
    if (typed?.some((v) => isErrorValue(v))) continue;
    let formula: string;
    try {
      formula = render(live.expr, renderContextFor(plan, live.table));
    } catch {
      continue; // the formula cannot be placed in this layout (missing tables render as empty ones)
    }
    out.changes.push({ kind: 'setColumnFormula', table: t.name, column, formula });
    // One typed cell must not cost every other row its live formula: the column gets the formula
    // and the typed cells get their own values back in the same apply, as an Excel calculated
    // column keeps the cells someone typed over.
    if (values) out.changes.push({ kind: 'setColumn', table: t.name, column, values });
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
      changes.push({
        kind: 'listValidation',
        table: t.name,
        column,
        source: c.choices.map((x) => x[languageOf(t, id)]),
      });
    } else if (c.validation && typeof c.validation === 'object') {
      const target = plan.get(c.validation.table);
      const ti = target?.binding.indexOf(c.validation.field);
      if (target && ti !== undefined) {
        changes.push({
          kind: 'listValidation',
          table: t.name,
          column,
          source: { formula: `=INDIRECT("${target.name}[${target.headers[ti]}]")` },
        });
      }
    }
  }
  return changes;
}

function languageOf(t: PlannedTable, id: TableId): Language {
  return t.name.toLowerCase() === tableSpec(id).en.toLowerCase() && tableSpec(id).en !== tableSpec(id).nl
    ? 'en'
    : 'nl';
}

/**
 * The overdue highlight over the whole Facturen body. Marked as the product's rule, so each host
 * replaces its earlier copy (over fewer rows) instead of stacking another, and leaves a person's
 * own rules alone: set-up and every refresh re-issue it as the table grows.
 */
export function overdueFill(plan: Plan): Change | undefined {
  const t = plan.get('invoices');
  if (!t || t.binding.indexOf('daysOverdue') === undefined) return undefined;
  const formula = markRule(render(overdueHighlight(), renderContextFor(plan, 'invoices')), 'overdue');
  return {
    kind: 'conditionalFill',
    table: t.name,
    columns: 'row',
    formula,
    fill: OVERDUE_FILL,
    font: OVERDUE_FONT,
  };
}

/**
 * The Instellingen row recording the overview's sheet, for an existing settings table that lacks
 * it; undefined when it is recorded already or there is no table to hold it.
 */
export function overviewRecord(
  state: WorkbookState,
  place: OverviewPlace,
  language: Language,
): Change | undefined {
  const t = state.tables.get('settings');
  if (place.recorded || !t) return undefined;
  const h = (field: string): string | undefined => {
    const i = t.binding.indexOf(field);
    return i === undefined ? undefined : t.snap.headers[i];
  };
  const key = h('key');
  const value = h('value');
  const help = h('help');
  if (!key || !value) return undefined;
  return {
    kind: 'appendRows',
    table: t.snap.name,
    rows: [
      {
        [key]: OVERVIEW_SHEET_KEY,
        [value]: place.sheet,
        ...(help ? { [help]: OVERVIEW_SHEET_HELP[language] } : {}),
      },
    ],
  };
}

/** What the set-up and refresh reports say when a sheet of the person's carries the overview's name. */
export function overviewNote(place: OverviewPlace, language: Language): string | undefined {
  if (!place.taken) return undefined;
  return language === 'en'
    ? `Sheet "${place.taken}" was not made by Klant Inzicht and is left as it is; the overview is on sheet "${place.sheet}".`
    : `Blad "${place.taken}" is niet door Klant Inzicht gemaakt en blijft zoals het is; het overzicht staat op blad "${place.sheet}".`;
}

export function headersFor(id: TableId, language: Language, extra: readonly string[] = []): string[] {
  const base = tableSpec(id)
    .columns.filter((c) => !c.adoptOnly)
    .map((c) => header(c, language));
  return [...base, ...extra.filter((h) => !base.includes(h))];
}
