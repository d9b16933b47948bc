/**
 * An in-memory Book that carries out every Change the way a spreadsheet would, so operations can
 * be tested without a host, and so the host contract (test/contract) has a reference to agree with.
 *
 * Faithful where it matters: strings are always text (never formulas), calculated-column formulas
 * are kept as text per row (shifted from the first body row, as Excel stores them) with no value,
 * sorting is stable and moves a row's values and formulas together with blanks last, appended rows
 * land below the body, replaceSheet clears only that sheet's cells, charts are keyed by name.
 * Anything an operation should never do (unknown table, duplicate sheet, wrong column length)
 * throws, like a host would.
 */
import type {
  Book,
  Cell,
  Change,
  ChartSpec,
  ReadOptions,
  ReadResult,
  SheetBlock,
  TableSnapshot,
} from '../../src/workbook/book';
import { PRODUCT_NAME_PREFIX } from '../../src/workbook/book';
import { shiftFormula } from '../../src/workbook/shiftFormula';
import { extendTable, memorySurroundings, rangeToTable } from './memoryRanges';
import { WorkbookError, type FailureReason } from '../../src/workbook/errors';
import { ruleMarker } from '../../src/workbook/productRule';
import type { RangePos } from '../../src/workbook/a1';
import { refuseBeforeWrites } from '../../src/workbook/preflight';
import { memoryFacts, seedStates } from './memoryFacts';

interface FixtureTable {
  name: string;
  sheet: string;
  /** Top-left cell of the header row; A1 by default. */
  at?: string;
  headers: string[];
  rows: Cell[][];
  /** Optional formula text per body cell (first-body-row form is NOT assumed: as stored). */
  formulas?: (string | null)[][];
}

/** Cells a person typed outside any table: `rows` from the cell `at` on. */
interface FixtureCells {
  sheet: string;
  at: string;
  rows: Cell[][];
}

/**
 * States a person can leave a workbook in, for the contract's refusal cases. A harness whose host
 * cannot hold one of them refuses to seed it, saying why (test/contract/bookContract.ts).
 */
interface FixtureStates {
  /** Merged areas, e.g. { sheet: 'Klanten', address: 'B2:C2' }. */
  merges?: { sheet: string; address: string }[];
  /** Sheet rows (1-based) hidden by hand, not by a filter. */
  hiddenRows?: { sheet: string; rows: number[] }[];
  /** A filter on one column of a table, showing only the rows with one of `values`. */
  filters?: { table: string; column: string; values: string[] }[];
  protectedSheets?: string[];
  /** The file holds a part this Book cannot write back (a save would lose it). */
  lossyPart?: boolean;
}

export interface BookFixture extends FixtureStates {
  dateSystem?: 1900 | 1904;
  sheets?: string[];
  tables?: FixtureTable[];
  cells?: FixtureCells[];
}

export interface MemTable {
  name: string;
  sheet: string;
  row: number;
  column: number;
  headers: string[];
  values: Cell[][];
  formulas: (string | null)[][];
  style?: string;
  formats: Record<string, string>;
  validations: Record<string, string[] | { formula: string }>;
  /** `rows`: body rows the rule covers from the first one (a table growing later does not extend it). */
  fills: { columns: string[] | 'row'; formula: string; fill: string; font?: string; rows: number }[];
  /** A person's filter: column -> the values it shows. */
  filter?: Record<string, string[]>;
}

export interface MemSheet {
  name: string;
  frozenRows: number;
  blocks: SheetBlock[];
  charts: ChartSpec[];
  /** Cells outside tables, by "row,column" (1-based). */
  cells: Map<string, Cell>;
  merges?: RangePos[];
  /** 1-based sheet rows hidden by hand. */
  hiddenRows?: Set<number>;
  protected?: boolean;
}

export interface BookSnapshot {
  dateSystem: 1900 | 1904;
  sheets: MemSheet[];
  tables: MemTable[];
}

/** Refusals in the workbook layer's one shape: the reason a host would give, Excel's code behind it. */
export class BookError extends WorkbookError {
  constructor(
    readonly excelCode: 'ItemNotFound' | 'ItemAlreadyExists' | 'InvalidArgument',
    message: string,
    reason: FailureReason = 'office-error',
  ) {
    super('invalid-input', reason, `${excelCode}: ${message}`, {}, excelCode);
  }
}

const clone = <T>(x: T): T => structuredClone(x);

export function parseA1(at: string): { row: number; column: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(at.toUpperCase());
  if (!m) throw new BookError('InvalidArgument', `not a cell address: ${at}`);
  let column = 0;
  for (const ch of m[1] ?? '') column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Excel's sort order: numbers, then text (ignoring case), then booleans; blanks always last. */
function compareForSort(a: Cell, b: Cell, ascending: boolean): number {
  const blank = (v: Cell): boolean => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const rank = (v: Cell): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let d = rank(a) - rank(b);
  if (d === 0) {
    if (typeof a === 'string' && typeof b === 'string') d = a.toLowerCase().localeCompare(b.toLowerCase());
    else d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

export interface MemState {
  sheets: MemSheet[];
  tables: MemTable[];
}

function sheetNamed(state: MemState, name: string): MemSheet | undefined {
  return state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

export function existingSheet(state: MemState, name: string): MemSheet {
  const s = sheetNamed(state, name);
  if (!s) throw new BookError('ItemNotFound', `sheet ${name}`, 'sheet-missing');
  return s;
}

export function findTable(state: MemState, name: string): MemTable | undefined {
  return state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export function tableNamed(state: MemState, name: string): MemTable {
  const t = findTable(state, name);
  if (!t) throw new BookError('ItemNotFound', `table ${name}`, 'table-missing');
  return t;
}

function columnIndex(t: MemTable, header: string): number {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new BookError('ItemNotFound', `column ${header} in table ${t.name}`, 'column-missing');
  return i;
}

function addSheetTo(state: MemState, name: string, position?: number): void {
  if (sheetNamed(state, name)) throw new BookError('ItemAlreadyExists', `sheet ${name}`, 'already-exists');
  const s: MemSheet = { name, frozenRows: 0, blocks: [], charts: [], cells: new Map() };
  if (position === undefined || position >= state.sheets.length) state.sheets.push(s);
  else state.sheets.splice(Math.max(0, position), 0, s);
}

type ChangeKind = Change['kind'];
type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;
type Handler<K extends ChangeKind> = (state: MemState, c: ChangeOf<K>) => void;

/**
 * One handler per Change kind, typed by the port's union as in both hosts: a kind added to the
 * port and missing here is a compile error, so the reference Book never skips a change silently.
 */
const MEMORY_HANDLERS: { readonly [K in ChangeKind]: Handler<K> } = {
  addSheet: (state, c) => addSheetTo(state, c.sheet, c.position),
  addTable: (state, c) => {
    if (!sheetNamed(state, c.sheet)) throw new BookError('ItemNotFound', `sheet ${c.sheet}`, 'sheet-missing');
    if (findTable(state, c.table))
      throw new BookError('ItemAlreadyExists', `table ${c.table}`, 'already-exists');
    if (new Set(c.headers).size !== c.headers.length)
      throw new BookError('InvalidArgument', `duplicate headers in ${c.table}`);
    const { row, column } = parseA1(c.at);
    const t: MemTable = {
      name: c.table,
      sheet: c.sheet,
      row,
      column,
      headers: [...c.headers],
      values: c.rows.map((r) => c.headers.map((_, i) => r[i] ?? null)),
      formulas: c.rows.map(() => c.headers.map(() => null)),
      formats: {},
      validations: {},
      fills: [],
    };
    if (c.style) t.style = c.style;
    state.tables.push(t);
  },
  addColumns: (state, c) => {
    const t = tableNamed(state, c.table);
    for (const h of c.headers) {
      if (t.headers.includes(h))
        throw new BookError('ItemAlreadyExists', `column ${h} in ${t.name}`, 'already-exists');
      t.headers.push(h);
      for (const r of t.values) r.push(null);
      for (const r of t.formulas) r.push(null);
    }
  },
  setColumn: (state, c) => {
    const t = tableNamed(state, c.table);
    const i = columnIndex(t, c.column);
    if (c.values.length !== t.values.length) {
      throw new BookError(
        'InvalidArgument',
        `${c.values.length} values for ${t.values.length} rows in ${t.name}.${c.column}`,
        'row-count-mismatch',
      );
    }
    c.values.forEach((v, r) => {
      if (v === null) return;
      (t.values[r] as Cell[])[i] = v;
      (t.formulas[r] as (string | null)[])[i] = null;
    });
  },
  setColumnFormula: (state, c) => {
    const t = tableNamed(state, c.table);
    const i = columnIndex(t, c.column);
    if (!c.formula.startsWith('='))
      throw new BookError('InvalidArgument', `formula must start with '=': ${c.formula}`);
    t.formulas.forEach((r, k) => {
      r[i] = shiftFormula(c.formula, k);
      (t.values[k] as Cell[])[i] = null; // not calculated here
    });
  },
  appendRows: (state, c) => {
    const t = tableNamed(state, c.table);
    for (const rec of c.rows) {
      for (const k of Object.keys(rec)) columnIndex(t, k);
      t.values.push(t.headers.map((h) => rec[h] ?? null));
      t.formulas.push(t.headers.map(() => null));
    }
  },
  sortTable: (state, c) => {
    const t = tableNamed(state, c.table);
    const keys = c.keys.map((k) => ({ i: columnIndex(t, k.column), ascending: k.ascending }));
    const order = t.values.map((_, r) => r);
    order.sort((a, b) => {
      for (const k of keys) {
        const d = compareForSort(t.values[a]?.[k.i] ?? null, t.values[b]?.[k.i] ?? null, k.ascending);
        if (d !== 0) return d;
      }
      return a - b;
    });
    const values = order.map((r) => t.values[r] as Cell[]);
    const formulas = order.map((r, k) =>
      (t.formulas[r] as (string | null)[]).map((f) => (f === null ? null : shiftFormula(f, k - r))),
    );
    t.values = values;
    t.formulas = formulas;
  },
  numberFormat: (state, c) => {
    columnIndex(tableNamed(state, c.table), c.column);
    tableNamed(state, c.table).formats[c.column] = c.format;
  },
  listValidation: (state, c) => {
    columnIndex(tableNamed(state, c.table), c.column);
    tableNamed(state, c.table).validations[c.column] = clone(c.source);
  },
  conditionalFill: (state, c) => {
    const t = tableNamed(state, c.table);
    if (c.columns !== 'row') for (const h of c.columns) columnIndex(t, h);
    const fill: MemTable['fills'][number] = {
      columns: c.columns === 'row' ? 'row' : [...c.columns],
      formula: c.formula,
      fill: c.fill,
      rows: t.values.length,
    };
    if (c.font) fill.font = c.font;
    // The product's own rule (marked) replaces its earlier copy; a person's rules stay.
    const marker = ruleMarker(c.formula);
    if (marker) t.fills = t.fills.filter((f) => ruleMarker(f.formula) !== marker);
    t.fills.push(fill);
  },
  freezeHeader: (state, c) => {
    existingSheet(state, c.sheet).frozenRows = c.rows;
  },
  replaceSheet: (state, c) => {
    const s = existingSheet(state, c.sheet);
    if (state.tables.some((t) => t.sheet === s.name))
      throw new BookError('InvalidArgument', `sheet ${c.sheet} holds a table`);
    for (const b of c.blocks) {
      const width = Math.max(0, ...b.values.map((r) => r.length));
      const formats = b.cellNumberFormats ?? [];
      if (formats.length > b.values.length || formats.some((r) => r.length > width)) {
        throw new BookError(
          'InvalidArgument',
          `cellNumberFormats of the block at ${b.at} reach outside its values`,
        );
      }
    }
    s.blocks = clone(c.blocks as SheetBlock[]);
  },
  upsertChart: (state, c) => {
    const s = existingSheet(state, c.sheet);
    const i = s.charts.findIndex((x) => x.name === c.chart.name);
    if (i >= 0) s.charts[i] = clone(c.chart);
    else s.charts.push(clone(c.chart));
  },
  rangeToTable,
  extendTable,
};

export class MemoryBook implements Book {
  private readonly state: MemState = { sheets: [], tables: [] };
  readonly dateSystem: 1900 | 1904;
  /** How often each port method was called: operations promise one read and one apply. */
  calls = { read: 0, apply: 0 };

  constructor(fixture: BookFixture = {}) {
    this.dateSystem = fixture.dateSystem ?? 1900;
    for (const s of fixture.sheets ?? []) addSheetTo(this.state, s);
    for (const t of fixture.tables ?? []) {
      if (!sheetNamed(this.state, t.sheet)) addSheetTo(this.state, t.sheet);
      const { row, column } = parseA1(t.at ?? 'A1');
      this.state.tables.push({
        name: t.name,
        sheet: t.sheet,
        row,
        column,
        headers: [...t.headers],
        values: t.rows.map((r) => t.headers.map((_, i) => r[i] ?? null)),
        formulas: t.rows.map((_, r) => t.headers.map((_h, i) => t.formulas?.[r]?.[i] ?? null)),
        formats: {},
        validations: {},
        fills: [],
      });
    }
    for (const block of fixture.cells ?? []) {
      if (!sheetNamed(this.state, block.sheet)) addSheetTo(this.state, block.sheet);
      const sheet = existingSheet(this.state, block.sheet);
      const { row, column } = parseA1(block.at);
      block.rows.forEach((r, i) =>
        r.forEach((v, j) => {
          if (v !== null) sheet.cells.set(`${row + i},${column + j}`, v);
        }),
      );
    }
    seedStates(this.state, fixture);
  }

  /** Honours `formulas: 'presence'` strictly ('=' for every formula), so no caller can lean on text. */
  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    this.calls.read += 1;
    const tables = new Map<string, TableSnapshot>();
    for (const name of tableNames) {
      const t = findTable(this.state, name);
      if (!t) continue;
      tables.set(name, {
        name: t.name,
        sheet: t.sheet,
        headers: [...t.headers],
        values: clone(t.values),
        formulas:
          options.formulas === 'presence'
            ? t.formulas.map((r) => r.map((f) => (f === null ? null : '=')))
            : clone(t.formulas),
        firstRow: t.row + 1,
        firstColumn: t.column,
      });
    }
    return {
      tables,
      sheets: this.state.sheets.map((s) => s.name),
      allTables: this.state.tables.map((t) => ({ name: t.name, sheet: t.sheet, headers: [...t.headers] })),
      dateSystem: this.dateSystem,
      surroundings: memorySurroundings(this.state),
      productSheets: this.state.sheets
        .filter((s) => s.blocks.some((b) => b.name?.toUpperCase().startsWith(PRODUCT_NAME_PREFIX)))
        .map((s) => s.name),
    };
  }

  async apply(changes: readonly Change[]): Promise<void> {
    this.calls.apply += 1;
    refuseBeforeWrites(memoryFacts(this.state), changes);
    for (const c of changes) {
      // The mapped type ties each kind to its handler; TypeScript cannot narrow the lookup itself.
      const handler = MEMORY_HANDLERS[c.kind] as Handler<ChangeKind>;
      handler(this.state, c);
    }
  }

  /**
   * The number format a cell of a generated sheet shows (null = general): the cell's own format in
   * the last block written over it, else that block's column format, as a host stores them.
   */
  numberFormatAt(sheet: string, address: string): string | null {
    const { row, column } = parseA1(address);
    let format: string | null = null;
    for (const b of sheetNamed(this.state, sheet)?.blocks ?? []) {
      const at = parseA1(b.at);
      const i = row - at.row;
      const j = column - at.column;
      const width = Math.max(0, ...b.values.map((r) => r.length));
      if (i < 0 || j < 0 || i >= b.values.length || j >= width) continue;
      format = b.cellNumberFormats?.[i]?.[j] ?? b.numberFormats?.[j] ?? null;
    }
    return format;
  }

  snapshot(): BookSnapshot {
    return clone({ dateSystem: this.dateSystem, sheets: this.state.sheets, tables: this.state.tables });
  }
}

export async function makeMemoryBook(fixture?: BookFixture): Promise<MemoryBook> {
  return new MemoryBook(fixture);
}
