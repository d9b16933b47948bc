/**
 * Worksheet.autoFilter (ExcelApi 1.9): a sheet's own AutoFilter, apart from any table's. Modelled:
 * enabled, isDataFiltered, criteria, getRangeOrNullObject, apply (hides the rows failing its
 * criteria), clearCriteria and remove (shows them again).
 */
import { parseAddress } from '../a1';
import type { Rect } from '../a1';
import { FakeOfficeError } from '../errors';
import {
  applySheetFilter,
  assertWritable,
  CRITERIA_FIELDS,
  type FilterCriteriaModel,
  type SheetModel,
} from '../model';
import { FakeObject } from './base';
import { FakeRange } from './range';

function showAll(sheet: SheetModel): void {
  const f = sheet.autoFilter;
  if (f) for (let i = 1; i < f.rect.rows; i++) sheet.hiddenRows.delete(f.rect.row + i);
}

export class FakeSheetAutoFilter extends FakeObject<SheetModel> {
  get enabled(): boolean {
    return this.loaded('enabled');
  }
  get isDataFiltered(): boolean {
    return this.loaded('isDataFiltered');
  }
  get criteria(): Excel.FilterCriteria[] {
    return this.loaded('criteria');
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      this,
      'getRangeOrNullObject',
      [],
      () => {
        const sheet = this.t();
        return sheet?.autoFilter ? { sheet, rect: { ...sheet.autoFilter.rect } } : null;
      },
      true,
    );
  }
  apply(range: FakeRange | string, columnIndex?: number, criteria?: Excel.FilterCriteria): void {
    this.queueCall(
      'apply',
      [typeof range === 'string' ? range : { o: range._id }, columnIndex ?? null],
      (sheet) => {
        const rect: Rect = typeof range === 'string' ? parseAddress(range).rect : range.ref().rect;
        assertWritable({ ...sheet, merges: [] }, rect, 'AutoFilter.apply');
        if (sheet.autoFilter && JSON.stringify(sheet.autoFilter.rect) !== JSON.stringify(rect)) {
          showAll(sheet);
          sheet.autoFilter = null;
        }
        sheet.autoFilter ??= { rect, criteria: new Map() };
        if (columnIndex !== undefined && criteria) {
          const kept: FilterCriteriaModel = { filterOn: String(criteria.filterOn) };
          const given = criteria as unknown as Record<string, unknown>;
          for (const field of CRITERIA_FIELDS) {
            const v = given[field];
            if (v === undefined || v === null || v === '') continue;
            (kept as unknown as Record<string, unknown>)[field] =
              field === 'values' ? (v as unknown[]).map(String) : v;
          }
          sheet.autoFilter.criteria.set(columnIndex, kept);
        }
        applySheetFilter(sheet);
      },
    );
  }
  clearCriteria(): void {
    this.queueCall('clearCriteria', [], (sheet) => {
      if (!sheet.autoFilter) return;
      sheet.autoFilter.criteria.clear();
      applySheetFilter(sheet);
    });
  }
  remove(): void {
    this.queueCall('remove', [], (sheet) => {
      showAll(sheet);
      sheet.autoFilter = null;
    });
  }
  protected override scalars(): string[] {
    return ['enabled', 'isDataFiltered', 'criteria'];
  }
  protected override readScalar(sheet: SheetModel, name: string): unknown {
    const f = sheet.autoFilter;
    if (name === 'enabled') return f !== null;
    if (name === 'isDataFiltered') return (f?.criteria.size ?? 0) > 0;
    if (name === 'criteria') return f ? [...f.criteria.values()].map((c) => ({ ...c })) : [];
    throw new FakeOfficeError('InvalidArgument', `Unknown property ${name}`);
  }
}
