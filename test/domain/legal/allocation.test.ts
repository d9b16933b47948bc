import fc from 'fast-check';
import { allocatePayment, allocatePayments, type Owed } from '../../../src/domain/legal/allocation';
import { ratesFor } from '../../../src/domain/legal/interestRates';
import type { InterestRate } from '../../../src/domain/model';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const flat: InterestRate[] = [{ kind: 'consumer', from: isoDate('2000-01-01'), percent: 10, source: 'test' }];
const owedArb = fc.record({
  costs: fc.integer({ min: 0, max: 1_000_000 }).map((n) => cents(n)),
  interest: fc.integer({ min: 0, max: 1_000_000 }).map((n) => cents(n)),
  principal: fc.integer({ min: 0, max: 100_000_000 }).map((n) => cents(n)),
});
const sum = (o: Owed) => o.costs + o.interest + o.principal;

describe('allocatePayment (art. 6:44 BW)', () => {
  const owed = { costs: cents(4000), interest: cents(1234), principal: cents(100000) };

  it('pays costs, then interest, then principal', () => {
    expect(allocatePayment(cents(3000), owed)).toEqual({
      toCosts: 3000,
      toInterest: 0,
      toPrincipal: 0,
      remaining: { costs: 1000, interest: 1234, principal: 100000 },
      overpaid: 0,
    });
    expect(allocatePayment(cents(5000), owed)).toMatchObject({
      toCosts: 4000,
      toInterest: 1000,
      toPrincipal: 0,
    });
    expect(allocatePayment(cents(10000), owed)).toMatchObject({
      toCosts: 4000,
      toInterest: 1234,
      toPrincipal: 4766,
    });
  });

  it('reports what exceeds everything owed as overpaid', () => {
    expect(allocatePayment(cents(110000), owed)).toEqual({
      toCosts: 4000,
      toInterest: 1234,
      toPrincipal: 100000,
      remaining: { costs: 0, interest: 0, principal: 0 },
      overpaid: 4766,
    });
    expect(allocatePayment(cents(0), owed).remaining).toEqual(owed);
  });

  it('rejects negative or fractional amounts with their location', () => {
    expect(() => allocatePayment(cents(-1), owed)).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'payment' }),
      }),
    );
    expect(() => allocatePayment(cents(10), { ...owed, interest: 0.5 as never })).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'owed.interest' }) }),
    );
  });

  it('never exceeds a component, sums exactly to the payment, never loses a cent (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000_000 }), owedArb, (payment, o) => {
        const a = allocatePayment(cents(payment), o);
        expect(a.toCosts).toBeLessThanOrEqual(o.costs);
        expect(a.toInterest).toBeLessThanOrEqual(o.interest);
        expect(a.toPrincipal).toBeLessThanOrEqual(o.principal);
        expect(Math.min(a.toCosts, a.toInterest, a.toPrincipal, a.overpaid)).toBeGreaterThanOrEqual(0);
        expect(a.toCosts + a.toInterest + a.toPrincipal + a.overpaid).toBe(payment);
        expect(sum(a.remaining) + a.toCosts + a.toInterest + a.toPrincipal).toBe(sum(o));
        // order: a later component is only paid once the earlier ones are settled
        if (a.toInterest > 0) expect(a.remaining.costs).toBe(0);
        if (a.toPrincipal > 0) expect(a.remaining.interest).toBe(0);
        if (a.overpaid > 0) expect(sum(a.remaining)).toBe(0);
      }),
    );
  });
});

describe('allocatePayments over one claim', () => {
  it('accrues interest through each payment day, then allocates, and lowers the base after', () => {
    const s = allocatePayments(
      {
        principal: cents(100000),
        costs: cents(15000),
        interestFrom: isoDate('2023-01-01'),
        until: isoDate('2023-12-31'),
        kind: 'consumer',
        rates: flat,
      },
      [{ date: isoDate('2023-03-31'), amount: cents(50000) }],
    );
    // through 31-3: 1,000 x 10% x 90/365 = 24.66 interest; 500 pays 150 costs, 24.66 interest, 325.34 principal
    expect(s.steps).toEqual([
      {
        date: '2023-03-31',
        payment: 50000,
        owedBefore: { costs: 15000, interest: 2466, principal: 100000 },
        toCosts: 15000,
        toInterest: 2466,
        toPrincipal: 32534,
        remaining: { costs: 0, interest: 0, principal: 67466 },
        overpaid: 0,
      },
    ]);
    // rest of the year on 674.66: x 10% x 275/365 = 50.83
    expect(s.owed).toEqual({ costs: 0, interest: 5083, principal: 67466 });
    expect(s.interestPeriods[1]).toMatchObject({ from: '2023-04-01', base: 67466 });
  });

  it('pays capitalised interest after an anniversary and shrinks the compounding base', () => {
    const s = allocatePayments(
      {
        principal: cents(100000),
        costs: cents(0),
        interestFrom: isoDate('2022-01-01'),
        until: isoDate('2023-12-31'),
        kind: 'consumer',
        rates: flat,
      },
      [{ date: isoDate('2023-01-01'), amount: cents(5000) }],
    );
    // year 2022: 100.00 capitalised; 1-1-2023 itself adds 1,100 x 10%/365 = 0.3014; 50 pays interest only
    expect(s.steps[0]?.owedBefore).toEqual({ costs: 0, interest: 10030, principal: 100000 });
    expect(s.steps[0]).toMatchObject({ toInterest: 5000, toPrincipal: 0 });
    expect(s.interestPeriods.map((p) => [p.from, p.base])).toEqual([
      ['2022-01-01', 100000],
      ['2023-01-01', 110000],
      ['2023-01-02', 105000],
    ]);
  });

  it('orders payments by date, keeps input order on a tie, ignores payments after the end', () => {
    const s = allocatePayments(
      {
        principal: cents(10000),
        costs: cents(4000),
        interestFrom: isoDate('2025-01-01'),
        until: isoDate('2025-06-30'),
        kind: 'commercial',
        rates: ratesFor('commercial'),
      },
      [
        { date: isoDate('2025-03-01'), amount: cents(1000) },
        { date: isoDate('2025-02-01'), amount: cents(4000) },
        { date: isoDate('2025-03-01'), amount: cents(2000) },
        { date: isoDate('2025-07-01'), amount: cents(99999) },
      ],
    );
    expect(s.steps.map((x) => [x.date, x.payment])).toEqual([
      ['2025-02-01', 4000],
      ['2025-03-01', 1000],
      ['2025-03-01', 2000],
    ]);
    expect(s.steps[0]).toMatchObject({ toCosts: 4000, toInterest: 0 });
  });

  it('without interest (settings off) pays costs then principal and reports overpayment', () => {
    const s = allocatePayments(
      {
        principal: cents(10000),
        costs: cents(4000),
        interestFrom: isoDate('2025-01-01'),
        until: isoDate('2026-01-01'),
        kind: 'consumer',
        rates: [],
        noInterest: true,
      },
      [{ date: isoDate('2025-05-01'), amount: cents(15000) }],
    );
    expect(s.steps[0]).toMatchObject({ toCosts: 4000, toInterest: 0, toPrincipal: 10000, overpaid: 1000 });
    expect(s.owed).toEqual({ costs: 0, interest: 0, principal: 0 });
    expect(s.interestEarned).toBe(0);
    expect(s.overpaid).toBe(1000);
  });

  it('never drifts: payments + what is still owed = principal + costs + interest earned (property)', () => {
    const start = Date.UTC(2021, 0, 1);
    const day = fc
      .integer({ min: 0, max: 1500 })
      .map((n) => isoDate(new Date(start + n * 86400000).toISOString().slice(0, 10)));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.array(
          fc.record({ date: day, amount: fc.integer({ min: 0, max: 20_000_000 }).map((n) => cents(n)) }),
          { maxLength: 8 },
        ),
        (principal, costs, payments) => {
          const s = allocatePayments(
            {
              principal: cents(principal),
              costs: cents(costs),
              interestFrom: isoDate('2021-01-01'),
              until: isoDate('2025-12-31'),
              kind: 'commercial',
              rates: ratesFor('commercial'),
            },
            payments,
          );
          const paid = payments.reduce((t, p) => t + p.amount, 0);
          const allocated = s.steps.reduce((t, x) => t + x.toCosts + x.toInterest + x.toPrincipal, 0);
          expect(allocated + s.overpaid).toBe(paid);
          // interest earned may differ from interest owed+paid by the sub-cent rounding at each payment
          const drift =
            s.owed.costs +
            s.owed.interest +
            s.owed.principal +
            allocated -
            (principal + costs + s.interestEarned);
          expect(Math.abs(drift)).toBeLessThanOrEqual(s.steps.length + 1);
          expect(s.steps.reduce((t, x) => t + x.toPrincipal, 0) + s.owed.principal).toBe(principal);
          expect(s.steps.reduce((t, x) => t + x.toCosts, 0) + s.owed.costs).toBe(costs);
          for (const x of s.steps) {
            expect(x.toCosts).toBeLessThanOrEqual(x.owedBefore.costs);
            expect(x.toInterest).toBeLessThanOrEqual(x.owedBefore.interest);
            expect(x.toPrincipal).toBeLessThanOrEqual(x.owedBefore.principal);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
