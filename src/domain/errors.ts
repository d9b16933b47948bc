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
