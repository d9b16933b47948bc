/** Proxies of a table's parts: its columns, rows, sort and AutoFilter. */
import type { Rect } from '../a1';
import { FakeOfficeError } from '../errors';
import {
  applyFilter,
  assertWritable,
  CRITERIA_FIELDS,
  bodyRect,
  cellFor,
  getCell,
  sortTable,
  tableRect,
  writeFormulaOrValue,
} from '../model';
import type { FilterCriteriaModel, Scalar, TableModel } from '../model';
import { shiftRows as shiftFormula } from '../shift';
import { FakeCollection, FakeObject } from './base';
import { FakeRange } from './range';
import { needApi } from '../runtime';

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
