/** Parsing form text into domain values, with messages the form puts under the field. */
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Cents } from '../../domain/money';
import { parseAmount, parseDate } from '../../workbook/cells';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** "1.250,00", "1250", "€ 12,50" -> cents; undefined when it is not an amount. */
export function amountFromText(text: string): Cents | undefined {
  const parsed = parseAmount(text.trim());
  return parsed.ok && 'value' in parsed ? parsed.value : undefined;
}

/**
 * What a person types as a date -> 'YYYY-MM-DD', read the way the workbook reads a typed cell:
 * day first (22-11-2026, 22/11/26, 22.11.2026), ISO, or written out (22 nov 2026).
 */
export function dateFromText(text: string): IsoDate | undefined {
  const parsed = parseDate(text.trim(), 1900);
  return parsed.ok && 'value' in parsed ? parsed.value : undefined;
}

/** The editable text of a date: dd-mm-jjjj in both languages (unambiguous, and what Excel shows). */
export function dateToText(date: IsoDate | undefined): string {
  return date && isIsoDate(date) ? `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}` : '';
}

export function daysFromText(text: string): number | undefined | 'bad' {
  const s = text.trim();
  if (s === '') return undefined;
  if (!/^\d{1,3}$/.test(s)) return 'bad';
  const n = Number(s);
  return n <= 365 ? n : 'bad';
}

/** Editable text for a cents amount: 1250,00 / 1250.00. */
export function centsToText(cents: Cents, language: 'nl' | 'en'): string {
  const s = (cents / 100).toFixed(2);
  return language === 'nl' ? s.replace('.', ',') : s;
}
