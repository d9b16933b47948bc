/**
 * Day numbers for the metrics' loops: each distinct date string is checked and turned into an
 * integer (days since 1970-01-01, as dates.toDayNumber counts) once, so everything after the
 * entry compares and subtracts integers. A ledger of 50,000 invoices repeats a few thousand dates.
 */
import { assertIsoDate, fromDayNumber, type IsoDate } from '../dates';

/**
 * Days since 1970-01-01 of a date already checked by isIsoDate: the proleptic Gregorian count
 * (H. Hinnant's days_from_civil), without a Date object per call.
 */
function civilDay(date: IsoDate): number {
  const d = date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528;
  const m = date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528;
  const y0 =
    date.charCodeAt(0) * 1000 +
    date.charCodeAt(1) * 100 +
    date.charCodeAt(2) * 10 +
    date.charCodeAt(3) -
    53328;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export interface DayNumbers {
  /**
   * The day number of `value`, or a DomainError 'invalid-date' at `list[i].field` when it is no
   * date (the path is spelled out only then).
   */
  of(value: unknown, list: string, i: number, field: string): number;
  /** The day number of a date this map has seen (or any valid one). */
  known(date: IsoDate): number;
  /** The date of a day number, memoised the other way round. */
  date(day: number): IsoDate;
}

export function dayNumbers(): DayNumbers {
  const byDate = new Map<string, number>();
  const byDay = new Map<number, IsoDate>();
  const of = (value: unknown, list: string, i: number, field: string): number => {
    if (typeof value === 'string') {
      const day = byDate.get(value);
      if (day !== undefined) return day;
    }
    assertIsoDate(value, `${list}[${i}].${field}`);
    const day = civilDay(value);
    byDate.set(value, day);
    return day;
  };
  return {
    of,
    known(date) {
      const day = byDate.get(date);
      if (day !== undefined) return day;
      assertIsoDate(date);
      const d = civilDay(date);
      byDate.set(date, d);
      return d;
    },
    date(day) {
      let date = byDay.get(day);
      if (date === undefined) byDay.set(day, (date = fromDayNumber(day)));
      return date;
    },
  };
}
