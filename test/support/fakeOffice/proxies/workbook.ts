/** Proxies of the workbook, its functions and application, and defined names. */
import { parseAddress } from '../a1';
import { FakeOfficeError } from '../errors';
import type { WorkbookModel } from '../model';
import { FakeCollection, FakeObject } from './base';
import { FakeRange } from './range';
import type { RangeRef } from './range';
import { FakeTableCollection } from './table';
import { FakeWorksheetCollection } from './worksheet';
import { needApi } from '../runtime';

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
