/** New sheets, tables and columns. */
import { parseCellRef, rectAddress } from '../a1';
import { blockWrites, COMMAND_OVERHEAD, type CellInput } from '../batching';
import { toCellInput } from '../cellInput';
import { noMerges, noNewColumnTaken, noNewSheet, sheetNamed, tableNamed, validNewTable } from '../refusals';
import { key, mergeKey, padRow, tableAddressFor } from '../state';
import type { Handler } from './types';

export const addSheet: Handler<'addSheet'> = (plan, change) => {
  noNewSheet(plan.sheets, change.sheet);
  plan.sheets.set(key(change.sheet), { name: change.sheet, protected: false });
  const { sheet, position } = change;
  plan.steps.push({
    bytes: COMMAND_OVERHEAD,
    sheet: null,
    run: (ctx) => {
      const ws = ctx.workbook.worksheets.add(sheet);
      if (position !== undefined) ws.position = position;
    },
  });
};

export const addTable: Handler<'addTable'> = (plan, change) => {
  const sheet = sheetNamed(plan.sheets, change.sheet, change);
  validNewTable(plan.tables, plan.pre, change.table);
  const at = parseCellRef(change.at);
  const width = change.headers.length;
  noMerges(
    plan.pre,
    mergeKey.at(change.sheet, tableAddressFor(change.at, width, Math.max(1, change.rows.length))),
    `table ${change.table}`,
    sheet,
  );
  const grid: CellInput[][] = [change.headers, ...change.rows.map((r) => padRow(r, width))].map((r) =>
    r.map(toCellInput),
  );
  plan.steps.push(...blockWrites(plan.budget, sheet, at.row, at.col, grid, 'values'));
  const address = rectAddress(
    at.row,
    at.col,
    Math.max(1, change.rows.length) + (change.rows.length === 0 ? 0 : 1),
    width,
  );
  const { table: name, style } = change;
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * 3,
    sheet,
    run: (ctx) => {
      const t = ctx.workbook.worksheets.getItem(sheet).tables.add(address, true);
      t.name = name;
      if (style) t.style = style;
    },
  });
  plan.tables.set(key(name), {
    name,
    sheet,
    headers: [...change.headers],
    row: at.row,
    col: at.col,
    rows: change.rows.length,
    placeholder: change.rows.length === 0,
    calculated: change.headers.map(() => null),
    filtered: false,
    hiddenRows: false,
    created: true,
  });
};

export const addColumns: Handler<'addColumns'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  noNewColumnTaken(t, change.headers);
  noMerges(plan.pre, mergeKey.columnsAfter(t.name), `new columns of ${t.name}`, t.sheet);
  const { headers } = change;
  const name = t.name;
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * (1 + headers.length),
    sheet: t.sheet,
    run: (ctx) => {
      const cols = ctx.workbook.tables.getItem(name).columns;
      for (const h of headers) cols.add(undefined, undefined, h);
    },
  });
  t.headers.push(...headers);
  t.calculated.push(...headers.map(() => null));
};
