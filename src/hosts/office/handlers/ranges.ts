/**
 * A plain range made a table (TableCollection.add: cells, values and formats stay) and a table
 * grown over what was typed beside it (Table.resize, ExcelApi 1.13). Each is checked against the
 * pre-flight first: the range must still show the headers read, the table still cover the range
 * read; otherwise the batch is refused before its first write.
 */
import { cellAddress, parseRange, rangesMeet } from '../../../workbook/a1';
import { boxAddress, tableHeadersOf } from '../../../workbook/ranges';
import { parseRect, rectAddress } from '../a1';
import { COMMAND_OVERHEAD } from '../batching';
import { toCellInput } from '../cellInput';
import { OfficeHostError } from '../errors';
import { rangeKey } from '../rangeFacts';
import { sheetNamed, tableNamed, validNewTable } from '../refusals';
import { key } from '../state';
import type { Handler } from './types';

function changedSince(what: string, sheet: string): OfficeHostError {
  return new OfficeHostError(
    'invalid-input',
    'range-changed',
    `${what} changed since it was read; nothing was changed. Check again and retry.`,
    { sheet },
  );
}

export const rangeToTable: Handler<'rangeToTable'> = (plan, change) => {
  const sheet = sheetNamed(plan.sheets, change.sheet, change);
  validNewTable(plan.tables, plan.pre, change.table);
  const headers = plan.pre.rangeHeaders?.get(rangeKey(change.sheet, change.address));
  if (!headers || JSON.stringify(headers) !== JSON.stringify(change.headers))
    throw changedSince(`The list at ${change.sheet}!${change.address}`, sheet);
  const names = tableHeadersOf({ headers, ...(change.names ? { names: change.names } : {}) });
  const seen = new Set<string>();
  for (const h of names) {
    if (h.trim() === '' || seen.has(key(h)))
      throw new OfficeHostError(
        'invalid-input',
        'range-changed',
        `The list at ${change.sheet}!${change.address} needs a distinct header above every column.`,
        { sheet },
      );
    seen.add(key(h));
  }
  const r = parseRect(change.address);
  const { address, table: name, style } = change;
  // A filtered sheet filter was refused in the pre-flight (workbook/preflight.ts). One that hides
  // nothing gives way, as in the .xlsx host: a table brings its own filter buttons. The Office
  // docs name only an overlapping table as a reason TableCollection.add throws
  // (learn.microsoft.com/javascript/api/excel/excel.tablecollection#add); what it does over a
  // sheet AutoFilter they leave open, so the filter is removed first (AutoFilter.remove, ExcelApi 1.9).
  const filter = plan.pre.sheetFilters?.get(key(sheet));
  const underFilter =
    filter !== undefined && rangesMeet(parseRange(filter.address), parseRange(change.address));
  if (underFilter) plan.pre.sheetFilters?.delete(key(sheet));
  plan.steps.push({
    // The table, its name, its style; the filter's removal; each header cell named.
    bytes: COMMAND_OVERHEAD * ((underFilter ? 4 : 3) + names.filter((n, j) => n !== headers[j]).length),
    sheet,
    run: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      if (underFilter) ws.autoFilter.remove();
      // An empty header cell gets the name asked for, not Excel's own "Column1".
      names.forEach((n, j) => {
        if (n !== headers[j]) ws.getRange(cellAddress(r.row + 1, r.col + 1 + j)).values = [[toCellInput(n)]];
      });
      const t = ws.tables.add(address, true);
      t.name = name;
      if (style) t.style = style;
    },
  });
  plan.tables.set(key(name), {
    name,
    sheet,
    headers: [...names],
    row: r.row,
    col: r.col,
    rows: r.rows - 1,
    placeholder: false,
    calculated: names.map(() => null),
    filtered: false,
    hiddenRows: false,
    created: true,
  });
};

export const extendTable: Handler<'extendTable'> = (plan, change) => {
  const t = tableNamed(plan.tables, change.table, change);
  const rows = t.placeholder ? 1 : t.rows;
  const now = boxAddress({
    top: t.row + 1,
    left: t.col + 1,
    bottom: t.row + 1 + rows,
    right: t.col + t.headers.length,
  });
  if (now !== change.address.toUpperCase()) throw changedSince(`Table "${t.name}" (now ${now})`, t.sheet);
  if (change.rows > 0 && t.placeholder)
    throw new OfficeHostError(
      'invalid-input',
      'range-changed',
      `Table "${t.name}" has no rows yet: the rows below it cannot join it.`,
      { sheet: t.sheet },
    );
  const grown = rectAddress(t.row, t.col, rows + 1 + change.rows, t.headers.length + change.columns);
  const { name, sheet } = t;
  // Header cells the pre-flight found still empty (an empty column before the person's own) get
  // the name asked for instead of Excel's own "Column1": after the resize, so that a resize Excel
  // refuses (for a reason the pre-flight does not know) leaves no name written.
  const named = (change.names ?? [])
    .map((n, j) => ({ n, at: cellAddress(t.row + 1, t.col + t.headers.length + 1 + j) }))
    .filter((x) => x.n !== '');
  plan.steps.push({
    bytes: COMMAND_OVERHEAD * (2 + named.length),
    sheet,
    run: (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ctx.workbook.tables.getItem(name).resize(ws.getRange(grown));
      for (const x of named) ws.getRange(x.at).values = [[toCellInput(x.n)]];
    },
  });
  t.rows += change.rows;
  // The new columns' names are the header cells as typed; later changes of this batch do not use them.
  for (let j = 0; j < change.columns; j++) {
    const n = change.names?.[j] ?? '';
    t.headers.push(n !== '' ? n : `\u0000new${j}`);
    t.calculated.push(null);
  }
};
