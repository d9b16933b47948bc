/**
 * Extrajudicial collection costs (buitengerechtelijke incassokosten).
 *
 * NL: Besluit vergoeding voor buitengerechtelijke incassokosten (Stb. 2012-141), art. 2: a sliding
 * scale over the principal sum (hoofdsom), minimum EUR 40, maximum EUR 6,775. VAT (21%) may be
 * added only where the creditor cannot reclaim it (art. 3 lid 2 of the decree).
 *
 * Several invoices of one debtor that are claimed together: the scale applies once, to their
 * combined principal (use `collectionCostsForInvoices`). That is how the decree is applied in
 * practice (read at das.nl "Hoe gaat u om met meerdere vorderingen?" and ruebincasso.nl
 * "Incassokosten bij meerdere vorderingen"); the decree's own text does not spell it out, and
 * courts have accepted separate amounts for claims that were dunned separately. Claims dunned in
 * one letter are therefore combined here.
 *
 * BE (B2B, wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand, art. 6):
 * a flat EUR 40 compensation per late invoice, no scale and no VAT (it is damages, not a service).
 * Belgian consumer claims (wet van 4 april 2019) are not modelled.
 *
 * Rounding: the scale is computed exactly (in thousandths of a cent) and rounded once, half away
 * from zero, before the minimum and maximum are applied; VAT is 21% of that rounded amount, rounded
 * half away from zero, as it would be on an invoice line.
 */
import { DomainError, requireArray, requireObject, requireOneOf } from '../errors';
import { addCents, cents, isCents, minCents, mulDiv, subtractCents, type Cents } from '../money';
import { roundDiv, roundParts } from './exact';

export type LegalCountry = 'NL' | 'BE';

export interface CollectionCostsOptions {
  /** The creditor cannot reclaim VAT (e.g. exempt or a private creditor): add 21%. NL only. */
  vat?: boolean;
  country?: LegalCountry;
}

export interface CostBracket {
  /** Lower bound of this slice of the principal, in cents (exclusive, except 0). */
  from: Cents;
  /** Upper bound in cents, or null for the open top slice. */
  to: Cents | null;
  percent: number;
  /** The part of the principal that fell in this slice. */
  slice: Cents;
  /** This slice's share of `beforeMinMax`; the shares add up to it exactly. */
  amount: Cents;
}

export interface CollectionCostsBreakdown {
  base: Cents;
  perBracket: CostBracket[];
  /** The scale's result, rounded once, before minimum and maximum. */
  beforeMinMax: Cents;
  /** After minimum and maximum, excluding VAT. */
  amount: Cents;
  vat: Cents;
  total: Cents;
  capped: 'min' | 'max' | null;
}

export const NL_MINIMUM: Cents = cents(4_000);
export const NL_MAXIMUM: Cents = cents(677_500);
export const BE_FLAT_COMPENSATION: Cents = cents(4_000);
export const VAT_PERCENT = 21;

/** Upper bounds in cents and the rate in per mille (tenths of a percent) for each slice. */
const NL_SCALE: ReadonlyArray<{ upTo: Cents | null; perMille: number }> = [
  { upTo: cents(250_000), perMille: 150 },
  { upTo: cents(500_000), perMille: 100 },
  { upTo: cents(1_000_000), perMille: 50 },
  { upTo: cents(20_000_000), perMille: 10 },
  { upTo: null, perMille: 5 },
];

const ZERO: CollectionCostsBreakdown = {
  base: cents(0),
  perBracket: [],
  beforeMinMax: cents(0),
  amount: cents(0),
  vat: cents(0),
  total: cents(0),
  capped: null,
};

function checkOptions(options: CollectionCostsOptions): LegalCountry {
  requireObject(options, 'options');
  const country = options.country ?? 'NL';
  requireOneOf(country, ['NL', 'BE'], 'options.country');
  return country;
}

function assertPrincipal(value: unknown, path: string): asserts value is Cents {
  if (!isCents(value)) {
    throw new DomainError(
      'invalid-amount',
      `principal must be a whole number of cents, got ${String(value)}`,
      {
        path,
        value,
      },
    );
  }
}

/** Collection costs over one principal sum; zero or negative principal owes nothing. */
export function collectionCosts(
  principalCents: Cents,
  options: CollectionCostsOptions = {},
): CollectionCostsBreakdown {
  assertPrincipal(principalCents, 'principal');
  const country = checkOptions(options);
  if (principalCents <= 0) return { ...ZERO, base: principalCents };
  if (country === 'BE') {
    return {
      ...ZERO,
      base: principalCents,
      beforeMinMax: BE_FLAT_COMPENSATION,
      amount: BE_FLAT_COMPENSATION,
      total: BE_FLAT_COMPENSATION,
    };
  }

  const slices: Array<{ from: Cents; to: Cents | null; perMille: number; slice: Cents }> = [];
  let lower = cents(0);
  for (const { upTo, perMille } of NL_SCALE) {
    if (principalCents <= lower) break;
    const upper = upTo === null ? principalCents : minCents(principalCents, upTo);
    slices.push({ from: lower, to: upTo, perMille, slice: subtractCents(upper, lower) });
    if (upTo === null) break;
    lower = upTo;
  }
  const numerators = slices.map((s) => BigInt(s.slice) * BigInt(s.perMille));
  const shares = roundParts(numerators, 1000n);
  const beforeMinMax = cents(
    Number(
      roundDiv(
        numerators.reduce((a, b) => a + b, 0n),
        1000n,
      ),
    ),
  );

  let amount = beforeMinMax;
  let capped: CollectionCostsBreakdown['capped'] = null;
  if (amount < NL_MINIMUM) {
    amount = NL_MINIMUM;
    capped = 'min';
  } else if (amount > NL_MAXIMUM) {
    amount = NL_MAXIMUM;
    capped = 'max';
  }
  const vat = options.vat ? cents(Number(roundDiv(BigInt(amount) * BigInt(VAT_PERCENT), 100n))) : cents(0);

  return {
    base: principalCents,
    perBracket: slices.map((s, i) => ({
      from: s.from,
      to: s.to,
      percent: s.perMille / 10,
      slice: s.slice,
      amount: cents(Number(shares[i] ?? 0n)),
    })),
    beforeMinMax,
    amount,
    vat,
    total: addCents(amount, vat),
    capped,
  };
}

/**
 * Costs for several invoices of one debtor claimed in one letter. NL: the scale over the combined
 * principal (only invoices with something open count). BE: EUR 40 per invoice with something open.
 */
export function collectionCostsForInvoices(
  principals: readonly Cents[],
  options: CollectionCostsOptions = {},
): CollectionCostsBreakdown {
  requireArray(principals, 'principals');
  principals.forEach((p, i) => assertPrincipal(p, `principals[${i}]`));
  const country = checkOptions(options);
  const open = principals.filter((p) => p > 0);
  const combined = open.reduce(addCents, cents(0));
  if (country === 'NL') return collectionCosts(combined, options);
  const amount = mulDiv(BE_FLAT_COMPENSATION, open.length, 1);
  return { ...ZERO, base: combined, beforeMinMax: amount, amount, total: amount };
}
