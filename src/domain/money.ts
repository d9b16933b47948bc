/**
 * Money is an integer number of euro cents. Every operation here keeps it integral so sums never
 * drift; rounding happens once, explicitly, with half away from zero (as Dutch invoicing does).
 */
import type { $brand } from 'zod/mini';
import { DomainError, requireArray, requireInteger, requireOneOf } from './errors';

/**
 * Branded (zod's brand, the one the model's schemas put on what they parse), so a count of days, a
 * percentage or an unchecked number does not pass as money: a value becomes Cents only through a
 * check (cents, isCents, assertCents, the model's parse) or the helpers below. Types only; at run
 * time Cents is a plain number.
 */
export type Cents = number & $brand<'Cents'>;

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** A whole number of cents, checked: the way a plain number becomes Cents. */
export function cents(value: number, path = 'amount'): Cents {
  assertCents(value, path);
  return value;
}

export const ZERO_CENTS = 0 as Cents;

export function assertCents(value: unknown, path = 'amount'): asserts value is Cents {
  if (!isCents(value)) {
    throw new DomainError(
      'invalid-amount',
      `expected a whole number of cents, got ${JSON.stringify(value)}`,
      {
        path,
        value,
      },
    );
  }
}

/** Every term is checked: a stray float or a text "12" would otherwise make the sum drift or concatenate. */
export function sumCents(values: readonly Cents[]): Cents {
  requireArray(values, 'values');
  let total: number = 0;
  values.forEach((v, i) => {
    assertCents(v, `values[${i}]`);
    total += v;
  });
  assertCents(total, 'sum');
  return total;
}

/*
 * Sums and differences of two amounts. Unchecked beyond the types (both sides are Cents already):
 * they sit in the 50,000-invoice loops, and sumCents checks a whole list's total.
 */
export function addCents(a: Cents, b: Cents): Cents {
  return (a + b) as Cents;
}

export function subtractCents(a: Cents, b: Cents): Cents {
  return (a - b) as Cents;
}

/** Keeps -0 out: a negated zero would print as "-0" and compare unequal under Object.is. */
export function negateCents(a: Cents): Cents {
  return (a === 0 ? 0 : -a) as Cents;
}

export function minCents(a: Cents, b: Cents): Cents {
  return Math.min(a, b) as Cents;
}

export function maxCents(a: Cents, b: Cents): Cents {
  return Math.max(a, b) as Cents;
}

/** Rounds a fractional cent amount half away from zero. */
export function roundCents(value: number): Cents {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('invalid-amount', `expected a finite number of cents, got ${String(value)}`, {
      path: 'value',
      value,
    });
  }
  const r = Math.sign(value) * Math.round(Math.abs(value));
  return (r === 0 ? 0 : r) as Cents;
}

/**
 * amount × numerator / denominator, rounded once at the end, half away from zero. Exact in BigInt:
 * EUR 10,000,000 (1e9 cents) times a numerator of a few million already passes 2^53.
 */
export function mulDiv(amount: Cents, numerator: number, denominator: number): Cents {
  assertCents(amount, 'amount');
  requireInteger(numerator, 'numerator');
  requireInteger(denominator, 'denominator');
  if (denominator === 0)
    throw new DomainError('invalid-input', 'cannot divide by zero', {
      path: 'denominator',
      value: denominator,
    });
  const negative = (amount < 0 !== numerator < 0) !== denominator < 0;
  const n = BigInt(Math.abs(amount)) * BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  const q = Number((n * 2n + d) / (2n * d));
  assertCents(q, 'result');
  return negative && q !== 0 ? negateCents(q) : q;
}

/** Euro cents to a display string: nl "€ 1.234,56", en "€1,234.56". */
// One formatter per language, made at its first use: making one costs far more than formatting
// (a list of a million amounts, or the demo's first view, paid for a new one per amount).
const euroFormats: Partial<Record<'nl' | 'en', Intl.NumberFormat>> = {};

export function formatEuro(cents: Cents, language: 'nl' | 'en' = 'nl'): string {
  assertCents(cents, 'cents');
  requireOneOf(language, ['nl', 'en'], 'language');
  const format = (euroFormats[language] ??= new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
  }));
  return format.format(cents / 100);
}

/** Cents to a plain decimal string with two places and a dot: 123456 -> "1234.56". */
export function centsToDecimal(cents: Cents): string {
  assertCents(cents, 'cents');
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
