/** Parsing form text into domain values, with messages the form puts under the field. */
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Cents } from '../../domain/money';
import { parseAmount } from '../../workbook/cells';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** "1.250,00", "1250", "€ 12,50" -> cents; undefined when it is not an amount. */
export function amountFromText(text: string): Cents | undefined {
  const parsed = parseAmount(text.trim());
  return parsed.ok && 'value' in parsed ? parsed.value : undefined;
}

export function dateFromText(text: string): IsoDate | undefined {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
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
