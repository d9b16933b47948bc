/**
 * One handler per Change kind, in a table typed by the port's Change union: a kind added to the
 * port and missing here is a compile error, not a change silently skipped.
 */
import type { Change } from '../../../workbook/book';
import { refuseBeforeWrites } from '../../../workbook/preflight';
import { xlsxFacts } from '../bookFacts';
import type { XlsxState } from '../hostState';
import { findTable } from '../tableGeometry';
import { appendRows } from './appendRows';
import { numberFormat, listValidation, setColumn, setColumnFormula } from './columns';
import { conditionalFill } from './conditionalFill';
import { freezeHeader, replaceSheet, upsertChart } from './sheets';
import { extendTable, rangeToTable } from './ranges';
import { refuseUnsortable, sortTable } from './sortTable';
import { addColumns, addSheet, addTable } from './structure';
import type { ChangeKind, Handler } from './types';

const HANDLERS: { readonly [K in ChangeKind]: Handler<K> } = {
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

export function applyChange(state: XlsxState, change: Change): void {
  // The mapped type ties each kind to its handler; TypeScript cannot narrow the lookup itself.
  const handler = HANDLERS[change.kind] as Handler<ChangeKind>;
  handler(state, change);
}

/**
 * Refusals that can be known before the first change is applied: a batch that would stop at its
 * sort stops before anything of it is written.
 */
export function preflight(state: XlsxState, changes: readonly Change[]): void {
  for (const change of changes) {
    if (change.kind !== 'sortTable' || change.keys.length === 0) continue;
    const t = findTable(state.workbook, change.table);
    if (t && !t.emptyBody) refuseUnsortable(t, state.language);
  }
  // Then what every Book refuses alike; the sort's own refusals above name the cells and rows.
  refuseBeforeWrites(xlsxFacts(state.workbook), changes);
}
