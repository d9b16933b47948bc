/** Sheet-level changes: frozen header rows, the generated overview's blocks and its charts. */
import type { ChartSpec, SheetBlock } from '../../../workbook/book';
import { parseCellRef, rectAddress } from '../a1';
import { blockWrites, COMMAND_OVERHEAD, type Step } from '../batching';
import { toCellInput } from '../cellInput';
import { noMerges, replaceableSheet, sheetNamed } from '../refusals';
import { blockAddress, chartKey, key, mergeKey, padRow } from '../state';
import type { Handler } from './types';

const CHART_TYPES: Record<ChartSpec['type'], Excel.ChartType> = {
  bar: 'BarClustered' as Excel.ChartType,
  column: 'ColumnClustered' as Excel.ChartType,
  clusteredColumn: 'ColumnClustered' as Excel.ChartType,
  line: 'Line' as Excel.ChartType,
  pie: 'Pie' as Excel.ChartType,
  stackedBar: 'BarStacked' as Excel.ChartType,
};

export const freezeHeader: Handler<'freezeHeader'> = (plan, change) => {
  const sheet = sheetNamed(plan.sheets, change.sheet, change);
  const { rows } = change;
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * 2,
    sheet,
    run: (ctx) => ctx.workbook.worksheets.getItem(sheet).freezePanes.freezeRows(rows),
  });
};

export const replaceSheet: Handler<'replaceSheet'> = (plan, change) => {
  const sheet = sheetNamed(plan.sheets, change.sheet, change);
  replaceableSheet(
    plan.pre,
    plan.tables,
    sheet,
    change.blocks.map((b) => b.name),
  );
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * 2,
    sheet,
    run: (ctx) => ctx.workbook.worksheets.getItem(sheet).getRange().clear('All'),
  });
  for (const block of change.blocks) {
    if (block.values.length === 0) continue;
    noMerges(
      plan.pre,
      mergeKey.at(change.sheet, blockAddress(block)),
      `the block at ${block.at} on ${sheet}`,
      sheet,
    );
    plan.steps.push(...blockSteps(plan.budget, sheet, block, plan.names));
  }
};

export const upsertChart: Handler<'upsertChart'> = (plan, change) => {
  const sheet = sheetNamed(plan.sheets, change.sheet, change);
  const id = chartKey(change.sheet, change.chart.name);
  const exists = plan.charts.has(id);
  plan.charts.add(id);
  const spec = change.chart;
  const setType = exists && plan.supports('chartType');
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * 8,
    sheet,
    run: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const source = ws.getRange(spec.source);
      let chart: Excel.Chart;
      if (exists) {
        chart = ws.charts.getItem(spec.name);
        chart.setData(source, 'Columns');
        if (setType) chart.chartType = CHART_TYPES[spec.type];
      } else {
        chart = ws.charts.add(CHART_TYPES[spec.type], source, 'Columns');
        chart.name = spec.name;
      }
      chart.title.text = spec.title;
      chart.setPosition(spec.from, spec.to);
    },
  });
};

/** A block's values, number formats, bold and defined name; `names` tracks names as they are made. */
function blockSteps(budget: number, sheet: string, block: SheetBlock, names: Set<string>): Step[] {
  const at = parseCellRef(block.at);
  const width = Math.max(...block.values.map((r) => r.length));
  const grid = block.values.map((r) => padRow(r, width).map(toCellInput));
  const steps = blockWrites(budget, sheet, at.row, at.col, grid, 'values');
  const formats = block.numberFormats ?? [];
  const cells = block.cellNumberFormats ?? [];
  if ([...formats, ...cells.flat()].some((f) => f !== null && f !== undefined)) {
    // One grid for the whole block: a cell's own format, else its column's, else General.
    const fmt = block.values.map((_, i) =>
      Array.from({ length: width }, (_c, j) => cells[i]?.[j] ?? formats[j] ?? 'General'),
    );
    steps.push(...blockWrites(budget, sheet, at.row, at.col, fmt, 'numberFormat'));
  }
  const address = rectAddress(at.row, at.col, block.values.length, width);
  if (block.bold) {
    const boldAddress = block.bold === 'firstRow' ? rectAddress(at.row, at.col, 1, width) : address;
    steps.push({
      bytes: COMMAND_OVERHEAD * 3,
      sheet,
      run: (ctx) => (ctx.workbook.worksheets.getItem(sheet).getRange(boldAddress).format.font.bold = true),
    });
  }
  if (block.name) {
    const name = block.name;
    // names.add refuses a name that exists: the old one is deleted first.
    const existed = names.has(key(name));
    names.add(key(name));
    steps.push({
      bytes: COMMAND_OVERHEAD * 3,
      sheet,
      run: (ctx) => {
        if (existed) ctx.workbook.names.getItem(name).delete();
        ctx.workbook.names.add(name, ctx.workbook.worksheets.getItem(sheet).getRange(address));
      },
    });
  }
  return steps;
}
