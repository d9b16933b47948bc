/**
 * The one error shape above the core: a DomainError (its `code` and located `where`) with a
 * `reason` that names the real-world state a Book met, from one vocabulary every host shares, so
 * the pane, the ribbon and the CLI can say it in the person's language by the reason alone and
 * never show a host's own (English) text. `hostCode` keeps the host's code behind it (Excel's
 * OfficeExtension.Error code) for the message and for a developer.
 */
import { DomainError, type ErrorCode, type ErrorLocation } from '../domain/errors';

export type FailureReason =
  /** This Excel lacks an API the product needs. */
  | 'api-missing'
  | 'sheet-protected'
  | 'table-missing'
  | 'column-missing'
  | 'sheet-missing'
  | 'already-exists'
  /** Merged cells in a table body, or where a write would land. */
  | 'merged-cells'
  | 'filter-active'
  /** A sheet's own filter hides rows of a list that would become a table. */
  | 'sheet-filtered'
  /** Rows hidden by hand in a table that would be sorted. */
  | 'hidden-rows'
  /** A sheet the product would clear holds what a person wrote. */
  | 'foreign-sheet'
  /** Values for a column whose count does not match the table's rows (it changed meanwhile). */
  | 'row-count-mismatch'
  | 'cell-edit'
  /** A value a person typed outside the tables lies where a write would land (a new table's cells). */
  | 'cells-taken'
  /** Another table lies where a table would grow (extendTable). */
  | 'table-in-way'
  | 'too-large'
  /** A range or table changed since it was read (or lacks a header) before a write over it. */
  | 'range-changed'
  /** The host refused for a reason of its own; `hostCode` says which. */
  | 'office-error'
  /** .xlsx bytes that are no package, unreadable parts, a damaged zip. */
  | 'not-a-package'
  | 'unreadable'
  | 'damaged'
  /** A save would drop parts the host cannot write back. */
  | 'would-lose-parts';

/**
 * Marks a WorkbookError across copies of this module (a lazily loaded chunk may bring its own),
 * where instanceof would say no.
 */
const BRAND = Symbol.for('klant-inzicht.WorkbookError');

export class WorkbookError extends DomainError {
  readonly [BRAND] = true;
  /** The host had begun writing when this happened: part of the batch may stand (no rollback). */
  writesBegan = false;

  constructor(
    code: ErrorCode,
    readonly reason: FailureReason,
    message: string,
    where: ErrorLocation = {},
    /** The host's own error code behind it, when there is one (e.g. Excel's "InvalidArgument"). */
    readonly hostCode?: string,
  ) {
    super(code, message, where);
  }
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    error instanceof WorkbookError ||
    (typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true)
  );
}

/** An error as thrown by Office.js (OfficeExtension.Error): an Error with a string `code`. */
export function hostCodeOf(error: unknown): string | undefined {
  if (isWorkbookError(error)) return error.hostCode;
  if (error instanceof DomainError || !(error instanceof Error)) return undefined;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}
