/**
 * Paid where traders write it. Many self-made invoice lists have no payments table: the invoice
 * row itself says it was paid, with a paid-on date ("Betaald op"), a paid amount ("Betaald
 * bedrag"), a yes/no column ("Betaald?", "Voldaan": ja/nee, x, WAAR/TRUE) or a status column
 * ("betaald", "open", "gecrediteerd"). At load these marks become ordinary payments (and, for
 * "gecrediteerd", a credit note), so every computation — status, open, overdue, aging, sort, DSO,
 * payment behaviour, the ladder, bank matching — sees them without the core knowing about columns.
 * live.ts writes the same rule as the workbook's own formulas.
 *
 * The rule, in order:
 * 1. Betalingen wins. When the payments table holds any row for the invoice, that is the record
 *    of its payments and the invoice's own marks are not counted (never twice); `check` says so
 *    when the marks claim a payment.
 * 2. A paid-on date after today: not paid yet (as a payment dated in the future).
 * 3. A paid amount counts as that amount (a part payment); else a paid-on date, a yes in the
 *    yes/no column or a "paid" status counts as the whole amount incl. VAT.
 * 4. The date is the paid-on date. Without one the invoice is paid on an unknown day: the
 *    payment is dated UNKNOWN_PAID_ON, before any window the payment-behaviour figures look at,
 *    so it counts as paid everywhere and as evidence of nothing in the behaviour; `check` says so.
 * 5. Status "gecrediteerd": the invoice is closed by a credit note of its whole amount, dated on
 *    the invoice date (the status column says it was credited, not when).
 * A status the product does not know ("herinnering gestuurd") is no mark; `check` says so.
 */
import { isoDate, type IsoDate } from '../domain/dates';
import type { Invoice, Payment } from '../domain/model';
import { cents, negateCents, type Cents } from '../domain/money';
import type { Cell } from './book';
import { normalizeHeader } from './schema';

/** The date a payment without a known day carries: outside every metrics window. */
export const UNKNOWN_PAID_ON = isoDate('1900-01-01');

export type PaymentStatusWord = 'paid' | 'open' | 'credited';

const STATUS_WORDS: Record<PaymentStatusWord, string[]> = {
  paid: ['betaald', 'voldaan', 'ontvangen', 'afgerond', 'paid', 'settled', 'received'],
  open: [
    'open',
    'openstaand',
    'onbetaald',
    'niet betaald',
    'nog niet betaald',
    'te betalen',
    'verstuurd',
    'verzonden',
    'vervallen',
    'unpaid',
    'sent',
    'due',
    'overdue',
    'outstanding',
  ],
  credited: ['gecrediteerd', 'credit', 'creditnota', 'credited', 'credit note'],
};

/** Spellings as a formula compares them (case-insensitive, as typed). */
export function statusSpellings(kind: PaymentStatusWord): string[] {
  return STATUS_WORDS[kind];
}

export function paymentStatusOf(text: string): PaymentStatusWord | undefined {
  const w = normalizeHeader(text);
  for (const kind of ['paid', 'open', 'credited'] as const)
    if (STATUS_WORDS[kind].some((x) => normalizeHeader(x) === w)) return kind;
  return undefined;
}

/** What the invoice row itself says about payment (codec fields paidOn, paidAmount, paidFlag, paymentStatus). */
export interface PaidMarks {
  paidOn?: IsoDate;
  paidAmount?: Cents;
  paidFlag?: boolean;
  paymentStatus?: string;
}

export function hasMarks(m: PaidMarks): boolean {
  return (
    m.paidOn !== undefined ||
    m.paidAmount !== undefined ||
    m.paidFlag !== undefined ||
    m.paymentStatus !== undefined
  );
}

export type PaidNote =
  | { code: 'paid-without-date'; field: keyof PaidMarks; value: Cell }
  | { code: 'paid-column-ignored'; field: keyof PaidMarks; value: Cell }
  | { code: 'unknown-payment-status'; field: 'paymentStatus'; value: Cell };

export interface FromMarks {
  payment?: Payment;
  creditNote?: Invoice;
  notes: PaidNote[];
}

/** One invoice row's marks -> what they add to the ledger (see the rule above). */
export function fromMarks(invoice: Invoice, marks: PaidMarks, inPaymentsTable: boolean): FromMarks {
  const out: FromMarks = { notes: [] };
  if (!hasMarks(marks)) return out;
  const status = marks.paymentStatus === undefined ? undefined : paymentStatusOf(marks.paymentStatus);
  if (marks.paymentStatus !== undefined && status === undefined)
    out.notes.push({ code: 'unknown-payment-status', field: 'paymentStatus', value: marks.paymentStatus });
  if (status === 'credited' && invoice.amountInclVat > 0) {
    out.creditNote = {
      number: `${invoice.number} (credit)`,
      customerNumber: invoice.customerNumber,
      invoiceDate: invoice.invoiceDate,
      amountExclVat: negateCents(invoice.amountExclVat),
      amountInclVat: negateCents(invoice.amountInclVat),
      creditsInvoice: invoice.number,
    };
    return out;
  }
  const claimsWhole = marks.paidOn !== undefined || marks.paidFlag === true || status === 'paid';
  const amount = marks.paidAmount ?? (claimsWhole ? invoice.amountInclVat : cents(0));
  if (amount === 0 || invoice.amountInclVat <= 0) return out;
  const field: keyof PaidMarks =
    marks.paidAmount !== undefined
      ? 'paidAmount'
      : marks.paidOn !== undefined
        ? 'paidOn'
        : marks.paidFlag !== undefined
          ? 'paidFlag'
          : 'paymentStatus';
  const value = (marks[field] ?? null) as Cell;
  if (inPaymentsTable) {
    out.notes.push({ code: 'paid-column-ignored', field, value });
    return out;
  }
  if (marks.paidOn === undefined) out.notes.push({ code: 'paid-without-date', field, value });
  out.payment = {
    date: marks.paidOn ?? UNKNOWN_PAID_ON,
    invoiceNumber: invoice.number,
    customerNumber: invoice.customerNumber,
    amount,
    note: 'Facturen',
  };
  return out;
}
