/**
 * Dutch public holidays as the Algemene termijnenwet (Atw, BWBR0002448) counts them, computed per
 * year. Art. 3 lid 1: Nieuwjaarsdag, Christelijke tweede Paas- en Pinksterdag, beide Kerstdagen,
 * Hemelvaartsdag, the day the King's birthday is celebrated, and 5 mei; art. 3 lid 2: Goede Vrijdag
 * counts as one. Art. 3 lid 3 lets the government equate further days by decree in the
 * Staatscourant (a decree every three years); those decrees were not read one by one. They follow a
 * steady pattern (the Friday after Ascension; a Monday before or a Friday after a holiday that falls
 * on a Tuesday or Thursday), so these "bridge days" are treated as holidays too: extending a term
 * by a day too many costs a creditor nothing, a day too few can cost the collection costs.
 */
import { addDays, assertIsoDate, dayOfWeek, isoDate, type IsoDate } from '../dates';
import { DomainError } from '../errors';

export type HolidayKind = 'statutory' | 'equated' | 'bridge';

export interface Holiday {
  date: IsoDate;
  name: string;
  /** statutory: Atw art. 3 lid 1; equated: art. 3 lid 2 (Goede Vrijdag); bridge: the art. 3 lid 3 pattern. */
  kind: HolidayKind;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): IsoDate =>
  isoDate(`${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`);

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new DomainError(
      'invalid-input',
      `expected a Gregorian year from 1583 to 9999, got ${String(year)}`,
      {
        path: 'year',
        value: year,
      },
    );
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

/**
 * Koningsdag: 27 April since 2014 (26 April when the 27th is a Sunday); before 2014 Koninginnedag,
 * 30 April (29 April when the 30th is a Sunday).
 */
function kingsDay(year: number): IsoDate {
  const [day, sundayShift] = year >= 2014 ? [27, 26] : [30, 29];
  const date = ymd(year, 4, day);
  return dayOfWeek(date) === 0 ? ymd(year, 4, sundayShift) : date;
}

const cache = new Map<number, readonly Holiday[]>();

/** Every day of `year` the Atw treats as a holiday (statutory, Goede Vrijdag, bridge days), sorted. */
export function dutchHolidays(year: number): readonly Holiday[] {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const statutory: Holiday[] = [
    { date: ymd(year, 1, 1), name: 'Nieuwjaarsdag', kind: 'statutory' },
    { date: addDays(easter, -2), name: 'Goede Vrijdag', kind: 'equated' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag', kind: 'statutory' },
    { date: kingsDay(year), name: year >= 2014 ? 'Koningsdag' : 'Koninginnedag', kind: 'statutory' },
    { date: ymd(year, 5, 5), name: 'Bevrijdingsdag', kind: 'statutory' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag', kind: 'statutory' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag', kind: 'statutory' },
    { date: ymd(year, 12, 25), name: 'Eerste Kerstdag', kind: 'statutory' },
    { date: ymd(year, 12, 26), name: 'Tweede Kerstdag', kind: 'statutory' },
  ];
  const taken = new Set(statutory.map((h) => h.date));
  const bridges: Holiday[] = [];
  const bridge = (date: IsoDate, name: string) => {
    if (!taken.has(date)) {
      taken.add(date);
      bridges.push({ date, name, kind: 'bridge' });
    }
  };
  bridge(addDays(easter, 40), 'vrijdag na Hemelvaartsdag');
  for (const h of statutory) {
    if (h.kind !== 'statutory' || h.name === 'Hemelvaartsdag') continue;
    const dow = dayOfWeek(h.date);
    if (dow === 2) bridge(addDays(h.date, -1), `maandag voor ${h.name}`);
    if (dow === 4) bridge(addDays(h.date, 1), `vrijdag na ${h.name}`);
  }
  const all = [...statutory, ...bridges]
    .filter((h) => h.date.startsWith(`${String(year).padStart(4, '0')}-`))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(year, all);
  return all;
}

/** The holiday on `date`, if the Atw counts it as one. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  assertIsoDate(date, 'date');
  return dutchHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/** A Saturday, Sunday or Atw holiday: a day a statutory term cannot end on (Atw art. 1). */
export function isNonWorkingDay(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6 || holidayOn(date) !== undefined;
}

/**
 * The last day of a statutory term, extended per Atw art. 1 lid 1: a term ending on a Saturday,
 * Sunday or holiday runs through the next day that is none of these.
 */
export function extendStatutoryTerm(lastDay: IsoDate): IsoDate {
  assertIsoDate(lastDay, 'lastDay');
  let d = lastDay;
  while (isNonWorkingDay(d)) d = addDays(d, 1);
  return d;
}
