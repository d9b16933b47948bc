/** Proxies of worksheets, their protection and frozen panes. */
import { parseAddress } from '../a1';
import type { Rect } from '../a1';
import { FakeOfficeError } from '../errors';
import type { SheetModel } from '../model';
import { FakeCollection, FakeObject } from './base';
import { FakeChartCollection } from './chart';
import { FakeRange } from './range';
import { FakeSheetAutoFilter } from './sheetFilter';
import { FakeTableCollection } from './table';
import { needApi } from '../runtime';

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
  get autoFilter(): FakeSheetAutoFilter {
    needApi(this.env(), '1.9', 'worksheet.autoFilter');
    return this.child(
      'autoFilter',
      () => new FakeSheetAutoFilter(this.context, this, 'autoFilter', [], () => this.t(), false),
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
    if (name === 'autoFilter') return this.autoFilter;
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
