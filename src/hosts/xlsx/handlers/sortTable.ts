/** sortTable: whole body rows move (values, formulas re-pointed, styles, notes), stably. */
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../workbook/book';
import { shiftFormula } from '../../../workbook/shiftFormula';
import { cellOut, formulaOut } from '../excelCells';
import { rangeAddress, type RangePos } from '../../../workbook/a1';
import { cellAt, clearNote, internals } from '../excelModel';
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

/** A formula cell of its own (not shared, not an array formula), as setColumnFormula writes them. */
function isPlainFormula(v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue {
  if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string') return false;
  const extra = v as { shareType?: string; sharedFormula?: string; ref?: string };
  return extra.shareType === undefined && extra.sharedFormula === undefined && extra.ref === undefined;
}

/**
 * The body columns the product filled down in this session (setColumnFormula: row r holds the
 * column's formula shifted to r) and that still hold a formula in every row. Moving rows leaves such
 * a column's formulas exactly where they are (the formula moved from row f to row r, shifted by
 * r − f, is the one row r already holds), so only the cached results move; a column where any
 * cell was overwritten since moves in full, like the person's columns.
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
    for (let r = t.firstBody; r <= t.lastBody; r += 1)
      if (!isPlainFormula(t.ws.findRow(r)?.findCell(t.left + j)?.value ?? null)) return;
    out.add(j);
  });
  return out;
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
  const filled = filledDownColumns(state, t, tableName);
  const moving = Array.from({ length: width }, (_, j) => j).filter((j) => !filled.has(j));
  const kept = [...filled];
  // Flat arrays, one slot per (row, column), instead of an object per cell: at 50,000 rows the
  // objects were most of the sort's memory. Styles are kept by reference: ExcelJS shares one style
  // object among all cells of a style id itself, and our handlers replace a style, never edit it.
  const m = moving.length;
  const values = new Array<ExcelJS.CellValue>(n * m);
  const formulas = new Array<string | null>(n * m);
  const styles = new Array<Partial<ExcelJS.Style>>(n * m);
  const notes = new Array<ExcelJS.Cell['note'] | undefined>(n * m);
  const results = new Array<ExcelJS.CellValue>(n * kept.length);
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
    // cell.result, not value.result: ExcelJS's value copy drops a cached result of 0.
    for (let k = 0; k < kept.length; k += 1)
      results[i * kept.length + k] = wsRow.getCell(t.left + (kept[k] as number)).result;
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
      const cell = wsRow.getCell(t.left + (kept[k] as number));
      const result = results[from * kept.length + k];
      const v = cell.value as ExcelJS.CellFormulaValue;
      cell.value = (
        result === undefined || result === null ? { formula: v.formula } : { formula: v.formula, result }
      ) as ExcelJS.CellFormulaValue;
    }
  });
};
