/** Excel's own table sort: whole rows move, formulas included. */
import { COMMAND_OVERHEAD } from '../batching';
import { columnIndex, noHiddenRows, notFiltered, tableNamed } from '../refusals';
import type { Handler } from './types';

export const sortTable: Handler<'sortTable'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const fields = change.keys.map((k) => ({ key: columnIndex(t, k.column), ascending: k.ascending }));
  notFiltered(t);
  noHiddenRows(t);
  if (t.rows < 2) return;
  const name = t.name;
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * 2,
    sheet: t.sheet,
    run: (ctx) => ctx.workbook.tables.getItem(name).sort.apply(fields),
  });
};
