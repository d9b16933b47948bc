/**
 * What the range changes depend on, loaded in the pre-flight request: the header row of every
 * range to become a table, so a range that changed since it was read is refused before any write,
 * and (ExcelApi 1.9) the sheet's own AutoFilter there, which a table must not overlap.
 */
import type { Change, SheetFilter } from '../../workbook/book';
import { splitAddress } from '../../workbook/a1';
import { key } from './state';

type RangeHeaders = Map<string, string[]>;

export const rangeKey = (sheet: string, address: string): string => `${key(sheet)}!${address.toUpperCase()}`;

export interface RangeFacts {
  headers: RangeHeaders;
  /** Each sheet's own AutoFilter where it is enabled, by sheet (lower case). */
  sheetFilters: Map<string, SheetFilter>;
}

/** Queues the loads; the returned function reads them after the pre-flight's sync. */
export function queueRangeFacts(
  wb: Excel.Workbook,
  changes: readonly Change[],
  withFilters: boolean,
): () => RangeFacts {
  const loads = changes.flatMap((c) => {
    if (c.kind !== 'rangeToTable') return [];
    const top = c.address.split(':')[0] ?? c.address;
    const last = (c.address.split(':')[1] ?? c.address).replace(/\d+$/, '');
    const row = top.replace(/^[A-Za-z]+/, '');
    const sheet = wb.worksheets.getItemOrNullObject(c.sheet);
    const header = sheet.getRange(`${top}:${last}${row}`).load('values');
    // Worksheet.autoFilter (ExcelApi 1.9): enabled, isDataFiltered ("has filter criteria") and
    // getRangeOrNullObject() per learn.microsoft.com/javascript/api/excel/excel.autofilter.
    const filter = withFilters ? sheet.autoFilter.load('enabled,isDataFiltered') : null;
    const filterRange = filter ? sheet.autoFilter.getRangeOrNullObject().load('address') : null;
    return [{ id: rangeKey(c.sheet, c.address), sheet: c.sheet, header, filter, filterRange }];
  });
  return () => {
    const headers: RangeHeaders = new Map();
    const sheetFilters = new Map<string, SheetFilter>();
    for (const l of loads) {
      if (l.header.isNullObject) continue;
      headers.set(
        l.id,
        (l.header.values[0] ?? []).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
      if (l.filter?.enabled && l.filterRange && !l.filterRange.isNullObject)
        sheetFilters.set(key(l.sheet), {
          address: splitAddress(l.filterRange.address).range,
          filtered: l.filter.isDataFiltered,
        });
    }
    return { headers, sheetFilters };
  };
}
