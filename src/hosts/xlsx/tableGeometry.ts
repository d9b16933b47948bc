/**
 * Where a table sits on its sheet. Cells are the truth: a table is its name, its range and its
 * column names, and every change writes cells and then moves the table's range.
 */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors';
import { WorkbookError } from '../../workbook/errors';
import { cellAddress, parseRange, rangeAddress, type RangePos } from '../../workbook/a1';
import { cellOut } from './excelCells';
import { DEFAULT_TABLE_STYLE, internals, tableModels, type TableModel } from './excelModel';

export interface FoundTable {
  ws: ExcelJS.Worksheet;
  model: TableModel;
  /** Header row, first/last body row, first/last column. */
  headerRow: number;
  firstBody: number;
  lastBody: number;
  left: number;
  right: number;
  /** True when the table has a header and exactly one body row with nothing in it: zero records. */
  emptyBody: boolean;
}

export function locate(ws: ExcelJS.Worksheet, model: TableModel): FoundTable {
  const r = parseRange(model.tableRef ?? model.ref ?? 'A1');
  const headerRow = model.headerRow ? r.top : r.top - 1;
  const firstBody = headerRow + 1;
  const lastBody = r.bottom - (model.totalsRow ? 1 : 0);
  let emptyBody = lastBody < firstBody;
  if (lastBody === firstBody) {
    const row = ws.findRow(firstBody);
    emptyBody = true;
    for (let c = r.left; c <= r.right && emptyBody; c += 1) {
      const v = row?.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== '') emptyBody = false;
    }
  }
  return {
    ws,
    model,
    headerRow,
    firstBody,
    lastBody: Math.max(lastBody, firstBody),
    left: r.left,
    right: r.right,
    emptyBody,
  };
}

export function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!ws) throw new DomainError('invalid-input', `no sheet named "${name}"`, { sheet: name });
  return ws;
}

export function findTable(wb: ExcelJS.Workbook, name: string): FoundTable | undefined {
  const lower = name.toLowerCase();
  for (const ws of wb.worksheets) {
    for (const model of tableModels(ws)) {
      if (model.name.toLowerCase() === lower) return locate(ws, model);
    }
  }
  return undefined;
}

export function requireTable(wb: ExcelJS.Workbook, name: string): FoundTable {
  const t = findTable(wb, name);
  if (!t)
    throw new WorkbookError('invalid-input', 'table-missing', `no table named "${name}"`, { path: name });
  return t;
}

export function headersOf(t: FoundTable): string[] {
  const row = t.model.headerRow ? t.ws.findRow(t.headerRow) : undefined;
  const out: string[] = [];
  for (let c = t.left; c <= t.right; c += 1) {
    const v = row ? cellOut(row.findCell(c)?.value, false) : null;
    out.push(v === null || v === '' ? (t.model.columns[c - t.left]?.name ?? '') : String(v));
  }
  return out;
}

export function bodyCount(t: FoundTable): number {
  return t.emptyBody ? 0 : t.lastBody - t.firstBody + 1;
}

/** The 1-based sheet column of `column` (a header, any case) in table `t`. */
export function columnOf(t: FoundTable, column: string): number {
  const j = headersOf(t).findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (j < 0) {
    throw new DomainError('invalid-input', `table "${t.model.name}" has no column "${column}"`, {
      sheet: t.ws.name,
      column,
    });
  }
  return t.left + j;
}

export function checkHeaders(headers: string[], table: string): void {
  const seen = new Set<string>();
  for (const h of headers) {
    if (typeof h !== 'string' || h.trim() === '') {
      throw new DomainError('invalid-input', `table "${table}" needs a non-empty name for every column`, {
        path: table,
      });
    }
    const k = h.toLowerCase();
    if (seen.has(k))
      throw new DomainError('duplicate', `table "${table}" would have column "${h}" twice`, { path: table });
    seen.add(k);
  }
}

export function setTableRange(model: TableModel, r: RangePos): void {
  model.tableRef = rangeAddress(r);
  model.ref = cellAddress(r.top, r.left);
  const filterBottom = r.bottom - (model.totalsRow ? 1 : 0);
  model.autoFilterRef = rangeAddress({ ...r, bottom: filterBottom });
}

/** Makes a table model safe for ExcelJS's writer (it renders these fields unconditionally). */
export function fixTableModel(model: TableModel): void {
  model.style ??= { theme: DEFAULT_TABLE_STYLE, showRowStripes: true };
  if (model.tableRef) {
    const r = parseRange(model.tableRef);
    model.autoFilterRef ??= rangeAddress({ ...r, bottom: r.bottom - (model.totalsRow ? 1 : 0) });
  }
}

/** Fails when any cell in `area` holds a value or belongs to a table: we never overwrite them. */
export function assertFree(ws: ExcelJS.Worksheet, area: RangePos, what: string): void {
  for (const model of tableModels(ws)) {
    const r = parseRange(model.tableRef ?? model.ref ?? 'A1');
    if (r.left <= area.right && area.left <= r.right && r.top <= area.bottom && area.top <= r.bottom) {
      throw new DomainError(
        'invalid-input',
        `${what} would overlap table "${model.name}" (${rangeAddress(r)})`,
        {
          sheet: ws.name,
        },
      );
    }
  }
  for (let r = area.top; r <= Math.min(area.bottom, ws.rowCount); r += 1) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = area.left; c <= area.right; c += 1) {
      const cell = row.findCell(c);
      if (cell && cell.value !== null && cell.value !== undefined && cell.value !== '') {
        throw new DomainError(
          'invalid-input',
          `${what} needs cell ${cellAddress(r, c)} on "${ws.name}", which holds ${JSON.stringify(cellOut(cell.value, false))}; move it away first`,
          {
            sheet: ws.name,
            row: r,
            column: cellAddress(r, c).replace(/\d+$/, ''),
            value: cellOut(cell.value, false),
          },
        );
      }
    }
  }
}

/** Stretches the conditional formats that end at the table's last body row down to `newLast`. */
export function growConditionalFormats(t: FoundTable, newLast: number): void {
  for (const cf of internals(t.ws).conditionalFormattings) {
    const parts = cf.ref.split(/\s+/).map((p) => {
      let r: RangePos;
      try {
        r = parseRange(p);
      } catch {
        return p;
      }
      const inTable = r.left >= t.left && r.right <= t.right && r.top >= t.firstBody && r.top <= t.lastBody;
      return inTable && r.bottom === t.lastBody ? rangeAddress({ ...r, bottom: newLast }) : p;
    });
    cf.ref = parts.join(' ');
  }
}
