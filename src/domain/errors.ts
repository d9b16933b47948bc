/**
 * Every failure the core reports is a DomainError: a stable `code` a caller can branch on, and a
 * `where` that locates the bad input (a field path in the core; sheet/row/column at the codec).
 */
export type ErrorCode =
  | 'invalid-input'
  | 'invalid-date'
  | 'invalid-amount'
  | 'unknown-customer'
  | 'unknown-invoice'
  | 'unknown-placeholder'
  | 'duplicate'
  | 'unsupported';

export interface ErrorLocation {
  /** Dotted path of the offending field, e.g. "invoices[3].dueDate". */
  path?: string;
  sheet?: string;
  /** 1-based row number as a person sees it in the sheet. */
  row?: number;
  column?: string;
  value?: unknown;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly where: ErrorLocation = {},
  ) {
    super(where.path ? `${where.path}: ${message}` : message);
  }
}

/** Throws a DomainError with code 'invalid-input' unless `condition` holds. */
export function require_(condition: unknown, message: string, where: ErrorLocation = {}): asserts condition {
  if (!condition) throw new DomainError('invalid-input', message, where);
}

/*
 * Entry guards for public functions. A caller of the core (a codec, a form, a test) may hand over
 * anything at run time; these turn what would be a TypeError deep inside into a DomainError that
 * names the argument.
 */

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** A non-null object (not a list). */
export function requireObject<T>(value: T, path: string): asserts value is T & object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DomainError('invalid-input', `expected an object, got ${describe(value)}`, { path, value });
  }
}

export function requireArray(value: unknown, path: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value))
    throw new DomainError('invalid-input', `expected a list, got ${describe(value)}`, { path, value });
}

export function requireText(value: unknown, path: string): asserts value is string {
  if (typeof value !== 'string')
    throw new DomainError('invalid-input', `expected text, got ${describe(value)}`, { path, value });
}

export function requireInteger(
  value: unknown,
  path: string,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new DomainError(
      'invalid-input',
      `expected a whole number from ${min} to ${max}, got ${describe(value)}`,
      { path, value },
    );
  }
}

export function requireOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: string,
): asserts value is T {
  if (!Array.isArray(allowed) || !allowed.includes(value as T)) {
    const list = Array.isArray(allowed) ? allowed.join(', ') : '(none given)';
    throw new DomainError('invalid-input', `expected one of ${list}, got ${describe(value)}`, {
      path,
      value,
    });
  }
}
