/** Writes to one column of a table's body: values, a calculated formula, a format, a list. */
import { shiftFormula } from '../../../workbook/shiftFormula';
import { blockWrites, COMMAND_OVERHEAD, fillDown } from '../batching';
import { toCellInput } from '../cellInput';
import { columnIndex, listFits, notFiltered, rowCountMatches, tableNamed } from '../refusals';
import type { Handler } from './types';

export const setColumn: Handler<'setColumn'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const j = columnIndex(t, change.column);
  rowCountMatches(t, change.column, change.values.length);
  notFiltered(t);
  const grid = change.values.map((v) => [toCellInput(v)]);
  plan.steps.push(...blockWrites(plan.budget, t.sheet, t.row + 1, t.col + j, grid, 'values'));
};

export const setColumnFormula: Handler<'setColumnFormula'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const j = columnIndex(t, change.column);
  notFiltered(t);
  // The port: nothing to do on a table without body rows (operations re-issue it later).
  if (t.rows === 0) return;
  const rows = t.rows;
  if (rows >= 2 && plan.supports('copyFrom')) {
    // One formula, filled down by Excel: the request stays small whatever the row count.
    plan.steps.push(
      ...blockWrites(plan.budget, t.sheet, t.row + 1, t.col + j, [[change.formula]], 'formulas'),
    );
    plan.steps.push(fillDown(t, j, 1, rows - 1));
  } else {
    const formulas = Array.from({ length: rows }, (_, i) => [shiftFormula(change.formula, i)]);
    plan.steps.push(...blockWrites(plan.budget, t.sheet, t.row + 1, t.col + j, formulas, 'formulas'));
  }
  t.calculated[j] = change.formula;
};

export const numberFormat: Handler<'numberFormat'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const j = columnIndex(t, change.column);
  notFiltered(t);
  const rows = Math.max(t.rows, t.placeholder ? 1 : 0);
  const grid = Array.from({ length: rows }, () => [change.format]);
  plan.steps.push(...blockWrites(plan.budget, t.sheet, t.row + 1, t.col + j, grid, 'numberFormat'));
};

export const listValidation: Handler<'listValidation'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const j = columnIndex(t, change.column);
  const source = listFits(t, change.column, change.source);
  const { name, header } = { name: t.name, header: t.headers[j] as string };
  plan.steps.push({
    bytes: source.length + COMMAND_OVERHEAD * 3,
    sheet: t.sheet,
    run: (ctx) => {
      const dv = ctx.workbook.tables.getItem(name).columns.getItem(header).getDataBodyRange().dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source } };
    },
  });
};
