/**
 * conditionalFill: one expression rule per span of the whole current body. The product's own rule
 * (marked, productRule.ts) replaces every earlier copy of it wherever it lies, so a refresh after
 * the table grew leaves one rule over rows 2..n; a person's rule is never touched.
 */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import { parseRange, rangeAddress, type RangePos } from '../../../workbook/a1';
import { internals, type ConditionalFormatting } from '../excelModel';
import { columnOf, requireTable, type FoundTable } from '../tableGeometry';
import { ruleMarker } from '../../../workbook/productRule';
import { stripEquals } from './columns';
import type { Handler } from './types';

export const conditionalFill: Handler<'conditionalFill'> = ({ workbook }, change) => {
  const t = requireTable(workbook, change.table);
  const formula = stripEquals(change.formula, change.table, 'conditionalFill');
  const spans: [number, number][] =
    change.columns === 'row'
      ? [[t.left, t.right]]
      : change.columns.map((c) => {
          const col = columnOf(t, c);
          return [col, col];
        });
  const refs = spans.map(([l, r]) =>
    rangeAddress({ top: t.firstBody, left: l, bottom: t.lastBody, right: r }),
  );
  const sheet = internals(t.ws);
  const marker = ruleMarker(formula);
  // Refreshing twice must not stack the rule: drop earlier copies of it (only ever the product's).
  sheet.conditionalFormattings = sheet.conditionalFormattings
    .map((cf) =>
      marker ? { ...cf, rules: cf.rules.filter((rule) => ruleMarker(expressionOf(rule)) !== marker) } : cf,
    )
    .filter((cf) => cf.rules.length > 0 && !(marker === undefined && sameRuleInTable(cf, formula, t)));
  const style: Partial<ExcelJS.Style> = {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(change.fill) } },
  };
  if (change.font) style.font = { color: { argb: argb(change.font) } };
  for (const ref of refs) {
    t.ws.addConditionalFormatting({
      ref,
      rules: [
        { type: 'expression', formulae: [formula], style, priority: 1 } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
};

function expressionOf(rule: ExcelJS.ConditionalFormattingRule): string | undefined {
  return rule.type === 'expression' ? rule.formulae?.[0] : undefined;
}

/** An unmarked rule identical to the one being written (same expression, inside the table). */
function sameRuleInTable(cf: ConditionalFormatting, formula: string, t: FoundTable): boolean {
  const first = cf.ref.split(/\s+/)[0] ?? '';
  let r: RangePos;
  try {
    r = parseRange(first);
  } catch {
    return false;
  }
  const inside = r.left >= t.left && r.right <= t.right && r.top === t.firstBody;
  return inside && cf.rules.every((rule) => rule.type === 'expression' && rule.formulae?.[0] === formula);
}

/** '#FFC7CE' or 'FFC7CE' -> 'FFFFC7CE'. */
function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new DomainError('invalid-input', `not a colour: ${JSON.stringify(color)}`, { value: color });
}
