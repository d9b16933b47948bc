import fc from 'fast-check';
import { DomainError } from '../../src/domain/errors';
import { allocate, splitEvenly, vatFromExcl, vatFromIncl } from '../../src/domain/split';
import { cents } from '../../src/domain/money';

const anyCents = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => cents(n));
const rate = fc.integer({ min: 0, max: 10_000 });

describe('allocate (largest remainder)', () => {
  it('gives the spare cents to the largest remainders, the earlier part on a tie', () => {
    expect(allocate(cents(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(cents(-100), [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(cents(1000), [1, 2, 3, 0])).toEqual([167, 333, 500, 0]);
    expect(allocate(cents(5), [3, 3, 3, 3, 3, 3])).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('always sums exactly to the whole, each part within one cent of its exact share', () => {
    fc.assert(
      fc.property(
        anyCents,
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (total, ws) => {
          fc.pre(ws.some((w) => w > 0));
          const parts = allocate(cents(total), ws);
          const sum = ws.reduce((s, w) => s + w, 0);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          parts.forEach((p, i) => {
            expect(Number.isInteger(p)).toBe(true);
            expect(Math.abs(p - (total * (ws[i] as number)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });

  it('refuses what cannot be split, with a located error', () => {
    expect(() => allocate(cents(100), [])).toThrow(DomainError);
    expect(() => allocate(cents(100), [0, 0])).toThrow(/above 0/);
    expect(() => allocate(cents(100), [1, -1])).toThrow(DomainError);
    expect(() => allocate(10.5 as never, [1])).toThrow(DomainError);
  });
});

describe('splitEvenly', () => {
  it('spreads the spare cents over the first instalments, never more than a cent apart', () => {
    expect(splitEvenly(cents(10_000), 3)).toEqual([3334, 3333, 3333]);
    fc.assert(
      fc.property(anyCents, fc.integer({ min: 1, max: 60 }), (total, n) => {
        const parts = splitEvenly(cents(total), n);
        expect(parts).toHaveLength(n);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
    expect(() => splitEvenly(cents(100), 0)).toThrow(DomainError);
  });
});

describe('VAT in basis points', () => {
  it('rounds half away from zero once per line', () => {
    expect(vatFromExcl(cents(1005), 2100)).toEqual({ excl: 1005, vat: 211, incl: 1216 });
    expect(vatFromExcl(cents(50), 2100)).toEqual({ excl: 50, vat: 11, incl: 61 }); // 10.5 -> 11
    expect(vatFromExcl(cents(-50), 2100)).toEqual({ excl: -50, vat: -11, incl: -61 });
    expect(vatFromIncl(cents(12_100), 2100)).toEqual({ excl: 10_000, vat: 2100, incl: 12_100 });
    expect(vatFromIncl(cents(109), 900)).toEqual({ excl: 100, vat: 9, incl: 109 });
  });

  it('keeps excl + vat = incl exactly, and incl -> excl -> incl round-trips from excl', () => {
    fc.assert(
      fc.property(anyCents, rate, (amount, r) => {
        const a = vatFromExcl(cents(amount), r);
        expect(a.excl + a.vat).toBe(a.incl);
        expect(Math.abs(a.vat - (amount * r) / 10_000)).toBeLessThanOrEqual(0.5);
        const b = vatFromIncl(cents(amount), r);
        expect(b.excl + b.vat).toBe(b.incl);
        expect(Math.abs(b.excl - (amount * 10_000) / (10_000 + r))).toBeLessThanOrEqual(0.5);
        expect(vatFromIncl(a.incl, r).excl).toBe(a.excl);
      }),
    );
  });

  it('refuses a rate that is not whole basis points from 0 to 100%', () => {
    for (const bad of [-1, 10_001, 21.5, Number.NaN])
      expect(() => vatFromExcl(cents(100), bad)).toThrow(DomainError);
  });
});
