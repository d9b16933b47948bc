/** Proxies of the table collection and of tables. */
import { intersects, parseAddress } from '../a1';
import type { Rect } from '../a1';
import { FakeOfficeError } from '../errors';
import { assertWritable, bodyRect, getCell, tableRect } from '../model';
import type { SheetModel, TableModel } from '../model';
import { FakeCollection, FakeObject } from './base';
import { FakeRange } from './range';
import {
  FakeAutoFilter,
  FakeTableColumnCollection,
  FakeTableRowCollection,
  FakeTableSort,
} from './tableParts';
import { FakeWorksheet } from './worksheet';
import { needApi } from '../runtime';

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  private sheetScope(): SheetModel | null {
    const t = this.t();
    return t && 'rows' in t && 'merges' in t ? (t as SheetModel) : null;
  }
  protected override list(): TableModel[] {
    // A range's scoped collection (Range.getTables) is resolved to its tables when it is made.
    const target = this.t();
    if (Array.isArray(target)) return target;
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
        // Excel's documentation names only an overlapping table as a reason add() throws; over a
        // sheet AutoFilter we cannot vouch for what it does, so the fake takes the safe assumption.
        const f = sheet.autoFilter;
        if (f && intersects(f.rect, grown)) {
          throw new FakeOfficeError(
            'InvalidOperation',
            'fake: a table cannot be added over the sheet\u2019s AutoFilter (remove the filter first).',
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
  /**
   * Table.resize (ExcelApi 1.13): the header row must stay in the same row and the new range
   * overlap the old one and no other table; cells keep their values, new header cells name the
   * new columns (an empty one becomes ColumnN, as Excel names it).
   */
  resize(newRange: FakeRange | string): void {
    needApi(this.env(), '1.13', 'table.resize');
    const arg = typeof newRange === 'string' ? newRange : { o: newRange._id };
    this.queueCall('resize', [arg], (t) => {
      const rect = typeof newRange === 'string' ? parseAddress(newRange).rect : newRange.ref().rect;
      if (rect.row !== t.row || !intersects(rect, tableRect(t)) || rect.rows < 2)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The new range must keep the header row.',
          'Table.resize',
        );
      if (
        this.context.model.tables.some(
          (o) => o !== t && o.sheet === t.sheet && intersects(tableRect(o), rect),
        )
      )
        throw new FakeOfficeError(
          'InvalidOperation',
          'A table can\u2019t overlap another table.',
          'Table.resize',
        );
      t.headers = Array.from({ length: rect.cols }, (_, j) => {
        const v = getCell(t.sheet, rect.row, rect.col + j)?.v;
        return v === null || v === undefined || v === '' ? `Column${j + 1}` : String(v);
      });
      t.col = rect.col;
      t.bodyRows = rect.rows - 1;
    });
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
