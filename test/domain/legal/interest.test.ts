import fc from 'fast-check';
import { addDays, daysBetween, isoDate } from '../../../src/domain/dates';
import { interestOnSchedule, statutoryInterest } from '../../../src/domain/legal/interest';
import { ratesFor } from '../../../src/domain/legal/interestRates';
import type { InterestRate } from '../../../src/domain/model';
import { cents } from '../../../src/domain/money';

const commercial = ratesFor('commercial');
const flat = (percent: number, kind: 'commercial' | 'consumer' = 'consumer'): InterestRate[] => [
  { kind, from: isoDate('2000-01-01'), percent, source: 'test' },
];

describe('statutoryInterest', () => {
  it('counts both bounds: 31 days of January 2025 at 11.15%', () => {
    // 1,000.00 x 11.15% x 31/365 = 9.4699 -> 9.47
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2025-01-01'),
      until: isoDate('2025-01-31'),
      kind: 'commercial',
      rates: commercial,
    });
    expect(r).toEqual({
      total: 947,
      periods: [
        { from: '2025-01-01', until: '2025-01-31', days: 31, rate: 11.15, base: 100000, interest: 947 },
      ],
    });
  });

  it('splits at a rate change and rounds once for the year', () => {
    // June at 12.5%: 10.27397; July at 12.25%: 10.40411; together 20.67808 -> 20.68
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2024-06-01'),
      until: isoDate('2024-07-31'),
      kind: 'commercial',
      rates: commercial,
    });
    expect(r.periods.map((p) => [p.from, p.until, p.days, p.rate, p.interest])).toEqual([
      ['2024-06-01', '2024-06-30', 30, 12.5, 1027],
      ['2024-07-01', '2024-07-31', 31, 12.25, 1041],
    ]);
    expect(r.total).toBe(2068);
  });

  it('compounds yearly from the start date across several rate changes', () => {
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2024-03-15'),
      until: isoDate('2026-03-14'),
      kind: 'commercial',
      rates: commercial,
    });
    // year 1 (15-3-2024..14-3-2025): 1000 x (12.5% x 108 + 12.25% x 184 + 11.15% x 73) / 365 = 121.0397 -> 121.04
    // year 2 on 1,121.04: (11.15% x 108 + 10.15% x 257) / 365 x 1121.04 = 117.1026 -> 117.10
    expect(r.periods.map((p) => [p.from, p.days, p.rate, p.base])).toEqual([
      ['2024-03-15', 108, 12.5, 100000],
      ['2024-07-01', 184, 12.25, 100000],
      ['2025-01-01', 73, 11.15, 100000],
      ['2025-03-15', 108, 11.15, 112104],
      ['2025-07-01', 184, 10.15, 112104],
      ['2026-01-01', 73, 10.15, 112104],
    ]);
    expect(r.periods.slice(0, 3).reduce((s, p) => s + p.interest, 0)).toBe(12104);
    expect(r.total).toBe(12104 + 11710);
    expect(r.periods.reduce((s, p) => s + p.interest, 0)).toBe(r.total);
    // simple interest would have been 121.04 + 104.46
    expect(r.total).toBeGreaterThan(12104 + 10446);
  });

  it('divides by 365 also in a leap year (documented choice)', () => {
    const leap = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2024-01-01'),
      until: isoDate('2024-12-31'),
      kind: 'consumer',
      rates: flat(10),
    });
    expect(leap.periods[0]?.days).toBe(366);
    expect(leap.total).toBe(10027); // 100 x 366/365 = 100.274 -> 100.27
    const common = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2023-01-01'),
      until: isoDate('2023-12-31'),
      kind: 'consumer',
      rates: flat(10),
    });
    expect(common.total).toBe(10000);
  });

  it('takes the anniversary of a 29 February start on 28 February', () => {
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2024-02-29'),
      until: isoDate('2025-03-01'),
      kind: 'consumer',
      rates: flat(10),
    });
    expect(r.periods.map((p) => [p.from, p.until, p.days, p.base])).toEqual([
      ['2024-02-29', '2025-02-27', 365, 100000],
      ['2025-02-28', '2025-03-01', 2, 110000],
    ]);
    expect(r.total).toBe(10000 + 60); // 1,100 x 10% x 2/365 = 0.6027
  });

  it('is zero for zero days, and refuses an end before the start', () => {
    expect(
      statutoryInterest({
        principal: cents(100000),
        from: isoDate('2025-01-01'),
        until: isoDate('2024-12-31'),
        kind: 'commercial',
        rates: commercial,
      }),
    ).toEqual({
      total: 0,
      periods: [],
    });
    expect(() =>
      statutoryInterest({
        principal: cents(100000),
        from: isoDate('2025-01-01'),
        until: isoDate('2024-12-30'),
        kind: 'commercial',
        rates: commercial,
      }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-input', where: expect.objectContaining({ path: 'until' }) }),
    );
  });

  it('handles one cent (no interest worth a cent) and ten million euros exactly', () => {
    expect(
      statutoryInterest({
        principal: cents(1),
        from: isoDate('2020-01-01'),
        until: isoDate('2025-12-31'),
        kind: 'commercial',
        rates: commercial,
      }).total,
    ).toBe(0);
    const big = statutoryInterest({
      principal: cents(1_000_000_000),
      from: isoDate('2025-01-01'),
      until: isoDate('2026-12-31'),
      kind: 'commercial',
      rates: flat(12.25, 'commercial'),
    });
    // 122,500,000 cents in year one, then 12.25% of 1,122,500,000 = 137,506,250
    expect(big.total).toBe(122_500_000 + 137_506_250);
    expect(big.periods[1]?.base).toBe(1_122_500_000);
  });

  it('names the date before the rate table', () => {
    const run = () =>
      statutoryInterest({
        principal: cents(100000),
        from: isoDate('2001-11-01'),
        until: isoDate('2002-02-01'),
        kind: 'commercial',
        rates: commercial,
      });
    expect(run).toThrow(
      expect.objectContaining({
        code: 'unsupported',
        where: expect.objectContaining({ value: '2001-11-01' }),
      }),
    );
    expect(run).toThrow(/2001-11-01/);
  });

  it('refuses rates of the other kind and rates finer than 4 decimals', () => {
    expect(() =>
      statutoryInterest({
        principal: cents(100),
        from: isoDate('2025-01-01'),
        until: isoDate('2025-02-01'),
        kind: 'consumer',
        rates: commercial,
      }),
    ).toThrow(expect.objectContaining({ where: expect.objectContaining({ path: 'rates[0].kind' }) }));
    expect(() =>
      statutoryInterest({
        principal: cents(100),
        from: isoDate('2025-01-01'),
        until: isoDate('2025-02-01'),
        kind: 'consumer',
        rates: flat(4.123456),
      }),
    ).toThrow(expect.objectContaining({ where: expect.objectContaining({ path: 'rates[0].percent' }) }));
  });

  it('accepts unsorted rates', () => {
    const reversed = [...commercial].reverse();
    const a = statutoryInterest({
      principal: cents(5000000),
      from: isoDate('2023-05-01'),
      until: isoDate('2025-09-30'),
      kind: 'commercial',
      rates: reversed,
    });
    const b = statutoryInterest({
      principal: cents(5000000),
      from: isoDate('2023-05-01'),
      until: isoDate('2025-09-30'),
      kind: 'commercial',
      rates: commercial,
    });
    expect(a).toEqual(b);
  });

  it("flags days beyond the table's last half-year", () => {
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2026-05-01'),
      until: isoDate('2026-08-01'),
      kind: 'commercial',
      rates: commercial,
    });
    expect(r.unknownRateFrom).toBe('2026-07-01');
    expect(
      statutoryInterest({
        principal: cents(100000),
        from: isoDate('2026-05-01'),
        until: isoDate('2026-06-30'),
        kind: 'commercial',
        rates: commercial,
      }).unknownRateFrom,
    ).toBeUndefined();
  });

  it('keeps its invariants (property): periods tile the span, shares sum to the total, more days never less interest', () => {
    const start = Date.UTC(2020, 0, 1);
    const dayArb = fc
      .integer({ min: 0, max: 2000 })
      .map((n) => new Date(start + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        dayArb,
        fc.integer({ min: 0, max: 1500 }),
        (principal, from, len) => {
          const until = addDays(isoDate(from), len - 1);
          const kind = principal % 2 === 0 ? 'commercial' : 'consumer';
          const r = statutoryInterest({
            principal: cents(principal),
            from: isoDate(from),
            until,
            kind,
            rates: ratesFor(kind),
          });
          expect(r.periods.reduce((s, p) => s + p.days, 0)).toBe(len);
          expect(r.periods.reduce((s, p) => s + p.interest, 0)).toBe(r.total);
          r.periods.forEach((p, i) => {
            expect(daysBetween(p.from, p.until) + 1).toBe(p.days);
            if (i > 0) expect(p.from).toBe(addDays(r.periods[i - 1]!.until, 1));
          });
          const longer = statutoryInterest({
            principal: cents(principal),
            from: isoDate(from),
            until: addDays(until, 30),
            kind,
            rates: ratesFor(kind),
          });
          expect(longer.total).toBeGreaterThanOrEqual(r.total);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('interestOnSchedule', () => {
  it('lowers the base the day after a payment on principal', () => {
    // 1,000 x 10% x 181/365 = 49.5890; 500 x 10% x 184/365 = 25.2055; 74.7945 -> 74.79
    const r = interestOnSchedule({
      principal: cents(100000),
      from: isoDate('2023-01-01'),
      until: isoDate('2023-12-31'),
      kind: 'consumer',
      rates: flat(10),
      events: [{ date: isoDate('2023-06-30'), amount: cents(-50000) }],
    });
    expect(r.periods.map((p) => [p.from, p.until, p.base])).toEqual([
      ['2023-01-01', '2023-06-30', 100000],
      ['2023-07-01', '2023-12-31', 50000],
    ]);
    expect(r.total).toBe(7479);
  });

  it('equals statutoryInterest without events, and treats early events as the start', () => {
    const base = {
      from: isoDate('2024-02-10'),
      until: isoDate('2026-01-20'),
      kind: 'commercial' as const,
      rates: commercial,
    };
    expect(interestOnSchedule({ ...base, principal: cents(123456), events: [] })).toEqual(
      statutoryInterest({ ...base, principal: cents(123456) }),
    );
    expect(
      interestOnSchedule({
        ...base,
        principal: cents(100000),
        events: [{ date: isoDate('2024-01-01'), amount: cents(23456) }],
      }),
    ).toEqual(statutoryInterest({ ...base, principal: cents(123456) }));
  });

  it('refuses a principal that would go negative, naming the event', () => {
    expect(() =>
      interestOnSchedule({
        principal: cents(100),
        from: isoDate('2025-01-01'),
        until: isoDate('2025-03-01'),
        kind: 'consumer',
        rates: flat(4),
        events: [{ date: isoDate('2025-02-01'), amount: cents(-101) }],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'events[0].amount' }),
      }),
    );
  });
});

describe('statutoryInterest input checks', () => {
  it('refuses a negative or fractional principal', () => {
    expect(() =>
      statutoryInterest({
        principal: cents(-1),
        from: isoDate('2025-01-01'),
        until: isoDate('2025-02-01'),
        kind: 'commercial',
        rates: commercial,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'principal' }),
      }),
    );
    expect(() =>
      statutoryInterest({
        principal: 1.5 as never,
        from: isoDate('2025-01-01'),
        until: isoDate('2025-02-01'),
        kind: 'commercial',
        rates: commercial,
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-amount' }));
  });
});

describe('issue 12 cases computed from the statute', () => {
  it('consumer: EUR 2.000 from 2025-05-01 through 2025-08-31 at 6% is EUR 40,44', () => {
    // 123 days x 6% x 2000 / 365 = 40.438... (the rate stayed 6% until 2025-12-31).
    const r = statutoryInterest({
      principal: cents(200000),
      from: isoDate('2025-05-01'),
      until: isoDate('2025-08-31'),
      kind: 'consumer',
      rates: ratesFor('consumer'),
    });
    expect(r.total).toBe(4044);
    expect(r.periods.map((p) => p.rate)).toEqual([6]);
  });
  it('commercial across the 2013-03-16 margin change splits the period there', () => {
    const r = statutoryInterest({
      principal: cents(100000),
      from: isoDate('2013-03-01'),
      until: isoDate('2013-03-31'),
      kind: 'commercial',
      rates: ratesFor('commercial'),
    });
    expect(r.periods.map((p) => [p.from, p.until, p.rate])).toEqual([
      ['2013-03-01', '2013-03-15', 7.75],
      ['2013-03-16', '2013-03-31', 8.75],
    ]);
  });
});
