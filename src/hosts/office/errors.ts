/**
 * What can stop the Office host, as a DomainError a pane or ribbon command can show. `reason` says
 * which real-world state was met; every one of them is detected BEFORE the first write, except
 * `office-error` (Excel refused something the pre-flight could not foresee).
 */
import { DomainError } from '../../domain/errors';
import type { ErrorCode, ErrorLocation } from '../../domain/errors';
import { WorkbookError, type FailureReason } from '../../workbook/errors';

export type OfficeFailure = Exclude<
  FailureReason,
  'not-a-package' | 'unreadable' | 'damaged' | 'would-lose-parts'
>;

/** The workbook layer's one error shape (WorkbookError), raised by the Office host. */
export class OfficeHostError extends WorkbookError {
  declare readonly reason: OfficeFailure;

  constructor(
    code: ErrorCode,
    reason: OfficeFailure,
    message: string,
    where: ErrorLocation = {},
    /** The OfficeExtension.Error code behind it, when there is one. */
    readonly officeCode?: string,
  ) {
    super(code, reason, message, where, officeCode);
  }
}

export interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

/** OfficeExtension.Error without touching the global (also matches the test fake). */
export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    e instanceof Error
  );
}

/** Turns an Excel error raised during a write into an OfficeHostError that says what to do. */
export function fromOfficeError(e: unknown, during: string): unknown {
  if (e instanceof DomainError || !isOfficeError(e)) return e;
  const where = e.debugInfo?.errorLocation ? { path: e.debugInfo.errorLocation } : {};
  switch (e.code) {
    case 'AccessDenied':
      return new OfficeHostError(
        'unsupported',
        'sheet-protected',
        `Excel refused ${during}: the sheet is protected. Unprotect it and try again.`,
        where,
        e.code,
      );
    case 'ItemNotFound':
      return new OfficeHostError(
        'invalid-input',
        'table-missing',
        `Excel could not find a table, sheet or column during ${during}; it was renamed or deleted meanwhile.`,
        where,
        e.code,
      );
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new OfficeHostError(
        'unsupported',
        'too-large',
        `The workbook is too large for one Excel request during ${during}.`,
        where,
        e.code,
      );
    default:
      return new OfficeHostError(
        'unsupported',
        'office-error',
        `Excel refused ${during}: ${e.message} (${e.code}).`,
        where,
        e.code,
      );
  }
}
