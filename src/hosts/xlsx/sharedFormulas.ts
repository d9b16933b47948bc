/**
 * Shared formulas, both ways: made plain on a sheet before we move or overwrite cells, and made
 * shared again at save time for the columns the product filled down.
 */
import type ExcelJS from 'exceljs';
import { shiftFormula } from '../../workbook/shiftFormula';
import type { XlsxState } from './hostState';
import { findTable, headersOf, type FoundTable } from './tableGeometry';

/**
 * Turns shared formulas into plain ones on a sheet we are about to change, so moving or
 * overwriting a shared formula's master cell cannot orphan the cells that follow it.
 */
export function materializeSharedFormulas(state: XlsxState, ws: ExcelJS.Worksheet): void {
  if (state.materialized.has(ws)) return;
  state.materialized.add(ws);
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as
        (ExcelJS.CellFormulaValue & { shareType?: string }) | ExcelJS.CellSharedFormulaValue | null;
      if (
        v &&
        typeof v === 'object' &&
        ('sharedFormula' in v || ('shareType' in v && v.shareType === 'shared'))
      ) {
        cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

/**
 * For the write only: a calculated column holds one long formula per row, filled down. Written
 * cell by cell that is most of the file (and of writeBuffer's memory); Excel itself stores such
 * a run as one shared formula (`<f t="shared" ref si>` once, `<f t="shared" si/>` after), which
 * Excel, LibreOffice and our loader read back as the same per-cell formulas. Only the columns
 * setColumnFormula filled (the product's own, which guard against text in arithmetic): LibreOffice
 * evaluates a shared group differently from single cells when a user's formula multiplies text.
 * A cell joins a run only when both our shift and ExcelJS's own translation give exactly its
 * formula. Returns the undo: the cells go back to plain formulas, so later changes see what they saw.
 */
export function shareFilledDownFormulas(state: XlsxState): () => void {
  const touched: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  for (const [tableName, columns] of state.filledDown) {
    const t = findTable(state.workbook, tableName);
    if (!t || t.emptyBody) continue;
    const headers = headersOf(t).map((h) => h.toLowerCase());
    for (const column of columns) {
      const j = headers.indexOf(column);
      if (j >= 0) shareColumnRuns(t, t.left + j, touched);
    }
  }
  return () => {
    for (const { cell, value } of touched) cell.value = value;
  };
}

/** A formula cell of its own: not an array formula, not part of a shared one. */
function isPlainFormula(v: ExcelJS.CellValue | undefined): v is ExcelJS.CellFormulaValue {
  if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string' || v.formula === '')
    return false;
  const extra = v as { shareType?: string; sharedFormula?: string; ref?: string };
  return extra.shareType === undefined && extra.sharedFormula === undefined && extra.ref === undefined;
}

/**
 * Turns each run of filled-down formulas in one body column into a master and shared followers;
 * adds the cells it changed, with their plain values, to `touched` for the undo.
 */
function shareColumnRuns(
  t: FoundTable,
  c: number,
  touched: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[],
): void {
  let master: { cell: ExcelJS.Cell; row: number; value: ExcelJS.CellFormulaValue; shared: boolean } | null =
    null;
  for (let r = t.firstBody; r <= t.lastBody; r += 1) {
    const cell = t.ws.findRow(r)?.findCell(c);
    const v = cell?.value;
    if (!cell || !isPlainFormula(v)) {
      master = null;
      continue;
    }
    // cell.result, not v.result: ExcelJS's value copy drops a cached result of 0.
    const own = { formula: v.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    if (master && shiftFormula(master.value.formula, r - master.row) === own.formula) {
      cell.value = {
        sharedFormula: master.cell.address,
        result: own.result,
      } as ExcelJS.CellSharedFormulaValue;
      if (cell.formula === own.formula) {
        touched.push({ cell, value: own });
        // ExcelJS marks the master shared in its stored model while writing: undo that too.
        if (!master.shared) touched.push({ cell: master.cell, value: master.value });
        master.shared = true;
        continue;
      }
      cell.value = own;
    }
    master = { cell, row: r, value: own, shared: false };
  }
}
