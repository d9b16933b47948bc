import fc from 'fast-check';
import { addDays, dayOfWeek, isoDate } from '../../../src/domain/dates';
import {
  dutchHolidays,
  easterSunday,
  extendStatutoryTerm,
  holidayOn,
  isNonWorkingDay,
} from '../../../src/domain/calendar';

describe('Easter', () => {
  it.each([
    [2002, '2002-03-31'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i: Easter Sunday is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const e = easterSunday(year);
        expect(dayOfWeek(e)).toBe(0);
        expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
  it('refuses a year outside the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});

describe('Dutch holidays (Algemene termijnenwet art. 3)', () => {
  it('2026: the statutory days, Goede Vrijdag and the bridge days', () => {
    expect(dutchHolidays(2026).map((h) => [h.date, h.name, h.kind])).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag', 'statutory'],
      ['2026-01-02', 'vrijdag na Nieuwjaarsdag', 'bridge'],
      ['2026-04-03', 'Goede Vrijdag', 'equated'],
      ['2026-04-06', 'Tweede Paasdag', 'statutory'],
      ['2026-04-27', 'Koningsdag', 'statutory'],
      ['2026-05-04', 'maandag voor Bevrijdingsdag', 'bridge'],
      ['2026-05-05', 'Bevrijdingsdag', 'statutory'],
      ['2026-05-14', 'Hemelvaartsdag', 'statutory'],
      ['2026-05-15', 'vrijdag na Hemelvaartsdag', 'bridge'],
      ['2026-05-25', 'Tweede Pinksterdag', 'statutory'],
      ['2026-12-25', 'Eerste Kerstdag', 'statutory'],
      ['2026-12-26', 'Tweede Kerstdag', 'statutory'],
    ]);
  });
  it('Koningsdag moves to Saturday 26 April when the 27th is a Sunday (2025), Koninginnedag before 2014', () => {
    expect(holidayOn(isoDate('2025-04-26'))?.name).toBe('Koningsdag');
    expect(holidayOn(isoDate('2025-04-27'))).toBeUndefined();
    expect(holidayOn(isoDate('2013-04-30'))?.name).toBe('Koninginnedag');
  });
  it('Christmas and New Year are holidays whatever the weekday; a weekday after them is not', () => {
    expect(isNonWorkingDay(isoDate('2025-12-25'))).toBe(true);
    expect(isNonWorkingDay(isoDate('2025-12-26'))).toBe(true);
    expect(isNonWorkingDay(isoDate('2025-12-29'))).toBe(false);
    expect(isNonWorkingDay(isoDate('2025-12-31'))).toBe(false);
    expect(isNonWorkingDay(isoDate('2026-01-01'))).toBe(true);
  });
});

describe('extendStatutoryTerm (Atw art. 1 lid 1)', () => {
  it.each([
    ['a weekday stays', '2026-03-10', '2026-03-10'],
    ['Saturday to Monday', '2026-03-14', '2026-03-16'],
    ['Sunday to Monday', '2026-03-15', '2026-03-16'],
    ['Goede Vrijdag over Easter to Tuesday', '2026-04-03', '2026-04-07'],
    ['Easter Sunday to Tuesday', '2026-04-05', '2026-04-07'],
    ['Christmas Friday 2026 to Monday 28', '2026-12-25', '2026-12-28'],
    ['Christmas weekend 2027 (Sat/Sun) to Monday 27', '2027-12-25', '2027-12-27'],
    ['Ascension Thursday over the bridge Friday and weekend', '2026-05-14', '2026-05-18'],
    ['New Year 2027 (Friday) to Monday 4 January', '2027-01-01', '2027-01-04'],
  ])('%s', (_name, day, extended) => {
    expect(extendStatutoryTerm(isoDate(day))).toBe(extended);
  });
  it('never ends on a non-working day and never earlier than asked', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 20 }), (n) => {
        const day = addDays(isoDate('2015-01-01'), n);
        const end = extendStatutoryTerm(day);
        expect(end >= day).toBe(true);
        expect(isNonWorkingDay(end)).toBe(false);
      }),
    );
  });
});
