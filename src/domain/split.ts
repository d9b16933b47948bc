/**
 * Splitting an amount exactly: instalments and proportional shares by largest remainder (the parts
 * always add up to the whole, to the cent), and VAT from an amount excluding or including it with
 * a rate in basis points (2100 = 21%), rounded once per line, half away from zero. Integer and
 * BigInt arithmetic only, so no amount or rate can bring a float's representation error into a
 * rounding decision.
 */
import { DomainError } from './errors';
import { addCents, assertCents, cents, mulDiv, subtractCents, type Cents } from './money';

/** A rate in hundredths of a percent: 2100 is 21%, 900 is 9%. */
export type BasisPoints = number;

function requireWeights(weights: readonly number[]): void {
  if (weights.length === 0 || !weights.every((w) => Number.isSafeInteger(w) && w >= 0)) {
    throw new DomainError('invalid-input', 'weights must be whole numbers of at least 0, and at least one', {
      path: 'weights',
      value: weights,
    });
  }
  if (weights.every((w) => w === 0)) {
    throw new DomainError('invalid-input', 'at least one weight must be above 0', {
      path: 'weights',
      value: weights,
    });
  }
}

/**
 * `total` in parts proportional to `weights`, summing exactly to `total`. Each part first gets
 * its share rounded toward zero; the cents left over go one each to the parts with the largest
 * remainders, the earlier part first on a tie. A negative total (a credit) splits as its mirror.
 */
export function allocate(total: Cents, weights: readonly number[]): Cents[] {
  assertCents(total, 'total');
  requireWeights(weights);
  const sign = total < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(total));
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  const shares = weights.map((w, i) => {
    const exact = whole * BigInt(w);
    return { i, base: exact / sum, remainder: exact % sum };
  });
  let left = whole - shares.reduce((s, p) => s + p.base, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1,
  );
  const parts = shares.map((p) => p.base);
  for (const p of byRemainder) {
    if (left === 0n) break;
    parts[p.i] = (parts[p.i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => cents(p === 0n ? 0 : sign * Number(p)));
}

/** `total` in `count` instalments as equal as cents allow; the earlier ones take the spare cents. */
export function splitEvenly(total: Cents, count: number): Cents[] {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new DomainError(
      'invalid-input',
      `the number of parts must be a whole number of at least 1, got ${count}`,
      {
        path: 'count',
        value: count,
      },
    );
  }
  return allocate(
    total,
    Array.from({ length: count }, () => 1),
  );
}

export interface VatLine {
  excl: Cents;
  vat: Cents;
  incl: Cents;
}

function requireRate(rate: BasisPoints): void {
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > 10_000) {
    throw new DomainError('invalid-input', `a VAT rate is whole basis points from 0 to 10000, got ${rate}`, {
      path: 'rate',
      value: rate,
    });
  }
}

/** VAT on an amount excluding it: the VAT is the rounded part, incl = excl + vat exactly. */
export function vatFromExcl(excl: Cents, rate: BasisPoints): VatLine {
  assertCents(excl, 'excl');
  requireRate(rate);
  const vat = mulDiv(excl, rate, 10_000);
  return { excl, vat, incl: addCents(excl, vat) };
}

/** VAT contained in an amount including it: excl is the rounded part, excl + vat = incl exactly. */
export function vatFromIncl(incl: Cents, rate: BasisPoints): VatLine {
  assertCents(incl, 'incl');
  requireRate(rate);
  const excl = mulDiv(incl, 10_000, 10_000 + rate);
  return { excl, vat: subtractCents(incl, excl), incl };
}
