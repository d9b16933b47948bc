/** New rows at the bottom of a table, calculated columns filled down by Excel where it can. */
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/shiftFormula';
import { blockWrites, COMMAND_OVERHEAD, type CellInput, fillDown, splitByBytes } from '../batching';
import { toCellInput } from '../cellInput';
import { columnIndex, noMerges, notFiltered, tableNamed } from '../refusals';
import { key, mergeKey } from '../state';
import type { Handler } from './types';

export const appendRows: Handler<'appendRows'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  if (change.rows.length === 0) return;
  for (const r of change.rows) for (const k of Object.keys(r)) columnIndex(t, k);
  notFiltered(t);
  if (!t.created) noMerges(plan.pre, mergeKey.rowsBelow(t.name), `new rows of ${t.name}`, t.sheet);
  const index = new Map(t.headers.map((h, j) => [key(h), j]));
  // With Range.copyFrom, calculated columns are filled down afterwards instead of sending
  // every row's formula (they can run to kilobytes per row).
  const fill = plan.supports('copyFrom');
  const filled = new Set<number>();
  const full = (r: Record<string, Cell>, at: number, keepFormulas: boolean): CellInput[] => {
    const row: CellInput[] = t.headers.map((_, j) => {
      const f = t.calculated[j];
      if (keepFormulas) return null;
      if (f && fill) filled.add(j);
      return f && !fill ? shiftFormula(f, at) : '';
    });
    for (const [k, v] of Object.entries(r)) row[index.get(key(k)) as number] = toCellInput(v);
    return row;
  };
  let rest = change.rows;
  if (t.placeholder) {
    // Excel keeps one blank row in an empty table; fill it rather than add below it.
    const first = rest[0] as Record<string, Cell>;
    plan.steps.push(...blockWrites(plan.budget, t.sheet, t.row + 1, t.col, [full(first, 0, true)], 'values'));
    rest = rest.slice(1);
    t.placeholder = false;
    t.rows = 1;
  }
  const startAt = t.rows;
  const grid = rest.map((r, i) => full(r, startAt + i, false) as (string | number | boolean)[]);
  const name = t.name;
  for (const block of splitByBytes(grid, plan.budget)) {
    plan.steps.push({
      bytes: block.bytes + COMMAND_OVERHEAD,
      sheet: t.sheet,
      run: (ctx) => {
        ctx.workbook.tables.getItem(name).rows.add(undefined, block.rows);
      },
    });
  }
  for (const j of filled) if (startAt >= 1) plan.steps.push(fillDown(t, j, startAt, rest.length));
  t.rows += rest.length;
};
