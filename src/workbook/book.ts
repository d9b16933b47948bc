/**
 * The port: what a workbook operation needs from a spreadsheet. Operations read every table they
 * need with one `read`, compute in memory, and hand all their changes to one `apply`, so a host
 * can batch them (the Office host turns a whole refresh into a small, constant number of
 * context.sync calls). Hosts: hosts/office (Office.js) and hosts/xlsx (ExcelJS).
 *
 * Owned by the workbook layer; hosts implement it and nothing else of ours.
 *
 * Formulas (calculated columns, conditional formats) are written in A1 notation as seen from the
 * table's FIRST BODY ROW, with English function names and comma separators (the invariant form
 * that both Office.js `formulas` and the .xlsx file format use); hosts shift relative row
 * references for each further row. Number formats are Excel format codes ("dd-mm-yyyy").
 */

/** A cell value as a host returns it: dates arrive as serial numbers, empty cells as null. */
export type Cell = string | number | boolean | null;

export interface TableSnapshot {
  /** The table's name in the workbook (ListObject / Excel table). */
  name: string;
  sheet: string;
  headers: string[];
  /** Body values, one array per row, in header order. */
  values: Cell[][];
  /**
   * Body formulas: the formula text (starting with '=') where a cell holds one, else null. When
   * read with `{ formulas: 'presence' }`, a host may give the bare marker '=' instead of the text;
   * null still means exactly "no formula in this cell".
   */
  formulas: (string | null)[][];
  /** 1-based sheet row of the first body row, for error locations. */
  firstRow: number;
  /** 1-based sheet column of the first table column. */
  firstColumn: number;
}

export interface ReadResult {
  /** Requested tables by name; a table that does not exist is absent. */
  tables: Map<string, TableSnapshot>;
  /** Names of every worksheet, in order. */
  sheets: string[];
  /** Every table in the workbook with its sheet and headers, for adoption by header matching. */
  allTables: { name: string; sheet: string; headers: string[] }[];
  /** The workbook's date system; 1904 only on old Mac workbooks. */
  dateSystem: 1900 | 1904;
  /**
   * What lies beside the tables and the lists that are no table (ranges.ts). The .xlsx host and
   * the in-memory Book always give it; the Office host when asked (`surroundings: true`) on
   * ExcelApi 1.9 or newer, and absent otherwise: absent means "not looked", never "nothing there".
   */
  surroundings?: Surroundings;
  /**
   * Sheets a workbook-scoped defined name starting with PRODUCT_NAME_PREFIX points into (the
   * product's overview blocks): a sheet the product wrote, whatever it is called now. Absent when a
   * host cannot tell.
   */
  productSheets?: string[];
}

/** Defined names the product writes start with this (KI_Kengetallen, KI_Klanten, ...). */
export const PRODUCT_NAME_PREFIX = 'KI_';

/** The sheet part of a defined name's reference ("'Mijn blad'!$A$1:$B$2", with or without "="). */
function sheetOfReference(reference: string): string | null {
  const ref = reference.replace(/^=/, '');
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = ref.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The distinct sheets, in workbook order, that product names point into. */
export function productSheetsOf(
  sheets: readonly string[],
  names: readonly { name: string; reference: string }[],
): string[] {
  const hit = new Set(
    names
      .filter((n) => n.name.toUpperCase().startsWith(PRODUCT_NAME_PREFIX))
      .map((n) => sheetOfReference(n.reference)?.toLowerCase())
      .filter((s): s is string => s !== undefined),
  );
  return sheets.filter((s) => hit.has(s.toLowerCase()));
}

/**
 * Rows a person typed directly below a table, and columns directly to its right. Contiguous from
 * the table's edge: the first empty row (column) ends them, as does another table or the caps.
 */
export interface BesideTable {
  table: string;
  sheet: string;
  /** The table's whole range as read, header row included, e.g. "A1:F12". */
  address: string;
  /** 1-based sheet rows from `firstRow` on; values in the table's column span, left to right. */
  below: { firstRow: number; values: Cell[][] } | null;
  /**
   * 1-based sheet columns from `firstColumn` on, `columns` wide: the cells in the table's header row
   * (what would become the new columns' headers) and how many body cells beside the table hold
   * anything. `empty` holds the 1-based columns among them with nothing at all (an empty column a
   * person left before a column of their own, looked over as listOnSheet does): they get a header.
   */
  right: {
    firstColumn: number;
    columns: number;
    headers: Cell[];
    filledCells: number;
    empty?: number[];
  } | null;
}

/**
 * A list that is no Excel table, on a sheet without one: the contiguous block of cells around the
 * sheet's first non-empty row (as Excel's "current region" finds it), its first row the headers.
 */
export interface PlainRange {
  sheet: string;
  /** The block, header row included, e.g. "A1:D7". */
  address: string;
  /** 1-based sheet row of the header row and column of the block's first column. */
  firstRow: number;
  firstColumn: number;
  /** The header row as text ('' for an empty cell). */
  headers: string[];
  /** Body rows below the header row, in header order. */
  values: Cell[][];
  /**
   * The sheet's own AutoFilter over the block, when the host sees one: the table made of the
   * block replaces it (a sheet filter and a table cannot overlap); `filtered` says its criteria
   * hide rows now, and then no table is made.
   */
  sheetFilter?: SheetFilter;
}

/** A worksheet's AutoFilter (not a table's): its range and whether its criteria hide rows. */
export interface SheetFilter {
  address: string;
  filtered: boolean;
}

export interface Surroundings {
  beside: BesideTable[];
  plainRanges: PlainRange[];
}

/** At most this many rows below (columns to the right of) a table are looked at. */
export const BESIDE_MAX_ROWS = 1000;
export const BESIDE_MAX_COLUMNS = 16;

interface SortKey {
  column: string;
  ascending: boolean;
}

/** Everything an operation may change. Hosts apply them in order. */
export type Change =
  | { kind: 'addSheet'; sheet: string; position?: number }
  | {
      kind: 'addTable';
      sheet: string;
      table: string;
      /** Top-left cell of the header row, e.g. "A1". */
      at: string;
      headers: string[];
      /** Initial body rows; strings are stored as text, as in setColumn. */
      rows: Cell[][];
      style?: string;
    }
  /** Adds columns at the right end of an existing table. */
  | { kind: 'addColumns'; table: string; headers: string[] }
  /**
   * Writes one column of a table's body. `values` has one entry per body row: null leaves that
   * cell as it is. A `formula` instead makes it a calculated column (one formula for every row).
   * Strings are always stored as text, never parsed as formulas.
   */
  | { kind: 'setColumn'; table: string; column: string; values: Cell[] }
  /**
   * On a table without body rows this does nothing; operations re-issue it after appending rows.
   * `results`, when given, holds the value the formula computes for each body row (the core
   * evaluates the same expression): a host that stores cached results (the .xlsx file) writes them,
   * so readers that do not calculate (previews, pandas, protected view) see them. Null: unknown.
   */
  | { kind: 'setColumnFormula'; table: string; column: string; formula: string; results?: Cell[] }
  /** Appends rows; each row is keyed by header, headers not given stay empty. */
  | { kind: 'appendRows'; table: string; rows: Record<string, Cell>[] }
  /**
   * Sorts the body rows as Excel does (stable; numbers before text, text ignoring case; empty cells
   * last in both directions). Whole rows move: every column, formulas included.
   */
  | { kind: 'sortTable'; table: string; keys: SortKey[] }
  | { kind: 'numberFormat'; table: string; column: string; format: string }
  | { kind: 'listValidation'; table: string; column: string; source: string[] | { formula: string } }
  /** Highlight body cells of `table` where `formula` (relative to the first body row) is true. */
  | {
      kind: 'conditionalFill';
      table: string;
      columns: string[] | 'row';
      formula: string;
      fill: string;
      font?: string;
    }
  | { kind: 'freezeHeader'; sheet: string; rows: number }
  /**
   * Clears a generated sheet and writes blocks of values; a block may be named for charts. The
   * sheet exists (operations add it first) and holds no table; its charts are kept (upsertChart
   * updates them by name).
   */
  | { kind: 'replaceSheet'; sheet: string; blocks: SheetBlock[] }
  /** Creates or updates (never duplicates) a chart named `name` on `sheet`. */
  | { kind: 'upsertChart'; sheet: string; chart: ChartSpec }
  /**
   * Makes the plain range at `address` (header row included) an Excel table named `table`, keeping
   * every cell, value and format where it is; the header row stays as typed. `headers` is the
   * header row as read: a host refuses, writing nothing, when the range no longer shows it.
   * `names`, when given, is the header row the table gets: it differs from `headers` only where an
   * empty header cell (over an empty column) gets a header written into it.
   */
  | {
      kind: 'rangeToTable';
      sheet: string;
      address: string;
      table: string;
      headers: string[];
      names?: string[];
      style?: string;
    }
  /**
   * Grows `table` over the `rows` rows typed directly below it and the `columns` columns directly to
   * its right, cells as they are (the header cells to the right become column names). `address`
   * is the table's range as read: a host refuses, writing nothing, when it moved or changed size.
   * `names`, when given, has one entry per new column: the header written into that column's header
   * cell (an empty column before the person's own; '' = the header as typed). A host refuses,
   * writing nothing, when such a cell holds a value now: a typed header is never renamed.
   */
  | {
      kind: 'extendTable';
      table: string;
      address: string;
      rows: number;
      columns: number;
      names?: string[];
    };

export interface SheetBlock {
  /** Top-left cell, e.g. "A1". */
  at: string;
  values: Cell[][];
  /** Optional defined name for the block, so charts and formulas can refer to it. */
  name?: string;
  /** Number format per column of the block (null = general). */
  numberFormats?: (string | null)[];
  /**
   * Number format per cell, row by row in the shape of `values` (a missing or null entry = the
   * column's format from `numberFormats`), for a block whose rows hold different kinds of figure
   * in one column: euros, counts, days.
   */
  cellNumberFormats?: (string | null)[][];
  bold?: 'firstRow' | 'all';
}

export interface ChartSpec {
  name: string;
  type: 'bar' | 'column' | 'clusteredColumn' | 'line' | 'pie' | 'stackedBar';
  title: string;
  /** Range address on the same sheet including the header row and the category column, e.g. "A20:C31". */
  source: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface ReadOptions {
  /**
   * 'text' (the default): `formulas` holds every formula's text. 'presence': the caller only needs
   * to know WHICH cells hold a formula (a typed value in a product column, or the product's own
   * formula?), so a host may answer '=' per formula cell instead of its text. Live formulas run to
   * kilobytes per row: for Excel on the web this keeps a large read inside one 5 MB response.
   * Values are the same in both modes.
   */
  formulas?: 'text' | 'presence';
  /** Also report what lies beside the tables and the plain ranges (`ReadResult.surroundings`). */
  surroundings?: boolean;
}

export interface Book {
  read(tableNames: readonly string[], options?: ReadOptions): Promise<ReadResult>;
  apply(changes: readonly Change[]): Promise<void>;
}
