/** Handlers that add structure: sheets, tables, table columns. */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../../domain/errors';
import { parseCell, type RangePos } from '../../../workbook/a1';
import { cellIn } from '../excelCells';
import { cellAt, DEFAULT_TABLE_STYLE, internals } from '../excelModel';
import {
  assertFree,
  checkHeaders,
  findTable,
  headersOf,
  requireTable,
  setTableRange,
  sheetNamed,
} from '../tableGeometry';
import type { Handler } from './types';

export const addSheet: Handler<'addSheet'> = ({ workbook }, { sheet: name, position }) => {
  if (workbook.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) {
    throw new DomainError('duplicate', `a sheet named "${name}" already exists`, { sheet: name });
  }
  const ws = workbook.addWorksheet(name);
  if (position !== undefined) {
    const order = workbook.worksheets.filter((s) => s !== ws);
    const at = Math.max(0, Math.min(position, order.length));
    order.splice(at, 0, ws);
    order.forEach((s, i) => {
      internals(s).orderNo = i;
    });
  }
};

export const addTable: Handler<'addTable'> = ({ workbook, notes }, change) => {
  const ws = sheetNamed(workbook, change.sheet);
  if (findTable(workbook, change.table)) {
    throw new DomainError('duplicate', `a table named "${change.table}" already exists`, {
      sheet: change.sheet,
    });
  }
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(change.table)) {
    throw new DomainError('invalid-input', `"${change.table}" is not a valid table name`, {
      sheet: change.sheet,
    });
  }
  checkHeaders(change.headers, change.table);
  const at = parseCell(change.at);
  const width = change.headers.length;
  const bodyRows = Math.max(1, change.rows.length);
  const area: RangePos = {
    top: at.row,
    left: at.col,
    bottom: at.row + bodyRows,
    right: at.col + width - 1,
  };
  assertFree(ws, area, `table "${change.table}"`);
  change.rows.forEach((row, i) => {
    if (row.length > width) {
      throw new DomainError('invalid-input', `row ${i + 1} has ${row.length} values for ${width} columns`, {
        sheet: change.sheet,
        row: at.row + 1 + i,
      });
    }
  });
  ws.addTable({
    name: change.table,
    ref: change.at,
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (change.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties['theme'],
      showRowStripes: true,
    },
    columns: change.headers.map((name) => ({ name, filterButton: true })),
    rows: [],
  });
  change.headers.forEach((h, j) => {
    cellAt(ws, at.row, at.col + j).value = h;
  });
  change.rows.forEach((row, i) => {
    row.forEach((v, j) => {
      cellAt(ws, at.row + 1 + i, at.col + j).value = cellIn(
        v,
        { table: change.table, column: change.headers[j], row: at.row + 1 + i },
        notes,
      );
    });
  });
  setTableRange(requireTable(workbook, change.table).model, { ...area });
};

export const addColumns: Handler<'addColumns'> = ({ workbook }, { table: tableName, headers }) => {
  const t = requireTable(workbook, tableName);
  const existing = headersOf(t);
  checkHeaders([...existing, ...headers], tableName);
  if (headers.length === 0) return;
  const top = t.headerRow;
  const bottom = t.lastBody + (t.model.totalsRow ? 1 : 0);
  const area: RangePos = { top, left: t.right + 1, bottom, right: t.right + headers.length };
  assertFree(t.ws, area, `new columns of table "${tableName}"`);
  const headerStyle = cellAt(t.ws, top, t.right).style;
  headers.forEach((h, j) => {
    const cell = cellAt(t.ws, top, t.right + 1 + j);
    cell.value = h;
    cell.style = { ...headerStyle };
    t.model.columns.push({ name: h, filterButton: true });
  });
  setTableRange(t.model, { top, left: t.left, bottom, right: area.right });
};
