/**
 * What the append operations share: their result, the located errors of a request that changes
 * nothing (sheet, the row it would have had, column, why), and the rows they add, keyed by the
 * table's own headers, with the columns a record needs added first.
 */
import { columnLetter } from '../a1';
import type { Cell, Change } from '../book';
import type { RowError } from '../codec';
import type { IsoDate } from '../../domain/dates';
import { header, tableSpec, type TableId, type TableSpec } from '../schema';
import type { LoadResult } from './loadLedger';
import { liveColumnChanges, rebind, type Plan } from './plan';
import type { WorkbookState } from './state';

export interface AppendResult {
  ok: boolean;
  /** Why nothing was written (empty when ok). */
  errors: RowError[];
  /** Sheet rows the new records landed on. */
  rows: number[];
  /** The invoice number used (appendInvoice). */
  invoiceNumber?: string;
  /** The due date the workbook's formula will show (appendInvoice). */
  dueDate?: IsoDate;
}

export function problem(
  state: WorkbookState,
  id: TableId,
  field: string | undefined,
  value: unknown,
  code: string,
  why: { nl: string; en: string },
  rowOffset = 0,
): RowError {
  const t = state.tables.get(id);
  const spec = tableSpec(id);
  const row = t ? t.snap.firstRow + t.snap.values.length + rowOffset : 2;
  const e: RowError = {
    sheet: t?.snap.sheet ?? spec[state.language],
    table: t?.snap.name ?? spec[state.language],
    row,
    value: (value ?? null) as Cell,
    code,
    why: why[state.language],
  };
  const i = field === undefined ? undefined : t?.binding.indexOf(field);
  if (field !== undefined) {
    const c = spec.columns.find((x) => x.field === field);
    e.column = {
      header: i !== undefined && t ? (t.snap.headers[i] ?? '') : c ? header(c, state.language) : field,
      letter: i !== undefined && t ? columnLetter(t.snap.firstColumn + i) : '',
    };
  }
  return e;
}

export function missingTable(state: WorkbookState, id: TableId): AppendResult | undefined {
  if (state.tables.has(id)) return undefined;
  const name = tableSpec(id)[state.language];
  return {
    ok: false,
    rows: [],
    errors: [
      problem(state, id, undefined, null, 'missing-table', {
        nl: `de tabel ${name} ontbreekt; kies eerst "Werkmap inrichten"`,
        en: `the ${name} table is missing; run "Set up workbook" first`,
      }),
    ],
  };
}

export function zodErrors(
  state: WorkbookState,
  id: TableId,
  issues: readonly { path: PropertyKey[]; message: string }[],
  input: Record<string, unknown>,
  rowOffset = 0,
): RowError[] {
  return issues.map((iss) => {
    const field = String(iss.path[0] ?? '');
    return problem(
      state,
      id,
      field || undefined,
      input[field],
      'invalid-value',
      { nl: `ongeldige waarde (${iss.message})`, en: iss.message },
      rowOffset,
    );
  });
}

/** Rows keyed by the table's actual headers; fields the table lacks are left out. */
export function toHeaders(
  state: WorkbookState,
  id: TableId,
  fields: Record<string, Cell>,
): Record<string, Cell> {
  const t = state.tables.get(id);
  const out: Record<string, Cell> = {};
  if (!t) return out;
  for (const [f, v] of Object.entries(fields)) {
    const i = t.binding.indexOf(f);
    if (i !== undefined && v !== null) out[t.snap.headers[i] as string] = v;
  }
  return out;
}

/** Columns a record needs that the table lacks: added at the right end before appending. */
export function addMissing(
  state: WorkbookState,
  plan: Plan,
  id: TableId,
  fields: readonly string[],
  changes: Change[],
): void {
  const t = plan.get(id);
  if (!t) return;
  const spec = tableSpec(id);
  const add = fields
    .filter((f) => t.binding.indexOf(f) === undefined)
    .map((f) => spec.columns.find((c) => c.field === f))
    .filter((c): c is TableSpec['columns'][number] => !!c)
    .map((c) => header(c, state.language));
  if (add.length === 0) return;
  changes.push({ kind: 'addColumns', table: t.name, headers: add });
  t.headers.push(...add);
  rebind(t, state.aliases);
  const s = state.tables.get(id);
  if (s) {
    s.snap = {
      ...s.snap,
      headers: [...t.headers],
      values: s.snap.values.map((r) => [...r, ...add.map(() => null)]),
      formulas: s.snap.formulas.map((r) => [...r, ...add.map(() => null)]),
    };
    s.binding = { ...t.binding, table: s.snap.name, sheet: s.snap.sheet };
  }
}

export function finishAppend(
  state: WorkbookState,
  plan: Plan,
  ledger: LoadResult,
  id: TableId,
  count: number,
): Change[] {
  const t = plan.get(id);
  if (t) t.rowCount += count;
  // Calculated columns are re-set so the new rows get them in every host.
  return liveColumnChanges(plan, ledger.ledger.settings, state.language).changes;
}
