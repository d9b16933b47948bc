/**
 * Proxy objects of the fake Office.js Excel API. As in Office.js, every method or property set
 * only queues a command; `context.sync()` sends the queue as one request (its JSON is measured),
 * runs it in order against the model, and fills in what was loaded. Reading anything that was not
 * loaded and synced throws PropertyNotLoaded.
 */
import type { Rect } from './a1';
import { colToLetters, formatAddress, intersects, parseAddress, parseCell } from './a1';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import type { ChartModel, FilterCriteriaModel, Scalar, SheetModel, TableModel, WorkbookModel } from './model';
import {
  applyFilter,
  assertWritable,
  CRITERIA_FIELDS,
  bodyRect,
  cellFor,
  getCell,
  sortTable,
  tableAddress,
  tableRect,
  writeFormulaOrValue,
} from './model';
import { shiftRows as shiftFormula } from './shift';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface RequestStats {
  requestBytes: number;
  responseBytes: number;
  commands: number;
  /** Time the fake spent serializing and executing this request (not the caller's time). */
  fakeMs: number;
}

export interface FakeEnvironment {
  model: WorkbookModel;
  /** Highest ExcelApi minor version this "Excel" implements: 9 for ExcelApi 1.9. */
  apiMinor: number;
  userIsEditingCell: boolean;
  /** Resolves when the user leaves cell edit mode (for delayForCellEdit). */
  cellEditDone: Promise<void>;
  requests: RequestStats[];
  bareLoads: number;
  /**
   * Longest RangeAreas.address this "Excel" returns: longer lists are cut after the last whole
   * area that fits, while areaCount stays true. No limit is documented either way; this lets a
   * test show what a host does if Excel ever shortens the list.
   */
  areasAddressLimit?: number;
}

interface Command {
  wire: unknown;
  exec(): void;
}

type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] };

/** "1.13" -> 13: ExcelApi versions compare by minor number (1.13 is newer than 1.9). */
export function apiMinor(version: string | number): number {
  const text = typeof version === 'number' ? String(version) : version;
  const m = /^1\.(\d+)$/.exec(text);
  if (!m) throw new Error(`fake: ExcelApi version ${text}`);
  return Number(m[1]);
}

function needApi(env: FakeEnvironment, version: string, what: string): void {
  if (env.apiMinor < apiMinor(version)) {
    // An older Office.js simply has no such member.
    throw new TypeError(`${what} is not a function (needs ExcelApi ${version})`);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  private nextId = 1;
  executing = false;
  private response: unknown[] = [];
  /** Objects whose null-ness becomes readable at the next sync. */
  private pending: FakeObject[] = [];

  constructor(
    readonly env: FakeEnvironment,
    private readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new FakeWorkbook(this, null, 'workbook', [], () => env.model, false);
  }

  get model(): WorkbookModel {
    return this.env.model;
  }

  id(): number {
    return this.nextId++;
  }

  enqueue(wire: unknown, exec: () => void): void {
    if (this.executing) {
      exec();
      return;
    }
    this.queue.push({ wire, exec });
  }

  track(obj: FakeObject): void {
    this.pending.push(obj);
  }

  respond(entry: unknown): void {
    this.response.push(entry);
  }

  async sync(): Promise<void> {
    const started = performance.now();
    const queue = this.queue;
    const pending = this.pending;
    this.queue = [];
    this.pending = [];
    const requestBytes = Buffer.byteLength(JSON.stringify(queue.map((c) => c.wire)), 'utf8');
    const stats: RequestStats = { requestBytes, responseBytes: 0, commands: queue.length, fakeMs: 0 };
    this.env.requests.push(stats);
    stats.fakeMs = performance.now() - started;
    if (this.env.userIsEditingCell) {
      if (!this.delayForCellEdit) {
        throw new FakeOfficeError(
          'InvalidOperation',
          'The request cannot be processed while Excel is in cell edit mode.',
        );
      }
      await this.env.cellEditDone;
    }
    if (requestBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit. Please refer to the documentation: "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    this.response = [];
    this.executing = true;
    try {
      for (const c of queue) c.exec();
    } finally {
      this.executing = false;
      for (const p of pending) p.markSynced();
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(this.response), 'utf8');
    stats.responseBytes = responseBytes;
    stats.fakeMs = performance.now() - started;
    if (responseBytes > PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
      );
    }
  }
}

/** Base of every proxy: instantiation is itself a queued command, as in Office.js. */
export abstract class FakeObject<T = unknown> {
  readonly _id: number;
  protected _target: T | null | undefined = undefined;
  private _synced = false;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _children = new Map<string, FakeObject>();

  constructor(
    readonly context: FakeRequestContext,
    parent: FakeObject | null,
    method: string,
    args: unknown[],
    resolve: () => T | null,
    orNull: boolean,
  ) {
    this._id = context.id();
    context.track(this);
    context.enqueue({ a: 'new', o: this._id, p: parent?._id ?? null, m: method, args }, () => {
      if (parent && parent._target === null) {
        this._target = null;
        return;
      }
      const t = resolve();
      if (t === null && !orNull) {
        throw new FakeOfficeError(
          'ItemNotFound',
          'The requested resource doesn\u2019t exist.',
          `${method}(${args.map(String).join(', ')})`,
        );
      }
      this._target = t;
    });
  }

  markSynced(): void {
    this._synced = true;
  }

  get isNullObject(): boolean {
    if (!this._synced) throw propertyNotLoaded('isNullObject');
    return this._target === null;
  }

  /** The live target while commands run; null objects make every command a no-op. */
  protected t(): T | null {
    if (this._target === undefined) throw new Error('fake: object used before it was instantiated');
    return this._target;
  }

  protected env(): FakeEnvironment {
    return this.context.env;
  }

  protected child<C extends FakeObject>(key: string, make: () => C): C {
    let c = this._children.get(key) as C | undefined;
    if (!c) {
      c = make();
      this._children.set(key, c);
    }
    return c;
  }

  /** Scalar properties a bare load() would fetch. */
  protected abstract scalars(): string[];
  protected abstract readScalar(target: T, name: string): unknown;
  /** Navigation properties (child objects) that a load path may pass through. */
  protected navigate(_name: string): FakeObject | undefined {
    return undefined;
  }

  load(option?: LoadOption): this {
    let paths: string[];
    if (option === undefined) {
      this.env().bareLoads += 1;
      paths = this.scalars();
    } else if (typeof option === 'string') {
      paths = option.split(',');
    } else if (Array.isArray(option)) {
      paths = option;
    } else {
      const sel = option.select ?? [];
      paths = typeof sel === 'string' ? sel.split(',') : sel;
    }
    paths = paths.map((p) => p.trim()).filter((p) => p !== '');
    this.context.enqueue({ a: 'load', o: this._id, props: paths }, () => this.runLoad(paths));
    return this;
  }

  /** Runs while the request executes: fills the local cache and records the response. */
  runLoad(paths: string[]): void {
    const target = this.t();
    if (target === null) return;
    const nested = new Map<string, string[]>();
    const out: Record<string, unknown> = {};
    for (const path of paths) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
        continue;
      }
      const nav = this.navigate(path);
      if (nav) {
        nav.runLoad([]);
        continue;
      }
      const value = this.readScalar(target, path);
      this._loaded.set(path, value);
      out[path] = value;
    }
    for (const [head, rest] of nested) {
      const nav = this.navigate(head);
      if (!nav) throw new FakeOfficeError('InvalidArgument', `Cannot load '${head}'.`);
      nav.runLoad(rest);
    }
    this.context.respond({ o: this._id, v: out });
  }

  protected loaded<V>(name: string): V {
    if (!this._loaded.has(name)) throw propertyNotLoaded(name);
    return this._loaded.get(name) as V;
  }

  protected setLoaded(name: string, value: unknown): void {
    this._loaded.set(name, value);
  }

  /** Queues a property set; `apply` runs at sync unless this is a null object. */
  protected queueSet(name: string, value: unknown, apply: (t: T) => void): void {
    this.context.enqueue({ a: 'set', o: this._id, p: name, v: value }, () => {
      const t = this.t();
      if (t !== null) apply(t);
    });
  }

  protected queueCall(method: string, args: unknown[], apply: (t: T) => void): void {
    this.context.enqueue({ a: 'call', o: this._id, m: method, args }, () => {
      const t = this.t();
      if (t !== null) apply(t);
    });
  }

  toJSON(): unknown {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `items` is readable after load of (a path through) items. */
abstract class FakeCollection<E, P extends FakeObject> extends FakeObject<
  E[] | WorkbookModel | SheetModel | TableModel
> {
  private _items: P[] | undefined;

  protected abstract list(): E[];
  protected abstract wrap(entity: E): P;

  get items(): P[] {
    if (this._items === undefined) throw propertyNotLoaded('items');
    return this._items;
  }

  protected override scalars(): string[] {
    return ['items'];
  }

  protected override readScalar(): unknown {
    return undefined;
  }

  override runLoad(paths: string[]): void {
    const target = this.t();
    if (target === null) return;
    const itemPaths = paths.filter((p) => p === 'items' || p.startsWith('items/')).map((p) => p.slice(6));
    const direct = paths.filter((p) => !(p === 'items' || p.startsWith('items/')));
    // Loading a collection with plain property names loads those on every item (Office.js rule).
    const perItem = [...itemPaths.filter((p) => p !== ''), ...direct.filter((p) => p !== 'count')];
    if (direct.includes('count')) this.setLoaded('count', this.list().length);
    if (itemPaths.length > 0 || perItem.length > 0 || paths.length === 0) {
      this._items = this.list().map((e) => this.wrap(e));
      for (const item of this._items) item.runLoad(perItem.length > 0 ? perItem : []);
    }
  }

  protected attached<C extends FakeObject>(make: () => C): C {
    const wasExecuting = this.context.executing;
    this.context.executing = true;
    try {
      const c = make();
      c.markSynced();
      return c;
    } finally {
      this.context.executing = wasExecuting;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, names

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  get worksheets(): FakeWorksheetCollection {
    return this.child(
      'worksheets',
      () => new FakeWorksheetCollection(this.context, this, 'worksheets', [], () => this.t(), false),
    );
  }
  get tables(): FakeTableCollection {
    return this.child(
      'tables',
      () => new FakeTableCollection(this.context, this, 'tables', [], () => this.t(), false),
    );
  }
  get names(): FakeNamedItemCollection {
    return this.child(
      'names',
      () => new FakeNamedItemCollection(this.context, this, 'names', [], () => this.t(), false),
    );
  }
  get application(): FakeApplication {
    return this.child(
      'application',
      () => new FakeApplication(this.context, this, 'application', [], () => this.t(), false),
    );
  }
  get functions(): FakeFunctions {
    needApi(this.env(), '1.2', 'workbook.functions');
    return this.child(
      'functions',
      () => new FakeFunctions(this.context, this, 'functions', [], () => this.t(), false),
    );
  }
  protected override scalars(): string[] {
    return ['name'];
  }
  protected override readScalar(_t: WorkbookModel, name: string): unknown {
    if (name === 'name') return 'Book1.xlsx';
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
  protected override navigate(name: string): FakeObject | undefined {
    if (name === 'worksheets') return this.worksheets;
    if (name === 'tables') return this.tables;
    if (name === 'names') return this.names;
    return undefined;
  }
}

/** Worksheet functions; only DATE, honouring the workbook's date system. */
export class FakeFunctions extends FakeObject<WorkbookModel> {
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(
      this.context,
      this,
      'date',
      [year, month, day],
      () => {
        const model = this.t();
        if (!model) return null;
        const serial1900 = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
        return { value: model.dateSystem === 1904 ? serial1900 - 1462 : serial1900 };
      },
      false,
    );
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeFunctionResult extends FakeObject<{ value: number }> {
  get value(): number {
    return this.loaded('value');
  }
  protected override scalars(): string[] {
    return ['value', 'error'];
  }
  protected override readScalar(t: { value: number }, name: string): unknown {
    return name === 'value' ? t.value : null;
  }
}

export class FakeApplication extends FakeObject<WorkbookModel> {
  suspendApiCalculationUntilNextSync(): void {
    needApi(this.env(), '1.6', 'application.suspendApiCalculationUntilNextSync');
    this.queueCall('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
  get calculationMode(): string {
    return this.loaded('calculationMode');
  }
  protected override scalars(): string[] {
    return ['calculationMode'];
  }
  protected override readScalar(): unknown {
    return 'Automatic';
  }
}

export class FakeNamedItemCollection extends FakeCollection<[string, string], FakeNamedItem> {
  protected override list(): [string, string][] {
    return [...this.context.model.names.entries()];
  }
  protected override wrap(e: [string, string]): FakeNamedItem {
    return this.attached(() => new FakeNamedItem(this.context, this, 'getItem', [e[0]], () => e[0], false));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    needApi(this.env(), '1.4', 'names.add');
    const ref = typeof reference === 'string' ? null : reference;
    this.context.enqueue(
      {
        a: 'call',
        o: this._id,
        m: 'add',
        args: [name, typeof reference === 'string' ? reference : { o: reference._id }, comment ?? ''],
      },
      () => {
        const model = this.context.model;
        if ([...model.names.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) {
          throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
        }
        model.names.set(name, ref ? ref.currentAddress() : String(reference));
      },
    );
    return new FakeNamedItem(this.context, this, 'getItem', [name], () => name, false);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this, 'getItem', [name], () => this.find(name), false);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    needApi(this.env(), '1.4', 'names.getItemOrNullObject');
    return new FakeNamedItem(this.context, this, 'getItemOrNullObject', [name], () => this.find(name), true);
  }
  private find(name: string): string | null {
    return [...this.context.model.names.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ?? null;
  }
}

export class FakeNamedItem extends FakeObject<string> {
  get name(): string {
    return this.loaded('name');
  }
  get formula(): string {
    return this.loaded('formula');
  }
  delete(): void {
    this.queueCall('delete', [], (key) => this.context.model.names.delete(key));
  }
  getRangeOrNullObject(): FakeRange {
    needApi(this.env(), '1.4', 'namedItem.getRangeOrNullObject');
    return new FakeRange(this.context, this, 'getRangeOrNullObject', [], () => this.rangeRef(), true);
  }
  /** ExcelApi 1.3: a missing name or a name that is no range fails the request (ItemNotFound). */
  getRange(): FakeRange {
    needApi(this.env(), '1.3', 'namedItem.getRange');
    return new FakeRange(this.context, this, 'getRange', [], () => this.rangeRef(), false);
  }
  private rangeRef(): RangeRef | null {
    const key = this.t();
    const ref = key === null ? undefined : this.context.model.names.get(key);
    if (!ref) return null;
    const parsed = parseAddress(ref);
    const sheet = parsed.sheet === undefined ? undefined : this.context.model.sheet(parsed.sheet);
    return sheet ? { sheet, rect: parsed.rect } : null;
  }
  protected override scalars(): string[] {
    return ['name', 'formula'];
  }
  protected override readScalar(key: string, name: string): unknown {
    if (name === 'name') return key;
    if (name === 'formula') return `=${this.context.model.names.get(key) ?? ''}`;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  protected override list(): SheetModel[] {
    return this.context.model.sheets;
  }
  protected override wrap(s: SheetModel): FakeWorksheet {
    return this.attached(() => new FakeWorksheet(this.context, this, 'getItem', [s.name], () => s, false));
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.context.enqueue({ a: 'call', o: this._id, m: 'add', args: [name ?? null] }, () => {
      const model = this.context.model;
      created = model.addSheet(name ?? `Sheet${model.sheets.length + 1}`);
    });
    return new FakeWorksheet(this.context, this, 'added', [name ?? null], () => created, false);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      'getItem',
      [key],
      () => this.context.model.sheet(key) ?? null,
      false,
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    needApi(this.env(), '1.4', 'worksheets.getItemOrNullObject');
    return new FakeWorksheet(
      this.context,
      this,
      'getItemOrNullObject',
      [key],
      () => this.context.model.sheet(key) ?? null,
      true,
    );
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this,
      'getActiveWorksheet',
      [],
      () => this.context.model.sheets[0] ?? null,
      false,
    );
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  get name(): string {
    return this.loaded('name');
  }
  /** Deletes the sheet with its tables; a null object (getItemOrNullObject) does nothing. */
  delete(): void {
    this.queueCall('delete', [], (sheet) => {
      const model = this.context.model;
      model.sheets = model.sheets.filter((x) => x !== sheet);
      model.tables = model.tables.filter((t) => t.sheet !== sheet);
    });
  }
  set name(value: string) {
    this.queueSet('name', value, (s) => {
      s.name = value;
    });
  }
  get position(): number {
    return this.loaded('position');
  }
  set position(value: number) {
    this.queueSet('position', value, (s) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }
  get tables(): FakeTableCollection {
    return this.child(
      'tables',
      () => new FakeTableCollection(this.context, this, 'tables', [], () => this.t(), false),
    );
  }
  get charts(): FakeChartCollection {
    return this.child(
      'charts',
      () => new FakeChartCollection(this.context, this, 'charts', [], () => this.t(), false),
    );
  }
  get protection(): FakeWorksheetProtection {
    needApi(this.env(), '1.2', 'worksheet.protection');
    return this.child(
      'protection',
      () => new FakeWorksheetProtection(this.context, this, 'protection', [], () => this.t(), false),
    );
  }
  get freezePanes(): FakeFreezePanes {
    needApi(this.env(), '1.7', 'worksheet.freezePanes');
    return this.child(
      'freezePanes',
      () => new FakeFreezePanes(this.context, this, 'freezePanes', [], () => this.t(), false),
    );
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this,
      'getRange',
      [address ?? null],
      () => {
        const sheet = this.t();
        if (!sheet) return null;
        const rect: Rect =
          address === undefined
            ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 }
            : parseAddress(address).rect;
        return { sheet, rect };
      },
      false,
    );
  }
  activate(): void {
    this.queueCall('activate', [], (s) => {
      this.context.model.activeSheet = s.name;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      this,
      'getUsedRangeOrNullObject',
      [valuesOnly],
      () => {
        const sheet = this.t();
        if (!sheet) return null;
        let minR = Infinity,
          maxR = -1,
          minC = Infinity,
          maxC = -1;
        sheet.rows.forEach((row, i) =>
          row?.forEach((c, j) => {
            if (!c || (c.v === null && c.f === null && (valuesOnly || (c.nf === 'General' && !c.bold))))
              return;
            minR = Math.min(minR, i);
            maxR = Math.max(maxR, i);
            minC = Math.min(minC, j);
            maxC = Math.max(maxC, j);
          }),
        );
        return maxR < 0
          ? null
          : { sheet, rect: { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 } };
      },
      true,
    );
  }
  protected override scalars(): string[] {
    return ['name', 'position', 'visibility'];
  }
  protected override readScalar(s: SheetModel, name: string): unknown {
    if (name === 'name') return s.name;
    if (name === 'position') return this.context.model.sheets.indexOf(s);
    if (name === 'visibility') return 'Visible';
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
  protected override navigate(name: string): FakeObject | undefined {
    if (name === 'tables') return this.tables;
    if (name === 'charts') return this.charts;
    if (name === 'protection') return this.protection;
    return undefined;
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetModel> {
  get protected(): boolean {
    return this.loaded('protected');
  }
  protected override scalars(): string[] {
    return ['protected'];
  }
  protected override readScalar(s: SheetModel): unknown {
    return s.protected;
  }
}

export class FakeFreezePanes extends FakeObject<SheetModel> {
  freezeRows(count = 1): void {
    this.queueCall('freezeRows', [count], (s) => {
      s.frozenRows = count;
    });
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

export interface RangeRef {
  sheet: SheetModel;
  rect: Rect;
}

function emptyish(v: Scalar | null | undefined): Scalar {
  return v === null || v === undefined ? '' : v;
}

export class FakeRange extends FakeObject<RangeRef> {
  /** The resolved range, for commands that take a range argument. */
  ref(): RangeRef {
    const t = this.t();
    if (!t) throw new FakeOfficeError('InvalidArgument', 'The range does not exist.');
    return t;
  }

  currentAddress(): string {
    const r = this.t();
    if (!r) return '';
    return formatAddress(r.sheet.name, r.rect);
  }

  get values(): Scalar[][] {
    return this.loaded('values');
  }
  set values(values: (Scalar | null)[][]) {
    this.queueSet('values', values, (r) => this.write(r, values, 'Range.values'));
  }
  get formulas(): Scalar[][] {
    return this.loaded('formulas');
  }
  set formulas(formulas: (Scalar | null)[][]) {
    this.queueSet('formulas', formulas, (r) => this.write(r, formulas, 'Range.formulas'));
  }
  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(formats: (string | null)[][]) {
    this.queueSet('numberFormat', formats, (r) => {
      this.checkShape(r, formats);
      assertWritable(r.sheet, r.rect, 'Range.numberFormat');
      formats.forEach((row, i) =>
        row.forEach((nf, j) => {
          if (nf !== null) cellFor(r.sheet, r.rect.row + i, r.rect.col + j).nf = nf;
        }),
      );
    });
  }
  get address(): string {
    return this.loaded('address');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  /** True if all rows are hidden, false if none, null if some (Office.js semantics). */
  get rowHidden(): boolean | null {
    return this.loaded('rowHidden');
  }

  private checkShape(r: RangeRef, values: unknown[][]): void {
    if (values.length !== r.rect.rows || values.some((row) => row.length !== r.rect.cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        'The number of rows or columns in the input array doesn\u2019t match the size or dimensions of the range.',
        this.currentAddress(),
      );
    }
  }

  /**
   * Writes a 2D array. null leaves a cell as it is. Rows hidden by a filter are skipped, so the
   * k-th row of the array lands on the k-th VISIBLE row: the wrong rows, as in Excel.
   */
  private write(r: RangeRef, values: (Scalar | null)[][], what: string): void {
    this.checkShape(r, values);
    assertWritable(r.sheet, r.rect, what);
    const model = this.context.model;
    const visible: number[] = [];
    for (let i = 0; i < r.rect.rows; i++)
      if (!r.sheet.hiddenRows.has(r.rect.row + i)) visible.push(r.rect.row + i);
    values.forEach((row, i) => {
      const sheetRow = visible[i];
      if (sheetRow === undefined) return;
      row.forEach((v, j) => {
        if (v !== null) writeFormulaOrValue(model, r.sheet, sheetRow, r.rect.col + j, v);
      });
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive('getCell', [row, column], (r) => ({
      row: r.row + row,
      col: r.col + column,
      rows: 1,
      cols: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    needApi(this.env(), '1.2', 'range.getResizedRange');
    return this.derive('getResizedRange', [deltaRows, deltaColumns], (r) => ({
      ...r,
      rows: r.rows + deltaRows,
      cols: r.cols + deltaColumns,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive('getOffsetRange', [rowOffset, columnOffset], (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }
  getRowsBelow(count = 1): FakeRange {
    needApi(this.env(), '1.2', 'range.getRowsBelow');
    return this.derive('getRowsBelow', [count], (r) => ({
      row: r.row + r.rows,
      col: r.col,
      rows: count,
      cols: r.cols,
    }));
  }
  getLastRow(): FakeRange {
    return this.derive('getLastRow', [], (r) => ({
      row: r.row + r.rows - 1,
      col: r.col,
      rows: 1,
      cols: r.cols,
    }));
  }
  getRow(row: number): FakeRange {
    return this.derive('getRow', [row], (r) => ({ row: r.row + row, col: r.col, rows: 1, cols: r.cols }));
  }
  getColumnsAfter(count = 1): FakeRange {
    needApi(this.env(), '1.2', 'range.getColumnsAfter');
    return this.derive('getColumnsAfter', [count], (r) => ({
      row: r.row,
      col: r.col + r.cols,
      rows: r.rows,
      cols: count,
    }));
  }
  getColumn(column: number): FakeRange {
    return this.derive('getColumn', [column], (r) => ({
      row: r.row,
      col: r.col + column,
      rows: r.rows,
      cols: 1,
    }));
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    needApi(this.env(), '1.13', 'range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(
      this.context,
      this,
      'getMergedAreasOrNullObject',
      [],
      () => {
        const r = this.t();
        if (!r) return null;
        const hits = r.sheet.merges.filter((m) => intersects(m, r.rect));
        return hits.length === 0 ? null : { sheet: r.sheet, rects: hits };
      },
      true,
    );
  }
  /**
   * The cells of one kind as rectangles (ExcelApi 1.9): 'Formulas', 'Constants' (a typed, non-empty
   * value) or 'Blanks'. Runs of cells in a row are merged with identical runs in the rows below, so
   * a filled-down column comes back as one area, as Excel reports it. `getSpecialCells` throws
   * ItemNotFound when nothing matches; the OrNullObject form gives a null object.
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    return this.specialCells('getSpecialCellsOrNullObject', cellType, cellValueType, true);
  }
  getSpecialCells(cellType: string, cellValueType?: string): FakeRangeAreas {
    return this.specialCells('getSpecialCells', cellType, cellValueType, false);
  }
  private specialCells(
    method: string,
    cellType: string,
    cellValueType: string | undefined,
    orNull: boolean,
  ): FakeRangeAreas {
    needApi(this.env(), '1.9', `range.${method}`);
    if (
      !['Formulas', 'Constants', 'Blanks'].includes(cellType) ||
      (cellValueType !== undefined && cellValueType !== 'All')
    ) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `fake: ${method}(${cellType}, ${cellValueType ?? ''}) is not modelled`,
      );
    }
    return new FakeRangeAreas(
      this.context,
      this,
      method,
      cellValueType === undefined ? [cellType] : [cellType, cellValueType],
      () => {
        const r = this.t();
        if (!r) return null;
        const matches = (row: number, col: number): boolean => {
          const c = getCell(r.sheet, row, col);
          const formula = c?.f !== null && c?.f !== undefined;
          const empty = c?.v === null || c?.v === undefined || c.v === '';
          return cellType === 'Formulas'
            ? formula
            : cellType === 'Constants'
              ? !formula && !empty
              : !formula && empty;
        };
        const rects: Rect[] = [];
        let open = new Map<string, Rect>();
        for (let i = r.rect.row; i < r.rect.row + r.rect.rows; i++) {
          const next = new Map<string, Rect>();
          for (let j = r.rect.col; j < r.rect.col + r.rect.cols; j++) {
            if (!matches(i, j)) continue;
            let end = j;
            while (end + 1 < r.rect.col + r.rect.cols && matches(i, end + 1)) end++;
            const k = `${j}:${end}`;
            const above = open.get(k);
            if (above) {
              above.rows += 1;
              next.set(k, above);
            } else {
              const rect = { row: i, col: j, rows: 1, cols: end - j + 1 };
              rects.push(rect);
              next.set(k, rect);
            }
            j = end;
          }
          open = next;
        }
        return rects.length === 0 ? null : { sheet: r.sheet, rects };
      },
      orNull,
    );
  }
  private derive(method: string, args: unknown[], f: (r: Rect) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      this,
      method,
      args,
      () => {
        const r = this.t();
        if (!r) return null;
        const rect = f(r.rect);
        if (rect.row < 0 || rect.col < 0 || rect.rows < 1 || rect.cols < 1) {
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            method,
          );
        }
        return { sheet: r.sheet, rect };
      },
      false,
    );
  }

  /**
   * Pastes `source` over this range, repeating it to fill (ExcelApi 1.9), the way Excel fills a
   * formula down: relative row references follow each row. (Column shifts are not modelled.)
   */
  copyFrom(source: FakeRange | string, copyType: string = 'All'): void {
    needApi(this.env(), '1.9', 'range.copyFrom');
    this.queueCall('copyFrom', [typeof source === 'string' ? source : { o: source._id }, copyType], (r) => {
      assertWritable(r.sheet, r.rect, 'Range.copyFrom');
      let src: RangeRef;
      if (typeof source === 'string') {
        const parsed = parseAddress(source);
        const sheet = parsed.sheet === undefined ? r.sheet : this.context.model.sheet(parsed.sheet);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet in ${source}.`, 'Range.copyFrom');
        src = { sheet, rect: parsed.rect };
      } else {
        src = source.ref();
      }
      for (let i = 0; i < r.rect.rows; i++) {
        for (let j = 0; j < r.rect.cols; j++) {
          const sr = src.rect.row + (i % src.rect.rows);
          const sc = src.rect.col + (j % src.rect.cols);
          const from = getCell(src.sheet, sr, sc);
          const to = cellFor(r.sheet, r.rect.row + i, r.rect.col + j);
          if (copyType === 'All' || copyType === 'Formats') to.nf = from?.nf ?? 'General';
          if (copyType === 'Formats') continue;
          to.qp = from?.qp ?? false;
          if (from?.f) {
            to.f = shiftFormula(from.f, r.rect.row + i - sr);
            to.v = this.context.model.evaluate(to.f, r.sheet.name, r.rect.row + i, r.rect.col + j);
          } else {
            to.f = null;
            to.v = from?.v ?? null;
          }
        }
      }
    });
  }

  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], (r) => {
      assertWritable({ ...r.sheet, merges: [] }, r.rect, 'Range.clear');
      r.sheet.rows.forEach((row, i) => {
        if (i < r.rect.row || i >= r.rect.row + r.rect.rows) return;
        row.forEach((c, j) => {
          if (!c || j < r.rect.col || j >= r.rect.col + r.rect.cols) return;
          if (applyTo !== 'Formats') {
            c.v = null;
            c.f = null;
            c.qp = false;
          }
          if (applyTo !== 'Contents') {
            c.nf = 'General';
            c.bold = false;
          }
        });
      });
    });
  }
  select(): void {
    this.queueCall('select', [], (r) => {
      this.context.model.selection = formatAddress(r.sheet.name, r.rect);
    });
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      'worksheet',
      () => new FakeWorksheet(this.context, this, 'worksheet', [], () => this.t()?.sheet ?? null, false),
    );
  }
  get format(): FakeRangeFormat {
    return this.child(
      'format',
      () => new FakeRangeFormat(this.context, this, 'format', [], () => this.t(), false),
    );
  }
  get dataValidation(): FakeDataValidation {
    needApi(this.env(), '1.8', 'range.dataValidation');
    return this.child(
      'dataValidation',
      () => new FakeDataValidation(this.context, this, 'dataValidation', [], () => this.t(), false),
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    needApi(this.env(), '1.6', 'range.conditionalFormats');
    return this.child(
      'cf',
      () =>
        new FakeConditionalFormatCollection(
          this.context,
          this,
          'conditionalFormats',
          [],
          () => this.t(),
          false,
        ),
    );
  }

  protected override scalars(): string[] {
    return [
      'address',
      'rowCount',
      'columnCount',
      'rowIndex',
      'columnIndex',
      'values',
      'formulas',
      'numberFormat',
      'text',
    ];
  }
  protected override readScalar(r: RangeRef, name: string): unknown {
    const { rect, sheet } = r;
    const grid = <V>(f: (row: number, col: number) => V): V[][] => {
      if (rect.rows * rect.cols > READ_CELL_LIMIT) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
      return Array.from({ length: rect.rows }, (_, i) =>
        Array.from({ length: rect.cols }, (_, j) => f(rect.row + i, rect.col + j)),
      );
    };
    switch (name) {
      case 'address':
        return formatAddress(sheet.name, rect);
      case 'rowCount':
        return rect.rows;
      case 'columnCount':
        return rect.cols;
      case 'rowIndex':
        return rect.row;
      case 'columnIndex':
        return rect.col;
      case 'values':
        return grid((i, j) => emptyish(getCell(sheet, i, j)?.v));
      case 'text':
        return grid((i, j) => String(emptyish(getCell(sheet, i, j)?.v)));
      case 'formulas':
        // A quote-prefixed "=x" reads back as "=x" here too: the caller must compare with values.
        return grid((i, j) => {
          const c = getCell(sheet, i, j);
          return c?.f ?? emptyish(c?.v);
        });
      case 'numberFormat':
        return grid((i, j) => getCell(sheet, i, j)?.nf ?? 'General');
      case 'rowHidden': {
        needApi(this.env(), '1.2', 'range.rowHidden');
        let hidden = 0;
        for (let i = 0; i < rect.rows; i++) if (sheet.hiddenRows.has(rect.row + i)) hidden++;
        return hidden === 0 ? false : hidden === rect.rows ? true : null;
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
    }
  }
  protected override navigate(name: string): FakeObject | undefined {
    if (name === 'format') return this.format;
    return undefined;
  }
}

export class FakeRangeAreas extends FakeObject<{ sheet: SheetModel; rects: Rect[] }> {
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
  protected override scalars(): string[] {
    return ['address', 'areaCount'];
  }
  protected override readScalar(t: { sheet: SheetModel; rects: Rect[] }, name: string): unknown {
    if (name === 'address') {
      const full = t.rects.map((r) => formatAddress(t.sheet.name, r)).join(',');
      const limit = this.env().areasAddressLimit;
      if (limit === undefined || full.length <= limit) return full;
      const cut = full.slice(0, limit + 1).lastIndexOf(',');
      return cut < 0 ? '' : full.slice(0, cut);
    }
    if (name === 'areaCount') return t.rects.length;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

export class FakeRangeFormat extends FakeObject<RangeRef> {
  get font(): FakeFont {
    return this.child('font', () => new FakeFont(this.context, this, 'font', [], () => this.t(), false));
  }
  get fill(): FakeFill {
    return this.child('fill', () => new FakeFill(this.context, this, 'fill', [], () => this.t(), false));
  }
  autofitColumns(): void {
    this.queueCall('autofitColumns', [], () => undefined);
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
  protected override navigate(name: string): FakeObject | undefined {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : undefined;
  }
}

export class FakeFont extends FakeObject<RangeRef> {
  get bold(): boolean | null {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.queueSet('bold', value, (r) => {
      assertWritable(r.sheet, r.rect, 'RangeFont.bold');
      for (let i = 0; i < r.rect.rows; i++)
        for (let j = 0; j < r.rect.cols; j++) cellFor(r.sheet, r.rect.row + i, r.rect.col + j).bold = value;
    });
  }
  protected override scalars(): string[] {
    return ['bold'];
  }
  protected override readScalar(r: RangeRef): unknown {
    let all = true;
    let none = true;
    for (let i = 0; i < r.rect.rows; i++)
      for (let j = 0; j < r.rect.cols; j++) {
        const b = getCell(r.sheet, r.rect.row + i, r.rect.col + j)?.bold ?? false;
        all &&= b;
        none &&= !b;
      }
    return all ? true : none ? false : null;
  }
}

export class FakeFill extends FakeObject<RangeRef> {
  set color(value: string) {
    this.queueSet('color', value, () => undefined);
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeDataValidation extends FakeObject<RangeRef> {
  get rule(): unknown {
    return this.loaded('rule');
  }
  set rule(rule: unknown) {
    this.queueSet('rule', rule, (r) => {
      assertWritable(r.sheet, r.rect, 'DataValidation.rule');
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.validations = r.sheet.validations.filter((v) => v.address !== address);
      r.sheet.validations.push({ address, rule });
    });
  }
  clear(): void {
    this.queueCall('clear', [], (r) => {
      assertWritable(r.sheet, r.rect, 'DataValidation.clear');
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.validations = r.sheet.validations.filter((v) => v.address !== address);
    });
  }
  protected override scalars(): string[] {
    return ['rule'];
  }
  protected override readScalar(r: RangeRef): unknown {
    const address = formatAddress(r.sheet.name, r.rect);
    return r.sheet.validations.find((v) => v.address === address)?.rule ?? {};
  }
}

interface CfRef {
  range: RangeRef;
  index: number;
}

export class FakeConditionalFormatCollection extends FakeObject<RangeRef> {
  add(type: string): FakeConditionalFormat {
    let created: CfRef | null = null;
    this.context.enqueue({ a: 'call', o: this._id, m: 'add', args: [type] }, () => {
      const r = this.t();
      if (!r) return;
      if (type !== 'Custom')
        throw new FakeOfficeError('InvalidArgument', `fake: only Custom conditional formats (${type})`);
      assertWritable(r.sheet, r.rect, 'ConditionalFormatCollection.add');
      r.sheet.conditionalFormats.push({
        address: formatAddress(r.sheet.name, r.rect),
        formula: '',
        fill: null,
        font: null,
      });
      created = { range: r, index: r.sheet.conditionalFormats.length - 1 };
    });
    return new FakeConditionalFormat(this.context, this, 'added', [type], () => created, false);
  }
  clearAll(): void {
    this.queueCall('clearAll', [], (r) => {
      const address = formatAddress(r.sheet.name, r.rect);
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((c) => c.address !== address);
    });
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeConditionalFormat extends FakeObject<CfRef> {
  get custom(): FakeCustomConditionalFormat {
    return this.child(
      'custom',
      () => new FakeCustomConditionalFormat(this.context, this, 'custom', [], () => this.t(), false),
    );
  }
  protected override scalars(): string[] {
    return ['type'];
  }
  protected override readScalar(): unknown {
    return 'Custom';
  }
}

function cfModel(ref: CfRef): SheetModel['conditionalFormats'][number] {
  const cf = ref.range.sheet.conditionalFormats[ref.index];
  if (!cf) throw new Error('fake: conditional format vanished');
  return cf;
}

export class FakeCustomConditionalFormat extends FakeObject<CfRef> {
  get rule(): { formula: string } {
    const set = (name: string, value: string, f: (ref: CfRef) => void): void => this.queueSet(name, value, f);
    return {
      set formula(value: string) {
        set('rule.formula', value, (ref) => {
          cfModel(ref).formula = value;
        });
      },
      get formula(): string {
        throw propertyNotLoaded('formula');
      },
    };
  }
  get format(): { fill: { color: string }; font: { color: string } } {
    const set = (name: string, value: string, f: (ref: CfRef) => void): void => this.queueSet(name, value, f);
    return {
      fill: {
        set color(value: string) {
          set('format.fill.color', value, (ref) => {
            cfModel(ref).fill = value;
          });
        },
        get color(): string {
          throw propertyNotLoaded('color');
        },
      },
      font: {
        set color(value: string) {
          set('format.font.color', value, (ref) => {
            cfModel(ref).font = value;
          });
        },
        get color(): string {
          throw propertyNotLoaded('color');
        },
      },
    };
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  private sheetScope(): SheetModel | null {
    const t = this.t();
    return t && 'rows' in t && 'merges' in t ? (t as SheetModel) : null;
  }
  protected override list(): TableModel[] {
    const scope = this.sheetScope();
    return this.context.model.tables.filter((t) => scope === null || t.sheet === scope);
  }
  protected override wrap(t: TableModel): FakeTable {
    return this.attached(() => new FakeTable(this.context, this, 'getItem', [t.name], () => t, false));
  }
  get count(): number {
    return this.loaded('count');
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, this, 'getItem', [key], () => this.find(key), false);
  }
  getItemOrNullObject(key: string): FakeTable {
    needApi(this.env(), '1.4', 'tables.getItemOrNullObject');
    return new FakeTable(this.context, this, 'getItemOrNullObject', [key], () => this.find(key), true);
  }
  private find(key: string): TableModel | null {
    return this.list().find((t) => t.name.toLowerCase() === key.toLowerCase()) ?? null;
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.context.enqueue(
      {
        a: 'call',
        o: this._id,
        m: 'add',
        args: [typeof address === 'string' ? address : { o: address._id }, hasHeaders],
      },
      () => {
        const model = this.context.model;
        let sheet: SheetModel | undefined;
        let rect: Rect;
        if (typeof address === 'string') {
          const parsed = parseAddress(address);
          sheet = parsed.sheet !== undefined ? model.sheet(parsed.sheet) : (this.sheetScope() ?? undefined);
          rect = parsed.rect;
        } else {
          const ref = address.ref();
          sheet = ref.sheet;
          rect = ref.rect;
        }
        if (!sheet)
          throw new FakeOfficeError(
            'InvalidArgument',
            'The address must name a sheet.',
            'TableCollection.add',
          );
        if (!hasHeaders)
          throw new FakeOfficeError('InvalidArgument', 'fake: tables without headers are not modelled');
        const grown: Rect = rect.rows === 1 ? { ...rect, rows: 2 } : rect;
        assertWritable(sheet, grown, 'TableCollection.add');
        if (model.tables.some((t) => t.sheet === sheet && intersects(tableRect(t), grown))) {
          throw new FakeOfficeError(
            'InvalidOperation',
            'A table can\u2019t overlap another table.',
            'TableCollection.add',
          );
        }
        const headers = Array.from({ length: rect.cols }, (_, j) => {
          const v = getCell(sheet, rect.row, rect.col + j)?.v;
          return v === null || v === undefined || v === '' ? `Column${j + 1}` : String(v);
        });
        let n = model.tables.length + 1;
        while (model.table(`Table${n}`)) n++;
        created = {
          name: `Table${n}`,
          sheet,
          row: rect.row,
          col: rect.col,
          headers,
          bodyRows: grown.rows - 1,
          style: 'TableStyleMedium2',
          filterEnabled: true,
          criteria: new Map(),
        };
        model.tables.push(created);
      },
    );
    return new FakeTable(this.context, this, 'added', [], () => created, false);
  }
}

export class FakeTable extends FakeObject<TableModel> {
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (t) => {
      if (!TABLE_NAME.test(value))
        throw new FakeOfficeError('InvalidArgument', `Invalid table name ${value}.`);
      const other = this.context.model.table(value);
      if (other && other !== t)
        throw new FakeOfficeError('ItemAlreadyExists', `A table named ${value} already exists.`);
      t.name = value;
    });
  }
  get style(): string {
    return this.loaded('style');
  }
  set style(value: string) {
    this.queueSet('style', value, (t) => {
      t.style = value;
    });
  }
  get worksheet(): FakeWorksheet {
    return this.child(
      'worksheet',
      () => new FakeWorksheet(this.context, this, 'worksheet', [], () => this.t()?.sheet ?? null, false),
    );
  }
  get columns(): FakeTableColumnCollection {
    return this.child(
      'columns',
      () => new FakeTableColumnCollection(this.context, this, 'columns', [], () => this.t(), false),
    );
  }
  get rows(): FakeTableRowCollection {
    return this.child(
      'rows',
      () => new FakeTableRowCollection(this.context, this, 'rows', [], () => this.t(), false),
    );
  }
  get sort(): FakeTableSort {
    needApi(this.env(), '1.2', 'table.sort');
    return this.child('sort', () => new FakeTableSort(this.context, this, 'sort', [], () => this.t(), false));
  }
  get autoFilter(): FakeAutoFilter {
    needApi(this.env(), '1.9', 'table.autoFilter');
    return this.child(
      'autoFilter',
      () => new FakeAutoFilter(this.context, this, 'autoFilter', [], () => this.t(), false),
    );
  }
  getHeaderRowRange(): FakeRange {
    return this.range('getHeaderRowRange', (t) => ({
      row: t.row,
      col: t.col,
      rows: 1,
      cols: t.headers.length,
    }));
  }
  getDataBodyRange(): FakeRange {
    return this.range('getDataBodyRange', (t) => bodyRect(t));
  }
  getRange(): FakeRange {
    return this.range('getRange', (t) => tableRect(t));
  }
  private range(method: string, f: (t: TableModel) => Rect): FakeRange {
    return new FakeRange(
      this.context,
      this,
      method,
      [],
      () => {
        const t = this.t();
        return t ? { sheet: t.sheet, rect: f(t) } : null;
      },
      false,
    );
  }
  protected override scalars(): string[] {
    return ['name', 'style', 'showHeaders', 'showTotals', 'id'];
  }
  protected override readScalar(t: TableModel, name: string): unknown {
    switch (name) {
      case 'name':
        return t.name;
      case 'style':
        return t.style;
      case 'showHeaders':
        return true;
      case 'showTotals':
        return false;
      case 'id':
        return `{${t.name}}`;
      default:
        throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
    }
  }
  protected override navigate(name: string): FakeObject | undefined {
    if (name === 'worksheet') return this.worksheet;
    if (name === 'columns') return this.columns;
    if (name === 'rows') return this.rows;
    if (name === 'autoFilter') return this.autoFilter;
    return undefined;
  }
}

interface ColumnRef {
  table: TableModel;
  index: number;
}

export class FakeTableColumnCollection extends FakeCollection<ColumnRef, FakeTableColumn> {
  private table(): TableModel | null {
    return this.t() as TableModel | null;
  }
  protected override list(): ColumnRef[] {
    const t = this.table();
    return t ? t.headers.map((_, index) => ({ table: t, index })) : [];
  }
  protected override wrap(c: ColumnRef): FakeTableColumn {
    return this.attached(
      () => new FakeTableColumn(this.context, this, 'getItemAt', [c.index], () => c, false),
    );
  }
  get count(): number {
    return this.loaded('count');
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this, 'getItem', [key], () => this.find(key), false);
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    needApi(this.env(), '1.4', 'columns.getItemOrNullObject');
    return new FakeTableColumn(this.context, this, 'getItemOrNullObject', [key], () => this.find(key), true);
  }
  private find(key: string | number): ColumnRef | null {
    const t = this.table();
    if (!t) return null;
    const index =
      typeof key === 'number' ? key : t.headers.findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < t.headers.length ? { table: t, index } : null;
  }
  /** Adds a column at the right end; cells in the way move right, as Excel inserts them. */
  add(index?: number | null, values?: (Scalar | null)[][], name?: string): FakeTableColumn {
    let created: ColumnRef | null = null;
    this.context.enqueue(
      { a: 'call', o: this._id, m: 'add', args: [index ?? null, values ?? null, name ?? null] },
      () => {
        const t = this.table();
        if (!t) return;
        if (index !== undefined && index !== null && index !== t.headers.length) {
          throw new FakeOfficeError('InvalidArgument', 'fake: columns are only added at the end');
        }
        const col = t.col + t.headers.length;
        const rect: Rect = { row: t.row, col, rows: t.bodyRows + 1, cols: 1 };
        assertWritable(t.sheet, rect, 'TableColumnCollection.add');
        for (let i = rect.row; i < rect.row + rect.rows; i++) {
          const row = t.sheet.rows[i];
          if (row && row.length > col) row.splice(col, 0, undefined);
        }
        const header =
          name ??
          (values?.[0]?.[0] !== undefined && values[0][0] !== null
            ? String(values[0][0])
            : `Column${t.headers.length + 1}`);
        t.headers.push(header);
        cellFor(t.sheet, t.row, col).v = header;
        values?.slice(1).forEach((row, i) => {
          const v = row[0];
          if (v !== null && v !== undefined)
            writeFormulaOrValue(this.context.model, t.sheet, t.row + 1 + i, col, v);
        });
        created = { table: t, index: t.headers.length - 1 };
      },
    );
    return new FakeTableColumn(this.context, this, 'added', [], () => created, false);
  }
}

export class FakeTableColumn extends FakeObject<ColumnRef> {
  get name(): string {
    return this.loaded('name');
  }
  get index(): number {
    return this.loaded('index');
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      'getDataBodyRange',
      [],
      () => {
        const c = this.t();
        if (!c) return null;
        const b = bodyRect(c.table);
        return { sheet: c.table.sheet, rect: { row: b.row, col: b.col + c.index, rows: b.rows, cols: 1 } };
      },
      false,
    );
  }
  protected override scalars(): string[] {
    return ['name', 'index'];
  }
  protected override readScalar(c: ColumnRef, name: string): unknown {
    if (name === 'name') return c.table.headers[c.index];
    if (name === 'index') return c.index;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

export class FakeTableRowCollection extends FakeObject<TableModel> {
  get count(): number {
    return this.loaded('count');
  }
  /**
   * Appends rows in one command. Cells below the table (in its columns) move down; a null in a
   * calculated column gets the column's formula, like a row Excel adds itself.
   */
  add(index?: number | null, values?: (Scalar | null)[][]): void {
    this.queueCall('add', [index ?? null, values ?? null], (t) => {
      if (index !== undefined && index !== null && index !== t.bodyRows) {
        throw new FakeOfficeError('InvalidArgument', 'fake: rows are only added at the end');
      }
      const rows = values ?? [t.headers.map(() => null)];
      if (rows.some((r) => r.length !== t.headers.length)) {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The number of values doesn\u2019t match the table\u2019s columns.',
          'TableRowCollection.add',
        );
      }
      const at = t.row + 1 + t.bodyRows;
      const rect: Rect = { row: at, col: t.col, rows: rows.length, cols: t.headers.length };
      assertWritable(t.sheet, rect, 'TableRowCollection.add');
      const sheet = t.sheet;
      const lastUsed = sheet.rows.length;
      for (let i = lastUsed - 1; i >= at; i--) {
        const src = sheet.rows[i];
        if (!src) continue;
        for (let j = t.col; j < t.col + t.headers.length; j++) {
          const c = src[j];
          if (c === undefined) continue;
          (sheet.rows[i + rows.length] ??= [])[j] = c;
          src[j] = undefined;
        }
      }
      const firstBody = t.row + 1;
      rows.forEach((row, i) => {
        row.forEach((v, j) => {
          const r = at + i;
          if (v !== null) {
            writeFormulaOrValue(this.context.model, sheet, r, t.col + j, v);
            return;
          }
          const calc = t.bodyRows > 0 ? getCell(sheet, firstBody, t.col + j)?.f : null;
          if (calc) {
            const c = cellFor(sheet, r, t.col + j);
            c.f = shiftFormula(calc, r - firstBody);
            c.v = this.context.model.evaluate(c.f, sheet.name, r, t.col + j);
          }
        });
      });
      t.bodyRows += rows.length;
    });
  }
  protected override scalars(): string[] {
    return ['count'];
  }
  protected override readScalar(t: TableModel): unknown {
    return t.bodyRows;
  }
}

export class FakeTableSort extends FakeObject<TableModel> {
  apply(fields: { key: number; ascending?: boolean }[], matchCase?: boolean, method?: string): void {
    this.queueCall('apply', [fields, matchCase ?? false, method ?? 'PinYin'], (t) => {
      assertWritable(t.sheet, tableRect(t), 'TableSort.apply');
      if (fields.some((f) => f.key < 0 || f.key >= t.headers.length)) {
        throw new FakeOfficeError('InvalidArgument', 'The sort key is outside the table.', 'TableSort.apply');
      }
      sortTable(
        t,
        fields.map((f) => ({ key: f.key, ascending: f.ascending ?? true })),
      );
    });
  }
  protected override scalars(): string[] {
    return [];
  }
  protected override readScalar(): unknown {
    return undefined;
  }
}

export class FakeAutoFilter extends FakeObject<TableModel> {
  get enabled(): boolean {
    return this.loaded('enabled');
  }
  get isDataFiltered(): boolean {
    return this.loaded('isDataFiltered');
  }
  get criteria(): Excel.FilterCriteria[] {
    return this.loaded('criteria');
  }
  apply(_range: FakeRange | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    this.queueCall('apply', [null, columnIndex ?? null, criteria ?? null], (t) => {
      assertWritable({ ...t.sheet, merges: [] }, tableRect(t), 'AutoFilter.apply');
      t.filterEnabled = true;
      if (columnIndex !== undefined && criteria) {
        const kept: FilterCriteriaModel = { filterOn: String(criteria.filterOn) };
        const given = criteria as unknown as Record<string, unknown>;
        for (const field of CRITERIA_FIELDS) {
          const v = given[field];
          if (v === undefined || v === null || v === '') continue;
          (kept as unknown as Record<string, unknown>)[field] =
            field === 'values' ? (v as unknown[]).map(String) : field === 'icon' ? { ...(v as object) } : v;
        }
        t.criteria.set(columnIndex, kept);
      }
      applyFilter(t);
    });
  }
  clearCriteria(): void {
    this.queueCall('clearCriteria', [], (t) => {
      assertWritable({ ...t.sheet, merges: [] }, tableRect(t), 'AutoFilter.clearCriteria');
      t.criteria.clear();
      applyFilter(t);
    });
  }
  reapply(): void {
    this.queueCall('reapply', [], (t) => applyFilter(t));
  }
  protected override scalars(): string[] {
    return ['enabled', 'isDataFiltered', 'criteria'];
  }
  protected override readScalar(t: TableModel, name: string): unknown {
    if (name === 'enabled') return t.filterEnabled;
    if (name === 'isDataFiltered') return t.criteria.size > 0;
    if (name === 'criteria') {
      return t.headers.map((_, i) => {
        const c = t.criteria.get(i);
        return c ? { ...c } : { filterOn: 'Custom' };
      });
    }
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

interface ChartRef {
  sheet: SheetModel;
  chart: ChartModel;
}

export class FakeChartCollection extends FakeCollection<ChartRef, FakeChart> {
  private sheet(): SheetModel | null {
    return this.t() as SheetModel | null;
  }
  protected override list(): ChartRef[] {
    const s = this.sheet();
    return s ? s.charts.map((chart) => ({ sheet: s, chart })) : [];
  }
  protected override wrap(c: ChartRef): FakeChart {
    return this.attached(() => new FakeChart(this.context, this, 'getItem', [c.chart.name], () => c, false));
  }
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: ChartRef | null = null;
    this.context.enqueue(
      { a: 'call', o: this._id, m: 'add', args: [type, { o: sourceData._id }, seriesBy] },
      () => {
        const s = this.sheet();
        if (!s) return;
        assertWritable({ ...s, merges: [] }, { row: 0, col: 0, rows: 1, cols: 1 }, 'ChartCollection.add');
        const chart: ChartModel = {
          name: `Chart ${s.charts.length + 1}`,
          type,
          title: '',
          source: sourceData.currentAddress(),
          seriesBy,
          from: 'A1',
          to: 'H15',
        };
        s.charts.push(chart);
        created = { sheet: s, chart };
      },
    );
    return new FakeChart(this.context, this, 'added', [], () => created, false);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, this, 'getItem', [name], () => this.find(name), false);
  }
  getItemOrNullObject(name: string): FakeChart {
    needApi(this.env(), '1.4', 'charts.getItemOrNullObject');
    return new FakeChart(this.context, this, 'getItemOrNullObject', [name], () => this.find(name), true);
  }
  private find(name: string): ChartRef | null {
    return this.list().find((c) => c.chart.name === name) ?? null;
  }
}

export class FakeChart extends FakeObject<ChartRef> {
  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (c) => {
      c.chart.name = value;
    });
  }
  get chartType(): string {
    return this.loaded('chartType');
  }
  set chartType(value: string) {
    this.queueSet('chartType', value, (c) => {
      c.chart.type = value;
    });
  }
  get title(): { text: string } {
    const set = (name: string, value: string, f: (c: ChartRef) => void): void =>
      this.queueSet(name, value, f);
    return {
      set text(value: string) {
        set('title.text', value, (c) => {
          c.chart.title = value;
        });
      },
      get text(): string {
        throw propertyNotLoaded('text');
      },
    };
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const label = (r: FakeRange | string | undefined): unknown =>
      r === undefined || typeof r === 'string' ? (r ?? null) : { o: r._id };
    this.queueCall('setPosition', [label(startCell), label(endCell)], (c) => {
      const addr = (r: FakeRange | string): string =>
        typeof r === 'string' ? r : (r.currentAddress().split('!')[1] ?? '');
      c.chart.from = addr(startCell);
      if (endCell !== undefined) c.chart.to = addr(endCell);
    });
  }
  setData(sourceData: FakeRange, seriesBy = 'Auto'): void {
    this.queueCall('setData', [{ o: sourceData._id }, seriesBy], (c) => {
      c.chart.source = sourceData.currentAddress();
      c.chart.seriesBy = seriesBy;
    });
  }
  delete(): void {
    this.queueCall('delete', [], (c) => {
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c.chart);
    });
  }
  protected override scalars(): string[] {
    return ['name', 'chartType'];
  }
  protected override readScalar(c: ChartRef, name: string): unknown {
    if (name === 'name') return c.chart.name;
    if (name === 'chartType') return c.chart.type;
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}

export { colToLetters, parseCell, tableAddress };
