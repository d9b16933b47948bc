/**
 * The terms module's due date for every invoice of a ledger, each distinct question answered once.
 * Without an explicit due date or a term of its own, an invoice's due date is its invoice date
 * plus a term that resolveTerm takes from the customer and the settings alone (terms.ts: "The term
 * runs in calendar days from the invoice date"). So resolveTerm answers once per customer, and the
 * others of that customer get the same term counted from their own date, once per distinct date.
 * Everything else, and every failure, goes to resolveTerm as before, so an error still names the
 * invoice it is about.
 */
import { addDays, assertIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import type { Customer, Invoice, Settings } from '../model';
import { resolveTerm } from '../terms';
import type { DueDateOf } from './prepare';

export function cachedDueDateOf(customers: ReadonlyMap<string, Customer>, settings: Settings): DueDateOf {
  if (!(customers instanceof Map)) {
    throw new DomainError('invalid-input', 'expected the customers as a map by number', {
      path: 'customers',
    });
  }
  requireObject(settings, 'settings');
  const termOf = new Map<Customer, number>();
  /** Per term in days: invoice date -> due date. */
  const dueByTerm = new Map<number, Map<IsoDate, IsoDate>>();
  return (invoice: Invoice) => {
    requireObject(invoice, 'invoice');
    const customer = customers.get(invoice.customerNumber) as Customer;
    if (
      invoice.dueDate !== undefined ||
      invoice.paymentTermDays !== undefined ||
      customer === undefined ||
      customer.number !== invoice.customerNumber
    )
      return resolveTerm(invoice, customer, settings).dueDate;
    const term = termOf.get(customer);
    if (term === undefined) {
      const resolved = resolveTerm(invoice, customer, settings);
      termOf.set(customer, resolved.termDays as number);
      return resolved.dueDate;
    }
    let byDate = dueByTerm.get(term);
    if (!byDate) dueByTerm.set(term, (byDate = new Map()));
    let due = byDate.get(invoice.invoiceDate);
    if (due === undefined) {
      assertIsoDate(invoice.invoiceDate, 'invoice.invoiceDate'); // as resolveTerm checks it
      due = addDays(invoice.invoiceDate, term);
      byDate.set(invoice.invoiceDate, due);
    }
    return due;
  };
}
