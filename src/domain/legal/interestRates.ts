/**
 * Dutch statutory interest rates as data, one row per change (a row runs until the next row of the
 * same kind), back to 2002-01-01.
 *
 * - 'consumer' = wettelijke rente (art. 6:119 BW), set by order in council: until 2022 by amending
 *   the Koninklijk Besluit van 18 januari 1971, Stb. 27; since 2023-01-01 the Besluit vaststelling
 *   wettelijke rente (BWBR0047640) and its amendments. Each Staatsblad note names the previous
 *   change, so the chain of decrees shows no change was missed between two rows.
 * - 'commercial' = wettelijke handelsrente (art. 6:119a / 6:120 lid 2 BW): the ECB's rate of the
 *   last main refinancing operation before 1 January / 1 July plus 7 points, plus 8 points since
 *   the Directive 2011/7 implementation of 16 March 2013. Before 1 December 2002 (implementation
 *   of Directive 2000/35) business claims carried the ordinary rate.
 *
 * Each row names where its figure was read (November 2026). A commercial row is read as the statute
 * defines it: the ECB's published main refinancing rate plus the statutory margin, both official;
 * no secondary table decides a figure. A consumer row is read in its decree (or in a later decree
 * naming it). A source starting with "unverified" says why no official text was read for that
 * period; those rows are listed in docs/legal.md and by `unverifiedRates()` so a lawyer can check
 * them first. Never fill a consumer gap from the ECB: that rate is rounded and capped by decree,
 * and a computed figure was wrong here before (2025-07-01).
 * Users add newer rates through settings.extraInterestRates.
 */
import { DomainError, requireArray, requireOneOf } from '../errors';
import { interestRateSchema, type InterestRate } from '../model';
import { addDays, addMonths, assertIsoDate, daysBetween, isoDate, type IsoDate } from '../dates';
import { belgianRates, halfYearStart } from './be/rates';

export type InterestKind = InterestRate['kind'];

const RAAD =
  'raadvanarbitrage.nl, woordenlijst "Wettelijke rente, wettelijke handelsrente" (historical table)';
const VDKRAAN = 'vdkraan.nl "Wettelijke rente 2013" (table 2007-2013)';
const KB1971 = 'amending the Koninklijk Besluit van 18 januari 1971, Stb. 27';
/** Where the ECB's rates were read: the ECB's own table and a Eurosystem central bank's copy of it. */
const ECB_TABLE =
  'key ECB interest rates table (ECB statistics page, read at its mirror sdw.zentral-bank.eu, and Banka Slovenije bsi.si "ECB interest rates")';
/** Before 16 March 2013: 7 points over the ECB rate; since then 8 (art. 6:120 lid 2 BW). */
const ART120 = (margin: 7 | 8) => `+ ${margin} points under art. 6:120 lid 2 BW`;
/**
 * A commercial row read from the ECB's published main refinancing rate in force before 1 January /
 * 1 July, plus the margin the statute fixes. The figure is the statute's own definition applied to
 * an official ECB publication, not an estimate; secondary confirmations follow after ';'.
 */
const ecb = (rate: string, since: string, margin: 7 | 8, extra = '') =>
  `ECB main refinancing rate ${rate}% (fixed rate, with effect from ${since}; ${ECB_TABLE}) ${ART120(margin)}${extra ? `; ${extra}` : ''}`;
/**
 * Variable-rate tenders (June 2000 to October 2008): the statute takes the rate of the last operation
 * before the half-year, which in a variable-rate tender is its marginal rate (the Official Journal's
 * half-yearly notice says so, e.g. OJ 2004/C 220/01 note 1). Read in Danmarks Nationalbank's annual
 * Report and Accounts, table "Eurosystem monetary-policy operations allotted through tenders"
 * (source: ECB), one table per year; `report` names the year's report.
 */
const marginal = (rate: string, operation: string, report: string) =>
  `ECB main refinancing rate ${rate}% (marginal rate of the variable-rate tender of ${operation}, the last operation before the half-year; Danmarks Nationalbank, Report and Accounts ${report}, table "Eurosystem monetary-policy operations allotted through tenders", source ECB) ${ART120(7)}`;
/** Variable-rate tenders whose marginal rate was not found in an official table. */
const VARIABLE =
  'unverified: the ECB ran variable-rate tenders then, and the marginal rate of its last operation before the half-year (the figure art. 6:120 lid 2 BW uses) was not read at an official publication; only';

// The table's dates are checked once, as it loads.
function row(kind: InterestKind, from: string, percent: number, source: string): InterestRate {
  return { kind, from: isoDate(from, 'from'), percent, source };
}
const c = (from: string, percent: number, source: string) => row('commercial', from, percent, source);
const p = (from: string, percent: number, source: string) => row('consumer', from, percent, source);

const ZERO = (extra = '') =>
  ecb('0.00', '16 March 2016, unchanged on 18 September 2019, next changed on 27 July 2022', 8, extra);

export const BUILT_IN_INTEREST_RATES: readonly InterestRate[] = Object.freeze([
  // Commercial (handelsrente, art. 6:119a BW)
  c(
    '2002-01-01',
    7,
    `unverified: only ${RAAD} was read: before 1 December 2002 the ordinary art. 6:119 rate (7% from 2002-01-01) applied`,
  ),
  c('2002-12-01', 10.35, marginal('3.35', '26 June 2002', '2002')),
  c('2003-01-01', 9.85, `${VARIABLE} ${RAAD}`),
  c('2003-07-01', 9.1, marginal('2.10', '25 June 2003', '2003')),
  // Was 9.01 for all of 2004 (Raad van Arbitrage); the operation of 30 December 2003 gave 2.02.
  c('2004-01-01', 9.02, marginal('2.02', '30 December 2003', '2003')),
  c('2004-07-01', 9.01, marginal('2.01', '30 June 2004', '2004')),
  c('2005-01-01', 9.09, marginal('2.09', '30 December 2004', '2004')),
  c('2005-07-01', 9.05, marginal('2.05', '29 June 2005', '2005')),
  c(
    '2006-01-01',
    9.25,
    `ECB main refinancing rate 2.25% (Official Journal notice "Interest rate applied by the European Central Bank to its main refinancing operations: 2,25 % on 1 January 2006", op.europa.eu publication aa8ade77-5e92-46ed-b6a0-f34487cb5c17, read in its Slovak version; the rate of the last operation before that day, the marginal rate in a variable-rate tender) ${ART120(7)}`,
  ),
  c('2006-07-01', 9.83, `${VARIABLE} ${RAAD}`),
  c('2007-01-01', 10.58, `${VARIABLE} ${RAAD}; ${VDKRAAN}`),
  c('2007-07-01', 11.07, `${VARIABLE} ${RAAD}; ${VDKRAAN}`),
  c('2008-01-01', 11.2, `${VARIABLE} ${RAAD}; ${VDKRAAN}`),
  c('2008-07-01', 11.07, `${VARIABLE} ${RAAD}; ${VDKRAAN}`),
  c('2009-01-01', 9.5, ecb('2.50', '10 December 2008', 7, `${RAAD}; ${VDKRAAN}`)),
  c('2009-07-01', 8, ecb('1.00', '13 May 2009', 7, `${RAAD}; wieringa-advocaten.nl 23 July 2009`)),
  c('2010-01-01', 8, ecb('1.00', '13 May 2009', 7, RAAD)),
  c('2010-07-01', 8, ecb('1.00', '13 May 2009', 7, RAAD)),
  c('2011-01-01', 8, ecb('1.00', '13 May 2009', 7, VDKRAAN)),
  // Was 8 from vdkraan.nl and a note of 3 June 2011; the ECB had raised its rate on 13 April 2011.
  c(
    '2011-07-01',
    8.25,
    ecb(
      '1.25',
      '13 April 2011; 1.50 only from the operation of 13 July 2011, ECB press release 7 July 2011',
      7,
    ),
  ),
  c('2012-01-01', 8, ecb('1.00', '14 December 2011', 7, VDKRAAN)),
  c(
    '2012-07-01',
    8,
    ecb('1.00', '14 December 2011; 0.75 only from 11 July 2012, ECB press release 5 July 2012', 7),
  ),
  c('2013-01-01', 7.75, ecb('0.75', '11 July 2012', 7, VDKRAAN)),
  c(
    '2013-03-16',
    8.75,
    ecb(
      '0.75',
      '11 July 2012',
      8,
      'the margin rose from 7 to 8 points on 16 March 2013 (Directive 2011/7 implemented; lexalert.nl)',
    ),
  ),
  c('2013-07-01', 8.5, ecb('0.50', '8 May 2013, ECB press release 2 May 2013', 8)),
  c('2014-01-01', 8.25, ecb('0.25', '13 November 2013, ECB press release 7 November 2013', 8)),
  // Was 8.25 from a November 2014 note; the ECB cut its rate on 11 June 2014.
  c(
    '2014-07-01',
    8.15,
    ecb(
      '0.15',
      '11 June 2014, ECB press release 5 June 2014',
      8,
      'advocatenkantooroste.nl (8.15 in July 2014)',
    ),
  ),
  c('2015-01-01', 8.05, ecb('0.05', '10 September 2014, ECB press release 4 September 2014', 8)),
  c('2015-07-01', 8.05, ecb('0.05', '10 September 2014, unchanged on 9 December 2015', 8)),
  c('2016-01-01', 8.05, ecb('0.05', '10 September 2014, unchanged on 9 December 2015', 8)),
  c('2016-07-01', 8, ZERO('DNB "ECB rentetarieven": 0,00% per 16 maart 2016')),
  c('2017-01-01', 8, ZERO()),
  c('2017-07-01', 8, ZERO()),
  c('2018-01-01', 8, ZERO()),
  c('2018-07-01', 8, ZERO()),
  c('2019-01-01', 8, ZERO()),
  c('2019-07-01', 8, ZERO()),
  c('2020-01-01', 8, ZERO('Official Journal 2020/C 148/02: 0,00 % on 1 May 2020')),
  c('2020-07-01', 8, ZERO()),
  c('2021-01-01', 8, ZERO()),
  c('2021-07-01', 8, ZERO()),
  c('2022-01-01', 8, ZERO()),
  c('2022-07-01', 8, ZERO()),
  c('2023-01-01', 10.5, ecb('2.50', '21 December 2022', 8)),
  c('2023-07-01', 12, ecb('4.00', '21 June 2023', 8)),
  c(
    '2024-01-01',
    12.5,
    ecb('4.50', '20 September 2023', 8, 'e-justice.europa.eu (12.50% since 1 January 2024)'),
  ),
  c('2024-07-01', 12.25, ecb('4.25', '12 June 2024', 8)),
  c('2025-01-01', 11.15, ecb('3.15', '18 December 2024', 8)),
  c(
    '2025-07-01',
    10.15,
    'unverified: the ECB cut to 2.15% from 11 June 2025 (+ 8 points, art. 6:120 lid 2 BW) was read only in press reports of the ECB decision of 5 June 2025, not at an ECB or EU publication',
  ),
  c(
    '2026-01-01',
    10.15,
    'unverified: the ECB rate unchanged at 2.15% on 18 December 2025 was read only in press reports of the ECB decision, not at an ECB or EU publication',
  ),
  // Consumer / non-commercial (wettelijke rente, art. 6:119 BW)
  p('2002-01-01', 7, `unverified: only ${RAAD} was read; the decree ${KB1971} was not`),
  p('2003-08-01', 5, `unverified: only ${RAAD} was read; the decree ${KB1971} was not`),
  p(
    '2004-02-01',
    4,
    `unverified: Besluit van 15 januari 2004, Stb. 2004, 13 is named in Stb. 2009, 262 but its figure was not read; ${RAAD}`,
  ),
  p(
    '2007-01-01',
    6,
    'Stb. 2009, 262 (zoek.officielebekendmakingen.nl/stb-2009-262): the rate was 6% until 30 June 2009, set by the previous change of 1 January 2007 (Besluit van 11 december 2006, Stb. 2006, 700)',
  ),
  p(
    '2009-07-01',
    4,
    'Besluit van 19 juni 2009, Stb. 2009, 262 (zoek.officielebekendmakingen.nl/stb-2009-262): six to four',
  ),
  p(
    '2010-01-01',
    3,
    'Besluit van 23 juni 2011 (official text at nl.vlex.com): three until 30 June 2011, the previous change of 1 January 2010 being Stb. 2009, 618',
  ),
  p('2011-07-01', 4, `Besluit van 23 juni 2011 ${KB1971}: three to four (official text at nl.vlex.com)`),
  p(
    '2012-07-01',
    3,
    'Stb. 2014, 491 (zoek.officielebekendmakingen.nl/stb-2014-491): three until 31 December 2014, the previous change of 1 July 2012 being Stb. 2012, 285',
  ),
  p(
    '2015-01-01',
    2,
    'Besluit van 4 december 2014, Stb. 2014, 491 (zoek.officielebekendmakingen.nl/stb-2014-491): three to two; wettenpocket.overheid.nl, version from 1-1-2015: "twee procent"',
  ),
  p(
    '2023-01-01',
    4,
    'Besluit vaststelling wettelijke rente, Stb. 2022, 520, BWBR0047640 version of 2023-01-01 (art. 1: "vier procent"; text read at the wetgit.nl copy of wetten.overheid.nl)',
  ),
  p(
    '2023-07-01',
    6,
    'unverified: the version of BWBR0047640 in force from 2023-07-01 ("Aanpassing wettelijke rente", signed 29 June 2023; Stb. 2023, 235 per vfn.nl) is listed in the official version history (read in the inview.nl copy), but its figure was not read; vfn.nl "Aanpassing wettelijke rente per 1 juli 2023"',
  ),
  p(
    '2024-01-01',
    7,
    'unverified: the Besluit van 20 december 2023 amending BWBR0047640 (Stb. 2023, 484, issued 22 December 2023, in force 2024-01-01, per the official version history read in the inview.nl copy) was found by title and number only, its figure not read; feitsmaverhagen.nl; smkaccountants.nl',
  ),
  p(
    '2025-01-01',
    6,
    'unverified: the Besluit van 10 december 2024 amending BWBR0047640 was not read; wieringa-advocaten.nl, 13 January 2025',
  ),
  p(
    '2026-01-01',
    4,
    'unverified: BWBR0047640 version of 2026-01-01 as reported in issue 12 and shared/FACTS.md; not read in this session',
  ),
]);

/** Last day the built-in table claims to cover; later days use the last row and should be checked. */
export const BUILT_IN_RATES_KNOWN_UNTIL: IsoDate = isoDate('2026-06-30');

/** Built-in rows whose figure was not read at a publication for that period. */
export function unverifiedRates(): InterestRate[] {
  return BUILT_IN_INTEREST_RATES.filter((r) => r.source.startsWith('unverified'));
}

export interface RatesOutdated {
  /** The last day the table (built-in plus the user's rows) covers. */
  knownUntil: IsoDate;
  /** Days from the day after knownUntil through today. */
  daysPast: number;
}

/** The last day of the half-year that starts on or contains `day`. */
function halfYearEnd(day: IsoDate): IsoDate {
  return addDays(addMonths(halfYearStart(day), 6), -1);
}

/**
 * Is `today` past the last half-year the rate table knows (built-in rows plus the user's)? Rates
 * change on 1 January and 1 July, so a table whose latest row starts on or before the half-year
 * containing today is current. Undefined when current.
 *
 * - 'NL' (default): both Dutch kinds must be current, so the earlier of the two ends counts. Days
 *   past it use the last known rate, which a newer one may replace.
 * - 'BE': the Belgian half-year rates (be-commercial) are the only ones a Belgian workbook uses,
 *   and a half-year without its published rate is an error on the invoices that need it, so the
 *   table is current only while its latest row covers today's half-year.
 */
export function ratesOutdated(
  today: IsoDate,
  extraRates: readonly unknown[] = [],
  country: 'NL' | 'BE' = 'NL',
): RatesOutdated | undefined {
  assertIsoDate(today, 'today');
  requireOneOf(country, ['NL', 'BE'], 'country');
  let knownUntil: IsoDate;
  if (country === 'BE') {
    // The built-in rows are never empty, and the user's rows only add to them.
    const rows = belgianRates(extraRates);
    knownUntil = halfYearEnd(rows[rows.length - 1]!.from);
  } else {
    // Both kinds must be current: take the earlier of the two kinds' ends.
    const ends = (['commercial', 'consumer'] as const).map((kind) => {
      const rows = ratesFor(kind, extraRates);
      const end = halfYearEnd(rows[rows.length - 1]!.from);
      return end > BUILT_IN_RATES_KNOWN_UNTIL ? end : BUILT_IN_RATES_KNOWN_UNTIL;
    });
    knownUntil = ends.reduce((a, b) => (a < b ? a : b));
  }
  if (today <= knownUntil) return undefined;
  return { knownUntil, daysPast: daysBetween(knownUntil, today) };
}

/**
 * The rates of one kind: built-in rows with the user's rows merged over them (a user row for the
 * same kind and start date replaces the built-in one), sorted by start date, each validated.
 */
export function ratesFor(kind: InterestKind, extraRates: readonly unknown[] = []): InterestRate[] {
  requireOneOf(kind, ['commercial', 'consumer'], 'kind');
  requireArray(extraRates, 'extraRates');
  const byFrom = new Map<IsoDate, InterestRate>();
  for (const row of BUILT_IN_INTEREST_RATES) if (row.kind === kind) byFrom.set(row.from, row);
  const userFroms = new Set<IsoDate>();
  extraRates.forEach((raw, i) => {
    const parsed = interestRateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      throw new DomainError('invalid-input', `interest rate: ${issue?.message ?? 'invalid'}`, {
        path: `extraInterestRates[${i}]${field ? `.${field}` : ''}`,
        value: raw,
      });
    }
    const rate = parsed.data;
    if (rate.kind !== kind) return;
    if (userFroms.has(rate.from)) {
      throw new DomainError('duplicate', `two ${kind} interest rates start on ${rate.from}`, {
        path: `extraInterestRates[${i}].from`,
        value: rate.from,
      });
    }
    userFroms.add(rate.from);
    byFrom.set(rate.from, rate);
  });
  return [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The row in force on `date` (the latest start on or before it); DomainError when the table starts later. */
export function rateOn(rates: readonly InterestRate[], date: IsoDate): InterestRate {
  requireArray(rates, 'rates');
  assertIsoDate(date, 'date');
  let found: InterestRate | undefined;
  for (const r of rates) {
    if (r.from <= date) found = r;
    else break;
  }
  if (!found) {
    throw new DomainError(
      'unsupported',
      `no statutory interest rate known for ${date}; add one in the settings`,
      {
        path: 'date',
        value: date,
      },
    );
  }
  return found;
}
