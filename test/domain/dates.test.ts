import fc from 'fast-check';
import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  differenceInCalendarDays,
  format,
  getDay,
  lastDayOfMonth,
} from 'date-fns';
import {
  addDays,
  addMonths,
  assertIsoDate,
  daysBetween,
  dayOfWeek,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  isoDate,
  type IsoDate,
} from '../../src/domain/dates';
import { DomainError } from '../../src/domain/errors';

const local = (iso: string) =>
  new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const anyDate = fc
  .date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true })
  .map((d) => iso(d));

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00')).toBe(false);
    expect(isIsoDate(45000)).toBe(false);
  });

  it('throws a located DomainError on bad input', () => {
    expect(() => assertIsoDate('31-12-2026', 'invoices[2].dueDate')).toThrow(DomainError);
    expect(() => addDays('2026-02-30' as never, 1)).toThrow(/YYYY-MM-DD/);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(isoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(isoDate('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(isoDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(isoDate('2024-01-30'), 30)).toBe('2024-02-29');
    expect(addDays(isoDate('2025-01-30'), 30)).toBe('2025-03-01');
    expect(daysBetween(isoDate('2024-01-01'), isoDate('2025-01-01'))).toBe(366);
    expect(addMonths(isoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(endOfMonth(isoDate('2100-02-10'))).toBe('2100-02-28');
    expect(dayOfWeek(isoDate('2026-11-23'))).toBe(1);
    expect(fromDayNumber(toDayNumber(isoDate('1969-12-31')))).toBe('1969-12-31');
  });

  it('agrees with date-fns on local calendar arithmetic', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(addDays(isoDate(d), n)).toBe(iso(dfAddDays(local(d), n)));
        expect(daysBetween(isoDate(d), addDays(isoDate(d), n))).toBe(n);
        expect(daysBetween(isoDate(d), isoDate('2026-11-23'))).toBe(
          differenceInCalendarDays(local('2026-11-23'), local(d)),
        );
        expect(dayOfWeek(isoDate(d))).toBe(getDay(local(d)));
        expect(endOfMonth(isoDate(d))).toBe(iso(lastDayOfMonth(local(d))));
        expect(addMonths(isoDate(d), n % 30)).toBe(iso(dfAddMonths(local(d), n % 30)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('arithmetic edges added in review', () => {
  it('years 0-99 stay those years (Date.UTC would read them as 19xx)', () => {
    expect(addDays(isoDate('0099-12-31'), 1)).toBe('0100-01-01');
    expect(addDays(isoDate('0004-02-28'), 1)).toBe('0004-02-29');
    expect(addMonths(isoDate('0050-01-31'), 1)).toBe('0050-02-28');
    expect(daysBetween(isoDate('0001-01-01'), isoDate('0002-01-01'))).toBe(365);
  });

  it('refuses fractional, NaN or text day counts and results outside 0000-9999', () => {
    for (const bad of [1.5, Number.NaN, '3', Infinity]) {
      expect(() => addDays(isoDate('2024-01-01'), bad as number)).toThrow(
        expect.objectContaining({ code: 'invalid-input', where: expect.objectContaining({ path: 'days' }) }),
      );
      expect(() => addMonths(isoDate('2024-01-01'), bad as number)).toThrow(
        expect.objectContaining({ where: expect.objectContaining({ path: 'months' }) }),
      );
    }
    expect(() => addDays(isoDate('9999-12-31'), 1)).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
    expect(() => addMonths(isoDate('0000-01-15'), -1)).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('dates converted before (remembered both ways)', () => {
  it('give the same answers the second time, past the number remembered, and bad input still fails', () => {
    // 200,000 days (0000 to 0547): twice the dates remembered, so the memory empties on the way.
    const first = toDayNumber(isoDate('0000-01-01'));
    const round = () => {
      for (let d = first; d < first + 200_000; d += 1) {
        const date = fromDayNumber(d);
        if (toDayNumber(date) !== d) throw new Error(`${date} is not day ${d}`);
      }
    };
    round();
    round();
    expect(fromDayNumber(first + 199_999)).toBe('0547-07-31');
    expect(daysBetween(isoDate('2026-02-28'), isoDate('2026-03-01'))).toBe(1);
    expect(() => toDayNumber('2026-02-30' as IsoDate)).toThrow(DomainError);
    expect(() => fromDayNumber(first - 1)).toThrow(DomainError);
    expect(() => fromDayNumber(1.5)).toThrow(DomainError);
  });
});
