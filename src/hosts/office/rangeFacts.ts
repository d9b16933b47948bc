/**
 * What the range changes depend on, loaded in the pre-flight request: the header row of every
 * range to become a table, so a range that changed since it was read is refused before any write.
 */
import type { Change } from '../../workbook/book';
import { key } from './state';

export type RangeHeaders = Map<string, string[]>;

export const rangeKey = (sheet: string, address: string): string => `${key(sheet)}!${address.toUpperCase()}`;

/** Queues the loads; the returned function reads them after the pre-flight's sync. */
export function queueRangeFacts(wb: Excel.Workbook, changes: readonly Change[]): () => RangeHeaders {
  const loads = changes.flatMap((c) => {
    if (c.kind !== 'rangeToTable') return [];
    const top = c.address.split(':')[0] ?? c.address;
    const last = (c.address.split(':')[1] ?? c.address).replace(/\d+$/, '');
    const row = top.replace(/^[A-Za-z]+/, '');
    const header = wb.worksheets.getItemOrNullObject(c.sheet).getRange(`${top}:${last}${row}`).load('values');
    return [{ id: rangeKey(c.sheet, c.address), header }];
  });
  return () =>
    new Map(
      loads
        .filter((l) => !l.header.isNullObject)
        .map((l) => [
          l.id,
          (l.header.values[0] ?? []).map((v) => (v === null || v === undefined ? '' : String(v))),
        ]),
    );
}
