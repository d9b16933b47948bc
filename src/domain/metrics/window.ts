/**
 * The time windows the metrics share. "The last 12 months" is always the 365 days ending today:
 * dates in (today − 365, today]. An invoice dated exactly 365 days ago is OUT; one dated 364 days
 * ago is in. In a period spanning 29 February the window therefore starts one calendar day later
 * than "the same date last year", and DSO can divide by the same 365 days every time.
 */
import { addDays, addMonths, assertIsoDate, daysBetween, endOfMonth, isoDate, type IsoDate } from '../dates';
import { requireInteger, requireObject } from '../errors';

export const WINDOW_DAYS = 365;

export interface DateWindow {
  /** Exclusive lower bound: this day itself is outside the window. */
  after: IsoDate;
  /** Inclusive upper bound. */
  through: IsoDate;
}

/** The `days` days ending on `through`, i.e. (through − days, through]. */
export function trailingWindow(through: IsoDate, days: number = WINDOW_DAYS): DateWindow {
  return { after: addDays(through, -days), through };
}

/** ISO dates compare correctly as strings, which keeps the hot loops free of Date objects. */
export function inWindow(date: IsoDate, window: DateWindow): boolean {
  requireObject(window, 'window');
  return within(date, window);
}

/** inWindow for the metrics' loops, whose window prepareLedger made: no guard per invoice. */
export function within(date: IsoDate, window: DateWindow): boolean {
  return date > window.after && date <= window.through;
}

function firstOfMonth(date: IsoDate): IsoDate {
  assertIsoDate(date);
  return isoDate(`${date.slice(0, 7)}-01`);
}

/**
 * The `count` most recent month ends on or before `today`, oldest first. When today is itself
 * the last day of a month, that month counts.
 */
export function recentMonthEnds(today: IsoDate, count: number): IsoDate[] {
  requireInteger(count, 'count', 0);
  const thisMonthEnd = endOfMonth(today);
  const latestFirst = thisMonthEnd === today ? firstOfMonth(today) : addMonths(firstOfMonth(today), -1);
  const ends: IsoDate[] = [];
  for (let k = count - 1; k >= 0; k--) ends.push(endOfMonth(addMonths(latestFirst, -k)));
  return ends;
}

/** 'YYYY-Qn' of a date. */
export function quarterOf(date: IsoDate): string {
  assertIsoDate(date);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First day of the quarter of a date. */
function firstOfQuarter(date: IsoDate): IsoDate {
  assertIsoDate(date);
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1;
  return isoDate(`${date.slice(0, 4)}-${String(month).padStart(2, '0')}-01`);
}

/** The `count` calendar quarters ending with today's quarter, oldest first. */
export function recentQuarters(today: IsoDate, count: number): { key: string; first: IsoDate }[] {
  requireInteger(count, 'count', 0);
  const current = firstOfQuarter(today);
  const quarters: { key: string; first: IsoDate }[] = [];
  for (let k = count - 1; k >= 0; k--) {
    const first = addMonths(current, -3 * k);
    quarters.push({ key: quarterOf(first), first });
  }
  return quarters;
}

/**
 * Whole days between dates, memoised per date. A ledger of 50,000 invoices has only a few
 * thousand distinct dates, so this keeps date-fns (and its Date objects) out of the hot loops.
 */
export function createDayCounter(): (from: IsoDate, to: IsoDate) => number {
  const EPOCH = isoDate('2000-01-01');
  const cache = new Map<IsoDate, number>();
  const dayNumber = (date: IsoDate): number => {
    let n = cache.get(date);
    if (n === undefined) {
      n = daysBetween(EPOCH, date);
      cache.set(date, n);
    }
    return n;
  };
  return (from, to) => dayNumber(to) - dayNumber(from);
}
