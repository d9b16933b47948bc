/**
 * The checks prepareLedger makes once, at the entry, so that nothing inside the metrics loop has to
 * guard again: every date and amount the metrics read, each invoice's number and customer number.
 * A failure is a DomainError with the field path (invoices[3].invoiceDate).
 */
import { assertIsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import { assertCents } from '../money';
import type { MetricsLedger } from './prepare';

/**
 * A ledger repeats the same few thousand dates; checking each distinct string once keeps
 * validation (which builds a Date per check) off the profile for 50,000 invoices. The location
 * is spelled out only when a check fails.
 */
export type DateCheck = (value: unknown, list: string, i: number, field: string) => void;

function dateChecker(): DateCheck {
  const valid = new Set<string>();
  return (value, list, i, field) => {
    if (typeof value === 'string' && valid.has(value)) return;
    assertIsoDate(value, `${list}[${i}].${field}`);
    valid.add(value);
  };
}

function checkAmount(value: unknown, list: string, i: number, field: string): void {
  if (!Number.isSafeInteger(value)) assertCents(value, `${list}[${i}].${field}`);
}

function requireText(value: unknown, path: string, what: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('invalid-input', what, { path, value });
  }
}

/** Checks every invoice, payment and contact of `ledger`; returns the date check for later dates. */
export function checkLedgerEntries(ledger: MetricsLedger): DateCheck {
  const checkDate = dateChecker();
  ledger.invoices.forEach((inv, i) => {
    requireObject(inv, `invoices[${i}]`);
    requireText(inv.number, `invoices[${i}].number`, 'an invoice needs a number');
    requireText(inv.customerNumber, `invoices[${i}].customerNumber`, 'an invoice needs a customer number');
    checkDate(inv.invoiceDate, 'invoices', i, 'invoiceDate');
    if (inv.deliveryDate !== undefined) checkDate(inv.deliveryDate, 'invoices', i, 'deliveryDate');
    if (inv.writtenOffOn !== undefined) checkDate(inv.writtenOffOn, 'invoices', i, 'writtenOffOn');
    if (inv.disputedSince !== undefined) checkDate(inv.disputedSince, 'invoices', i, 'disputedSince');
    if (inv.disputeResolvedOn !== undefined)
      checkDate(inv.disputeResolvedOn, 'invoices', i, 'disputeResolvedOn');
    checkAmount(inv.amountInclVat, 'invoices', i, 'amountInclVat');
    checkAmount(inv.amountExclVat, 'invoices', i, 'amountExclVat');
  });
  ledger.payments.forEach((p, i) => {
    requireObject(p, `payments[${i}]`);
    checkDate(p.date, 'payments', i, 'date');
    checkAmount(p.amount, 'payments', i, 'amount');
  });
  ledger.contacts.forEach((c, i) => {
    requireObject(c, `contacts[${i}]`);
    checkDate(c.date, 'contacts', i, 'date');
  });
  return checkDate;
}
