import fc from 'fast-check';
import { DomainError } from '../../../src/domain/errors';
import { collectionCosts, collectionCostsForInvoices } from '../../../src/domain/legal/collectionCosts';
import { cents, negateCents } from '../../../src/domain/money';

const eur = (euros: number) => cents(Math.round(euros * 100));

describe('collectionCosts: the NL scale (Stb. 2012-141)', () => {
  it.each([
    // principal, costs before min/max, final amount, capped
    [eur(266.67), 4000, 4000, null], // 15% of 266.67 = 40.0005 -> 40.00 exactly at the minimum
    [eur(266.66), 4000, 4000, null], // 39.999 rounds to 40.00
    [eur(266.63), 3999, 4000, 'min'], // 39.9945 -> 39.99 -> minimum
    [eur(100), 1500, 4000, 'min'],
    [eur(2500), 37500, 37500, null],
    [eur(2500.01), 37500, 37500, null], // + 10% of 0.01 = 0.001 cent
    [eur(2500.1), 37501, 37501, null],
    [eur(5000), 62500, 62500, null],
    [eur(5000.1), 62501, 62500 + 1, null], // + 5% of 10 cents = 0.5 cent -> rounds up
    [eur(10000), 87500, 87500, null],
    [eur(10001), 87501, 87501, null], // + 1% of 1 euro
    [eur(200000), 277500, 277500, null],
    [eur(200002), 277501, 277501, null], // + 0.5% of 2 euro
    [eur(1000000), 677500, 677500, null], // the maximum is reached at exactly EUR 1,000,000
    [eur(1000000.1), 677500, 677500, null], // + 0.5% of 10 cents = 0.05 cent
    [eur(1000001), 677501, 677500, 'max'], // + 0.5 cent rounds up, over the maximum
    [eur(5000000), 2677500, 677500, 'max'],
  ])('principal %i cents -> %i before min/max, %i owed', (principal, beforeMinMax, amount, capped) => {
    const c = collectionCosts(cents(principal));
    expect(c.beforeMinMax).toBe(beforeMinMax);
    expect(c.amount).toBe(amount);
    expect(c.capped).toBe(capped);
    expect(c.vat).toBe(0);
    expect(c.total).toBe(amount);
  });

  it('rounds once at the end, half away from zero', () => {
    // 15% of 0.03 EUR = 0.45 cent; 15% of 2,500 + 10% of 0.05 = 37500.5 cents -> 37501
    expect(collectionCosts(eur(2500.05)).beforeMinMax).toBe(37501);
    // 2,500.04: 37500.4 -> 37500 (a per-bracket rounding would give the same, but 2 x 0.4 would not)
    expect(collectionCosts(eur(2500.04)).beforeMinMax).toBe(37500);
  });

  it('breaks the amount down per bracket; the shares add up exactly', () => {
    const c = collectionCosts(eur(12345.67));
    expect(c.perBracket.map((b) => [b.from, b.to, b.percent, b.slice])).toEqual([
      [0, 250000, 15, 250000],
      [250000, 500000, 10, 250000],
      [500000, 1000000, 5, 500000],
      [1000000, 20000000, 1, 234567],
    ]);
    expect(c.perBracket.map((b) => b.amount)).toEqual([37500, 25000, 25000, 2346]);
    expect(c.beforeMinMax).toBe(89846); // 875 + 23.4567 = 898.4567
  });

  it('uses the open top bracket above EUR 200,000', () => {
    const c = collectionCosts(eur(300000));
    expect(c.perBracket).toHaveLength(5);
    expect(c.perBracket[4]).toMatchObject({
      from: 20000000,
      to: null,
      percent: 0.5,
      slice: 10000000,
      amount: 50000,
    });
    expect(c.amount).toBe(327500);
  });

  it('adds 21% VAT when the creditor cannot reclaim it, on the capped amount', () => {
    expect(collectionCosts(eur(1000), { vat: true })).toMatchObject({
      amount: 15000,
      vat: 3150,
      total: 18150,
    });
    expect(collectionCosts(eur(10), { vat: true })).toMatchObject({
      amount: 4000,
      vat: 840,
      total: 4840,
      capped: 'min',
    });
    expect(collectionCosts(eur(2000000), { vat: true })).toMatchObject({
      amount: 677500,
      vat: 142275,
      total: 819775,
    });
    // 21% of 375.01 = 78.7521 -> 78.75
    expect(collectionCosts(eur(2500.1), { vat: true })).toMatchObject({
      amount: 37501,
      vat: 7875,
      total: 45376,
    });
  });

  it('owes nothing on a zero or negative principal', () => {
    expect(collectionCosts(cents(0))).toMatchObject({ amount: 0, total: 0, capped: null, perBracket: [] });
    expect(collectionCosts(cents(-5000), { vat: true })).toMatchObject({
      base: -5000,
      amount: 0,
      vat: 0,
      total: 0,
    });
  });

  it('rejects a principal that is not whole cents', () => {
    expect(() => collectionCosts(100.5 as never)).toThrow(DomainError);
    expect(() => collectionCosts(Number.NaN as never)).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'principal' }),
      }),
    );
  });

  it('stays between the minimum and maximum and never decreases with the principal (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (p, extra) => {
          const a = collectionCosts(cents(p));
          const b = collectionCosts(cents(p + extra));
          expect(a.amount).toBeGreaterThanOrEqual(4000);
          expect(a.amount).toBeLessThanOrEqual(677500);
          expect(b.amount).toBeGreaterThanOrEqual(a.amount);
          expect(a.perBracket.reduce((s, x) => s + x.amount, 0)).toBe(a.beforeMinMax);
          expect(a.perBracket.reduce((s, x) => s + x.slice, 0)).toBe(p);
        },
      ),
    );
  });
});

describe('collectionCosts: Belgium B2B', () => {
  it('is a flat EUR 40 per invoice, without VAT, whatever the amount', () => {
    expect(collectionCosts(eur(10), { country: 'BE' })).toMatchObject({ amount: 4000, total: 4000, vat: 0 });
    expect(collectionCosts(eur(500000), { country: 'BE', vat: true })).toMatchObject({
      amount: 4000,
      total: 4000,
      vat: 0,
    });
    expect(collectionCosts(cents(0), { country: 'BE' }).total).toBe(0);
  });
});

describe('collectionCostsForInvoices', () => {
  it('NL: applies the scale once over the combined principal', () => {
    // two invoices of 2,000: separately 2 x 300 = 600; combined 4,000 -> 375 + 150 = 525
    expect(collectionCostsForInvoices([eur(2000), eur(2000)]).amount).toBe(52500);
    // three small invoices: one minimum of 40, not three
    expect(collectionCostsForInvoices([eur(50), eur(60), eur(70)])).toMatchObject({
      base: 18000,
      amount: 4000,
      capped: 'min',
    });
  });

  it('ignores settled or credited invoices', () => {
    expect(collectionCostsForInvoices([eur(1000), cents(0), negateCents(eur(200))]).base).toBe(eur(1000));
  });

  it('BE: EUR 40 per open invoice', () => {
    expect(collectionCostsForInvoices([eur(50), eur(60), cents(0)], { country: 'BE' }).amount).toBe(8000);
  });

  it('names the bad entry', () => {
    expect(() => collectionCostsForInvoices([cents(100), 1.5 as never])).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'principals[1]' }) }),
    );
  });
});
