/**
 * The ten Belgian public holidays (Nieuwjaar, Paasmaandag, 1 mei, Hemelvaart, Pinkstermaandag,
 * 21 juli, 15 augustus, 1 november, 11 november, Kerstmis), used only to count the working days of
 * the consumer's waiting term. The statute listing them was not read here; counting a day as
 * non-working can only make the term end later, which costs a creditor nothing.
 */
import { addDays, assertIsoDate, isoDate, type IsoDate } from '../../dates';
import { easterSunday } from '../../calendar/holidays';

const FIXED = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'];
const cache = new Map<number, Set<IsoDate>>();

/** The Belgian public holidays of `year`. */
export function belgianHolidays(year: number): ReadonlySet<IsoDate> {
  let days = cache.get(year);
  if (!days) {
    const easter = easterSunday(year); // validates the year
    const y = String(year).padStart(4, '0');
    days = new Set([
      ...FIXED.map((md) => isoDate(`${y}-${md}`)),
      addDays(easter, 1), // Paasmaandag
      addDays(easter, 39), // Hemelvaartsdag
      addDays(easter, 50), // Pinkstermaandag
    ]);
    cache.set(year, days);
  }
  return days;
}

export function isBelgianHoliday(date: IsoDate): boolean {
  assertIsoDate(date, 'date');
  return belgianHolidays(Number(date.slice(0, 4))).has(date);
}
