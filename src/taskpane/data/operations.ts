/**
 * What the pane asks of the workbook layer, as one interface. The pane only talks to this, so the
 * workbook operations are wired in one place (workbookOperations.ts), and tests may hand in
 * another implementation.
 */
import type { IsoDate } from '../../domain/dates';
import type { DunningGroup } from '../../domain/dunning';
import type {
  Arrangement,
  ContactChannel,
  ContactEntry,
  Invoice,
  Language,
  Ledger,
  Payment,
  Settings,
} from '../../domain/model';
import type { Book } from '../../workbook/book';
import type {
  ApplyImportInput,
  ImportInput,
  ImportPreview,
  ImportResult,
} from '../../workbook/operations/importStatement';
import type { RangeOffer, TableSide } from '../../workbook/operations/ranges';
import type { ImportInvoicesOptions, InvoiceImportResult } from '../../workbook/operations/importInvoices';
import type { YourColumn, YourParts } from '../../workbook/operations/columnChoices';
import type { ColumnRef } from '../../workbook/ownership';
import type { YoursNotice } from '../../workbook/yoursNote';

export type { RangeOffer, TableSide, YourColumn, YourParts };

/** Lists beside the tables and lists that are no table, as Setup shows them. */
export interface RangeFindings {
  sides: TableSide[];
  offers: RangeOffer[];
}

export type PartId = 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements' | 'settings';

/** One part of the workbook as setUp found or made it. */
export interface SetupPart {
  part: PartId;
  /** The table's name in the workbook. */
  table: string;
  sheet: string;
  created: boolean;
  matched: string[];
  /** Columns setUp added at the table's right end (the ones Klant Inzicht calculates or keeps). */
  added: string[];
  /** The person's own columns the table lacks: NOT added; they add them when they want them. */
  missing: string[];
  /** Headers not ours: kept, never written. */
  unknown: string[];
}

export interface SetupReport {
  parts: SetupPart[];
  /** Parts not created because a sheet or table of that name holds something else (why: in the set-up language). */
  skipped: { part: PartId; sheet: string; why: string }[];
  /** Product columns whose typed values were kept ("Table.Header"). */
  keptTyped: string[];
}

/** The person's answer for product-named columns holding their data; nothing is taken without it. */
interface ColumnAnswer {
  adoptColumns?: ColumnRef[];
  keepColumns?: ColumnRef[];
}

/** A row that could not be read, with its place in the workbook and why (both languages). */
export interface RowProblem {
  sheet?: string;
  table?: string;
  row?: number;
  column?: string;
  message: Record<Language, string> | string;
}

export interface LoadedLedger {
  ledger: Ledger;
  /** Parts the workbook does not have yet: the pane suggests setting up. */
  missingParts: PartId[];
  problems: RowProblem[];
}

export interface DisputeUpdate {
  invoiceNumber: string;
  disputedSince?: IsoDate;
  disputeNote?: string;
  disputeResolvedOn?: IsoDate;
}

export interface ReminderSent {
  customerNumber: string;
  invoiceNumbers: string[];
  /** The ladder step's id, written in the contact log. */
  stepId: string;
  date: IsoDate;
  channel: ContactChannel;
  summary: string;
}

/** What marking a customer's reminder as sent records: every invoice of its group, by one channel. */
export function reminderSent(
  group: Pick<DunningGroup, 'customerNumber' | 'invoices' | 'step'>,
  date: IsoDate,
  channel: ContactChannel,
  summary: string,
): ReminderSent {
  return {
    customerNumber: group.customerNumber,
    invoiceNumbers: group.invoices.map((a) => a.invoiceNumber),
    stepId: group.step.id,
    date,
    channel,
    summary,
  };
}

export interface PaneOperations {
  setUp(book: Book, options: { language: Language; today: IsoDate } & ColumnAnswer): Promise<SetupReport>;
  /** Product-named columns (and an overview-named sheet) holding the person's data; reads only. */
  findYourParts(book: Book): Promise<YourParts>;
  loadLedger(book: Book): Promise<LoadedLedger>;
  /** Resolves to the person's product-named columns the sort left alone (not yet recorded as theirs). */
  refreshAndSort(book: Book, options: { today: IsoDate; language: Language }): Promise<YoursNotice[]>;
  appendInvoice(book: Book, invoice: Invoice): Promise<void>;
  appendPayment(book: Book, payment: Payment): Promise<void>;
  appendContact(book: Book, entry: ContactEntry): Promise<void>;
  appendArrangement(book: Book, arrangement: Arrangement): Promise<void>;
  setDispute(book: Book, update: DisputeUpdate): Promise<void>;
  markReminderSent(book: Book, sent: ReminderSent): Promise<void>;
  saveSettings(book: Book, settings: Settings): Promise<void>;
  /** Reads a bank statement and proposes matches; never writes. */
  previewImport(book: Book, input: ImportInput): Promise<ImportPreview>;
  /** Books the accepted proposals and records the import day (result says what was added and skipped). */
  applyImport(book: Book, input: ApplyImportInput): Promise<ImportResult>;
  /** UBL e-invoices into Facturen and new buyers into Klanten; with dryRun it only says what it would do. */
  importInvoices(
    book: Book,
    files: readonly { name: string; text: string }[],
    options: ImportInvoicesOptions,
  ): Promise<InvoiceImportResult>;
  /** Rows typed below (columns right of) a table, and plain ranges that read as a part; reads only. */
  findRanges(book: Book, options: { language: Language }): Promise<RangeFindings>;
  /** Grows the tables over what was typed beside them; says what each took in. */
  extendTables(book: Book, options: { language: Language }): Promise<TableSide[]>;
  /** Makes a table of each plain range on offer, every cell kept; says which. */
  tablesFromRanges(book: Book, options: { language: Language }): Promise<RangeOffer[]>;
}
