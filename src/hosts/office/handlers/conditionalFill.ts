/**
 * The overdue highlight: a custom conditional format over whole rows or runs of columns of the
 * body as it is when the write runs (rows appended earlier in the batch included). The product's
 * own rule (marked, productRule.ts) replaces its earlier copies, which the pre-flight found;
 * a person's rules are never touched.
 */
import { ruleMarker } from '../../../workbook/productRule';
import { COMMAND_OVERHEAD } from '../batching';
import { takeProductRules } from '../preflight';
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
  const marker = ruleMarker(formula);
  const earlier = marker && !t.created ? takeProductRules(plan.pre, name, marker) : [];
  plan.steps.push({
    bytes: (formula.length + COMMAND_OVERHEAD) * runs.length * 4 + COMMAND_OVERHEAD * earlier.length,
    sheet: t.sheet,
    run: (ctx) => {
      for (const rule of earlier) rule.format.delete();
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
