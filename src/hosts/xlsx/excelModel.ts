/**
 * The parts of ExcelJS's in-memory model this host relies on but ExcelJS's typings leave out,
 * in one place, so every cast into ExcelJS internals is visible here.
 */
import type ExcelJS from 'exceljs';

interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
}

/** The part of ExcelJS's (untyped) table model we rely on; see exceljs/lib/xlsx/xform/table. */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  style?: {
    theme?: string | null;
    showRowStripes?: boolean;
    showFirstColumn?: boolean;
    showLastColumn?: boolean;
    showColumnStripes?: boolean;
  };
}

export interface ConditionalFormatting {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

/** Worksheet members ExcelJS has but its typings leave out. */
interface SheetInternals {
  orderNo: number;
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
    find(address: string): ExcelJS.DataValidation | undefined;
  };
  tables: Record<string, { model: TableModel; table?: TableModel }>;
  conditionalFormattings: ConditionalFormatting[];
  _merges?: Record<string, unknown>;
  /** Set when the sheet is protected (`sheet: true`); ExcelJS's typings leave it out. */
  sheetProtection?: { sheet?: boolean } | null;
}

export function internals(ws: ExcelJS.Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}

export function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(internals(ws).tables ?? {}).map((t) => t.model);
}

/** Removes a cell's comment: ExcelJS has no API for it, and `note = undefined` writes an empty one. */
export function clearNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

/**
 * A formula cell's stored model, read in place: `cell.value` hands out a copy on every access (and
 * the copy drops a cached result of 0), which at 100,000 rows is a million short-lived objects.
 * Undefined for a cell that holds no formula. Treat as read-only, except through setFormulaResult.
 */
export interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: ExcelJS.CellFormulaValue['result'];
}

export function formulaModel(cell: ExcelJS.Cell): FormulaModel | undefined {
  const model = (cell as unknown as { _value?: { model?: object } })._value?.model;
  return model && 'sharedFormula' in model ? (model as FormulaModel) : undefined;
}

/** Replaces a formula cell's cached result and nothing else (its formula or shared-formula link stays). */
export function setFormulaResult(cell: ExcelJS.Cell, result: ExcelJS.CellFormulaValue['result']): void {
  const model = formulaModel(cell);
  if (model) model.result = result;
}

/** ExcelJS's getCell, by a name the Office.js lint rules (load/sync) do not mistake for a proxy. */
export function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row, col);
}

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';
