/**
 * Bank amounts arrive as decimal text ("1234.5", "-1.234,56", "+12,00"). We turn them into integer
 * cents by string surgery, never through a float, so "0.29" is 29 and not 28.999….
 *
 * Strictness: digits beyond the second decimal are accepted only when they are zeros ("8.850" is
 * exactly 885 cents, as in the five-decimals CAMT fixture); any other digit there ("8.855") is an
 * error, because a bank amount we would have to round is an amount we do not understand.
 */
import { DomainError, requireText, type ErrorLocation } from '../errors';
import { cents, type Cents } from '../money';

export interface DecimalFormat {
  /** The decimal separator: '.' (XML, international CSV) or ',' (Dutch CSV). */
  decimal: '.' | ',';
  /** Allow grouping of thousands with the other separator ("1.234,56"). Default false. */
  grouping?: boolean;
}

const PLAIN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Parses decimal text to cents, or throws a DomainError ('invalid-amount') located at `where`. */
export function parseAmountToCents(text: string, format: DecimalFormat, where: ErrorLocation = {}): Cents {
  requireText(text, where.path ?? 'text');
  const raw = text.trim().replace(/\s+/g, '');
  let normalised = raw;
  if (format.decimal === ',') {
    if (format.grouping) normalised = normalised.replace(/\.(?=\d{3}(?:\D|$))/g, '');
    if (normalised.includes('.'))
      return fail(text, 'a dot is not allowed in an amount with a decimal comma', where);
    normalised = normalised.replace(',', '.');
  } else if (format.grouping) {
    normalised = normalised.replace(/,(?=\d{3}(?:\D|$))/g, '');
  }
  // An amount like ",50" or "12," is something a person typed; accept the missing zero.
  normalised = normalised.replace(/^([+-]?)\./, '$10.').replace(/\.$/, '');
  const m = PLAIN.exec(normalised);
  if (!m) return fail(text, 'not a decimal amount', where);
  const sign = m[1] === '-' ? -1 : 1;
  const whole = m[2] ?? '0';
  const fraction = m[3] ?? '';
  const kept = fraction.slice(0, 2).padEnd(2, '0');
  const dropped = fraction.slice(2);
  if (/[1-9]/.test(dropped)) {
    return fail(text, `more than 2 decimals (${fraction.length}); refusing to round a bank amount`, where);
  }
  const magnitude = Number(whole) * 100 + Number(kept);
  if (!Number.isSafeInteger(magnitude)) return fail(text, 'amount out of range', where);
  const result = sign * magnitude;
  return cents(result === 0 ? 0 : result);
}

function fail(value: string, why: string, where: ErrorLocation): never {
  throw new DomainError('invalid-amount', `${why}: ${JSON.stringify(value)}`, { ...where, value });
}
