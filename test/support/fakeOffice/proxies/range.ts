/** Proxies of ranges and range areas. */
import { formatAddress, intersects, parseAddress } from '../a1';
import type { Rect } from '../a1';
import { FakeOfficeError } from '../errors';
import { assertWritable, cellFor, getCell, tableRect, writeFormulaOrValue } from '../model';
import type { Scalar, SheetModel } from '../model';
import { shiftRows as shiftFormula } from '../shift';
import { FakeObject } from './base';
import { FakeConditionalFormatCollection, FakeDataValidation, FakeRangeFormat } from './format';
import { FakeTableCollection } from './table';
import { FakeWorksheet } from './worksheet';
import { READ_CELL_LIMIT, needApi } from '../runtime';

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
        if (v === null) return;
        const col = r.rect.col + j;
        writeFormulaOrValue(model, r.sheet, sheetRow, col, v);
        // A table's header cell is its column's name: typing there renames the column, as in Excel.
        for (const t of model.tables)
          if (t.sheet === r.sheet && t.row === sheetRow && col >= t.col && col < t.col + t.headers.length)
            t.headers[col - t.col] = String(getCell(r.sheet, sheetRow, col)?.v ?? '');
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
  /** Range.getTables (ExcelApi 1.9): the tables that overlap the range (or lie wholly in it). */
  getTables(fullyContained = false): FakeTableCollection {
    needApi(this.env(), '1.9', 'range.getTables');
    return new FakeTableCollection(
      this.context,
      this,
      'getTables',
      [fullyContained],
      () => {
        const r = this.t();
        if (!r) return null;
        return this.context.model.tables.filter((t) => {
          if (t.sheet !== r.sheet) return false;
          const box = tableRect(t);
          if (!fullyContained) return intersects(box, r.rect);
          return (
            box.row >= r.rect.row &&
            box.col >= r.rect.col &&
            box.row + box.rows <= r.rect.row + r.rect.rows &&
            box.col + box.cols <= r.rect.col + r.rect.cols
          );
        });
      },
      false,
    );
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
