/**
 * Calendar dates are 'YYYY-MM-DD' strings throughout the core. Arithmetic goes through date-fns on
 * local-midnight Dates, which is DST-safe for whole days (addDays uses setDate, differences use
 * calendar days), and we convert back at once so no Date escapes this module.
 */
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays, getDay, lastDayOfMonth } from 'date-fns';
import { DomainError } from './errors';

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

export function assertIsoDate(value: unknown, path = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainError('invalid-date', `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      path,
      value,
    });
  }
}

function toDate(iso: IsoDate, path: string): Date {
  assertIsoDate(iso, path);
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromDate(d: Date): IsoDate {
  const y = String(d.getFullYear()).padStart(4, '0');
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDate(dfAddDays(toDate(date, 'date'), days));
}

/** Adds calendar months; the 31st clamps to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromDate(dfAddMonths(toDate(date, 'date'), months));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to, 'to'), toDate(from, 'from'));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return getDay(toDate(date, 'date'));
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function endOfMonth(date: IsoDate): IsoDate {
  return fromDate(lastDayOfMonth(toDate(date, 'date')));
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
