/**
 * Calendar dates are 'YYYY-MM-DD' strings throughout the core. Day arithmetic runs on integer day
 * numbers (days since 1970-01-01 via Date.UTC), which has no time zone or DST to trip over and is
 * cheap enough for the 50,000-invoice hot paths; month arithmetic goes through date-fns.
 */
import { addMonths as dfAddMonths } from 'date-fns';
import type { $brand } from 'zod/mini';
import { DomainError, requireInteger } from './errors';

/**
 * Branded (zod's brand, as the model's schemas parse it), so a month 'YYYY-MM', a name or an
 * unchecked text does not pass as a date: a string becomes IsoDate only through a check (isoDate,
 * isIsoDate, assertIsoDate, the model's parse) or the arithmetic below. Types only.
 */
export type IsoDate = string & $brand<'IsoDate'>;

const MS_PER_DAY = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const y = digitsAt(value, 0, 4);
  const mo = digitsAt(value, 5, 2);
  const d = digitsAt(value, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= monthLength(y, mo);
}

function monthLength(year: number, month: number): number {
  return month === 2 && leap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  requireInteger(year, 'year', 0, 9999);
  requireInteger(month, 'month', 1, 12);
  return monthLength(year, month);
}

export function assertIsoDate(value: unknown, path = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new DomainError(
      'invalid-date',
      `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
      {
        path,
        value,
      },
    );
  }
}

/** A calendar date as 'YYYY-MM-DD', checked: the way a plain string becomes IsoDate. */
export function isoDate(value: string, path = 'date'): IsoDate {
  assertIsoDate(value, path);
  return value;
}

/**
 * Dates converted already, both ways. A ledger asks about the same few thousand dates over and
 * over (each invoice's date for its term, its due date, today), and parsing and formatting them
 * anew each time was a large part of working out every invoice's status. Only valid dates are
 * kept; the cap keeps a long session that met very many dates (property tests) bounded.
 */
const dayNumbers = new Map<string, number>();
const datesOfDays = new Map<number, IsoDate>();
const REMEMBERED_DATES = 100_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= REMEMBERED_DATES) map.clear();
  map.set(key, value);
  return value;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate, path = 'date'): number {
  const known = dayNumbers.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date, path);
  const y = Number(date.slice(0, 4)) + CYCLE_YEARS;
  const day = Date.UTC(y, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY - CYCLE_DAYS;
  return remember(dayNumbers, date, day);
}

/**
 * Date.UTC and new Date(y, …) read years 0-99 as 1900-1999. The Gregorian calendar repeats every
 * 400 years (146,097 days), so arithmetic runs 400 years later and shifts back.
 */
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;
/** Day numbers of 0000-01-01 and 9999-12-31: the years a 'YYYY-MM-DD' string can hold. */
const FIRST_DAY = Date.UTC(CYCLE_YEARS, 0, 1) / MS_PER_DAY - CYCLE_DAYS;
const LAST_DAY = Date.UTC(9999, 11, 31) / MS_PER_DAY;

export function fromDayNumber(day: number): IsoDate {
  const known = datesOfDays.get(day);
  if (known !== undefined) return known;
  requireInteger(day, 'day', FIRST_DAY, LAST_DAY);
  const d = new Date((day + CYCLE_DAYS) * MS_PER_DAY);
  const y = String(d.getUTCFullYear() - CYCLE_YEARS).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return remember(datesOfDays, day, `${y}-${m}-${dd}` as IsoDate);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  requireInteger(days, 'days');
  const day = toDayNumber(date) + days;
  if (day < FIRST_DAY || day > LAST_DAY) throw outOfRange(date, days, 'days');
  return fromDayNumber(day);
}

/** Calendar months later (earlier when negative); a day the target month lacks becomes its last day. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  requireInteger(months, 'months');
  const local = new Date(
    Number(date.slice(0, 4)) + CYCLE_YEARS,
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  const r = dfAddMonths(local, months);
  const year = r.getFullYear() - CYCLE_YEARS;
  if (!(year >= 0 && year <= 9999)) throw outOfRange(date, months, 'months');
  return `${String(year).padStart(4, '0')}-${String(r.getMonth() + 1).padStart(2, '0')}-${String(r.getDate()).padStart(2, '0')}` as IsoDate;
}

function outOfRange(date: IsoDate, amount: number, path: string): DomainError {
  return new DomainError('invalid-date', `${date} plus ${amount} ${path} lies outside the years 0000-9999`, {
    path,
    value: amount,
  });
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to, 'to') - toDayNumber(from, 'from');
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a <= b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const d = dayOfWeek(date);
  return d === 0 || d === 6;
}

export function endOfMonth(date: IsoDate): IsoDate {
  assertIsoDate(date);
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}` as IsoDate;
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: IsoDate): string {
  assertIsoDate(date);
  return date.slice(0, 7);
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function isLeapYear(year: number): boolean {
  requireInteger(year, 'year', 0, 9999);
  return leap(year);
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
