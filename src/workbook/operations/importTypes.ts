/**
 * What a statement import shows and returns: the entries with their proposals and flags, the
 * problems located in the file, and what applying booked or skipped. The task pane and the CLI
 * read these; importStatement.ts makes them.
 */
import type { Allocation, BankCsvFormat, Outcome, Reason } from '../../domain/bank';
import type { IsoDate } from '../../domain/dates';
import type { Payment } from '../../domain/model';
import type { Cents } from '../../domain/money';
import type { GenericCsvMapping } from '../../domain/bank';

export type StatementFormat = 'camt053' | BankCsvFormat;

/** What a person should notice about an entry, besides the proposal's own reason. */
export type EntryFlag =
  | 'partial'
  | 'over-payment'
  | 'already-paid'
  | 'several-invoices'
  | 'reversal'
  | 'debit-ignored'
  | 'ignored'
  | 'unmatched'
  | 'already-imported'
  | 'invalid-reference';

export interface ImportAllocation extends Allocation {
  customerName?: string;
}

export interface ImportProposal {
  /** Position in the entry's proposals (best first): what a person's choice refers to. */
  index: number;
  confidence: number;
  reason: Reason;
  allocations: ImportAllocation[];
  customerNumber?: string;
  customerName?: string;
  unallocatedCents: Cents;
  flags: readonly Reason[];
}

export interface ImportEntry {
  /** The payment unit's id: the importId its rows get, and what a choice names. */
  id: string;
  bookingDate: IsoDate;
  amountCents: Cents;
  currency: string;
  counterpartyName?: string;
  counterpartyIban?: string;
  remittance: string;
  reference?: string;
  outcome: Outcome | 'already-imported';
  /** Best first; empty when ignored, unmatched or imported before. */
  proposals: readonly ImportProposal[];
  flags: readonly EntryFlag[];
  notes: readonly Reason[];
  /** Whether "accept all above N" may book the best proposal without a person choosing it. */
  autoAcceptable: boolean;
}

/** A problem with the file or a row of it, located (CSV: row/column as in a text editor; CAMT: path or line). */
export interface ImportProblem {
  code: string;
  message: string;
  file: string;
  row?: number;
  column?: string;
  path?: string;
  value?: string;
}

export interface ImportPreview {
  /** False when nothing could be read, or the workbook lacks Betalingen. */
  ok: boolean;
  fileName: string;
  format?: StatementFormat;
  statements: {
    accountIban: string;
    statementId: string;
    fromDate?: IsoDate;
    toDate?: IsoDate;
    entries: number;
  }[];
  entries: ImportEntry[];
  errors: ImportProblem[];
  /** A CSV of an unknown bank and no column mapping given or remembered in Instellingen. */
  needsMapping: boolean;
  /** Where the generic CSV mapping came from. */
  mappingFrom?: 'given' | 'workbook';
  /** Data rows read (CSV). */
  rowCount?: number;
  lastBankImport?: IsoDate;
}

export interface ImportInput {
  fileName: string;
  text: string;
  today: IsoDate;
  /** Column mapping for a CSV of a bank we do not know; remembered in Instellingen by applyImport. */
  mapping?: GenericCsvMapping;
}

export type ImportAcceptance =
  | { kind: 'all-above'; minConfidence: number }
  | { kind: 'chosen'; choices: readonly { entryId: string; proposalIndex: number }[] };

export interface ApplyImportInput extends ImportInput {
  accept: ImportAcceptance;
}

export type SkipReason =
  | 'already-imported'
  | 'ignored'
  | 'unmatched'
  | 'below-confidence'
  | 'needs-review'
  | 'not-chosen'
  | 'unknown-entry'
  | 'unknown-proposal'
  | 'duplicate-choice'
  | 'would-overpay'
  | 'nothing-to-book'
  | 'invalid-payment';

export interface ImportAdded {
  entryId: string;
  proposalIndex: number;
  payments: Payment[];
  /** Sheet rows of the new payments. */
  rows: number[];
}

export interface ImportSkipped {
  entryId: string;
  reason: SkipReason;
  /** The matcher's note or the invoice concerned, when there is one. */
  detail?: string;
}

export interface ImportResult {
  ok: boolean;
  preview: ImportPreview;
  added: ImportAdded[];
  skipped: ImportSkipped[];
  paymentsAdded: number;
  /** Sum of the amounts of the rows added (reversals count negative). */
  totalCents: Cents;
  /** Set when the import was recorded in Instellingen. */
  lastBankImport?: IsoDate;
  mappingSaved: boolean;
  errors: ImportProblem[];
}
