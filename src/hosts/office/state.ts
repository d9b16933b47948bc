/**
 * The workbook as the write planner sees it: what the pre-flight request found, updated change by
 * change as the plan adds sheets, tables, columns and rows, so each change is checked against the
 * workbook as the changes before it will have left it.
 */
import type { SheetBlock, SheetFilter } from '../../workbook/book';
import { parseCellRef, rectAddress } from './a1';

export interface SheetState {
  name: string;
  protected: boolean;
}

export interface TableState {
  name: string;
  sheet: string;
  headers: string[];
  /** 0-based sheet row of the header and column of the first table column. */
  row: number;
  col: number;
  /** Body rows as the port sees them (Excel's lone blank "insert row" is not one). */
  rows: number;
  placeholder: boolean;
  /** Formula of each column's first body row, to fill calculated columns on appended rows. */
  calculated: (string | null)[];
  /** A filter hides rows (ExcelApi 1.9 tells); criteria are never read back (office-js #1226). */
  filtered: boolean;
  /**
   * Some body rows are hidden and no filter explains it (by hand), or, without ExcelApi 1.9,
   * hidden for a reason this Excel cannot tell. Excel's sort leaves hidden rows where they are.
   */
  hiddenRows: boolean;
  created: boolean;
}

/** Everything the writes depend on, loaded in one request before any of them is queued. */
export interface Preflight {
  sheets: Map<string, SheetState>;
  tables: Map<string, TableState>;
  allTables: { name: string; sheet: string }[];
  charts: Set<string>;
  names: Set<string>;
  /** Sheet (lower case) each existing block name points into. */
  nameSheets: Map<string, string>;
  /** Sheets to be replaced that hold anything now. */
  nonEmptySheets: Set<string>;
  merged: Map<string, string>;
  /** Header row of each range to become a table, by rangeKey (rangeFacts.ts). */
  rangeHeaders?: Map<string, string[]>;
  /** The sheet's own AutoFilter on the sheets of those ranges, by sheet (rangeFacts.ts). */
  sheetFilters?: Map<string, SheetFilter>;
}

/** Excel compares sheet, table, column and defined names without regard to case. */
export const key = (name: string): string => name.toLowerCase();

/** Keys of `Preflight.merged` and `Preflight.charts`, shared by the pre-flight and the plan. */
export const mergeKey = {
  at: (sheet: string, address: string): string => `${key(sheet)}!${address}`,
  rowsBelow: (table: string): string => `rows-below:${key(table)}`,
  columnsAfter: (table: string): string => `columns-after:${key(table)}`,
};
export const chartKey = (sheet: string, chart: string): string => `${key(sheet)}!${chart}`;

export function padRow<T>(row: T[], width: number): (T | null)[] {
  return row.length >= width ? row.slice(0, width) : [...row, ...Array<null>(width - row.length).fill(null)];
}

/** The range a new table covers: header row and at least one body row. */
export function tableAddressFor(at: string, width: number, bodyRows: number): string {
  const a = parseCellRef(at);
  return rectAddress(a.row, a.col, bodyRows + 1, width);
}

export function blockAddress(block: SheetBlock): string {
  const a = parseCellRef(block.at);
  const width = Math.max(1, ...block.values.map((r) => r.length));
  return rectAddress(a.row, a.col, Math.max(1, block.values.length), width);
}
