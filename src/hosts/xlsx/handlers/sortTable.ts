/** sortTable: whole body rows move (values, formulas re-pointed, styles, notes), stably. */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/formulas';
import { cellOut, formulaOut } from '../excelCells';
import { cellAt } from '../excelModel';
import { materializeSharedFormulas } from '../sharedFormulas';
import { compareCells, excelCollator } from '../sortOrder';
import { bodyCount, columnOf, requireTable } from '../tableGeometry';
import type { Handler } from './types';

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
