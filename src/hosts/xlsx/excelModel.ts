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

/** ExcelJS's getCell, by a name the Office.js lint rules (load/sync) do not mistake for a proxy. */
export function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row, col);
}

export const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';
