/**
 * Lookups over a Ledger and the settlement of one invoice (what is paid, credited and still open
 * on a given day). Status, dunning, metrics and matching all stand on this, so it lives once here.
 */
import { assertIsoDate, type IsoDate } from './dates';
import { DomainError, requireArray, requireObject } from './errors';
import { addCents, cents, negateCents, subtractCents, type Cents } from './money';
import type { Arrangement, ContactEntry, Customer, Invoice, Ledger, Payment } from './model';

export interface LedgerIndex {
  customersByNumber: Map<string, Customer>;
  invoicesByNumber: Map<string, Invoice>;
  invoicesByCustomer: Map<string, Invoice[]>;
  /** Payments per invoice number, oldest first. */
  paymentsByInvoice: Map<string, Payment[]>;
  /** Credit notes per invoice number they credit. */
  creditNotesByInvoice: Map<string, Invoice[]>;
  /** Contact entries per invoice number, oldest first. */
  contactsByInvoice: Map<string, ContactEntry[]>;
  contactsByCustomer: Map<string, ContactEntry[]>;
  /**
   * Every arrangement per invoice, cancelled ones included, in the order agreed: which one counts
   * depends on the day asked about (status.activeArrangement).
   */
  arrangementsByInvoice: Map<string, Arrangement[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

export function indexLedger(
  ledger: Pick<Ledger, 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements'>,
): LedgerIndex {
  requireObject(ledger, 'ledger');
  for (const list of ['customers', 'invoices', 'payments', 'contacts', 'arrangements'] as const)
    requireArray(ledger[list], list);
  const index: LedgerIndex = {
    customersByNumber: new Map(),
    invoicesByNumber: new Map(),
    invoicesByCustomer: new Map(),
    paymentsByInvoice: new Map(),
    creditNotesByInvoice: new Map(),
    contactsByInvoice: new Map(),
    contactsByCustomer: new Map(),
    arrangementsByInvoice: new Map(),
  };
  for (const c of ledger.customers) index.customersByNumber.set(c.number, c);
  for (const inv of ledger.invoices) {
    index.invoicesByNumber.set(inv.number, inv);
    push(index.invoicesByCustomer, inv.customerNumber, inv);
    if (inv.creditsInvoice) push(index.creditNotesByInvoice, inv.creditsInvoice, inv);
  }
  for (const p of ledger.payments) if (p.invoiceNumber) push(index.paymentsByInvoice, p.invoiceNumber, p);
  for (const list of index.paymentsByInvoice.values()) sortByDate(list);
  for (const c of ledger.contacts) {
    if (c.invoiceNumber) push(index.contactsByInvoice, c.invoiceNumber, c);
    push(index.contactsByCustomer, c.customerNumber, c);
  }
  for (const list of index.contactsByInvoice.values()) sortByDate(list);
  for (const list of index.contactsByCustomer.values()) sortByDate(list);
  for (const a of ledger.arrangements) push(index.arrangementsByInvoice, a.invoiceNumber, a);
  for (const list of index.arrangementsByInvoice.values())
    if (list.length > 1)
      list.sort((a, b) => (a.agreedOn < b.agreedOn ? -1 : a.agreedOn > b.agreedOn ? 1 : 0));
  return index;
}

function isSortedByDate<T extends { date: IsoDate }>(list: readonly T[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as T).date > (list[i] as T).date) return false;
  return true;
}

/**
 * Most lists hold one or two items already in date order (people book in order): checking is one
 * pass, and leaves out tens of thousands of sort calls. The sort is stable, so skipping it on a
 * sorted list changes nothing.
 */
function sortByDate<T extends { date: IsoDate }>(list: T[]): void {
  if (!isSortedByDate(list)) list.sort(byDate);
}

const INDEX_MAPS = [
  'customersByNumber',
  'invoicesByNumber',
  'invoicesByCustomer',
  'paymentsByInvoice',
  'creditNotesByInvoice',
  'contactsByInvoice',
  'contactsByCustomer',
  'arrangementsByInvoice',
] as const;

/** A LedgerIndex as indexLedger makes it; anything else fails here, by name, not deep inside. */
export function requireLedgerIndex(index: unknown, path = 'index'): asserts index is LedgerIndex {
  requireObject(index, path);
  for (const key of INDEX_MAPS) {
    if (!((index as Record<string, unknown>)[key] instanceof Map)) {
      throw new DomainError('invalid-input', 'expected a ledger index made by indexLedger', {
        path: `${path}.${key}`,
      });
    }
  }
}

export interface Settlement {
  /** What the invoice asks (amount incl. VAT; negative for a credit note). */
  amount: Cents;
  /** Credit notes applied to it, as a positive number. */
  credited: Cents;
  /** Payments received on it (refunds count negative). */
  paid: Cents;
  /** amount − credited − paid. Negative means over-paid. */
  open: Cents;
  /** For a positive invoice: the first day on which nothing was open any more. */
  settledOn?: IsoDate;
  lastPaymentOn?: IsoDate;
}

/**
 * Settles one invoice as of `asOf` (inclusive): only payments and credit notes dated on or before
 * that day count. Without `asOf`, everything counts.
 */
export function settle(invoice: Invoice, index: LedgerIndex, asOf?: IsoDate): Settlement {
  requireObject(invoice, 'invoice');
  requireLedgerIndex(index);
  if (asOf !== undefined) assertIsoDate(asOf, 'asOf');
  return settleUnchecked(invoice, index, asOf);
}

/**
 * settle() for a caller that has checked the invoice, the index and `asOf` once for a whole ledger
 * (the metrics do, for 50,000 invoices): the same result, without the guards per call.
 */
function settleUnchecked(invoice: Invoice, index: LedgerIndex, asOf?: IsoDate): Settlement {
  return settleOver(
    invoice,
    index.paymentsByInvoice.get(invoice.number),
    index.creditNotesByInvoice.get(invoice.number),
    asOf,
  );
}

/**
 * settle() over the invoice's own lists as the index holds them (payments, credit notes naming
 * it), for a caller that has looked them up once and reads them again (the metrics).
 */
export function settleOver(
  invoice: Invoice,
  payments: readonly Payment[] | undefined,
  credits: readonly Invoice[] | undefined,
  asOf?: IsoDate,
): Settlement {
  // The common case: payments only, already oldest first (as indexLedger keeps them). Walking them
  // in order is what sorting the events would give, without building the events.
  if (
    (credits === undefined || credits.every((cn) => cn.number === invoice.number)) &&
    (payments === undefined || isSortedByDate(payments))
  ) {
    return settlePayments(invoice, payments ?? [], asOf);
  }
  const events: { date: IsoDate; amount: Cents; kind: 'payment' | 'credit' }[] = [];
  for (const p of payments ?? []) {
    if (!asOf || p.date <= asOf) events.push({ date: p.date, amount: p.amount, kind: 'payment' });
  }
  // A credit note reduces what is owed by the (negated) amount it carries.
  for (const cn of credits ?? []) {
    if (cn.number === invoice.number) continue;
    if (!asOf || cn.invoiceDate <= asOf)
      events.push({ date: cn.invoiceDate, amount: negateCents(cn.amountInclVat), kind: 'credit' });
  }
  events.sort(byDate);
  let paid = cents(0);
  let credited = cents(0);
  let settledOn: IsoDate | undefined;
  let lastPaymentOn: IsoDate | undefined;
  for (const e of events) {
    if (e.kind === 'payment') {
      paid = addCents(paid, e.amount);
      lastPaymentOn = e.date;
    } else credited = addCents(credited, e.amount);
    const open = invoice.amountInclVat - paid - credited;
    if (invoice.amountInclVat > 0) {
      if (open <= 0 && settledOn === undefined) settledOn = e.date;
      else if (open > 0) settledOn = undefined; // a reversal re-opens it
    }
  }
  return settlement(invoice, paid, credited, settledOn, lastPaymentOn);
}

function settlePayments(
  invoice: Invoice,
  payments: readonly Payment[],
  asOf: IsoDate | undefined,
): Settlement {
  const amount = invoice.amountInclVat;
  let paid = cents(0);
  let settledOn: IsoDate | undefined;
  let lastPaymentOn: IsoDate | undefined;
  for (const p of payments) {
    if (asOf && p.date > asOf) continue;
    paid = addCents(paid, p.amount);
    lastPaymentOn = p.date;
    if (amount > 0) {
      if (amount - paid <= 0) {
        if (settledOn === undefined) settledOn = p.date;
      } else settledOn = undefined; // a reversal re-opens it
    }
  }
  return settlement(invoice, paid, cents(0), settledOn, lastPaymentOn);
}

function settlement(
  invoice: Invoice,
  paid: Cents,
  credited: Cents,
  settledOn: IsoDate | undefined,
  lastPaymentOn: IsoDate | undefined,
): Settlement {
  const result: Settlement = {
    amount: invoice.amountInclVat,
    credited,
    paid,
    open: subtractCents(subtractCents(invoice.amountInclVat, paid), credited),
  };
  if (settledOn !== undefined) result.settledOn = settledOn;
  if (lastPaymentOn !== undefined) result.lastPaymentOn = lastPaymentOn;
  return result;
}
