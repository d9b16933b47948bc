/**
 * A fake of the Office.js Excel object model, faithful where the host's correctness depends on it
 * (queued commands, load/sync, null objects, errors, payload limits, filters, protection, merged
 * cells, API versions, cell-edit mode). Seed it from a small description, run host code through
 * `fake.run` (typed as Excel.run), then inspect `fake.snapshot()` and `fake.stats`.
 */
import { formatAddress, parseAddress } from './a1';
import type { FakeEnvironment, RequestStats } from './runtime';
import { apiMinor, FakeRequestContext } from './runtime';
import type { FilterCriteriaModel, Scalar, SheetModel, TableModel } from './model';
import {
  applyFilter,
  applySheetFilter,
  bodyRect,
  cellFor,
  getCell,
  tableAddress,
  WorkbookModel,
  writeFormulaOrValue,
} from './model';

export { FakeOfficeError } from './errors';

export type SeedCell = Scalar | null | { formula: string; value?: Scalar | null };

export interface SeedTable {
  name: string;
  /** Top-left cell of the header row. */
  at: string;
  headers: string[];
  rows: SeedCell[][];
  style?: string;
  /** Filter criteria by header: only rows whose cell text is listed stay visible. */
  filter?: Record<string, string[]>;
  /** Any criteria by header (every Excel.FilterCriteria field), applied as Excel would. */
  criteria?: Record<string, FilterCriteriaModel>;
}

export interface SeedSheet {
  name: string;
  protected?: boolean;
  cells?: Record<string, SeedCell>;
  merges?: string[];
  tables?: SeedTable[];
  /** Rows (1-based, as Excel numbers them) hidden by hand, not by a filter. */
  hiddenRows?: number[];
  /** A person's own Custom conditional formats: range (e.g. "A2:F9"), formula, fill. */
  conditionalFormats?: { address: string; formula: string; fill: string }[];
}

export interface FakeSeed {
  sheets: SeedSheet[];
  names?: Record<string, string>;
}

export interface FakeOptions {
  /** Highest ExcelApi version implemented, e.g. '1.9' (default '1.17'). */
  apiVersion?: string;
  evaluate?: WorkbookModel['evaluate'];
  /** Shortens RangeAreas.address to this many characters (areaCount stays true). */
  areasAddressLimit?: number;
}

export interface TableSnapshotOut {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  values: (Scalar | null)[][];
  formulas: (string | null)[][];
  quotePrefixed: boolean[][];
  numberFormats: string[][];
  filter: Record<string, unknown>;
  hiddenRows: number[];
}

export interface FakeSnapshot {
  sheets: {
    name: string;
    protected: boolean;
    frozenRows: number;
    charts: {
      name: string;
      type: string;
      title: string;
      source: string;
      seriesBy: string;
      from: string;
      to: string;
    }[];
    conditionalFormats: { address: string; formula: string; fill: string | null; font: string | null }[];
    validations: { address: string; rule: unknown }[];
  }[];
  tables: TableSnapshotOut[];
  names: Record<string, string>;
}

export interface FakeStats {
  syncs: number;
  requests: RequestStats[];
  maxRequestBytes: number;
  totalRequestBytes: number;
  maxResponseBytes: number;
  fakeMs: number;
  bareLoads: number;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class FakeExcel {
  readonly model = new WorkbookModel();
  private readonly env: FakeEnvironment;
  private endEdit: () => void = () => undefined;

  constructor(seed: FakeSeed = { sheets: [] }, options: FakeOptions = {}) {
    if (options.evaluate) this.model.evaluate = options.evaluate;
    this.env = {
      model: this.model,
      apiMinor: apiMinor(options.apiVersion ?? '1.17'),
      userIsEditingCell: false,
      cellEditDone: Promise.resolve(),
      requests: [],
      bareLoads: 0,
      ...(options.areasAddressLimit !== undefined ? { areasAddressLimit: options.areasAddressLimit } : {}),
    };
    this.seed(seed);
  }

  /** Same call shapes as Excel.run(batch) and Excel.run(options, batch). */
  readonly run = <T>(a: Excel.RunOptions | Batch<T>, b?: Batch<T>): Promise<T> => {
    const options = typeof a === 'function' ? {} : a;
    const batch = typeof a === 'function' ? a : b;
    if (!batch) throw new TypeError('Excel.run needs a batch function');
    const context = new FakeRequestContext(this.env, options.delayForCellEdit === true);
    return batch(context as unknown as Excel.RequestContext);
  };

  get apiVersion(): string {
    return `1.${this.env.apiMinor}`;
  }
  set apiVersion(v: string) {
    this.env.apiMinor = apiMinor(v);
  }

  /** Office.context.requirements.isSetSupported for ExcelApi against the configured version. */
  readonly isSetSupported = (name: string, minVersion?: string | number): boolean => {
    if (name !== 'ExcelApi') return false;
    return apiMinor(minVersion ?? '1.1') <= this.env.apiMinor;
  };

  /** Excel refuses the request after `afterSyncs` more ones with an Office error `code` and its English text. */
  failRequest(code: string, message: string, afterSyncs = 0): void {
    this.env.failure = { code, message, afterSyncs };
  }

  /** The user starts typing in a cell: batches fail, or wait with delayForCellEdit. */
  startCellEdit(): void {
    this.env.userIsEditingCell = true;
    this.env.cellEditDone = new Promise((resolve) => {
      this.endEdit = () => {
        this.env.userIsEditingCell = false;
        resolve();
      };
    });
  }

  finishCellEdit(): void {
    this.endEdit();
  }

  get stats(): FakeStats {
    const r = this.env.requests;
    return {
      syncs: r.length,
      requests: [...r],
      maxRequestBytes: Math.max(0, ...r.map((x) => x.requestBytes)),
      totalRequestBytes: r.reduce((s, x) => s + x.requestBytes, 0),
      maxResponseBytes: Math.max(0, ...r.map((x) => x.responseBytes)),
      fakeMs: r.reduce((s, x) => s + x.fakeMs, 0),
      bareLoads: this.env.bareLoads,
    };
  }

  resetStats(): void {
    this.env.requests = [];
    this.env.bareLoads = 0;
  }

  // --- seeding and inspection (direct model access, no requests) ---

  seed(seed: FakeSeed): void {
    for (const s of seed.sheets) {
      const sheet = this.model.sheet(s.name) ?? this.model.addSheet(s.name);
      for (const [addr, v] of Object.entries(s.cells ?? {})) {
        const { rect } = parseAddress(addr);
        this.seedCell(sheet, rect.row, rect.col, v);
      }
      for (const t of s.tables ?? []) this.seedTable(sheet, t);
      sheet.merges.push(...(s.merges ?? []).map((m) => parseAddress(m).rect));
      for (const r of s.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
      for (const cf of s.conditionalFormats ?? [])
        sheet.conditionalFormats.push({
          address: formatAddress(sheet.name, parseAddress(cf.address).rect),
          formula: cf.formula,
          fill: cf.fill,
          font: null,
        });
      sheet.protected = s.protected ?? sheet.protected;
    }
    for (const [k, v] of Object.entries(seed.names ?? {})) this.model.names.set(k, v);
  }

  private seedCell(sheet: SheetModel, row: number, col: number, v: SeedCell): void {
    if (v === null) return;
    if (typeof v === 'object') {
      const c = cellFor(sheet, row, col);
      c.f = v.formula;
      c.v = v.value ?? this.model.evaluate(v.formula, sheet.name, row, col);
      return;
    }
    writeFormulaOrValue(
      this.model,
      sheet,
      row,
      col,
      typeof v === 'string' && /^[=+\-@']/.test(v) ? `'${v}` : v,
    );
  }

  private seedTable(sheet: SheetModel, t: SeedTable): void {
    const { rect } = parseAddress(t.at);
    t.headers.forEach((h, j) => {
      cellFor(sheet, rect.row, rect.col + j).v = h;
    });
    t.rows.forEach((row, i) =>
      row.forEach((v, j) => this.seedCell(sheet, rect.row + 1 + i, rect.col + j, v)),
    );
    const table: TableModel = {
      name: t.name,
      sheet,
      row: rect.row,
      col: rect.col,
      headers: [...t.headers],
      bodyRows: Math.max(1, t.rows.length),
      style: t.style ?? 'TableStyleMedium2',
      filterEnabled: true,
      criteria: new Map(),
    };
    for (const [header, values] of Object.entries(t.filter ?? {})) {
      table.criteria.set(t.headers.indexOf(header), { filterOn: 'Values', values });
    }
    for (const [header, c] of Object.entries(t.criteria ?? {})) {
      table.criteria.set(t.headers.indexOf(header), { ...c });
    }
    this.model.tables.push(table);
    if (table.criteria.size > 0) applyFilter(table);
  }

  /** Renames a table as a user would in Excel, between two runs. */
  renameTable(from: string, to: string): void {
    const t = this.model.table(from);
    if (!t) throw new Error(`no table ${from}`);
    t.name = to;
  }

  deleteTable(name: string): void {
    this.model.tables = this.model.tables.filter((t) => t.name !== name);
  }

  renameColumn(table: string, from: string, to: string): void {
    const t = this.model.table(table);
    const i = t?.headers.indexOf(from) ?? -1;
    if (!t || i < 0) throw new Error(`no column ${table}[${from}]`);
    t.headers[i] = to;
    cellFor(t.sheet, t.row, t.col + i).v = to;
  }

  /** A person filters a column, as in Excel's filter menu. */
  filterColumn(table: string, header: string, criteria: FilterCriteriaModel): void {
    const t = this.model.table(table);
    const i = t?.headers.indexOf(header) ?? -1;
    if (!t || i < 0) throw new Error(`no column ${table}[${header}]`);
    t.criteria.set(i, { ...criteria });
    applyFilter(t);
  }

  /**
   * A person turns on the sheet's own filter over `address` (Data > Filter, no table), and with
   * `criteria` by column index filters it, as Excel's filter menu does.
   */
  filterSheet(sheet: string, address: string, criteria: Record<number, FilterCriteriaModel> = {}): void {
    const s = this.model.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const rect = parseAddress(address).rect;
    s.autoFilter = {
      rect,
      criteria: new Map(Object.entries(criteria).map(([i, c]) => [Number(i), { ...c }])),
    };
    applySheetFilter(s);
  }

  /** A person hides sheet rows by hand (1-based row numbers), not through a filter. */
  hideRows(sheet: string, rows: number[]): void {
    const s = this.model.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    for (const r of rows) s.hiddenRows.add(r - 1);
  }

  protectSheet(name: string, on = true): void {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    s.protected = on;
  }

  mergeCells(sheet: string, address: string): void {
    const s = this.model.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.merges.push(parseAddress(address).rect);
  }

  cell(
    sheet: string,
    address: string,
  ): {
    value: Scalar | null;
    formula: string | null;
    numberFormat: string;
    quotePrefix: boolean;
    bold: boolean;
  } {
    const s = this.model.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const { rect } = parseAddress(address);
    const c = getCell(s, rect.row, rect.col);
    return {
      value: c?.v ?? null,
      formula: c?.f ?? null,
      numberFormat: c?.nf ?? 'General',
      quotePrefix: c?.qp ?? false,
      bold: c?.bold ?? false,
    };
  }

  table(name: string): TableSnapshotOut {
    const t = this.model.table(name);
    if (!t) throw new Error(`no table ${name}`);
    return this.tableOut(t);
  }

  private tableOut(t: TableModel): TableSnapshotOut {
    const body = bodyRect(t);
    const grid = <V>(f: (r: number, c: number) => V): V[][] =>
      Array.from({ length: body.rows }, (_, i) =>
        Array.from({ length: body.cols }, (_, j) => f(body.row + i, body.col + j)),
      );
    const filter: Record<string, unknown> = {};
    for (const [i, c] of t.criteria) filter[t.headers[i] ?? String(i)] = c;
    const hiddenRows: number[] = [];
    for (let i = 0; i < body.rows; i++)
      if (t.sheet.hiddenRows.has(body.row + i)) hiddenRows.push(body.row + i + 1);
    return {
      name: t.name,
      sheet: t.sheet.name,
      address: tableAddress(t),
      headers: [...t.headers],
      values: grid((r, c) => getCell(t.sheet, r, c)?.v ?? null),
      formulas: grid((r, c) => getCell(t.sheet, r, c)?.f ?? null),
      quotePrefixed: grid((r, c) => getCell(t.sheet, r, c)?.qp ?? false),
      numberFormats: grid((r, c) => getCell(t.sheet, r, c)?.nf ?? 'General'),
      filter,
      hiddenRows,
    };
  }

  snapshot(): FakeSnapshot {
    return {
      sheets: this.model.sheets.map((s) => ({
        name: s.name,
        protected: s.protected,
        frozenRows: s.frozenRows,
        charts: s.charts.map((c) => ({
          name: c.name,
          type: c.type,
          title: c.title,
          source: c.source,
          seriesBy: c.seriesBy,
          from: c.from,
          to: c.to,
        })),
        conditionalFormats: s.conditionalFormats.map((c) => ({ ...c })),
        validations: s.validations.map((v) => ({ ...v })),
      })),
      tables: this.model.tables.map((t) => this.tableOut(t)),
      names: Object.fromEntries(this.model.names),
    };
  }

  /**
   * Office (common API) globals a function file or the pane uses; `associate` records handlers.
   * `displayLanguage` is Office's UI language, independent of the workbook's.
   */
  officeGlobal(displayLanguage = 'nl-NL'): FakeOfficeGlobal {
    const actions = new Map<string, (event: Office.AddinCommands.Event) => unknown>();
    return {
      actions: {
        associate: (name: string, handler: (event: Office.AddinCommands.Event) => unknown) => {
          actions.set(name, handler);
        },
      },
      associated: actions,
      context: { displayLanguage, requirements: { isSetSupported: this.isSetSupported } },
      onReady: (callback?: (info: { host: string; platform: string }) => unknown) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        return Promise.resolve(info).then((i) => {
          callback?.(i);
          return i;
        });
      },
      HostType: { Excel: 'Excel' },
    };
  }
}

export interface FakeOfficeGlobal {
  actions: { associate(name: string, handler: (event: Office.AddinCommands.Event) => unknown): void };
  associated: Map<string, (event: Office.AddinCommands.Event) => unknown>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
  };
  onReady(
    callback?: (info: { host: string; platform: string }) => unknown,
  ): Promise<{ host: string; platform: string }>;
  HostType: { Excel: string };
}

/** An add-in command event that records completed() calls. */
export function fakeCommandEvent(): Office.AddinCommands.Event & { completedCalls: number } {
  const event = {
    completedCalls: 0,
    source: { id: 'SortWorkbookButton' },
    completed(): void {
      event.completedCalls += 1;
    },
  };
  return event as unknown as Office.AddinCommands.Event & { completedCalls: number };
}
