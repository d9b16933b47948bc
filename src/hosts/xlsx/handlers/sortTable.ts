/** sortTable: whole body rows move (values, formulas re-pointed, styles, notes), stably. */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/shiftFormula';
import { cellOut, formulaOut } from '../excelCells';
import { rangeAddress, type RangePos } from '../../../workbook/a1';
import { cellAt, internals } from '../excelModel';
import { hostError, type XlsxLanguage } from '../hostErrors';
import { materializeSharedFormulas } from '../sharedFormulas';
import { compareCells, excelCollator } from '../sortOrder';
import { bodyCount, columnOf, requireTable, type FoundTable } from '../tableGeometry';
import type { Handler } from './types';

/**
 * Before anything moves: merged cells in the body (ExcelJS would copy a master into its merged
 * neighbours and lose their values) and hidden rows (they stay put while the data moves, so a
 * different row would end up hidden). Both are named, so the person can find them.
 */
export function refuseUnsortable(t: FoundTable, language: XlsxLanguage): void {
  const merged: string[] = [];
  for (const m of Object.values(internals(t.ws)._merges ?? {})) {
    const r = (m as { model?: RangePos }).model;
    if (!r) continue;
    if (r.left <= t.right && t.left <= r.right && r.top <= t.lastBody && t.firstBody <= r.bottom)
      merged.push(rangeAddress(r));
  }
  if (merged.length > 0) {
    throw hostError('merged-cells', language, {
      nl: `in tabel ${t.model.name} op blad ${t.ws.name} zijn cellen samengevoegd: ${merged.join(', ')}`,
      en: `table ${t.model.name} on sheet ${t.ws.name} has merged cells: ${merged.join(', ')}`,
    });
  }
  const hidden: number[] = [];
  for (let r = t.firstBody; r <= t.lastBody; r += 1) if (t.ws.findRow(r)?.hidden) hidden.push(r);
  if (hidden.length > 0) {
    const rows =
      hidden.length > 20 ? `${hidden.slice(0, 20).join(', ')} … (${hidden.length})` : hidden.join(', ');
    throw hostError('hidden-rows', language, {
      nl: `in tabel ${t.model.name} op blad ${t.ws.name} zijn rijen verborgen: ${rows}`,
      en: `table ${t.model.name} on sheet ${t.ws.name} has hidden rows: ${rows}`,
    });
  }
}

interface Saved {
  value: ExcelJS.CellValue;
  formula: string | null;
  style: Partial<ExcelJS.Style>;
  note: ExcelJS.Cell['note'] | undefined;
}

export const sortTable: Handler<'sortTable'> = (state, { table: tableName, keys }) => {
  const t = requireTable(state.workbook, tableName);
  if (keys.length === 0 || t.emptyBody) return;
  const cols = keys.map((k) => ({ col: columnOf(t, k.column) - t.left, ascending: k.ascending }));
  refuseUnsortable(t, state.language);
  materializeSharedFormulas(state, t.ws);
  const date1904 = state.workbook.properties.date1904 === true;
  const n = bodyCount(t);
  const width = t.right - t.left + 1;
  const rows: { key: Cell[]; cells: Saved[]; from: number }[] = [];
  for (let i = 0; i < n; i += 1) {
    const r = t.firstBody + i;
    const cells: Saved[] = [];
    for (let j = 0; j < width; j += 1) {
      const cell = cellAt(t.ws, r, t.left + j);
      cells.push({ value: cell.value, formula: formulaOut(cell), style: { ...cell.style }, note: cell.note });
    }
    const key = cols.map((k) => cellOut(cells[k.col]?.value ?? null, date1904));
    rows.push({ key, cells, from: r });
  }
  rows.sort((a, b) => {
    for (let k = 0; k < cols.length; k += 1) {
      const d = compareCells(a.key[k] ?? null, b.key[k] ?? null, cols[k]?.ascending ?? true, excelCollator);
      if (d !== 0) return d;
    }
    return a.from - b.from;
  });
  rows.forEach((row, i) => {
    const r = t.firstBody + i;
    if (row.from === r) return;
    row.cells.forEach((saved, j) => {
      const cell = cellAt(t.ws, r, t.left + j);
      if (saved.formula) {
        const result = (saved.value as ExcelJS.CellFormulaValue).result;
        cell.value = {
          formula: shiftFormula(saved.formula.slice(1), r - row.from),
          result,
        } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = saved.value;
      }
      cell.style = saved.style;
      // Setting `note` to undefined makes ExcelJS write an empty comment: only move real notes.
      if (saved.note !== undefined || cell.note !== undefined) cell.note = saved.note as ExcelJS.Cell['note'];
    });
  });
};
