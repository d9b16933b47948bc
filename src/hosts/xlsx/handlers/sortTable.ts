/** sortTable: whole body rows move (values, formulas re-pointed, styles, notes), stably. */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/shiftFormula';
import { cellOut, formulaOut } from '../excelCells';
import { rangeAddress, type RangePos } from '../../../workbook/a1';
import { cellAt, clearNote, formulaModel, internals, setFormulaResult } from '../excelModel';
import { hostError, type XlsxLanguage } from '../hostErrors';
import { materializeSharedFormulas } from '../sharedFormulas';
import { compareCells, excelCollator } from '../sortOrder';
import { bodyCount, columnOf, headersOf, requireTable, type FoundTable } from '../tableGeometry';
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

/**
 * The body columns the product filled down in this session (setColumnFormula: row r holds the
 * column's formula shifted to r, as one shared formula or a plain formula per row) and that still
 * do in every row. Moving rows leaves such a column's formulas exactly where they are (the formula
 * moved from row f to row r, shifted by r − f, is the one row r already holds), so only the cached
 * results move; a column where any cell was overwritten since moves in full, like the person's.
 */
function filledDownColumns(
  state: Parameters<Handler<'sortTable'>>[0],
  t: FoundTable,
  name: string,
): Set<number> {
  const filled = state.filledDown.get(name.toLowerCase());
  const out = new Set<number>();
  if (!filled || filled.size === 0) return out;
  headersOf(t).forEach((h, j) => {
    if (!filled.has(h.toLowerCase())) return;
    const masters = new Set<string>();
    for (let r = t.firstBody; r <= t.lastBody; r += 1) {
      const cell = t.ws.findRow(r)?.findCell(t.left + j);
      const m = cell && formulaModel(cell);
      if (!cell || !m) return;
      if (m.shareType === 'shared' && m.formula) masters.add(cell.address);
      else if (m.sharedFormula ? !masters.has(m.sharedFormula) : !m.formula || m.shareType || m.ref) return;
    }
    out.add(j);
  });
  return out;
}

export const sortTable: Handler<'sortTable'> = (state, { table: tableName, keys }) => {
  const t = requireTable(state.workbook, tableName);
  if (keys.length === 0 || t.emptyBody) return;
  const cols = keys.map((k) => ({ col: columnOf(t, k.column) - t.left, ascending: k.ascending }));
  refuseUnsortable(t, state.language);
  const date1904 = state.workbook.properties.date1904 === true;
  const n = bodyCount(t);
  const width = t.right - t.left + 1;
  const filled = filledDownColumns(state, t, tableName);
  const moving = Array.from({ length: width }, (_, j) => j).filter((j) => !filled.has(j));
  const kept = [...filled];
  // Only the columns that move need plain formulas; the filled-down ones keep their shared form.
  materializeSharedFormulas(
    state,
    t.ws,
    moving.map((j) => t.left + j),
  );
  // Flat arrays, one slot per (row, column), instead of an object per cell: at 50,000 rows the
  // objects were most of the sort's memory. Styles are kept by reference: ExcelJS shares one style
  // object among all cells of a style id itself, and our handlers replace a style, never edit it.
  const m = moving.length;
  const values = new Array<ExcelJS.CellValue>(n * m);
  const formulas = new Array<string | null>(n * m);
  const styles = new Array<Partial<ExcelJS.Style>>(n * m);
  const notes = new Array<ExcelJS.Cell['note'] | undefined>(n * m);
  const results = new Array<ExcelJS.CellFormulaValue['result']>(n * kept.length);
  const rows: { key: Cell[]; from: number }[] = new Array(n);
  for (let i = 0; i < n; i += 1) {
    const r = t.firstBody + i;
    const wsRow = t.ws.getRow(r);
    for (let k = 0; k < m; k += 1) {
      const cell = wsRow.getCell(t.left + (moving[k] as number));
      const at = i * m + k;
      values[at] = cell.value;
      formulas[at] = formulaOut(cell);
      styles[at] = cell.style;
      notes[at] = cell.note;
    }
    for (let k = 0; k < kept.length; k += 1)
      results[i * kept.length + k] = formulaModel(wsRow.getCell(t.left + (kept[k] as number)))?.result;
    const key = cols.map((c) => cellOut(cellAt(t.ws, r, t.left + c.col).value, date1904));
    rows[i] = { key, from: r };
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
    const from = row.from - t.firstBody;
    const wsRow = t.ws.getRow(r);
    for (let k = 0; k < m; k += 1) {
      const at = from * m + k;
      const cell = wsRow.getCell(t.left + (moving[k] as number));
      const formula = formulas[at];
      if (formula) {
        const result = (values[at] as ExcelJS.CellFormulaValue).result;
        cell.value = {
          formula: shiftFormula(formula.slice(1), r - row.from),
          result,
        } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = values[at] as ExcelJS.CellValue;
      }
      cell.style = styles[at] as Partial<ExcelJS.Style>;
      // Setting `note` to undefined makes ExcelJS write an empty comment: move real notes, and
      // clear the one a row without a note leaves behind.
      const note = notes[at];
      if (note !== undefined) cell.note = note;
      else if (cell.note !== undefined) clearNote(cell);
    }
    for (let k = 0; k < kept.length; k += 1) {
      const result = results[from * kept.length + k];
      setFormulaResult(wsRow.getCell(t.left + (kept[k] as number)), result ?? undefined);
    }
  });
};
