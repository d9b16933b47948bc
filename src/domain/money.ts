/**
 * Money is an integer number of euro cents. Every operation here keeps it integral so sums never
 * drift; rounding happens once, explicitly, with half away from zero (as Dutch invoicing does).
 */
import { DomainError } from './errors';

export type Cents = number;

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertCents(value: unknown, path = 'amount'): asserts value is Cents {
  if (!isCents(value)) {
    throw new DomainError('invalid-amount', `expected a whole number of cents, got ${JSON.stringify(value)}`, {
      path,
      value,
    });
  }
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Rounds a fractional cent amount half away from zero. */
export function roundCents(value: number): Cents {
  const r = Math.sign(value) * Math.round(Math.abs(value));
  return r === 0 ? 0 : r;
}

/** amount × numerator / denominator, rounded once at the end. */
export function mulDiv(amount: Cents, numerator: number, denominator: number): Cents {
  return roundCents((amount * numerator) / denominator);
}

/** Euro cents to a display string: nl "€ 1.234,56", en "€1,234.56". */
export function formatEuro(cents: Cents, language: 'nl' | 'en' = 'nl'): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-IE', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/** Cents to a plain decimal string with two places and a dot: 123456 -> "1234.56". */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
