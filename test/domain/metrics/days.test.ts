import fc from 'fast-check';
import { fromDayNumber, toDayNumber, isoDate } from '../../../src/domain/dates';
import { DomainError } from '../../../src/domain/errors';
import { dayNumbers } from '../../../src/domain/metrics/days';

describe('dayNumbers: each date to its day number once', () => {
  it('counts days as dates.toDayNumber does, over all four-digit years, and back', () => {
    const days = dayNumbers();
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber(isoDate('0000-01-01')), max: toDayNumber(isoDate('9999-12-31')) }),
        (day) => {
          const date = fromDayNumber(day);
          expect(days.of(date, 'invoices', 0, 'invoiceDate')).toBe(toDayNumber(date));
          expect(days.known(date)).toBe(day);
          expect(days.date(day)).toBe(date);
        },
      ),
      { numRuns: 2000 },
    );
    for (const date of ['1970-01-01', '2000-02-29', '1900-03-01', '2024-12-31', '0000-03-01'])
      expect(days.known(isoDate(date))).toBe(toDayNumber(isoDate(date)));
  });

  it('names the field of a value that is no date, also after valid ones were seen', () => {
    const days = dayNumbers();
    days.of('2026-01-31', 'payments', 0, 'date');
    for (const bad of ['2026-02-30', '2026-1-01', 20260101, undefined]) {
      let caught: unknown;
      try {
        days.of(bad, 'payments', 7, 'date');
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect(caught).toMatchObject({ code: 'invalid-date', where: { path: 'payments[7].date', value: bad } });
    }
  });
});
