/**
 * Shared formulas: the product's calculated columns written as one (fillDown), made plain only
 * where a change would move or overwrite them, and runs of plain ones the product filled (rows
 * appended later) made shared again at save time.
 */
import type ExcelJS from 'exceljs';
import { rowShifter } from '../../workbook/shiftFormula';
import type { XlsxState } from './hostState';
import { cellAddress, parseRange, type RangePos } from '../../workbook/a1';
import { cellFormula } from './excelCells';
import { cellAt, formulaModel, type FormulaModel } from './excelModel';
import { findTable, headersOf, type FoundTable } from './tableGeometry';

/**
 * Turns shared formulas into plain ones on a sheet we are about to change, so moving or
 * overwriting a shared formula's master cell cannot orphan the cells that follow it. With
 * `columns`, only what a change to those columns needs: the followers in them and the followers of
 * masters in them (a plain copy of every follower costs a formula string per cell, hundreds of
 * bytes each, which at 100,000 rows is what kept a sort from fitting a 2 GB heap).
 */
export function materializeSharedFormulas(
  state: XlsxState,
  ws: ExcelJS.Worksheet,
  columns?: readonly number[],
): void {
  if (state.materialized.has(ws)) return;
  if (!columns) state.materialized.add(ws);
  const within = columns ? new Set(columns) : undefined;
  // Masters first: a follower always lies below or right of its master, but we need to know
  // every master in the columns before deciding about followers outside them.
  const mastersWithin = new Set<string>();
  // The columns a follower of those masters can be in: each master's shared range (its ref), so
  // the second pass need not visit every cell of a 50,000-row sheet once per changed column.
  // A master without a ref leaves that unknown, and every cell is visited.
  let visit: Set<number> | undefined;
  if (within) {
    visit = new Set(within);
    ws.eachRow({ includeEmpty: false }, (row) => {
      for (const c of within) {
        const cell = row.findCell(c);
        const m = cell && formulaModel(cell);
        if (!cell || m?.shareType !== 'shared') continue;
        mastersWithin.add(cell.address);
        const range = sharedRange(m.ref);
        if (!range) visit = undefined;
        else if (visit) for (let k = range.left; k <= range.right; k += 1) visit.add(k);
      }
    });
  }
  const plain = (cell: ExcelJS.Cell) => {
    const m = formulaModel(cell);
    if (!m || (!m.sharedFormula && m.shareType !== 'shared')) return;
    if (within && !within.has(Number(cell.col))) {
      if (!m.sharedFormula || !mastersWithin.has(m.sharedFormula)) return;
    }
    // cell.result, not the value copy's: the copy drops a cached result of 0.
    cell.value = { formula: cellFormula(cell), result: cell.result } as ExcelJS.CellFormulaValue;
  };
  const only = visit;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (!only) return row.eachCell({ includeEmpty: false }, plain);
    for (const c of only) {
      const cell = row.findCell(c);
      if (cell) plain(cell);
    }
  });
}

/** A shared formula's range, when its master states one we can read. */
function sharedRange(ref: string | undefined): RangePos | undefined {
  try {
    return ref ? parseRange(ref.replace(/\$/g, '')) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A calculated column written once: the formula in the first body row as the master of a shared
 * formula over the body, every other row a follower that names the master and holds no text of its
 * own. Excel, LibreOffice and openpyxl read each follower as the master shifted to its row, which
 * is what a cell-by-cell fill would hold; a plain formula per row is a string per cell in memory
 * and a re-sharing pass at save. Falls back to one plain formula per row when ExcelJS's own shift
 * (what our reads report) would read a follower differently from shiftFormula, checked at the
 * second and the last row (the two differ only by tokens, never by the distance).
 */
export function fillDown(
  state: XlsxState,
  t: FoundTable,
  c: number,
  body: string,
  results: readonly (ExcelJS.CellFormulaValue['result'] | undefined)[] | undefined,
): void {
  materializeSharedFormulas(state, t.ws, [c]);
  const value = (
    i: number,
    v: Omit<ExcelJS.CellFormulaValue, 'date1904'> | ExcelJS.CellSharedFormulaValue,
  ) => {
    const result = results?.[i];
    return (result === undefined || result === null ? v : { ...v, result }) as ExcelJS.CellValue;
  };
  const n = t.lastBody - t.firstBody + 1;
  const down = rowShifter(body);
  const master = cellAt(t.ws, t.firstBody, c);
  if (n >= 2) {
    master.value = value(0, {
      formula: body,
      shareType: 'shared',
      ref: `${master.address}:${cellAddress(t.lastBody, c)}`,
    } as ExcelJS.CellFormulaValue);
    const follower = (i: number): ExcelJS.Cell => {
      const cell = cellAt(t.ws, t.firstBody + i, c);
      cell.value = value(i, { sharedFormula: master.address } as ExcelJS.CellSharedFormulaValue);
      return cell;
    };
    const agrees = (i: number) => follower(i).formula === down(i);
    if (agrees(1) && agrees(n - 1)) {
      for (let i = 2; i < n - 1; i += 1) follower(i);
      // A new shared group may sit where an earlier whole-sheet pass made everything plain.
      state.materialized.delete(t.ws);
      return;
    }
  }
  for (let i = 0; i < n; i += 1) cellAt(t.ws, t.firstBody + i, c).value = value(i, { formula: down(i) });
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
function isPlainFormula(m: FormulaModel | undefined): m is FormulaModel & { formula: string } {
  return !!m && !!m.formula && !m.shareType && !m.sharedFormula && !m.ref;
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
  let master: {
    cell: ExcelJS.Cell;
    row: number;
    value: ExcelJS.CellFormulaValue;
    shared: boolean;
    /** The master's formula moved down, read once for the whole run. */
    shift: (rows: number) => string;
  } | null = null;
  for (let r = t.firstBody; r <= t.lastBody; r += 1) {
    const cell = t.ws.findRow(r)?.findCell(c);
    // The stored model, not cell.value: that getter copies every cell of the column.
    const v = cell && formulaModel(cell);
    if (!cell || !isPlainFormula(v)) {
      master = null;
      continue;
    }
    // cell.result, not v.result: ExcelJS's value copy drops a cached result of 0.
    const own = { formula: v.formula, result: cell.result } as ExcelJS.CellFormulaValue;
    if (master && master.shift(r - master.row) === own.formula) {
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
    master = { cell, row: r, value: own, shared: false, shift: rowShifter(v.formula) };
  }
}
