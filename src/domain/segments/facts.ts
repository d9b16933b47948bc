/**
 * The figures a rule reads, per customer, from the ledger as of today (no clock):
 * - late payments in N months: invoices asking money, settled in full on a day in the window (their
 *   payments settle them, ledger.settle; an invoice only credited away was never paid), later
 *   than their due date (terms.resolveTerm's, as the Overzicht's payment behaviour counts it);
 * - revenue in N months: the amount excl. VAT of invoices and credit notes dated in the window;
 * - open: what the customer owes today: the open amount of every invoice dated on or before today
 *   and not written off, less credit notes that name no invoice of the ledger;
 * - average days late over N months: the amount-weighted mean of (settled − due date) over the
 *   invoices settled in the window, weighted by what had to be paid (amount less credit notes);
 *   with nothing settled there is no average, and then neither "more than" nor "less than" holds.
 * The window of N months is (today − N calendar months, today]. An invoice whose due date cannot be
 * resolved counts for revenue and open only (the dunning plan reports it on its own).
 */
import { addMonths, daysBetween, type IsoDate } from '../dates';
import { settle, type LedgerIndex } from '../ledger';
import { addCents, subtractCents, ZERO_CENTS, type Cents } from '../money';
import type { Customer, Settings } from '../model';
import { resolveTerm } from '../terms';

interface InvoiceFacts {
  invoiceDate: IsoDate;
  amountExclVat: Cents;
  /** Set for an invoice asking money that its payments settled on or before today. */
  paid?: { settledOn: IsoDate; daysLate: number; weight: Cents };
}

export interface CustomerFacts {
  customer: Customer;
  open: Cents;
  invoices: InvoiceFacts[];
}

export function customerFacts(
  customer: Customer,
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): CustomerFacts {
  const invoices: InvoiceFacts[] = [];
  let open = ZERO_CENTS;
  for (const invoice of index.invoicesByCustomer.get(customer.number) ?? []) {
    const facts: InvoiceFacts = { invoiceDate: invoice.invoiceDate, amountExclVat: invoice.amountExclVat };
    invoices.push(facts);
    if (invoice.invoiceDate > today) continue;
    const linked =
      invoice.amountInclVat < 0 &&
      invoice.creditsInvoice !== undefined &&
      index.invoicesByNumber.has(invoice.creditsInvoice);
    if (linked) continue;
    const s = settle(invoice, index, today);
    const writtenOff = invoice.writtenOffOn !== undefined && invoice.writtenOffOn <= today;
    if (!writtenOff) open = addCents(open, s.open);
    if (invoice.amountInclVat <= 0 || s.settledOn === undefined || s.paid <= 0) continue;
    let due: IsoDate;
    try {
      due = resolveTerm(invoice, customer, settings).dueDate;
    } catch {
      continue;
    }
    facts.paid = {
      settledOn: s.settledOn,
      daysLate: daysBetween(due, s.settledOn),
      weight: subtractCents(s.amount, s.credited),
    };
  }
  return { customer, open, invoices };
}

/** (today − months, today] */
function inWindow(date: IsoDate, today: IsoDate, months: number): boolean {
  return date > addMonths(today, -months) && date <= today;
}

export function latePayments(facts: CustomerFacts, today: IsoDate, months: number): number {
  return facts.invoices.filter(
    (f) => f.paid && f.paid.daysLate > 0 && inWindow(f.paid.settledOn, today, months),
  ).length;
}

export function revenue(facts: CustomerFacts, today: IsoDate, months: number): Cents {
  return facts.invoices.reduce(
    (sum, f) => (inWindow(f.invoiceDate, today, months) ? addCents(sum, f.amountExclVat) : sum),
    ZERO_CENTS,
  );
}

/** null when nothing was settled in the window. */
export function averageDaysLate(facts: CustomerFacts, today: IsoDate, months: number): number | null {
  let weight = 0;
  let total = 0;
  for (const f of facts.invoices) {
    if (!f.paid || !inWindow(f.paid.settledOn, today, months)) continue;
    weight += f.paid.weight;
    total += f.paid.weight * f.paid.daysLate;
  }
  return weight > 0 ? total / weight : null;
}
