/**
 * Belgian commercial late-payment interest (wet van 2 augustus 2002, art. 5), computed exactly.
 *
 * - Art. 5 gives a yearly rate per half-year and says nothing of adding interest to the principal.
 *   Belgian civil law allows interest on interest only on a court claim or a special agreement, so
 *   the product computes SIMPLE interest: principal × rate × days, each day at its half-year's
 *   rate. Of the two readings it is the lower claim, which a debtor cannot contest.
 * - Day count: actual days / 365, also in leap years, as the Dutch module does (the law only says
 *   "per jaar"); a 29 February is one more day of interest.
 * - Interest runs from `from` (the day after the due date: art. 5 grants it "van rechtswege en
 *   zonder ingebrekestelling") through `until`, both inclusive, and is rounded once, half away from
 *   zero. Per-half-year amounts are shares of that rounded total and add up to it exactly.
 */
import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../../dates';
import { DomainError, requireObject } from '../../errors';
import { cents, isCents, type Cents } from '../../money';
import type { InterestRate } from '../../model';
import { roundDiv, roundParts } from '../exact';
import { belgianRateOn, belgianRates, halfYearStart } from './rates';

const RATE_SCALE = 10_000;
const DEN = BigInt(100 * RATE_SCALE * 365);

export interface BelgianInterestPeriod {
  from: IsoDate;
  until: IsoDate;
  days: number;
  rate: number;
  source: string;
  interest: Cents;
}

export interface BelgianInterestResult {
  total: Cents;
  periods: BelgianInterestPeriod[];
}

export interface BelgianInterestInput {
  principal: Cents;
  /** First day interest runs (the day after the due date). */
  from: IsoDate;
  /** Last day counted. */
  until: IsoDate;
  /** The user's rows (settings.extraInterestRates); only be-commercial rows are used. */
  extraRates?: readonly unknown[];
}

function rateUnits(percent: number): bigint {
  return BigInt(Math.round(percent * RATE_SCALE));
}

/** Simple interest at the published half-year rates; a half-year without a rate is a DomainError. */
export function belgianCommercialInterest(input: BelgianInterestInput): BelgianInterestResult {
  requireObject(input, 'input');
  const { principal, from, until } = input;
  if (!isCents(principal) || principal < 0) {
    throw new DomainError('invalid-amount', `principal must be a whole, non-negative number of cents`, {
      path: 'input.principal',
      value: principal,
    });
  }
  assertIsoDate(from, 'input.from');
  assertIsoDate(until, 'input.until');
  if (until < from) return { total: cents(0), periods: [] };
  const rates: readonly InterestRate[] = belgianRates(input.extraRates ?? []);
  const spans: { from: IsoDate; until: IsoDate; days: number; rate: InterestRate }[] = [];
  let day = from;
  while (day <= until) {
    const rate = belgianRateOn(rates, day);
    const halfEnd = addDays(addMonths(halfYearStart(day), 6), -1);
    const end = halfEnd < until ? halfEnd : until;
    spans.push({ from: day, until: end, days: daysBetween(day, end) + 1, rate });
    day = addDays(end, 1);
  }
  const numerators = spans.map((s) => BigInt(principal) * rateUnits(s.rate.percent) * BigInt(s.days));
  const shares = roundParts(numerators, DEN);
  const total = cents(
    Number(
      roundDiv(
        numerators.reduce((a, b) => a + b, 0n),
        DEN,
      ),
    ),
  );
  return {
    total,
    periods: spans.map((s, i) => ({
      from: s.from,
      until: s.until,
      days: s.days,
      rate: s.rate.percent,
      source: s.rate.source,
      interest: cents(Number(shares[i] ?? 0n)),
    })),
  };
}
