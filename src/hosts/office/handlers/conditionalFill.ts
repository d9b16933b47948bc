/** The overdue highlight: a custom conditional format over whole rows or runs of columns. */
import { COMMAND_OVERHEAD } from '../batching';
import { columnIndex, tableNamed } from '../refusals';
import type { Handler } from './types';

export const conditionalFill: Handler<'conditionalFill'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const runs: [number, number][] =
    change.columns === 'row'
      ? [[0, t.headers.length]]
      : contiguousRuns(change.columns.map((c) => columnIndex(t, c)));
  const { name } = t;
  const { formula, fill, font } = change;
  plan.steps.push({
    bytes: (formula.length + COMMAND_OVERHEAD) * runs.length * 4,
    sheet: t.sheet,
    run: (ctx) => {
      const body = ctx.workbook.tables.getItem(name).getDataBodyRange();
      for (const [first, count] of runs) {
        const range = change.columns === 'row' ? body : body.getColumn(first).getResizedRange(0, count - 1);
        const cf = range.conditionalFormats.add('Custom');
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = fill;
        if (font) cf.custom.format.font.color = font;
      }
    },
  });
};

/** [first, count] runs of adjacent column indexes: one conditional format per run. */
function contiguousRuns(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  }
  return runs;
}
