/**
 * Belgian statutory interest for commercial transactions (wet van 2 augustus 2002 betreffende de
 * bestrijding van de betalingsachterstand bij handelstransacties, art. 5): the Minister of Finance
 * publishes the rate for each half-year in the Belgisch Staatsblad ("Mededeling over de interestvoet
 * die van toepassing is in geval van betalingsachterstand bij handelstransacties").
 *
 * A row covers exactly the half-year it starts (1 January–30 June or 1 July–31 December). Only
 * half-years whose publication was read here are listed; the others are left out, not filled in,
 * because the published rate is ECB + 7 (8 since 16 March 2013) points *rounded up to the next half
 * point* and a computed figure is not the published one. A day without a row is an error on that
 * invoice naming the half-year, and the trader adds the published rate as an Instellingen row
 * (rate.N.kind = be-commercial, rate.N.from = the half-year's first day).
 */
import { addDays, addMonths, assertIsoDate, isoDate, type IsoDate } from '../../dates';
import { DomainError, requireArray } from '../../errors';
import { interestRateSchema, type InterestRate } from '../../model';

const NOTE = 'Mededeling over de interestvoet ... betalingsachterstand bij handelstransacties';

// The table's dates are checked once, as it loads.
function row(from: string, percent: number, source: string): InterestRate {
  return { kind: 'be-commercial', from: isoDate(from, 'from'), percent, source };
}

/** Each figure as read in the publication named (November 2026). */
export const BE_COMMERCIAL_RATES: readonly InterestRate[] = Object.freeze([
  row('2004-07-01', 9.5, `${NOTE}, BS 10-08-2004, numac 2004003313 (read at etaamb.openjustice.be)`),
  row('2005-07-01', 9.5, `${NOTE}, BS 09-08-2005, numac 2005003624 (read at lex.be)`),
  row('2007-01-01', 11, `${NOTE}, BS 30-01-2007, numac 2007003049 (read at etaamb.openjustice.be)`),
  row('2008-01-01', 11.5, `${NOTE}, BS 14-01-2008, numac 2008003014 (read at etaamb.openjustice.be)`),
  row('2012-07-01', 8, `${NOTE}, numac 2012003232 (read at etaamb.openjustice.be)`),
  row(
    '2015-07-01',
    8.5,
    'FOD Financiën, Thesaurie (treasury.fgov.be): 8,5% for the 2nd half of 2015, BS 13-08-2015',
  ),
  row('2020-07-01', 8, 'FOD Financiën, Thesaurie (financien.belgium.be): 8,0% for the 2nd half of 2020'),
  row('2023-01-01', 10.5, `${NOTE}, BS 17-03-2023, numac 2023041019 (read at etaamb.openjustice.be)`),
]);

/** The first day of the half-year containing `day`. */
export function halfYearStart(day: IsoDate): IsoDate {
  assertIsoDate(day, 'day');
  return isoDate(`${day.slice(0, 4)}-${day.slice(5, 7) < '07' ? '01' : '07'}-01`);
}

/**
 * The Belgian rows in force: the built-in ones with the user's be-commercial rows over them (a user
 * row for the same half-year replaces the built-in one). A user row must start a half-year.
 */
export function belgianRates(extraRates: readonly unknown[] = []): InterestRate[] {
  requireArray(extraRates, 'extraRates');
  const byFrom = new Map<IsoDate, InterestRate>();
  for (const r of BE_COMMERCIAL_RATES) byFrom.set(r.from, r);
  extraRates.forEach((raw, i) => {
    const parsed = interestRateSchema.safeParse(raw);
    if (!parsed.success || parsed.data.kind !== 'be-commercial') return; // other kinds: the Dutch table's
    const rate = parsed.data;
    if (halfYearStart(rate.from) !== rate.from) {
      throw new DomainError('invalid-input', 'a Belgian rate starts on 1 January or 1 July', {
        path: `extraInterestRates[${i}].from`,
        value: rate.from,
      });
    }
    byFrom.set(rate.from, rate);
  });
  return [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The row covering `day`; a DomainError ('unsupported') naming the half-year when none was read. */
export function belgianRateOn(rates: readonly InterestRate[], day: IsoDate): InterestRate {
  requireArray(rates, 'rates');
  const start = halfYearStart(day);
  const found = rates.find((r) => r.kind === 'be-commercial' && r.from === start);
  if (found) return found;
  const end = addDays(addMonths(start, 6), -1);
  throw new DomainError(
    'unsupported',
    `no Belgian commercial interest rate is known for ${start} to ${end}: add the rate published in the Belgisch Staatsblad as an Instellingen row (rate.N.kind be-commercial, rate.N.from ${start})`,
    { path: 'date', value: day },
  );
}
