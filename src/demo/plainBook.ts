/**
 * A workbook as plain arrays: the port carried out in memory, without ExcelJS, so the demo's
 * sample can be built and shown before the .xlsx host is downloaded. It keeps every batch it was
 * given (`batches`), so the .xlsx host can later replay them into a real workbook that holds the
 * same cells, formats, validation and names (sampleWorkbook.replayed).
 *
 * It answers reads exactly as the .xlsx host does for a workbook built through the port (the
 * demo's tests hold the two side by side): strings stay text and '' clears a cell, calculated
 * columns hold their formula text per row (shifted from the first body row) with no value unless
 * the operation gave its result, appended rows continue the last row's formulas, sorting is stable
 * with empty cells last, and a sheet the product writes keeps its values and number formats.
 * Formats, validation, highlights, frozen panes and charts change no value: they are kept only in
 * `batches`. Turning a person's range into a table is not something the sample does: refused.
 */
import { DomainError } from '../domain/errors';
import { absoluteRangeAddress, parseCell, quoteSheet } from '../workbook/a1';
import {
  productSheetsOf,
  type Book,
  type Cell,
  type Change,
  type ReadOptions,
  type ReadResult,
  type TableSnapshot,
} from '../workbook/book';
import { surroundingsOf } from '../workbook/ranges';
import { shiftFormula } from '../workbook/shiftFormula';
import type { SheetValues } from '../hosts/xlsx/sheetValues';
import { compareCells, excelCollator } from '../hosts/xlsx/sortOrder';
import { key, plainSheetCells, plainSheetValues } from './plainSheet';

export interface PlainTable {
  name: string;
  sheet: string;
  /** 1-based sheet row of the header row and column of the first column. */
  top: number;
  left: number;
  headers: string[];
  values: Cell[][];
  formulas: (Formula | null)[][];
}

/**
 * A formula as written for the first body row and the rows it has moved since: its text in this
 * row is `base` shifted by `rows`. Shifting is the costly part of a fill-down and of a sort, and
 * most reads ask only whether a cell holds a formula, so the text is made when a read wants it.
 */
interface Formula {
  base: string;
  rows: number;
}

interface PlainCell {
  value: Cell;
  format: string | null;
}

export interface PlainSheet {
  name: string;
  /** Cells outside tables by "row,column". */
  cells: Map<string, PlainCell>;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A value as the .xlsx host stores it: '' is an empty cell. */
function stored(v: Cell): Cell {
  if (typeof v === 'number' && !Number.isFinite(v))
    throw new DomainError('invalid-input', `cannot write ${v} to a cell`, { value: v });
  return v === '' ? null : v;
}

/**
 * What a PlainBook holds, as plain data a worker can post to the page (structured clone keeps
 * Maps). A calculated column's formula is kilobytes long and the same in every row: it is sent once
 * (`formulaBases`), each cell naming it by index with the rows it has moved.
 */
export interface PlainState {
  batches: (readonly Change[])[];
  sheets: PlainSheet[];
  tables: (Omit<PlainTable, 'formulas'> & { formulas: ([number, number] | null)[][] })[];
  names: Map<string, string>;
  formulaBases: string[];
}

export class PlainBook implements Book {
  /** Every batch applied, in order: what a real workbook must be given to hold the same. */
  readonly batches: (readonly Change[])[];
  private readonly sheets: PlainSheet[];
  private readonly tables: PlainTable[];
  private readonly names: Map<string, string>;

  /** An empty book, or the one `state` describes (built in a worker, posted to the page). */
  constructor(state?: PlainState) {
    this.batches = state?.batches ?? [];
    this.sheets = state?.sheets ?? [];
    this.names = state?.names ?? new Map();
    const bases = state?.formulaBases ?? [];
    this.tables = (state?.tables ?? []).map((t) => ({
      ...t,
      formulas: t.formulas.map((r) => r.map((f) => (f ? { base: bases[f[0]] ?? '', rows: f[1] } : null))),
    }));
  }

  /** The book as plain data: a PlainBook made from it reads, and replays, the same. */
  state(): PlainState {
    const formulaBases: string[] = [];
    const index = new Map<string, number>();
    const indexOf = (base: string) => {
      let i = index.get(base);
      if (i === undefined) index.set(base, (i = formulaBases.push(base) - 1));
      return i;
    };
    const tables = this.tables.map((t) => ({
      ...t,
      formulas: t.formulas.map((r) =>
        r.map((f): [number, number] | null => (f ? [indexOf(f.base), f.rows] : null)),
      ),
    }));
    return { batches: this.batches, sheets: this.sheets, tables, names: this.names, formulaBases };
  }

  /** Formula texts made so far, by base and rows moved. */
  private readonly texts = new Map<string, string[]>();

  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    const tables = new Map<string, TableSnapshot>();
    const formula =
      options.formulas === 'presence' ? () => '=' : (f: Formula) => this.formulaText(f.base, f.rows);
    for (const name of tableNames) {
      const t = this.tables.find((x) => same(x.name, name));
      if (t) tables.set(name, snapshot(t, formula));
    }
    const inOrder = this.sheets.flatMap((s) => this.tables.filter((t) => t.sheet === s.name));
    return {
      tables,
      sheets: this.sheets.map((s) => s.name),
      allTables: inOrder.map((t) => ({ name: t.name, sheet: t.sheet, headers: [...t.headers] })),
      dateSystem: 1900,
      surroundings: surroundingsOf(this.sheets.map((s) => plainSheetCells(s, this.tables))),
      productSheets: productSheetsOf(
        this.sheets.map((s) => s.name),
        [...this.names].map(([name, reference]) => ({ name, reference })),
      ),
    };
  }

  async apply(changes: readonly Change[]): Promise<void> {
    this.batches.push(changes);
    for (const change of changes) this.applyOne(change);
  }

  private formulaText(base: string, rows: number): string {
    let made = this.texts.get(base);
    if (!made) this.texts.set(base, (made = []));
    return (made[rows] ??= `=${shiftFormula(base, rows)}`);
  }

  /** The used range of a sheet without tables, as the .xlsx host's sheetValues gives it. */
  sheetValues(name: string, options: { maxRows?: number } = {}): SheetValues {
    return plainSheetValues(this.sheet(name), options.maxRows ?? 1000);
  }

  private sheet(name: string): PlainSheet {
    const s = this.sheets.find((x) => same(x.name, name));
    if (!s) throw new DomainError('invalid-input', `no sheet named "${name}"`, { sheet: name });
    return s;
  }

  private table(name: string): PlainTable {
    const t = this.tables.find((x) => same(x.name, name));
    if (!t) throw new DomainError('invalid-input', `no table named "${name}"`, { path: name });
    return t;
  }

  private column(t: PlainTable, header: string): number {
    const j = t.headers.findIndex((h) => same(h, header));
    if (j < 0)
      throw new DomainError('invalid-input', `no column "${header}" in table "${t.name}"`, {
        column: header,
      });
    return j;
  }

  private applyOne(change: Change): void {
    switch (change.kind) {
      case 'addSheet': {
        if (this.sheets.some((s) => same(s.name, change.sheet)))
          throw new DomainError('duplicate', `a sheet named "${change.sheet}" already exists`, {
            sheet: change.sheet,
          });
        const at = Math.max(0, Math.min(change.position ?? this.sheets.length, this.sheets.length));
        this.sheets.splice(at, 0, { name: change.sheet, cells: new Map() });
        return;
      }
      case 'addTable': {
        const sheet = this.sheet(change.sheet);
        if (this.tables.some((t) => same(t.name, change.table)))
          throw new DomainError('duplicate', `a table named "${change.table}" already exists`, {
            sheet: change.sheet,
          });
        const at = parseCell(change.at);
        const width = change.headers.length;
        this.tables.push({
          name: change.table,
          sheet: sheet.name,
          top: at.row,
          left: at.col,
          headers: [...change.headers],
          values: change.rows.map((r) => Array.from({ length: width }, (_, j) => stored(r[j] ?? null))),
          formulas: change.rows.map(() => Array<Formula | null>(width).fill(null)),
        });
        return;
      }
      case 'addColumns': {
        const t = this.table(change.table);
        t.headers.push(...change.headers);
        for (const row of t.values) row.push(...change.headers.map(() => null));
        for (const row of t.formulas) row.push(...change.headers.map(() => null));
        return;
      }
      case 'setColumn': {
        const t = this.table(change.table);
        const j = this.column(t, change.column);
        if (change.values.length !== t.values.length)
          throw new DomainError(
            'invalid-input',
            `setColumn ${t.name}[${change.column}]: ${change.values.length} values for ${t.values.length} rows`,
            { sheet: t.sheet, column: change.column },
          );
        change.values.forEach((v, i) => {
          if (v === null) return;
          (t.values[i] as Cell[])[j] = stored(v);
          (t.formulas[i] as (Formula | null)[])[j] = null;
        });
        return;
      }
      case 'setColumnFormula': {
        const t = this.table(change.table);
        const j = this.column(t, change.column);
        const body = change.formula.trim().slice(1);
        t.values.forEach((row, i) => {
          row[j] = change.results?.[i] ?? null;
          (t.formulas[i] as (Formula | null)[])[j] = { base: body, rows: i };
        });
        return;
      }
      case 'appendRows':
        return this.appendRows(change);
      case 'sortTable':
        return this.sortTable(change);
      case 'replaceSheet':
        return this.replaceSheet(change);
      case 'numberFormat':
      case 'listValidation':
      case 'conditionalFill':
      case 'freezeHeader':
      case 'upsertChart':
        // No value changes: the batch is kept for the replay.
        return;
      case 'rangeToTable':
      case 'extendTable':
        throw new DomainError('unsupported', `${change.kind} is not carried out in memory`, {
          path: change.table,
        });
    }
  }

  private appendRows({ table, rows }: Extract<Change, { kind: 'appendRows' }>): void {
    if (rows.length === 0) return;
    const t = this.table(table);
    const index = new Map(t.headers.map((h, j) => [h.toLowerCase(), j]));
    for (const row of rows)
      for (const k of Object.keys(row))
        if (!index.has(k.toLowerCase()))
          throw new DomainError('invalid-input', `appendRows ${t.name}: no column "${k}"`, { column: k });
    // Calculated columns continue from the last row; an empty table has none to continue.
    const template = t.formulas.at(-1);
    rows.forEach((row, i) => {
      const given = new Map(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
      const values: Cell[] = [];
      const formulas: (Formula | null)[] = [];
      t.headers.forEach((h, j) => {
        const k = h.toLowerCase();
        const f = given.has(k) ? null : (template?.[j] ?? null);
        values.push(given.has(k) ? stored(given.get(k) ?? null) : null);
        formulas.push(f ? { base: f.base, rows: f.rows + i + 1 } : null);
      });
      t.values.push(values);
      t.formulas.push(formulas);
    });
  }

  private sortTable({ table, keys }: Extract<Change, { kind: 'sortTable' }>): void {
    const t = this.table(table);
    if (keys.length === 0 || t.values.length === 0) return;
    const cols = keys.map((k) => ({ j: this.column(t, k.column), ascending: k.ascending }));
    const order = t.values.map((_, i) => i);
    order.sort((a, b) => {
      for (const c of cols) {
        const d = compareCells(
          t.values[a]?.[c.j] ?? null,
          t.values[b]?.[c.j] ?? null,
          c.ascending,
          excelCollator,
        );
        if (d !== 0) return d;
      }
      return a - b;
    });
    const values = order.map((from) => t.values[from] as Cell[]);
    // A moved formula is re-pointed to its new row, as Excel moves it.
    const formulas = order.map((from, to) =>
      (t.formulas[from] as (Formula | null)[]).map((f) =>
        f ? { base: f.base, rows: f.rows + to - from } : null,
      ),
    );
    t.values = values;
    t.formulas = formulas;
  }

  private replaceSheet({ sheet: name, blocks }: Extract<Change, { kind: 'replaceSheet' }>): void {
    if (!this.sheets.some((s) => same(s.name, name))) this.sheets.push({ name, cells: new Map() });
    const sheet = this.sheet(name);
    if (this.tables.some((t) => t.sheet === sheet.name))
      throw new DomainError(
        'invalid-input',
        `sheet "${name}" holds a table; replaceSheet only clears generated sheets`,
        {
          sheet: name,
        },
      );
    sheet.cells.clear();
    for (const block of blocks) {
      const at = parseCell(block.at);
      block.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const format = block.cellNumberFormats?.[i]?.[j] ?? block.numberFormats?.[j] ?? null;
          sheet.cells.set(key(at.row + i, at.col + j), { value: stored(v), format: format || null });
        }),
      );
      if (block.name) {
        const width = Math.max(1, ...block.values.map((r) => r.length));
        const height = Math.max(1, block.values.length);
        const range = { top: at.row, left: at.col, bottom: at.row + height - 1, right: at.col + width - 1 };
        this.names.set(block.name, `${quoteSheet(sheet.name)}!${absoluteRangeAddress(range)}`);
      }
    }
  }
}

function snapshot(t: PlainTable, formula: (f: Formula) => string): TableSnapshot {
  return {
    name: t.name,
    sheet: t.sheet,
    headers: [...t.headers],
    values: t.values.map((r) => [...r]),
    formulas: t.formulas.map((r) => r.map((f) => (f ? formula(f) : null))),
    firstRow: t.top + 1,
    firstColumn: t.left,
  };
}
