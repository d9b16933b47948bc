/** Small ledgers for the metrics tests. Due date = explicit dueDate, else invoice date + 30. */
import { addDays, isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';
import type { ContactEntry, Customer, Invoice, Payment } from '../../../src/domain/model';
import {
  prepareLedger,
  type DueDateOf,
  type MetricsLedger,
  type PreparedLedger,
} from '../../../src/domain/metrics';

export const due30: DueDateOf = (inv) => inv.dueDate ?? addDays(inv.invoiceDate, 30);

export function customer(number: string, name = `Klant ${number}`): Customer {
  return { number, name, kind: 'business', ibans: [] };
}

/** An invoice; incl. VAT is excl. × 1.21 unless given. */
export function invoice(
  number: string,
  customerNumber: string,
  invoiceDate: string,
  amountExclVat: number,
  over: Partial<Invoice> = {},
): Invoice {
  return {
    number,
    customerNumber,
    invoiceDate: isoDate(invoiceDate),
    amountExclVat: cents(amountExclVat),
    amountInclVat: cents(Math.round(amountExclVat * 1.21)),
    ...over,
  };
}

/** A credit note of `amountExclVat` (give it negative); linked when `credits` is given. */
export function creditNote(
  number: string,
  customerNumber: string,
  invoiceDate: string,
  amountExclVat: number,
  credits?: string,
): Invoice {
  return invoice(
    number,
    customerNumber,
    invoiceDate,
    amountExclVat,
    credits ? { creditsInvoice: credits } : {},
  );
}

export function payment(invoiceNumber: string | undefined, on: string, amountCents: number): Payment {
  const date = isoDate(on);
  const amount = cents(amountCents);
  return invoiceNumber === undefined
    ? { date, amount, customerNumber: 'K?' }
    : { date, amount, invoiceNumber };
}

export function reminder(
  invoiceNumber: string,
  customerNumber: string,
  date: string,
  ladderStep?: string,
): ContactEntry {
  return {
    date: isoDate(date),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    summary: '',
    ...(ladderStep ? { ladderStep } : {}),
  };
}

export function ledger(parts: Partial<MetricsLedger>): MetricsLedger {
  return { customers: [], invoices: [], payments: [], contacts: [], arrangements: [], ...parts };
}

export function prep(
  parts: Partial<MetricsLedger>,
  today: string,
  dueDateOf: DueDateOf = due30,
): PreparedLedger {
  return prepareLedger(ledger(parts), { today: isoDate(today), dueDateOf });
}

/**
 * An invoice with incl. = excl. = `amount` (keeps weights readable), due 30 days after
 * `invoiceDate`, and its full payment `daysLate` days after the due date.
 */
export function paidInvoice(
  number: string,
  customerNumber: string,
  invoiceDate: string,
  amount: number,
  daysLate: number,
): { invoice: Invoice; payment: Payment } {
  return {
    invoice: invoice(number, customerNumber, invoiceDate, amount, { amountInclVat: cents(amount) }),
    payment: payment(number, addDays(isoDate(invoiceDate), 30 + daysLate), amount),
  };
}
