/**
 * Dutch statutory interest rates as data, one row per half-year and kind.
 *
 * - 'commercial' = wettelijke handelsrente (art. 6:119a / 6:120 lid 2 BW): the ECB's main
 *   refinancing rate of the last operation before 1 January / 1 July, plus 8 points.
 * - 'consumer' = wettelijke rente (art. 6:119 BW), set by order in council (Besluit vaststelling
 *   wettelijke rente), in practice the ECB rate plus 2.25 rounded to a whole percent.
 *
 * Every row names where it was read (checked 2026-11-23). "unverified" means no source stating
 * that exact rate for that half-year was found; the reason follows. A row runs until the next row
 * of the same kind; `BUILT_IN_RATES_KNOWN_UNTIL` says how far the table claims to be complete.
 * Users add newer rates through settings.extraInterestRates.
 */
import { DomainError, requireArray, requireOneOf } from '../errors';
import { interestRateSchema, type InterestRate } from '../model';
import { assertIsoDate, type IsoDate } from '../dates';

export type InterestKind = InterestRate['kind'];

const ECB_ZERO = 'ECB main refinancing rate 0.00% from 16 March 2016 to 27 July 2022, plus 8 points';

export const BUILT_IN_INTEREST_RATES: readonly InterestRate[] = [
  // Commercial (handelsrente)
  {
    kind: 'commercial',
    from: '2020-01-01',
    percent: 8,
    source: `unverified for this half-year; derived: ${ECB_ZERO}`,
  },
  {
    kind: 'commercial',
    from: '2020-07-01',
    percent: 8,
    source: `unverified for this half-year; derived: ${ECB_ZERO}`,
  },
  {
    kind: 'commercial',
    from: '2021-01-01',
    percent: 8,
    source: `unverified for this half-year; derived: ${ECB_ZERO}`,
  },
  {
    kind: 'commercial',
    from: '2021-07-01',
    percent: 8,
    source: `unverified for this half-year; derived: ${ECB_ZERO}`,
  },
  {
    kind: 'commercial',
    from: '2022-01-01',
    percent: 8,
    source: 'watsonlaw.nl "Wettelijke handelsrente vanaf 1 juli naar 12%" (8% on 1 January 2022)',
  },
  {
    kind: 'commercial',
    from: '2022-07-01',
    percent: 8,
    source: 'boersadvocaten.nl "De wettelijke (handels)rente is verhoogd" (8% until 31 December 2022)',
  },
  {
    kind: 'commercial',
    from: '2023-01-01',
    percent: 10.5,
    source:
      'abenslag.nl, boersadvocaten.nl, flib.nl, fieldfisher.com (10.5% from 1 January 2023; nfco.nl says 12%, contradicted)',
  },
  {
    kind: 'commercial',
    from: '2023-07-01',
    percent: 12,
    source: 'watsonlaw.nl "Wettelijke handelsrente vanaf 1 juli naar 12%"',
  },
  {
    kind: 'commercial',
    from: '2024-01-01',
    percent: 12.5,
    source: 'e-justice.europa.eu (Netherlands, interest rates); nl.wikipedia.org "Wettelijke rente"',
  },
  {
    kind: 'commercial',
    from: '2024-07-01',
    percent: 12.25,
    source: 'mijn.metaalunie.nl "Wettelijke rente per 1 juli 2024"',
  },
  {
    kind: 'commercial',
    from: '2025-01-01',
    percent: 11.15,
    source: 'wieringa-advocaten.nl, 13 January 2025 (11.15% from 1 January 2025)',
  },
  {
    kind: 'commercial',
    from: '2025-07-01',
    percent: 10.15,
    source:
      'unverified at a Dutch source; derived: ECB main refinancing rate 2.15% from 11 June 2025 (aa.com.tr, 18 Dec 2025: last cut in June) plus 8 points',
  },
  {
    kind: 'commercial',
    from: '2026-01-01',
    percent: 10.15,
    source:
      'unverified at a Dutch source; derived: ECB kept the main refinancing rate at 2.15% on 18 December 2025 (econotimes.com, aa.com.tr) plus 8 points',
  },
  // Consumer / non-commercial (wettelijke rente)
  {
    kind: 'consumer',
    from: '2020-01-01',
    percent: 2,
    source: 'credifin-nederland.nl yearly list (2020: 2%); 2% since 1 January 2015 (boogaardadvocaten.nl)',
  },
  {
    kind: 'consumer',
    from: '2020-07-01',
    percent: 2,
    source: 'credifin-nederland.nl yearly list (2020: 2%)',
  },
  {
    kind: 'consumer',
    from: '2021-01-01',
    percent: 2,
    source: 'credifin-nederland.nl yearly list (2021: 2%)',
  },
  {
    kind: 'consumer',
    from: '2021-07-01',
    percent: 2,
    source: 'credifin-nederland.nl yearly list (2021: 2%)',
  },
  {
    kind: 'consumer',
    from: '2022-01-01',
    percent: 2,
    source: 'credifin-nederland.nl yearly list (2022: 2%)',
  },
  {
    kind: 'consumer',
    from: '2022-07-01',
    percent: 2,
    source: 'boersadvocaten.nl (2% until 31 December 2022)',
  },
  {
    kind: 'consumer',
    from: '2023-01-01',
    percent: 4,
    source: 'abenslag.nl (KB of 15 December 2022: 2% to 4%); flib.nl; nfco.nl',
  },
  { kind: 'consumer', from: '2023-07-01', percent: 6, source: 'watsonlaw.nl (6% from 1 July 2023)' },
  {
    kind: 'consumer',
    from: '2024-01-01',
    percent: 7,
    source: 'smkaccountants.nl "Wettelijke rente per 1 januari 2024"; e-justice.europa.eu',
  },
  {
    kind: 'consumer',
    from: '2024-07-01',
    percent: 7,
    source: 'mijn.metaalunie.nl "Wettelijke rente per 1 juli 2024"',
  },
  {
    kind: 'consumer',
    from: '2025-01-01',
    percent: 6,
    source: 'wieringa-advocaten.nl, 13 January 2025 (order in council of 10 December 2024: 6%)',
  },
  {
    kind: 'consumer',
    from: '2025-07-01',
    percent: 4,
    source:
      'unverified (project FACTS.md); no source found. Caution: the published method (ECB rate at end of April, 2.40%, plus 2.25, rounded) would give 5%',
  },
  {
    kind: 'consumer',
    from: '2026-01-01',
    percent: 4,
    source:
      'unverified; derived: ECB rate 2.15% unchanged since June 2025 plus 2.25 gives 4.40%, rounded to 4%',
  },
];

/** Last day the built-in table claims to cover; later days use the last row and should be checked. */
export const BUILT_IN_RATES_KNOWN_UNTIL: IsoDate = '2026-06-30';

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
