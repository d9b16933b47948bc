/**
 * One handler per Change kind, in a table typed by the port's Change union: a kind added to the
 * port and missing here is a compile error, not a change silently skipped.
 */
import type { Change } from '../../../workbook/book';
import type { Step } from '../batching';
import type { ApiFeature } from '../officeApi';
import { noProtectedSheet } from '../refusals';
import type { Preflight } from '../state';
import { appendRows } from './appendRows';
import { listValidation, numberFormat, setColumn, setColumnFormula } from './columns';
import { conditionalFill } from './conditionalFill';
import { freezeHeader, replaceSheet, upsertChart } from './sheets';
import { extendTable, rangeToTable } from './ranges';
import { sortTable } from './sortTable';
import { addColumns, addSheet, addTable } from './structure';
import type { ChangeKind, Handler, Plan } from './types';

export type HandlerTable = { readonly [K in ChangeKind]: Handler<K> };

export const HANDLERS: HandlerTable = {
  addSheet,
  addTable,
  addColumns,
  setColumn,
  setColumnFormula,
  appendRows,
  sortTable,
  numberFormat,
  listValidation,
  conditionalFill,
  freezeHeader,
  replaceSheet,
  upsertChart,
  rangeToTable,
  extendTable,
};

/** Validates every change against the pre-flight and turns it into queued writes. Writes nothing. */
export function planWrites(
  changes: readonly Change[],
  pre: Preflight,
  budget: number,
  supports: (feature: ApiFeature) => boolean,
): Step[] {
  const plan: Plan = {
    steps: [],
    sheets: new Map(pre.sheets),
    tables: new Map(pre.tables),
    charts: new Set(pre.charts),
    names: new Set(pre.names),
    pre,
    budget,
    supports,
  };
  for (const change of changes) {
    // The mapped type ties each kind to its handler; TypeScript cannot narrow the lookup itself.
    const handler = HANDLERS[change.kind] as Handler<ChangeKind>;
    handler(plan, change);
  }
  noProtectedSheet(plan.steps, plan.sheets);
  return plan.steps;
}
