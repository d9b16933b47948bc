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
 * Each row names where its figure was read (in this session, November 2026). A source starting
 * with "unverified" means no publication stating that figure for that period was found; those rows
 * are listed in docs/legal.md and by `unverifiedRates()` so a lawyer can check them first. Never
 * fill a gap by computing ECB + margin: the consumer rate in particular is rounded and capped by
 * decree, and a computed figure was wrong here before (2025-07-01).
 * Users add newer rates through settings.extraInterestRates.
 */
import { DomainError, requireArray, requireOneOf } from '../errors';
import { interestRateSchema, type InterestRate } from '../model';
import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../dates';

export type InterestKind = InterestRate['kind'];

const RAAD =
  'raadvanarbitrage.nl, woordenlijst "Wettelijke rente, wettelijke handelsrente" (historical table)';
const VDKRAAN = 'vdkraan.nl "Wettelijke rente 2013" (table 2007-2013)';
const KB1971 = 'amending the Koninklijk Besluit van 18 januari 1971, Stb. 27';

function row(kind: InterestKind, from: IsoDate, percent: number, source: string): InterestRate {
  return { kind, from, percent, source };
}
const c = (from: IsoDate, percent: number, source: string) => row('commercial', from, percent, source);
const p = (from: IsoDate, percent: number, source: string) => row('consumer', from, percent, source);

export const BUILT_IN_INTEREST_RATES: readonly InterestRate[] = Object.freeze([
  // Commercial (handelsrente, art. 6:119a BW)
  c(
    '2002-01-01',
    7,
    `${RAAD}: before 1 December 2002 the ordinary art. 6:119 rate (7% from 2002-01-01) applied`,
  ),
  c('2002-12-01', 10.35, RAAD),
  c('2003-01-01', 9.85, RAAD),
  c('2003-07-01', 9.1, RAAD),
  c('2004-01-01', 9.01, `${RAAD} (no change listed on 2004-07-01)`),
  c('2005-01-01', 9.09, RAAD),
  c('2005-07-01', 9.05, RAAD),
  c('2006-01-01', 9.25, RAAD),
  c('2006-07-01', 9.83, RAAD),
  c('2007-01-01', 10.58, `${RAAD}; ${VDKRAAN}`),
  c('2007-07-01', 11.07, `${RAAD}; ${VDKRAAN}`),
  c('2008-01-01', 11.2, `${RAAD}; ${VDKRAAN}`),
  c('2008-07-01', 11.07, `${RAAD}; ${VDKRAAN}`),
  c('2009-01-01', 9.5, `${RAAD}; ${VDKRAAN}`),
  c('2009-07-01', 8, `${RAAD}; ${VDKRAAN}; wieringa-advocaten.nl 23 July 2009 (9.50% to 8%)`),
  c('2010-01-01', 8, `${RAAD}; ${VDKRAAN}`),
  c('2010-07-01', 8, `${RAAD}; ${VDKRAAN}`),
  c('2011-01-01', 8, `${VDKRAAN} (8% from 2011-01-01 to 2012-12-31)`),
  c('2011-07-01', 8, `${VDKRAAN}; iqount.nl 3 June 2011 (8% since 1 July 2009, unchanged)`),
  c('2012-01-01', 8, VDKRAAN),
  c('2012-07-01', 8, `${VDKRAAN}; dezaak.nl "Nieuwe tarieven per 1 juli 2012" (stays at 8%)`),
  c('2013-01-01', 7.75, VDKRAAN),
  c(
    '2013-03-16',
    8.75,
    'unverified: lexalert.nl confirms the margin rose from 7 to 8 points on 16 March 2013, but no publication of the resulting rate was found',
  ),
  c('2013-07-01', 8.5, 'unverified: no publication of the rate for 2013-07-01 was found'),
  c('2014-01-01', 8.25, 'lexence.com, 11 November 2014 (8.25% since 1 January 2014, unchanged)'),
  c('2014-07-01', 8.25, 'lexence.com, 11 November 2014 (8.25% since 1 January 2014, still so in November)'),
  c('2015-01-01', 8.05, 'bierensgroup.com "Nieuwe wettelijke handelsrente" (2015: 8.05%)'),
  c(
    '2015-07-01',
    8.05,
    'rechtnet.nl "Wettelijke rente per 1 januari 2016" (8.05%); unverified for 2015-07-01 itself',
  ),
  c('2016-01-01', 8.05, 'rechtnet.nl "Wettelijke rente per 1 januari 2016" (8.05%)'),
  c(
    '2016-07-01',
    8,
    'unverified: no publication of the rate for 2016-07-01 was found; rijksoverheid.nl (undated) and legalsearch.nl (4 January 2021) state 8%',
  ),
  c(
    '2017-01-01',
    8,
    'unverified for this half-year; rijksoverheid.nl "Hoe hoog is de wettelijke rente?" (undated) states 8%',
  ),
  c('2017-07-01', 8, 'unverified for this half-year; rijksoverheid.nl (undated) states 8%'),
  c('2018-01-01', 8, 'unverified for this half-year; rijksoverheid.nl (undated) states 8%'),
  c('2018-07-01', 8, 'unverified for this half-year; rijksoverheid.nl (undated) states 8%'),
  c('2019-01-01', 8, 'unverified for this half-year; rijksoverheid.nl (undated) states 8%'),
  c('2019-07-01', 8, 'unverified for this half-year; rijksoverheid.nl (undated) states 8%'),
  c('2020-01-01', 8, 'unverified for this half-year; legalsearch.nl 4 January 2021 states 8%'),
  c('2020-07-01', 8, 'unverified for this half-year; legalsearch.nl 4 January 2021 states 8%'),
  c(
    '2021-01-01',
    8,
    'legalsearch.nl "Wettelijke rente en handelsrente: stand van zaken", 4 January 2021 (8%)',
  ),
  c('2021-07-01', 8, 'unverified for this half-year; watsonlaw.nl states 8% on 1 January 2022'),
  c('2022-01-01', 8, 'watsonlaw.nl "Wettelijke handelsrente vanaf 1 juli naar 12%" (8% on 1 January 2022)'),
  c(
    '2022-07-01',
    8,
    'boersadvocaten.nl "De wettelijke (handels)rente is verhoogd" (8% until 31 December 2022)',
  ),
  c(
    '2023-01-01',
    10.5,
    'fieldfisher.com "Dutch Statutory and Commercial Interest increased" (10.5% from 1 January 2023); abenslag.nl; flib.nl',
  ),
  c('2023-07-01', 12, 'watsonlaw.nl "Wettelijke handelsrente vanaf 1 juli naar 12%"'),
  c('2024-01-01', 12.5, 'e-justice.europa.eu, Interest rates - Netherlands (12.50% since 1 January 2024)'),
  c('2024-07-01', 12.25, 'mijn.metaalunie.nl "Wettelijke rente per 1 juli 2024"'),
  c('2025-01-01', 11.15, 'wieringa-advocaten.nl, 13 January 2025 (11.15% from 1 January 2025)'),
  c('2025-07-01', 10.15, 'shared/FACTS.md (read 2026-11-22); unverified at a publication in this session'),
  c('2026-01-01', 10.15, 'shared/FACTS.md (read 2026-11-22); unverified at a publication in this session'),
  // Consumer / non-commercial (wettelijke rente, art. 6:119 BW)
  p('2002-01-01', 7, `${RAAD}; the decree ${KB1971} was not read`),
  p('2003-08-01', 5, `${RAAD}; the decree ${KB1971} was not read`),
  p('2004-02-01', 4, `${RAAD}; Besluit van 15 januari 2004, Stb. 2004, 13 (named in Stb. 2009, 262)`),
  p(
    '2007-01-01',
    6,
    `Besluit van 11 december 2006, Stb. 2006, 700 (named in Stb. 2009, 262 as the previous change); ${RAAD}`,
  ),
  p(
    '2009-07-01',
    4,
    'Besluit van 19 juni 2009, Stb. 2009, 262 (zoek.officielebekendmakingen.nl/stb-2009-262): six to four',
  ),
  p(
    '2010-01-01',
    3,
    'Besluit van 23 december 2009, Stb. 2009, 618 (named in the Besluit van 23 juni 2011): four to three',
  ),
  p('2011-07-01', 4, `Besluit van 23 juni 2011 ${KB1971}: three to four (text read at nl.vlex.com)`),
  p(
    '2012-07-01',
    3,
    'Besluit van 25 juni 2012, Stb. 2012, 285 (named in Stb. 2014, 491 as the previous change); lexalert.nl table',
  ),
  p(
    '2015-01-01',
    2,
    'Besluit van 4 december 2014, Stb. 2014, 491 (zoek.officielebekendmakingen.nl/stb-2014-491): three to two',
  ),
  p(
    '2023-01-01',
    4,
    'Besluit vaststelling wettelijke rente, BWBR0047640, version of 2023-01-01 (art. 1: vier procent)',
  ),
  p(
    '2023-07-01',
    6,
    'Stb. 2023, 235, amending BWBR0047640 (vfn.nl "Aanpassing wettelijke rente per 1 juli 2023")',
  ),
  p('2024-01-01', 7, 'Stb. 2023, 484, amending BWBR0047640 (feitsmaverhagen.nl; smkaccountants.nl)'),
  p(
    '2025-01-01',
    6,
    'Besluit van 10 december 2024 amending BWBR0047640 (wieringa-advocaten.nl, 13 January 2025)',
  ),
  p(
    '2026-01-01',
    4,
    'BWBR0047640 version of 2026-01-01 (issue 12, shared/FACTS.md correction); no Staatsblad number read',
  ),
]);

/** Last day the built-in table claims to cover; later days use the last row and should be checked. */
export const BUILT_IN_RATES_KNOWN_UNTIL: IsoDate = '2026-06-30';

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

/**
 * Is `today` past the last half-year the rate table knows (built-in rows plus the user's)? Rates
 * change on 1 January and 1 July, so a table whose latest row starts on or before the half-year
 * containing today is current; otherwise interest for the days past `knownUntil` uses the last
 * known rate, which a newer one may replace. Undefined when current.
 */
export function ratesOutdated(
  today: IsoDate,
  extraRates: readonly unknown[] = [],
): RatesOutdated | undefined {
  assertIsoDate(today, 'today');
  // Both kinds must be current: take the earlier of the two kinds' ends.
  const ends = (['commercial', 'consumer'] as const).map((kind) => {
    const rows = ratesFor(kind, extraRates);
    const last = rows[rows.length - 1]!;
    const halfYearStart = `${last.from.slice(0, 4)}-${last.from.slice(5, 7) < '07' ? '01' : '07'}-01`;
    const end = addDays(addMonths(halfYearStart, 6), -1);
    return end > BUILT_IN_RATES_KNOWN_UNTIL ? end : BUILT_IN_RATES_KNOWN_UNTIL;
  });
  const knownUntil = ends.reduce((a, b) => (a < b ? a : b));
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
