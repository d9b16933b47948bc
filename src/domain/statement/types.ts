/**
 * A customer's statement (rekeningoverzicht) as data: what the PDF, the e-mail and the pane show.
 * Every amount is signed from the trader's side: positive raises what the customer owes.
 */
import type { IsoDate } from '../dates';
import type { Cents } from '../money';
import type { Customer, Language } from '../model';
import type { InvoiceStatusKind } from '../status';

export interface StatementPeriod {
  from: IsoDate;
  until: IsoDate;
}

/** Why a line or an open invoice deserves a word beside it. */
export type StatementNote =
  | { kind: 'disputed'; since: IsoDate }
  | { kind: 'in-arrangement'; agreedOn: IsoDate }
  | { kind: 'written-off'; on: IsoDate }
  /** A credit note applied to the invoice it names. */
  | { kind: 'credits'; invoiceNumber: string }
  /** A credit note naming another customer's invoice: it counts on that customer's account. */
  | { kind: 'credits-other-customer'; invoiceNumber: string }
  /** A payment on an invoice written off before it came: the write-off already took it off the account. */
  | { kind: 'after-write-off'; invoiceNumber: string };

interface LineBase {
  date: IsoDate;
  /** What this line does to the balance (0 where the ledger counts it elsewhere, with a note saying why). */
  effect: Cents;
  /** The balance after this line. */
  balance: Cents;
  notes: StatementNote[];
}

export interface InvoiceLine extends LineBase {
  kind: 'invoice' | 'credit-note';
  number: string;
  description?: string;
  /** The invoice's own amount incl. VAT (negative for a credit note). */
  amount: Cents;
  dueDate: IsoDate;
}

export interface ClearedPart {
  invoiceNumber: string;
  amount: Cents;
}

export interface PaymentLine extends LineBase {
  kind: 'payment';
  /** Received money is positive, a refund negative (effect is its negation). */
  amount: Cents;
  reference?: string;
  /** What the ledger booked it on, as far as that invoice was still open. */
  cleared: ClearedPart[];
  /**
   * The part that cleared no invoice: a payment without a known invoice, or what went over the
   * invoice's open amount (it stays on that invoice as a credit). cleared + unallocated = amount.
   */
  unallocated: Cents;
}

export interface WriteOffLine extends LineBase {
  kind: 'write-off';
  invoiceNumber: string;
}

export type StatementLine = InvoiceLine | PaymentLine | WriteOffLine;

/** An invoice with money open on `until` (positive) or a credit in the customer's favour (negative). */
export interface ClosingItem {
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** The structured reference printed on the invoice, for the payment QR. */
  paymentReference?: string;
  open: Cents;
  status: InvoiceStatusKind;
  /** Days past the due date on `until` (0 when not past due). */
  daysOverdue: number;
  notes: StatementNote[];
}

export interface StatementClosing {
  balance: Cents;
  /** Invoices with money open, oldest due date first. */
  open: ClosingItem[];
  /** Invoices and credit notes in the customer's favour (negative open). */
  credits: ClosingItem[];
  /** Payments that named no invoice of this customer, up to `until` (negative: money received). */
  unallocated: Cents;
  overdue: StatementOverdue;
}

export interface StatementOverdue {
  /** The open invoices past their due date on `until` (disputed and arranged ones included, marked). */
  invoices: ClosingItem[];
  /** What of the closing balance is overdue: their open amounts, at most the closing balance, never below 0. */
  total: Cents;
  /** total without the disputed invoices: what a payment request may ask for. */
  undisputed: Cents;
}

export interface Statement {
  customer: Customer;
  /** The customer's language, else the settings'. */
  language: Language;
  period: StatementPeriod;
  /** The day the statement was made. */
  madeOn: IsoDate;
  /** Balance at the end of the day before `from`. */
  opening: Cents;
  lines: StatementLine[];
  closing: StatementClosing;
}
