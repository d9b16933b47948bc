/**
 * The port over .xlsx files, with ExcelJS. Cells are the truth: a table is its name, its range and
 * its column names, and every change writes cells and then moves the table's range. We never use
 * ExcelJS's Table.addRow/commit, which rewrite the whole table from a copy ExcelJS does not keep
 * for loaded files.
 *
 * What ExcelJS cannot do, and what we do instead:
 * - Charts: ExcelJS writes none and drops charts, pivot tables and macros it reads. `upsertChart`
 *   records the spec in `charts` (the CLI's HTML report draws them) and notes the skip; `lossRisks`
 *   lists what a loaded file holds that saving would drop.
 * - No calculation engine: formulas written here carry no cached result until Excel or LibreOffice
 *   recalculates (we ask for a full calculation on load). Sorting by a formula column uses the
 *   cached results a file already holds.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors';
import type {
  Book,
  Cell,
  Change,
  ChartSpec,
  ReadResult,
  SheetBlock,
  SortKey,
  TableSnapshot,
} from '../../workbook/book';
import {
  absoluteRangeRef,
  address,
  parseAddress,
  parseRange,
  quoteSheet,
  rangeRef,
  type RangePos,
} from './a1';
import { cellIn, cellOut, dateToSerial, formulaOut } from './excelCells';
import { shiftFormula } from '../../workbook/formulas';
import { readZipPart } from './zipPart';

interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
}

/** The part of ExcelJS's (untyped) table model we rely on; see exceljs/lib/xlsx/xform/table. */
interface TableModel {
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

/** Worksheet members ExcelJS has but its typings leave out. */
interface SheetInternals {
  orderNo: number;
  dataValidations: {
    model: Record<string, ExcelJS.DataValidation | undefined>;
    add(address: string, validation: ExcelJS.DataValidation): void;
    find(address: string): ExcelJS.DataValidation | undefined;
  };
}

function internals(ws: ExcelJS.Worksheet): SheetInternals {
  return ws as unknown as SheetInternals;
}

interface SheetWithTables {
  tables: Record<string, { model: TableModel; table?: TableModel }>;
}

interface FoundTable {
  ws: ExcelJS.Worksheet;
  model: TableModel;
  /** Header row, first/last body row, first/last column. */
  headerRow: number;
  firstBody: number;
  lastBody: number;
  left: number;
  right: number;
  /** True when the table has a header and exactly one body row with nothing in it: zero records. */
  emptyBody: boolean;
}

export interface RecordedChart {
  sheet: string;
  chart: ChartSpec;
}

/** Parts of a package ExcelJS drops on save, found by their names in the zip directory. */
const LOSSY_PARTS: [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/slicers/', 'slicers'],
  ['xl/chartsheets/', 'chart sheets'],
  ['xl/timelines/', 'timelines'],
];

const DEFAULT_TABLE_STYLE = 'TableStyleMedium2';

/** A sheet's used range (XlsxBook.sheetValues): 1-based top row and left column, values as the port gives them. */
export interface SheetValues {
  sheet: string;
  top: number;
  left: number;
  values: Cell[][];
  /** Excel number format per cell (null: General). */
  numberFormats: (string | null)[][];
  /** Rows in the used range; more than values.length when cut at maxRows. */
  totalRows: number;
}

export class XlsxBook implements Book {
  /** Charts the operations asked for; ExcelJS cannot write them (see upsertChart). */
  readonly charts: RecordedChart[] = [];
  /** Things apply() skipped or approximated, for the caller to show. */
  readonly notes: string[] = [];
  private readonly materialized = new WeakSet<ExcelJS.Worksheet>();
  /** Columns setColumnFormula filled down (table -> headers, lower case): the only ones toBuffer shares. */
  private readonly filledDown = new Map<string, Set<string>>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** What the loaded file holds that ExcelJS would drop on save (charts, pivot tables, …). */
    readonly lossRisks: string[] = [],
  ) {}

  static create(): XlsxBook {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxBook(wb);
  }

  /** Opens .xlsx bytes; DomainError 'unsupported' when they are not an .xlsx workbook. */
  static async fromBuffer(data: Uint8Array | ArrayBuffer): Promise<XlsxBook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new DomainError('unsupported', 'not an .xlsx workbook (no zip signature)');
    }
    const wb = new ExcelJS.Workbook();
    try {
      // ExcelJS's typings want a Node Buffer; a Uint8Array view over the same bytes works for JSZip.
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw new DomainError('unsupported', `not a readable .xlsx workbook: ${(e as Error).message}`);
    }
    if (wb.worksheets.length === 0)
      throw new DomainError('unsupported', 'not an .xlsx workbook (no worksheets)');
    // ExcelJS converted date cells with the date system it believed in; keep their raw serials.
    datesToSerials(wb, wb.properties.date1904 === true);
    // ExcelJS only honours date1904="1"; LibreOffice writes "true" (both valid xsd:boolean).
    const workbookXml = await readZipPart(bytes, 'xl/workbook.xml');
    if (workbookXml && /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml)) {
      wb.properties.date1904 = true;
    }
    wb.calcProperties.fullCalcOnLoad = true;
    const book = new XlsxBook(wb, findLossRisks(bytes));
    book.normalizeLoadedTables();
    return book;
  }

  async toBuffer(): Promise<Uint8Array> {
    for (const ws of this.workbook.worksheets) {
      for (const model of tableModels(ws)) fixTableModel(ws, model);
    }
    const restore = this.shareFilledDownFormulas();
    try {
      const out = await this.workbook.xlsx.writeBuffer();
      return new Uint8Array(out as ArrayBuffer);
    } finally {
      restore();
    }
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
  private shareFilledDownFormulas(): () => void {
    const touched: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
    for (const [tableName, columns] of this.filledDown) {
      const t = this.findTable(tableName);
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

  // ---------------------------------------------------------------- read

  async read(tableNames: readonly string[]): Promise<ReadResult> {
    const date1904 = this.workbook.properties.date1904 === true;
    const tables = new Map<string, TableSnapshot>();
    for (const name of tableNames) {
      const t = this.findTable(name);
      if (t) tables.set(name, this.tableSnapshot(t, date1904));
    }
    const allTables: ReadResult['allTables'] = [];
    for (const ws of this.workbook.worksheets) {
      for (const model of tableModels(ws)) {
        const t = locate(ws, model);
        allTables.push({ name: model.name, sheet: ws.name, headers: headersOf(t) });
      }
    }
    return {
      tables,
      sheets: this.workbook.worksheets.map((ws) => ws.name),
      allTables,
      dateSystem: date1904 ? 1904 : 1900,
    };
  }

  /**
   * The used range of a sheet as values and number formats: for showing a sheet that holds no
   * table (the Overzicht) as a plain grid. Specific to this host, not part of the port: the
   * workbook operations only ever read tables. At most `maxRows` rows (from the top) come back.
   */
  sheetValues(sheet: string, options: { maxRows?: number } = {}): SheetValues {
    const ws = this.sheet(sheet);
    const date1904 = this.workbook.properties.date1904 === true;
    let top = Infinity;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cellOut(cell.value, date1904) === null) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (bottom === 0) return { sheet: ws.name, top: 1, left: 1, values: [], numberFormats: [], totalRows: 0 };
    const totalRows = bottom - top + 1;
    const last = Math.min(bottom, top + (options.maxRows ?? 1000) - 1);
    const values: Cell[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = top; r <= last; r += 1) {
      const row = ws.findRow(r);
      const vals: Cell[] = [];
      const fmts: (string | null)[] = [];
      for (let c = left; c <= right; c += 1) {
        const cell = row?.findCell(c);
        vals.push(cell ? cellOut(cell.value, date1904) : null);
        fmts.push(cell?.numFmt || null);
      }
      values.push(vals);
      numberFormats.push(fmts);
    }
    return { sheet: ws.name, top, left, values, numberFormats, totalRows };
  }

  private tableSnapshot(t: FoundTable, date1904: boolean): TableSnapshot {
    const values: Cell[][] = [];
    const formulas: (string | null)[][] = [];
    if (!t.emptyBody) {
      for (let r = t.firstBody; r <= t.lastBody; r += 1) {
        const row = t.ws.findRow(r);
        const vals: Cell[] = [];
        const fs: (string | null)[] = [];
        for (let c = t.left; c <= t.right; c += 1) {
          const cell = row?.findCell(c);
          vals.push(cell ? cellOut(cell.value, date1904) : null);
          fs.push(cell ? formulaOut(cell) : null);
        }
        values.push(vals);
        formulas.push(fs);
      }
    }
    return {
      name: t.model.name,
      sheet: t.ws.name,
      headers: headersOf(t),
      values,
      formulas,
      firstRow: t.firstBody,
      firstColumn: t.left,
    };
  }

  // ---------------------------------------------------------------- apply

  async apply(changes: readonly Change[]): Promise<void> {
    for (const change of changes) this.applyOne(change);
  }

  private applyOne(change: Change): void {
    switch (change.kind) {
      case 'addSheet':
        return this.addSheet(change.sheet, change.position);
      case 'addTable':
        return this.addTable(change);
      case 'addColumns':
        return this.addColumns(change.table, change.headers);
      case 'setColumn':
        return this.setColumn(change.table, change.column, change.values);
      case 'setColumnFormula':
        return this.setColumnFormula(change.table, change.column, change.formula);
      case 'appendRows':
        return this.appendRows(change.table, change.rows);
      case 'sortTable':
        return this.sortTable(change.table, change.keys);
      case 'numberFormat':
        return this.numberFormat(change.table, change.column, change.format);
      case 'listValidation':
        return this.listValidation(change.table, change.column, change.source);
      case 'conditionalFill':
        return this.conditionalFill(change);
      case 'freezeHeader':
        return this.freezeHeader(change.sheet, change.rows);
      case 'replaceSheet':
        return this.replaceSheet(change.sheet, change.blocks);
      case 'upsertChart':
        return this.upsertChart(change.sheet, change.chart);
      default: {
        const unknown: never = change;
        throw new DomainError('unsupported', `unknown change ${JSON.stringify(unknown)}`);
      }
    }
  }

  private addSheet(name: string, position?: number): void {
    if (this.workbook.worksheets.some((ws) => ws.name.toLowerCase() === name.toLowerCase())) {
      throw new DomainError('duplicate', `a sheet named "${name}" already exists`, { sheet: name });
    }
    const ws = this.workbook.addWorksheet(name);
    if (position !== undefined) {
      const order = this.workbook.worksheets.filter((s) => s !== ws);
      const at = Math.max(0, Math.min(position, order.length));
      order.splice(at, 0, ws);
      order.forEach((s, i) => {
        internals(s).orderNo = i;
      });
    }
  }

  private addTable(change: Extract<Change, { kind: 'addTable' }>): void {
    const ws = this.sheet(change.sheet);
    if (this.findTable(change.table)) {
      throw new DomainError('duplicate', `a table named "${change.table}" already exists`, {
        sheet: change.sheet,
      });
    }
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(change.table)) {
      throw new DomainError('invalid-input', `"${change.table}" is not a valid table name`, {
        sheet: change.sheet,
      });
    }
    checkHeaders(change.headers, change.table);
    const at = parseAddress(change.at);
    const width = change.headers.length;
    const bodyRows = Math.max(1, change.rows.length);
    const area: RangePos = {
      top: at.row,
      left: at.col,
      bottom: at.row + bodyRows,
      right: at.col + width - 1,
    };
    this.assertFree(ws, area, `table "${change.table}"`);
    change.rows.forEach((row, i) => {
      if (row.length > width) {
        throw new DomainError('invalid-input', `row ${i + 1} has ${row.length} values for ${width} columns`, {
          sheet: change.sheet,
          row: at.row + 1 + i,
        });
      }
    });
    ws.addTable({
      name: change.table,
      ref: change.at,
      headerRow: true,
      totalsRow: false,
      style: {
        theme: (change.style ?? DEFAULT_TABLE_STYLE) as ExcelJS.TableStyleProperties['theme'],
        showRowStripes: true,
      },
      columns: change.headers.map((name) => ({ name, filterButton: true })),
      rows: [],
    });
    change.headers.forEach((h, j) => {
      cellAt(ws, at.row, at.col + j).value = h;
    });
    change.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        cellAt(ws, at.row + 1 + i, at.col + j).value = cellIn(v, {
          table: change.table,
          column: change.headers[j],
        });
      });
    });
    const model = this.requireTable(change.table).model;
    setTableRange(model, { ...area });
  }

  private addColumns(tableName: string, headers: string[]): void {
    const t = this.requireTable(tableName);
    const existing = headersOf(t);
    checkHeaders([...existing, ...headers], tableName);
    if (headers.length === 0) return;
    const top = t.headerRow;
    const bottom = t.lastBody + (t.model.totalsRow ? 1 : 0);
    const area: RangePos = { top, left: t.right + 1, bottom, right: t.right + headers.length };
    this.assertFree(t.ws, area, `new columns of table "${tableName}"`);
    const headerStyle = cellAt(t.ws, top, t.right).style;
    headers.forEach((h, j) => {
      const cell = cellAt(t.ws, top, t.right + 1 + j);
      cell.value = h;
      cell.style = { ...headerStyle };
      t.model.columns.push({ name: h, filterButton: true });
    });
    setTableRange(t.model, { top, left: t.left, bottom, right: area.right });
  }

  private setColumn(tableName: string, column: string, values: Cell[]): void {
    const t = this.requireTable(tableName);
    const col = columnOf(t, column);
    const count = bodyCount(t);
    if (values.length !== count) {
      throw new DomainError(
        'invalid-input',
        `setColumn ${tableName}[${column}]: ${values.length} values for ${count} rows`,
        {
          sheet: t.ws.name,
          column,
        },
      );
    }
    this.materializeSharedFormulas(t.ws);
    values.forEach((v, i) => {
      if (v === null) return;
      cellAt(t.ws, t.firstBody + i, col).value = cellIn(v, { table: tableName, column });
    });
  }

  private setColumnFormula(tableName: string, column: string, formula: string): void {
    const t = this.requireTable(tableName);
    const col = columnOf(t, column);
    const body = stripEquals(formula, tableName, column);
    this.materializeSharedFormulas(t.ws);
    const key = tableName.toLowerCase();
    this.filledDown.set(key, (this.filledDown.get(key) ?? new Set<string>()).add(column.toLowerCase()));
    if (t.emptyBody) return;
    for (let r = t.firstBody; r <= t.lastBody; r += 1) {
      cellAt(t.ws, r, col).value = {
        formula: shiftFormula(body, r - t.firstBody),
      } as ExcelJS.CellFormulaValue;
    }
  }

  private appendRows(tableName: string, rows: Record<string, Cell>[]): void {
    if (rows.length === 0) return;
    const t = this.requireTable(tableName);
    const headers = headersOf(t);
    const index = new Map(headers.map((h, j) => [h.toLowerCase(), j]));
    rows.forEach((row, i) => {
      for (const key of Object.keys(row)) {
        if (!index.has(key.toLowerCase())) {
          throw new DomainError('invalid-input', `appendRows ${tableName}: no column "${key}"`, {
            sheet: t.ws.name,
            column: key,
            path: `rows[${i}]`,
          });
        }
      }
    });
    this.materializeSharedFormulas(t.ws);
    // The one empty body row of an empty table is filled first, as Excel does.
    const start = t.emptyBody ? t.firstBody : t.lastBody + 1;
    const newLast = start + rows.length - 1;
    const totalsAt = t.model.totalsRow ? t.lastBody + 1 : null;
    const grow = newLast - t.lastBody;
    if (grow > 0) {
      const below: RangePos = {
        top: t.lastBody + 1 + (totalsAt ? 1 : 0),
        left: t.left,
        bottom: newLast + (totalsAt ? 1 : 0),
        right: t.right,
      };
      this.assertFree(t.ws, below, `rows appended to table "${tableName}"`);
      if (totalsAt !== null) moveRowCells(t.ws, totalsAt, totalsAt + grow, t.left, t.right);
    }
    const template = t.emptyBody ? null : t.lastBody;
    rows.forEach((row, i) => {
      const r = start + i;
      const given = new Map(Object.entries(row).map(([k, v]) => [k.toLowerCase(), v]));
      headers.forEach((h, j) => {
        const c = t.left + j;
        const cell = cellAt(t.ws, r, c);
        const source = template !== null ? cellAt(t.ws, template, c) : null;
        if (source) {
          cell.style = { ...source.style };
          const dv = internals(t.ws).dataValidations.find(source.address);
          if (dv) internals(t.ws).dataValidations.add(cell.address, dv);
        }
        const key = h.toLowerCase();
        if (given.has(key)) {
          cell.value = cellIn(given.get(key) ?? null, { table: tableName, column: h });
        } else {
          const f = source ? formulaOut(source) : null;
          // A calculated column continues into new rows, as it does in Excel.
          cell.value = f
            ? ({ formula: shiftFormula(f.slice(1), r - (template ?? r)) } as ExcelJS.CellFormulaValue)
            : null;
        }
      });
    });
    if (grow > 0) {
      setTableRange(t.model, {
        top: t.headerRow,
        left: t.left,
        bottom: newLast + (totalsAt ? 1 : 0),
        right: t.right,
      });
      this.growConditionalFormats(t, newLast);
    }
  }

  private sortTable(tableName: string, keys: SortKey[]): void {
    const t = this.requireTable(tableName);
    if (keys.length === 0 || t.emptyBody) return;
    const cols = keys.map((k) => ({ col: columnOf(t, k.column) - t.left, ascending: k.ascending }));
    this.materializeSharedFormulas(t.ws);
    const date1904 = this.workbook.properties.date1904 === true;
    const n = bodyCount(t);
    const width = t.right - t.left + 1;
    interface Saved {
      value: ExcelJS.CellValue;
      formula: string | null;
      style: Partial<ExcelJS.Style>;
      note: ExcelJS.Cell['note'] | undefined;
    }
    const rows: { key: Cell[]; cells: Saved[]; from: number }[] = [];
    for (let i = 0; i < n; i += 1) {
      const r = t.firstBody + i;
      const cells: Saved[] = [];
      for (let j = 0; j < width; j += 1) {
        const cell = cellAt(t.ws, r, t.left + j);
        cells.push({
          value: cell.value,
          formula: formulaOut(cell),
          style: { ...cell.style },
          note: cell.note,
        });
      }
      const key = cols.map((k) => cellOut(cells[k.col]?.value ?? null, date1904));
      rows.push({ key, cells, from: r });
    }
    // Excel compares text without case but with accents, character by character (F10 before F9).
    const collator = new Intl.Collator('nl', { sensitivity: 'accent', numeric: false });
    rows.sort((a, b) => {
      for (let k = 0; k < cols.length; k += 1) {
        const d = compareCells(a.key[k] ?? null, b.key[k] ?? null, cols[k]?.ascending ?? true, collator);
        if (d !== 0) return d;
      }
      return a.from - b.from;
    });
    rows.forEach((row, i) => {
      const r = t.firstBody + i;
      if (row.from === r) return;
      row.cells.forEach((saved, j) => {
        const cell = cellAt(t.ws, r, t.left + j);
        if (saved.formula) {
          const result = (saved.value as ExcelJS.CellFormulaValue).result;
          cell.value = {
            formula: shiftFormula(saved.formula.slice(1), r - row.from),
            result,
          } as ExcelJS.CellFormulaValue;
        } else {
          cell.value = saved.value;
        }
        cell.style = saved.style;
        // Setting `note` to undefined makes ExcelJS write an empty comment: only move real notes.
        if (saved.note !== undefined || cell.note !== undefined)
          cell.note = saved.note as ExcelJS.Cell['note'];
      });
    });
  }

  private numberFormat(tableName: string, column: string, format: string): void {
    const t = this.requireTable(tableName);
    const col = columnOf(t, column);
    for (let r = t.firstBody; r <= t.lastBody; r += 1) {
      const cell = cellAt(t.ws, r, col);
      cell.style = { ...cell.style, numFmt: format };
    }
  }

  private listValidation(tableName: string, column: string, source: string[] | { formula: string }): void {
    const t = this.requireTable(tableName);
    const col = columnOf(t, column);
    let formula: string;
    if (Array.isArray(source)) {
      const bad = source.find((s) => s.includes(',') || s.includes('"'));
      if (bad !== undefined) {
        throw new DomainError(
          'invalid-input',
          `list item ${JSON.stringify(bad)} may not contain a comma or quote`,
          {
            sheet: t.ws.name,
            column,
          },
        );
      }
      formula = `"${source.join(',')}"`;
      if (formula.length > 257) {
        throw new DomainError(
          'unsupported',
          `a list validation holds at most 255 characters (${tableName}[${column}])`,
          {
            sheet: t.ws.name,
            column,
          },
        );
      }
    } else {
      formula = stripEquals(source.formula, tableName, column);
    }
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [formula],
    };
    for (let r = t.firstBody; r <= t.lastBody; r += 1)
      internals(t.ws).dataValidations.add(address(r, col), validation);
  }

  private conditionalFill(change: Extract<Change, { kind: 'conditionalFill' }>): void {
    const t = this.requireTable(change.table);
    const formula = stripEquals(change.formula, change.table, 'conditionalFill');
    const spans: [number, number][] =
      change.columns === 'row'
        ? [[t.left, t.right]]
        : change.columns.map((c) => {
            const col = columnOf(t, c);
            return [col, col];
          });
    const refs = spans.map(([l, r]) => rangeRef({ top: t.firstBody, left: l, bottom: t.lastBody, right: r }));
    const ws = t.ws as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
    };
    // Refreshing twice must not stack the same rule twice: drop earlier copies of it first.
    ws.conditionalFormattings = ws.conditionalFormattings.filter(
      (cf) => !(refs.includes(cf.ref) || sameRuleInTable(cf, formula, t)),
    );
    const style: Partial<ExcelJS.Style> = {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(change.fill) } },
    };
    if (change.font) style.font = { color: { argb: argb(change.font) } };
    for (const ref of refs) {
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'expression',
            formulae: [formula],
            style,
            priority: 1,
          } as ExcelJS.ConditionalFormattingRule,
        ],
      });
    }
  }

  private freezeHeader(sheet: string, rows: number): void {
    const ws = this.sheet(sheet);
    if (!Number.isInteger(rows) || rows < 0) {
      throw new DomainError('invalid-input', `freeze rows must be a whole number >= 0, got ${rows}`, {
        sheet,
      });
    }
    const current = ws.views[0] ?? {};
    const view = (
      rows === 0
        ? { ...current, state: 'normal', xSplit: undefined, ySplit: undefined, topLeftCell: undefined }
        : { ...current, state: 'frozen', xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` }
    ) as Partial<ExcelJS.WorksheetView>;
    ws.views = [view, ...ws.views.slice(1)];
  }

  private replaceSheet(sheet: string, blocks: SheetBlock[]): void {
    let ws = this.workbook.worksheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (!ws) ws = this.workbook.addWorksheet(sheet);
    const holder = ws as unknown as SheetWithTables;
    if (Object.keys(holder.tables).length > 0) {
      throw new DomainError(
        'invalid-input',
        `sheet "${sheet}" holds a table; replaceSheet only clears generated sheets`,
        {
          sheet,
        },
      );
    }
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.value = null;
        cell.style = {};
      });
    });
    for (const m of Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges ?? {}))
      ws.unMergeCells(m);
    (ws as ExcelJS.Worksheet & { conditionalFormattings: unknown[] }).conditionalFormattings = [];
    internals(ws).dataValidations.model = {};
    const names = new Map<string, string>();
    for (const block of blocks) {
      const at = parseAddress(block.at);
      block.values.forEach((row, i) => {
        row.forEach((v, j) => {
          const cell = cellAt(ws, at.row + i, at.col + j);
          cell.value = cellIn(v, { sheet });
          const fmt = block.cellNumberFormats?.[i]?.[j] ?? block.numberFormats?.[j];
          if (fmt) cell.numFmt = fmt;
          if (block.bold === 'all' || (block.bold === 'firstRow' && i === 0)) cell.font = { bold: true };
        });
      });
      if (block.name) {
        const width = Math.max(1, ...block.values.map((r) => r.length));
        const height = Math.max(1, block.values.length);
        const range = { top: at.row, left: at.col, bottom: at.row + height - 1, right: at.col + width - 1 };
        names.set(block.name, `${quoteSheet(ws.name)}!${absoluteRangeRef(range)}`);
      }
    }
    if (names.size > 0) {
      const kept = this.workbook.definedNames.model.filter((n) => !names.has(n.name));
      this.workbook.definedNames.model = [
        ...kept,
        ...[...names].map(([name, ref]) => ({ name, ranges: [ref] })),
      ];
    }
  }

  private upsertChart(sheet: string, chart: ChartSpec): void {
    this.sheet(sheet);
    const i = this.charts.findIndex((c) => c.sheet === sheet && c.chart.name === chart.name);
    if (i >= 0) this.charts[i] = { sheet, chart };
    else this.charts.push({ sheet, chart });
    this.notes.push(
      `chart "${chart.name}" on ${sheet} not written: ExcelJS cannot write charts (the HTML report draws it)`,
    );
  }

  // ---------------------------------------------------------------- helpers

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new DomainError('invalid-input', `no sheet named "${name}"`, { sheet: name });
    return ws;
  }

  private findTable(name: string): FoundTable | undefined {
    const lower = name.toLowerCase();
    for (const ws of this.workbook.worksheets) {
      for (const model of tableModels(ws)) {
        if (model.name.toLowerCase() === lower) return locate(ws, model);
      }
    }
    return undefined;
  }

  private requireTable(name: string): FoundTable {
    const t = this.findTable(name);
    if (!t) throw new DomainError('invalid-input', `no table named "${name}"`, { path: name });
    return t;
  }

  /** Fails when any cell in `area` holds a value or belongs to a table: we never overwrite them. */
  private assertFree(ws: ExcelJS.Worksheet, area: RangePos, what: string): void {
    for (const model of tableModels(ws)) {
      const r = parseRange(model.tableRef ?? model.ref ?? 'A1');
      if (r.left <= area.right && area.left <= r.right && r.top <= area.bottom && area.top <= r.bottom) {
        throw new DomainError(
          'invalid-input',
          `${what} would overlap table "${model.name}" (${rangeRef(r)})`,
          {
            sheet: ws.name,
          },
        );
      }
    }
    for (let r = area.top; r <= Math.min(area.bottom, ws.rowCount); r += 1) {
      const row = ws.findRow(r);
      if (!row) continue;
      for (let c = area.left; c <= area.right; c += 1) {
        const cell = row.findCell(c);
        if (cell && cell.value !== null && cell.value !== undefined && cell.value !== '') {
          throw new DomainError(
            'invalid-input',
            `${what} needs cell ${address(r, c)} on "${ws.name}", which holds ${JSON.stringify(cellOut(cell.value, false))}; move it away first`,
            {
              sheet: ws.name,
              row: r,
              column: address(r, c).replace(/\d+$/, ''),
              value: cellOut(cell.value, false),
            },
          );
        }
      }
    }
  }

  /**
   * Turns shared formulas into plain ones on a sheet we are about to change, so moving or
   * overwriting a shared formula's master cell cannot orphan the cells that follow it.
   */
  private materializeSharedFormulas(ws: ExcelJS.Worksheet): void {
    if (this.materialized.has(ws)) return;
    this.materialized.add(ws);
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

  private growConditionalFormats(t: FoundTable, newLast: number): void {
    const ws = t.ws as ExcelJS.Worksheet & { conditionalFormattings: { ref: string }[] };
    for (const cf of ws.conditionalFormattings) {
      const parts = cf.ref.split(/\s+/).map((p) => {
        let r: RangePos;
        try {
          r = parseRange(p);
        } catch {
          return p;
        }
        const inTable = r.left >= t.left && r.right <= t.right && r.top >= t.firstBody && r.top <= t.lastBody;
        return inTable && r.bottom === t.lastBody ? rangeRef({ ...r, bottom: newLast }) : p;
      });
      cf.ref = parts.join(' ');
    }
  }

  /**
   * ExcelJS reads `headerRowCount` as "header only when the attribute says 1", but Excel leaves it
   * out when it is 1 (the default). A table whose first row repeats its column names has a header.
   */
  private normalizeLoadedTables(): void {
    for (const ws of this.workbook.worksheets) {
      for (const model of tableModels(ws)) {
        if (!model.headerRow && model.tableRef) {
          const r = parseRange(model.tableRef);
          const matches = model.columns.every(
            (c, j) => String(cellOut(ws.findRow(r.top)?.findCell(r.left + j)?.value, false) ?? '') === c.name,
          );
          if (matches || model.autoFilterRef) model.headerRow = true;
        }
        fixTableModel(ws, model);
      }
    }
  }
}

// ------------------------------------------------------------------ module helpers

/** ExcelJS's getCell, by a name the Office.js lint rules (load/sync) do not mistake for a proxy. */
function cellAt(ws: ExcelJS.Worksheet, row: number, col: number): ExcelJS.Cell {
  return ws.getCell(row, col);
}

/**
 * Replaces the JS Dates ExcelJS made of date-formatted cells by their serial numbers, as Office.js
 * reports them. The file keeps the same numbers; only ExcelJS's in-memory view changes.
 */
function datesToSerials(wb: ExcelJS.Workbook, parsedAs1904: boolean): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v instanceof Date) {
          cell.value = dateToSerial(v, parsedAs1904);
        } else if (v && typeof v === 'object' && 'result' in v && v.result instanceof Date) {
          cell.value = { ...v, result: dateToSerial(v.result, parsedAs1904) } as ExcelJS.CellValue;
        }
      });
    });
  }
}

function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  const holder = ws as unknown as SheetWithTables;
  return Object.values(holder.tables ?? {}).map((t) => t.model);
}

function locate(ws: ExcelJS.Worksheet, model: TableModel): FoundTable {
  const r = parseRange(model.tableRef ?? model.ref ?? 'A1');
  const headerRow = model.headerRow ? r.top : r.top - 1;
  const firstBody = headerRow + 1;
  const lastBody = r.bottom - (model.totalsRow ? 1 : 0);
  let emptyBody = lastBody < firstBody;
  if (lastBody === firstBody) {
    const row = ws.findRow(firstBody);
    emptyBody = true;
    for (let c = r.left; c <= r.right && emptyBody; c += 1) {
      const v = row?.findCell(c)?.value;
      if (v !== null && v !== undefined && v !== '') emptyBody = false;
    }
  }
  return {
    ws,
    model,
    headerRow,
    firstBody,
    lastBody: Math.max(lastBody, firstBody),
    left: r.left,
    right: r.right,
    emptyBody,
  };
}

function headersOf(t: FoundTable): string[] {
  const row = t.model.headerRow ? t.ws.findRow(t.headerRow) : undefined;
  const out: string[] = [];
  for (let c = t.left; c <= t.right; c += 1) {
    const v = row ? cellOut(row.findCell(c)?.value, false) : null;
    out.push(v === null || v === '' ? (t.model.columns[c - t.left]?.name ?? '') : String(v));
  }
  return out;
}

function bodyCount(t: FoundTable): number {
  return t.emptyBody ? 0 : t.lastBody - t.firstBody + 1;
}

function columnOf(t: FoundTable, column: string): number {
  const j = headersOf(t).findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (j < 0) {
    throw new DomainError('invalid-input', `table "${t.model.name}" has no column "${column}"`, {
      sheet: t.ws.name,
      column,
    });
  }
  return t.left + j;
}

function checkHeaders(headers: string[], table: string): void {
  const seen = new Set<string>();
  for (const h of headers) {
    if (typeof h !== 'string' || h.trim() === '') {
      throw new DomainError('invalid-input', `table "${table}" needs a non-empty name for every column`, {
        path: table,
      });
    }
    const k = h.toLowerCase();
    if (seen.has(k))
      throw new DomainError('duplicate', `table "${table}" would have column "${h}" twice`, { path: table });
    seen.add(k);
  }
}

function setTableRange(model: TableModel, r: RangePos): void {
  model.tableRef = rangeRef(r);
  model.ref = address(r.top, r.left);
  const filterBottom = r.bottom - (model.totalsRow ? 1 : 0);
  model.autoFilterRef = rangeRef({ ...r, bottom: filterBottom });
}

/** Makes a table model safe for ExcelJS's writer (it renders these fields unconditionally). */
function fixTableModel(_ws: ExcelJS.Worksheet, model: TableModel): void {
  model.style ??= { theme: DEFAULT_TABLE_STYLE, showRowStripes: true };
  if (model.tableRef) {
    const r = parseRange(model.tableRef);
    model.autoFilterRef ??= rangeRef({ ...r, bottom: r.bottom - (model.totalsRow ? 1 : 0) });
  }
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

function moveRowCells(ws: ExcelJS.Worksheet, from: number, to: number, left: number, right: number): void {
  for (let c = left; c <= right; c += 1) {
    const src = cellAt(ws, from, c);
    const dst = cellAt(ws, to, c);
    const f = formulaOut(src);
    dst.value = f ? ({ formula: f.slice(1) } as ExcelJS.CellFormulaValue) : src.value;
    dst.style = { ...src.style };
    src.value = null;
    src.style = {};
  }
}

function stripEquals(formula: string, table: string, column: string): string {
  const f = formula.trim();
  if (!f.startsWith('=') || f.length < 2) {
    throw new DomainError('invalid-input', `a formula must start with "=", got ${JSON.stringify(formula)}`, {
      path: `${table}[${column}]`,
      value: formula,
    });
  }
  return f.slice(1);
}

function sameRuleInTable(
  cf: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] },
  formula: string,
  t: FoundTable,
): boolean {
  const first = cf.ref.split(/\s+/)[0] ?? '';
  let r: RangePos;
  try {
    r = parseRange(first);
  } catch {
    return false;
  }
  const inside = r.left >= t.left && r.right <= t.right && r.top === t.firstBody;
  return inside && cf.rules.every((rule) => rule.type === 'expression' && rule.formulae?.[0] === formula);
}

/** '#FFC7CE' or 'FFC7CE' -> 'FFFFC7CE'. */
function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return `FF${hex}`;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  throw new DomainError('invalid-input', `not a colour: ${JSON.stringify(color)}`, { value: color });
}

/** Excel's sort order: numbers, then text, then booleans; empty cells last in either direction. */
function compareCells(a: Cell, b: Cell, ascending: boolean, collator: Intl.Collator): number {
  const ea = a === null || a === '';
  const eb = b === null || b === '';
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  const rank = (v: Cell): number => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  let d = rank(a) - rank(b);
  if (d === 0) {
    if (typeof a === 'number' && typeof b === 'number') d = a - b;
    else if (typeof a === 'string' && typeof b === 'string') d = collator.compare(a, b);
    else d = Number(a) - Number(b);
  }
  return ascending ? d : -d;
}

function findLossRisks(bytes: Uint8Array): string[] {
  // Zip directories store entry names uncompressed, so a byte search finds the parts.
  return LOSSY_PARTS.filter(([part]) => containsAscii(bytes, part)).map(([, what]) => what);
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from(needle, (ch) => ch.charCodeAt(0));
  const first = codes[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - codes.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let k = 1; k < codes.length; k += 1) if (bytes[i + k] !== codes[k]) continue outer;
    return true;
  }
  return false;
}
