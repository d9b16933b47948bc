import fc from 'fast-check';
import { DomainError } from '../../src/domain/errors';
import {
  assertCents,
  centsToDecimal,
  formatEuro,
  isCents,
  mulDiv,
  roundCents,
  sumCents,
  cents,
  type Cents,
} from '../../src/domain/money';

const anyCents = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => cents(n)); // ± EUR 10,000,000

describe('sumCents', () => {
  it('property: a sum of cents never drifts (equals the exact BigInt sum, in any order)', () => {
    fc.assert(
      fc.property(fc.array(anyCents, { maxLength: 200 }), (values) => {
        const exact = values.reduce((s, v) => s + BigInt(v), 0n);
        expect(BigInt(sumCents(values))).toBe(exact);
        expect(sumCents([...values].reverse())).toBe(sumCents(values));
      }),
    );
  });

  it('adds EUR 0.01 ten thousand times to exactly EUR 100 (where 0.01 as a float drifts)', () => {
    const pennies = new Array<Cents>(10_000).fill(cents(1));
    expect(sumCents(pennies)).toBe(10_000);
    expect(pennies.reduce((s) => s + 0.01, 0)).not.toBe(100);
  });

  it('refuses a fraction or a text among the terms, naming the position', () => {
    expect(() => sumCents([cents(1), 0.5 as never])).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'values[1]' }),
      }),
    );
    expect(() => sumCents([cents(1), '2' as never])).toThrow(DomainError);
  });
});

describe('roundCents and mulDiv', () => {
  it('rounds half away from zero', () => {
    expect([
      roundCents(0.5),
      roundCents(1.5),
      roundCents(-0.5),
      roundCents(-2.5),
      roundCents(2.4999),
    ]).toEqual([1, 2, -1, -3, 2]);
    expect(Object.is(roundCents(-0.4), 0)).toBe(true);
  });

  it('mulDiv is exact for EUR 10,000,000 where floats lose cents', () => {
    // 1e9 cents × 1,234,567 / 10,000,000 = 123,456,700 cents exactly.
    expect(mulDiv(cents(1_000_000_000), 1_234_567, 10_000_000)).toBe(123_456_700);
    expect(mulDiv(cents(1), 1, 2)).toBe(1);
    expect(mulDiv(cents(-1), 1, 2)).toBe(-1);
    expect(mulDiv(cents(10_000), 21, 100)).toBe(2_100);
    expect(mulDiv(cents(5), -1, 2)).toBe(-3);
  });

  it('property: mulDiv matches exact rational rounding', () => {
    fc.assert(
      fc.property(
        anyCents,
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (a, n, d) => {
          const num = BigInt(a) * BigInt(n);
          const abs = num < 0n ? -num : num;
          const q = (abs * 2n + BigInt(d)) / (2n * BigInt(d));
          expect(mulDiv(cents(a), n, d)).toBe(Number(num < 0n ? -q : q) || 0);
        },
      ),
    );
  });

  it('refuses a zero denominator and non-integer factors', () => {
    expect(() => mulDiv(cents(100), 1, 0)).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'denominator' }) }),
    );
    expect(() => mulDiv(cents(100), 0.5, 1)).toThrow(DomainError);
    expect(() => roundCents(Number.NaN)).toThrow(DomainError);
  });
});

describe('formatting', () => {
  it('formats EUR 0.01 and EUR 10,000,000 in both languages', () => {
    const nbsp = (s: string) => s.replace(/\u00a0|\u202f/g, ' ');
    expect(nbsp(formatEuro(cents(1), 'nl'))).toBe('€ 0,01');
    expect(nbsp(formatEuro(cents(1_000_000_000), 'nl'))).toBe('€ 10.000.000,00');
    expect(formatEuro(cents(1), 'en')).toBe('€0.01');
    expect(formatEuro(cents(1_000_000_000), 'en')).toBe('€10,000,000.00');
    expect(nbsp(formatEuro(cents(-12_345), 'nl'))).toBe('€ -123,45');
  });

  it('centsToDecimal keeps two places and the sign', () => {
    expect([
      centsToDecimal(cents(1)),
      centsToDecimal(cents(-5)),
      centsToDecimal(cents(1_000_000_000)),
      centsToDecimal(cents(0)),
    ]).toEqual(['0.01', '-0.05', '10000000.00', '0.00']);
  });

  it('refuses what is not whole cents', () => {
    expect(() => formatEuro(1.5 as never)).toThrow(DomainError);
    expect(() => centsToDecimal(Number.NaN as never)).toThrow(DomainError);
    expect(() => assertCents(2 ** 53, 'x')).toThrow(
      expect.objectContaining({ code: 'invalid-amount', where: expect.objectContaining({ path: 'x' }) }),
    );
    expect([isCents(1), isCents(1.1), isCents('1'), isCents(Number.MAX_SAFE_INTEGER + 1)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
