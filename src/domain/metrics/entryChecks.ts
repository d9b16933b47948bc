/**
 * The checks prepareLedger makes once, at the entry, so that nothing inside the metrics loop has to
 * guard again: every date and amount the metrics read, each invoice's number and customer number.
 * A failure is a DomainError with the field path (invoices[3].invoiceDate). Each date becomes its
 * day number here, once per distinct string (days.ts), which is also what checks it.
 */
import { DomainError, requireObject } from '../errors';
import { assertCents } from '../money';
import type { DayNumbers } from './days';
import type { MetricsLedger } from './prepare';

function checkAmount(value: unknown, list: string, i: number, field: string): void {
  if (!Number.isSafeInteger(value)) assertCents(value, `${list}[${i}].${field}`);
}

function requireText(value: unknown, list: string, i: number, field: string, what: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('invalid-input', what, { path: `${list}[${i}].${field}`, value });
  }
}

/**
 * Checks every invoice, payment and contact of `ledger`; returns each invoice's invoice-date day
 * number by position.
 */
export function checkLedgerEntries(ledger: MetricsLedger, days: DayNumbers): Float64Array {
  const { invoices, payments, contacts } = ledger;
  const invoiceDays = new Float64Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    requireObject(inv, `invoices[${i}]`);
    requireText(inv.number, 'invoices', i, 'number', 'an invoice needs a number');
    requireText(inv.customerNumber, 'invoices', i, 'customerNumber', 'an invoice needs a customer number');
    invoiceDays[i] = days.of(inv.invoiceDate, 'invoices', i, 'invoiceDate');
    if (inv.deliveryDate !== undefined) days.of(inv.deliveryDate, 'invoices', i, 'deliveryDate');
    if (inv.writtenOffOn !== undefined) days.of(inv.writtenOffOn, 'invoices', i, 'writtenOffOn');
    if (inv.disputedSince !== undefined) days.of(inv.disputedSince, 'invoices', i, 'disputedSince');
    if (inv.disputeResolvedOn !== undefined)
      days.of(inv.disputeResolvedOn, 'invoices', i, 'disputeResolvedOn');
    checkAmount(inv.amountInclVat, 'invoices', i, 'amountInclVat');
    checkAmount(inv.amountExclVat, 'invoices', i, 'amountExclVat');
  }
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i];
    requireObject(p, `payments[${i}]`);
    days.of(p.date, 'payments', i, 'date');
    checkAmount(p.amount, 'payments', i, 'amount');
  }
  for (let i = 0; i < contacts.length; i++) {
    const c = contacts[i];
    requireObject(c, `contacts[${i}]`);
    days.of(c.date, 'contacts', i, 'date');
  }
  return invoiceDays;
}
