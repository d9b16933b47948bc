/**
 * A plain range made a table, and a table grown over the rows typed below it and the columns
 * to its right: cells, values and formats stay exactly where they are; only the table's range
 * (and its column names) change. Both refuse, writing nothing, when the sheet no longer shows
 * what the operation read.
 */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import type { Cell } from '../../../workbook/book';
import { boxAddress, isFilled, tableHeadersOf } from '../../../workbook/ranges';
import { cellAddress as address, parseRange, type RangePos } from '../../../workbook/a1';
import { cellOut } from '../excelCells';
import { cellAt, DEFAULT_TABLE_STYLE, tableModels } from '../excelModel';
import {
  checkHeaders,
  findTable,
  growConditionalFormats,
  requireTable,
  setTableRange,
  sheetNamed,
} from '../tableGeometry';
import { sheetFilterRange } from '../surroundings';
import type { Handler } from './types';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function headerText(v: Cell): string {
  return isFilled(v) ? String(v) : '';
}

function overlapping(ws: ExcelJS.Worksheet, area: RangePos, except?: string): string | undefined {
  for (const m of tableModels(ws)) {
    if (m.name === except) continue;
    const r = parseRange(m.tableRef ?? m.ref ?? 'A1');
    if (r.left <= area.right && area.left <= r.right && r.top <= area.bottom && area.top <= r.bottom)
      return m.name;
  }
  return undefined;
}

/** Table headers are text: a number typed as a header becomes its text, rich text stays as is. */
function keepHeaderCell(ws: ExcelJS.Worksheet, row: number, col: number, before: ExcelJS.CellValue): void {
  if (typeof before === 'string' || (typeof before === 'object' && before !== null && 'richText' in before))
    cellAt(ws, row, col).value = before;
}

/**
 * A table brings its own filter buttons. A sheet's filter over the same cells beside a table is a
 * file Excel "repairs" on open by deleting the table, so the sheet's filter gives way to the
 * table's (ExcelJS keeps no filter criteria of the sheet's, only its range).
 */
function dropSheetFilterOver(ws: ExcelJS.Worksheet, area: RangePos): void {
  const f = sheetFilterRange(ws);
  if (f && f.left <= area.right && area.left <= f.right && f.top <= area.bottom && area.top <= f.bottom)
    ws.autoFilter = undefined;
}

export const rangeToTable: Handler<'rangeToTable'> = ({ workbook }, change) => {
  const ws = sheetNamed(workbook, change.sheet);
  const where = `${change.sheet}!${change.address}`;
  if (findTable(workbook, change.table))
    throw new DomainError('duplicate', `a table named "${change.table}" already exists`, {
      sheet: change.sheet,
    });
  if (!TABLE_NAME.test(change.table))
    throw new DomainError('invalid-input', `"${change.table}" is not a valid table name`, {
      sheet: change.sheet,
    });
  const area = parseRange(change.address);
  if (area.bottom <= area.top)
    throw new DomainError('invalid-input', `${where} has no row below its header row`, {
      sheet: change.sheet,
    });
  const other = overlapping(ws, area);
  if (other)
    throw new DomainError('invalid-input', `${where} overlaps table "${other}"`, { sheet: change.sheet });
  const before: ExcelJS.CellValue[] = [];
  for (let c = area.left; c <= area.right; c++) before.push(cellAt(ws, area.top, c).value);
  const headers = before.map((v) => headerText(cellOut(v, false)));
  if (JSON.stringify(headers) !== JSON.stringify(change.headers)) {
    throw new DomainError(
      'invalid-input',
      `${where} no longer shows the header row that was read (${change.headers.join(', ')}); nothing was changed`,
      { sheet: change.sheet, row: area.top },
    );
  }
  const names = tableHeadersOf({ headers, ...(change.names ? { names: change.names } : {}) });
  checkHeaders(names, change.table);
  ws.addTable({
    name: change.table,
    ref: address(area.top, area.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (change.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties['theme'],
      showRowStripes: true,
    },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: [],
  });
  before.forEach((v, j) => keepHeaderCell(ws, area.top, area.left + j, v));
  // An empty header cell gets the name the table gives its column, as Excel writes "Column1".
  names.forEach((name, j) => {
    if (name !== headers[j]) cellAt(ws, area.top, area.left + j).value = name;
  });
  setTableRange(requireTable(workbook, change.table).model, area);
  dropSheetFilterOver(ws, area);
};

export const extendTable: Handler<'extendTable'> = ({ workbook }, change) => {
  const t = requireTable(workbook, change.table);
  const box = parseRange(t.model.tableRef ?? t.model.ref ?? 'A1');
  const name = t.model.name;
  if (boxAddress(box) !== change.address.toUpperCase()) {
    throw new DomainError(
      'invalid-input',
      `table "${name}" now covers ${boxAddress(box)}, not ${change.address} as read; nothing was changed`,
      { sheet: t.ws.name },
    );
  }
  if (change.rows > 0 && (t.emptyBody || t.model.totalsRow)) {
    throw new DomainError(
      'invalid-input',
      `table "${name}" ${t.model.totalsRow ? 'ends in a totals row' : 'has no rows yet'}: the rows below it cannot join it`,
      { sheet: t.ws.name },
    );
  }
  const grown: RangePos = { ...box, bottom: box.bottom + change.rows, right: box.right + change.columns };
  const other = overlapping(t.ws, grown, name);
  if (other)
    throw new DomainError('invalid-input', `table "${name}" would overlap table "${other}"`, {
      sheet: t.ws.name,
    });
  const before: ExcelJS.CellValue[] = [];
  for (let c = box.right + 1; c <= grown.right; c++) before.push(cellAt(t.ws, box.top, c).value);
  const typed = before.map((v) => headerText(cellOut(v, false)));
  const added = tableHeadersOf({ headers: typed, ...(change.names ? { names: change.names } : {}) });
  checkHeaders([...t.model.columns.map((c) => c.name), ...added], name);
  for (const h of added) t.model.columns.push({ name: h, filterButton: true });
  before.forEach((v, j) => {
    const cell = cellAt(t.ws, box.top, box.right + 1 + j);
    if (typeof v === 'number' || typeof v === 'boolean') cell.value = String(v);
    // An empty header cell (an empty column before the person's own) gets the name asked for.
    else if (typed[j] === '' && added[j] !== '') cell.value = added[j] ?? null;
  });
  if (change.rows > 0) growConditionalFormats(t, t.lastBody + change.rows);
  setTableRange(t.model, grown);
};
