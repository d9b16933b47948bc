import { yearOf, type IsoDate } from '../../domain/dates';

/**
 * The next number in the workbook's own pattern: the digits at the end of the latest invoice
 * number count up with their width kept ("2026-0042" -> "2026-0043"); a year in the prefix that
 * is not the new invoice's year starts the count again ("2026-0042" -> "2027-0001").
 */
export function nextInvoiceNumber(existing: readonly string[], invoiceDate: IsoDate): string {
  const year = yearOf(invoiceDate);
  const taken = new Set(existing);
  const last = [...existing].reverse().find((n) => /\d+$/.test(n));
  let prefix = `${year}-`;
  let width = 4;
  let n = 1;
  if (last) {
    const m = /^(.*?)(\d+)$/.exec(last) as RegExpExecArray;
    prefix = m[1] ?? '';
    width = (m[2] ?? '').length;
    const yearInPrefix = /(19|20)\d\d/.exec(prefix);
    if (yearInPrefix && Number(yearInPrefix[0]) !== year) {
      prefix = prefix.replace(yearInPrefix[0], String(year));
      n = 1;
    } else if (!prefix && width >= 8 && (m[2] ?? '').startsWith(String(yearOf(invoiceDate) - 1))) {
      n = Number(`${year}${'0'.repeat(width - 5)}1`); // 20260042 style: a new year starts again
      prefix = '';
    } else n = Number(m[2]) + 1;
  }
  let candidate = `${prefix}${String(n).padStart(width, '0')}`;
  while (taken.has(candidate)) candidate = `${prefix}${String(++n).padStart(width, '0')}`;
  return candidate;
}
