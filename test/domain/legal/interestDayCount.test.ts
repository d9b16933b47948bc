/**
 * The day count of statutory interest at its edges: every rate change of both kinds, 29 February
 * and the turn of a calendar year. Expected amounts are computed here from the rule as written in
 * docs/legal.md (principal x rate x days / 365 per part, one rounding per compounding year), not
 * with the accrual code.
 */
import { addDays, daysBetween, isoDate } from '../../../src/domain/dates';
import { statutoryInterest } from '../../../src/domain/legal/interest';
import { ratesFor } from '../../../src/domain/legal/interestRates';
import type { InterestRate } from '../../../src/domain/model';
import { cents } from '../../../src/domain/money';

/** Cents of interest for parts [days, percent] at one base, rounded half away from zero. */
function expectedCents(base: number, parts: readonly [number, number][]): number {
  // percent to 1/10,000 percent so the sum stays an exact integer.
  const num = parts.reduce(
    (s, [days, pct]) => s + BigInt(base) * BigInt(Math.round(pct * 10_000)) * BigInt(days),
    0n,
  );
  const den = 100n * 10_000n * 365n;
  return Number((num * 2n + den) / (2n * den));
}

const flat = (percent: number): InterestRate[] => [
  { kind: 'consumer', from: isoDate('2000-01-01'), percent, source: 'test' },
];

describe('statutory interest day count', () => {
  it.each(['commercial', 'consumer'] as const)(
    '%s: across every rate change the days before run at the old rate and the change day at the new one',
    (kind) => {
      const rates = ratesFor(kind);
      for (let i = 1; i < rates.length; i++) {
        const change = rates[i]!;
        const before = rates[i - 1]!;
        // Ten days either side of the change, inside one compounding year.
        const from = addDays(change.from, -10);
        const until = addDays(change.from, 9);
        const r = statutoryInterest({ principal: cents(1_234_567), from, until, kind, rates });
        const expected = expectedCents(1_234_567, [
          [10, before.percent],
          [10, change.percent],
        ]);
        expect([change.from, r.total]).toEqual([change.from, expected]);
        if (before.percent !== change.percent) {
          expect([change.from, r.periods.map((p) => [p.from, p.days, p.rate])]).toEqual([
            change.from,
            [
              [from, 10, before.percent],
              [change.from, 10, change.percent],
            ],
          ]);
        }
      }
    },
  );

  it('counts 29 February as a day and still divides by 365', () => {
    const r = statutoryInterest({
      principal: cents(500_000),
      from: isoDate('2024-02-20'),
      until: isoDate('2024-03-10'),
      kind: 'consumer',
      rates: flat(7),
    });
    expect(daysBetween(isoDate('2024-02-20'), isoDate('2024-03-10')) + 1).toBe(20);
    expect(r.periods[0]?.days).toBe(20);
    expect(r.total).toBe(expectedCents(500_000, [[20, 7]])); // 5,000 x 7% x 20/365 = 19.18
    expect(r.total).toBe(1918);
    const common = statutoryInterest({
      principal: cents(500_000),
      from: isoDate('2023-02-20'),
      until: isoDate('2023-03-10'),
      kind: 'consumer',
      rates: flat(7),
    });
    expect(common.periods[0]?.days).toBe(19);
    expect(common.total).toBe(expectedCents(500_000, [[19, 7]]));
  });

  it('does not compound or split at the turn of a calendar year, only at the anniversary', () => {
    const r = statutoryInterest({
      principal: cents(250_000),
      from: isoDate('2022-12-01'),
      until: isoDate('2023-01-31'),
      kind: 'consumer',
      rates: ratesFor('consumer'),
    });
    // 2% through 31 December 2022, 4% from 1 January 2023 (a rate change, not compounding).
    expect(r.periods.map((p) => [p.from, p.days, p.rate, p.base])).toEqual([
      ['2022-12-01', 31, 2, 250_000],
      ['2023-01-01', 31, 4, 250_000],
    ]);
    expect(r.total).toBe(
      expectedCents(250_000, [
        [31, 2],
        [31, 4],
      ]),
    );
    const flatYear = statutoryInterest({
      principal: cents(250_000),
      from: isoDate('2022-12-01'),
      until: isoDate('2023-01-31'),
      kind: 'consumer',
      rates: flat(5),
    });
    expect(flatYear.periods).toHaveLength(1);
  });

  it('compounds at the anniversary of the first interest day, across 29 February', () => {
    const r = statutoryInterest({
      principal: cents(100_000),
      from: isoDate('2023-06-01'),
      until: isoDate('2024-06-10'),
      kind: 'consumer',
      rates: flat(6),
    });
    const firstYear = expectedCents(100_000, [[366, 6]]); // 1 June 2023 - 31 May 2024 holds 29 February
    expect(firstYear).toBe(6016);
    const secondPart = expectedCents(100_000 + firstYear, [[10, 6]]);
    expect(r.periods.map((p) => [p.from, p.days, p.base])).toEqual([
      ['2023-06-01', 366, 100_000],
      ['2024-06-01', 10, 100_000 + firstYear],
    ]);
    expect(r.total).toBe(firstYear + secondPart);
  });
});
