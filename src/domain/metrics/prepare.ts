/**
 * Indexes a ledger once for every metric: validates what the metrics rely on, settles each
 * invoice as of today (via ledger.settle) and keeps the per-invoice facts the metric modules
 * read. Everything after this is single loops over `invoices`.
 *
 * Tolerant by design, and documented here:
 * - an invoice whose customer is not in Klanten still counts, under its customer number
 *   (`known: false`);
 * - a payment without an invoice number, or naming an invoice that does not exist, counts as
 *   an unallocated payment (reported in the totals), not against any invoice;
 * - invoices dated after today do not exist yet as of today and are left out of every metric.
 * Strict (DomainError with the field path): a bad `today`, a duplicate invoice number, a
 * malformed date or amount on an invoice, payment or contact, or a due-date resolver that fails
 * or returns something other than a calendar date.
 */
import { assertIsoDate, type IsoDate } from '../dates';
import { DomainError, requireArray, requireObject } from '../errors';
import { indexLedger, requireLedgerIndex, settleOver, type LedgerIndex, type Settlement } from '../ledger';
import { assertCents, type Cents } from '../money';
import type { Invoice, Ledger, Payment } from '../model';
import { createDayCounter, trailingWindow, type DateWindow } from './window';

export type MetricsLedger = Pick<Ledger, 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements'>;

/** Resolves an invoice's due date; the caller passes the terms module's resolver. */
export type DueDateOf = (invoice: Invoice) => IsoDate;

export interface PrepareOptions {
  today: IsoDate;
  dueDateOf: DueDateOf;
  /**
   * indexLedger() of this same ledger, when the caller already made one (the pane does, for its
   * statuses): used instead of indexing again. One that does not hold exactly this ledger's
   * invoices, payments and contacts is ignored, so a stale index cannot change a figure.
   */
  index?: LedgerIndex;
}

export interface CustomerRef {
  customerNumber: string;
  /** Absent when the customer is not in Klanten. */
  name?: string;
  known: boolean;
}

/** Facts of an invoice that was fully paid on or before today. */
export interface PaidFacts {
  settledOn: IsoDate;
  /** What had to be paid: amount incl. VAT less credit notes. The weight in weighted averages. */
  weight: Cents;
  /** settledOn − due date in days; negative = paid early, 0 = on the due date. */
  daysLate: number;
  /** settledOn − invoice date in days. */
  daysToPay: number;
  /** Contact entries with a ladder step for this invoice, dated on or before today. */
  reminders: number;
}

export interface PreparedInvoice {
  invoice: Invoice;
  /** 0-based position in ledger.invoices. */
  position: number;
  customerNumber: string;
  /** amountInclVat < 0. */
  isCreditNote: boolean;
  /**
   * Names another, existing invoice in creditsInvoice: its amount counts through that invoice's
   * settlement, so it is not a receivable (or credit) of its own.
   */
  linked: boolean;
  /** Dated after today. */
  future: boolean;
  /** writtenOffOn on or before today. */
  writtenOff: boolean;
  /** In dispute today (disputedSince on or before today, not resolved by today). */
  disputed: boolean;
  /** For an invoice asking money (amount > 0, not linked). */
  dueDate?: IsoDate;
  /** settle() as of today. */
  settlement: Settlement;
  /** The invoice's payments (all, also those after today), oldest first, as the index holds them. */
  payments: readonly Payment[];
  /** The credit notes naming this invoice in creditsInvoice, as the index holds them. */
  creditNotes: readonly Invoice[];
  /** What this document adds to the receivables today: 0 when future or written off. */
  open: Cents;
  /** Days past the due date today, for an invoice with something open; else 0. */
  daysOverdue: number;
  paid?: PaidFacts;
  /**
   * Set when money is receivable today as invoiceStatus counts it for the aging (not a credit
   * note, not fully credited, not written off, something open): that open amount, and the days
   * past the due date (0 when not past it). Future-dated invoices count here, as in agingReport.
   */
  aging?: { open: Cents; daysOverdue: number };
}

export interface PreparedLedger {
  today: IsoDate;
  /** The 365 days ending today. */
  window: DateWindow;
  index: LedgerIndex;
  invoices: PreparedInvoice[];
  /** Every customer in Klanten, plus the unknown numbers invoices name. */
  customers: Map<string, CustomerRef>;
  /** Payments (dated on or before today) that no invoice takes. */
  unallocated: { total: Cents; count: number };
  /** Whole days from one date to another (memoised). */
  days: (from: IsoDate, to: IsoDate) => number;
}

/**
 * A ledger repeats the same few thousand dates; checking each distinct string once keeps
 * validation (which builds a Date per check) off the profile for 50,000 invoices. The location
 * is spelled out only when a check fails.
 */
type DateCheck = (value: unknown, list: string, i: number, field: string) => void;

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

function throwDuplicate(invoices: readonly Invoice[]): never {
  const seen = new Map<string, number>();
  invoices.forEach((inv, i) => {
    const first = seen.get(inv.number);
    if (first !== undefined) {
      throw new DomainError('duplicate', `invoice number ${inv.number} also on invoices[${first}]`, {
        path: `invoices[${i}].number`,
        value: inv.number,
      });
    }
    seen.set(inv.number, i);
  });
  throw new DomainError('duplicate', 'duplicate invoice numbers', { path: 'invoices' });
}

/** Whether `index` is indexLedger() of exactly this ledger (same invoice objects, same counts). */
function indexes(index: LedgerIndex, ledger: MetricsLedger): boolean {
  requireLedgerIndex(index, 'options.index');
  if (index.invoicesByNumber.size !== ledger.invoices.length) return false;
  for (const inv of ledger.invoices) if (index.invoicesByNumber.get(inv.number) !== inv) return false;
  const count = (map: Map<string, unknown[]>): number => {
    let n = 0;
    for (const list of map.values()) n += list.length;
    return n;
  };
  let payments = 0;
  for (const p of ledger.payments) if (p.invoiceNumber) payments += 1;
  return (
    count(index.paymentsByInvoice) === payments && count(index.contactsByCustomer) === ledger.contacts.length
  );
}

function resolveDueDate(
  dueDateOf: DueDateOf,
  invoice: Invoice,
  position: number,
  checkDate: DateCheck,
): IsoDate {
  let due: unknown;
  try {
    due = dueDateOf(invoice);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid-input', `the due date could not be resolved: ${String(err)}`, {
      path: `invoices[${position}].dueDate`,
      value: invoice.number,
    });
  }
  checkDate(due, 'invoices', position, 'dueDate');
  return due as IsoDate;
}

/** One shared empty list for the many invoices without payments or credit notes. */
const NONE: readonly never[] = Object.freeze([]);

export function prepareLedger(ledger: MetricsLedger, options: PrepareOptions): PreparedLedger {
  requireObject(ledger, 'ledger');
  requireObject(options, 'options');
  for (const list of ['customers', 'invoices', 'payments', 'contacts', 'arrangements'] as const)
    requireArray(ledger[list], list);
  const { today, dueDateOf } = options;
  assertIsoDate(today, 'today');
  if (typeof dueDateOf !== 'function') {
    throw new DomainError('invalid-input', 'dueDateOf must be a function', { path: 'dueDateOf' });
  }

  const checkDate = dateChecker();
  ledger.invoices.forEach((inv, i) => {
    requireObject(inv, `invoices[${i}]`);
    if (typeof inv.number !== 'string' || inv.number.trim() === '') {
      throw new DomainError('invalid-input', 'an invoice needs a number', {
        path: `invoices[${i}].number`,
        value: inv.number,
      });
    }
    if (typeof inv.customerNumber !== 'string' || inv.customerNumber.trim() === '') {
      throw new DomainError('invalid-input', 'an invoice needs a customer number', {
        path: `invoices[${i}].customerNumber`,
        value: inv.customerNumber,
      });
    }
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

  const index =
    options.index !== undefined && indexes(options.index, ledger) ? options.index : indexLedger(ledger);
  // The index keeps one invoice per number; only when it holds fewer is there a duplicate to name.
  if (index.invoicesByNumber.size !== ledger.invoices.length) throwDuplicate(ledger.invoices);
  const days = createDayCounter();

  const customers = new Map<string, CustomerRef>();
  for (const c of ledger.customers)
    customers.set(c.number, { customerNumber: c.number, name: c.name, known: true });

  let unallocatedTotal = 0;
  let unallocatedCount = 0;
  for (const p of ledger.payments) {
    if (p.date > today) continue;
    if (p.invoiceNumber && index.invoicesByNumber.has(p.invoiceNumber)) continue;
    unallocatedTotal += p.amount;
    unallocatedCount += 1;
  }

  const invoices: PreparedInvoice[] = [];
  ledger.invoices.forEach((invoice, position) => {
    const customerNumber = invoice.customerNumber;
    if (!customers.has(customerNumber)) customers.set(customerNumber, { customerNumber, known: false });
    const linked =
      invoice.creditsInvoice !== undefined &&
      invoice.creditsInvoice !== invoice.number &&
      index.invoicesByNumber.has(invoice.creditsInvoice);
    const future = invoice.invoiceDate > today;
    const writtenOff = invoice.writtenOffOn !== undefined && invoice.writtenOffOn <= today;
    const disputed =
      invoice.disputedSince !== undefined &&
      invoice.disputedSince <= today &&
      !(invoice.disputeResolvedOn !== undefined && invoice.disputeResolvedOn <= today);
    const payments = index.paymentsByInvoice.get(invoice.number) ?? NONE;
    const creditNotes = index.creditNotesByInvoice.get(invoice.number) ?? NONE;
    const settlement = settleOver(invoice, payments, creditNotes, today);
    // A linked credit note's own amount is already inside its invoice's settlement; only money
    // booked on the note itself (a refund, say) is its own.
    const ownOpen = linked ? -settlement.paid - settlement.credited : settlement.open;
    const open = future || writtenOff ? 0 : ownOpen;

    const doc: PreparedInvoice = {
      invoice,
      position,
      customerNumber,
      isCreditNote: invoice.amountInclVat < 0,
      linked,
      future,
      writtenOff,
      disputed,
      settlement,
      payments,
      creditNotes,
      open,
      daysOverdue: 0,
    };
    if (invoice.amountInclVat > 0 && !linked) {
      const dueDate = resolveDueDate(dueDateOf, invoice, position, checkDate);
      doc.dueDate = dueDate;
      if (open > 0 && dueDate < today) doc.daysOverdue = days(dueDate, today);
      const weight = invoice.amountInclVat - settlement.credited;
      if (!future && settlement.settledOn !== undefined && settlement.paid > 0 && weight > 0) {
        let reminders = 0;
        for (const c of index.contactsByInvoice.get(invoice.number) ?? []) {
          if (c.ladderStep && c.date <= today) reminders += 1;
        }
        doc.paid = {
          settledOn: settlement.settledOn,
          weight,
          daysLate: days(dueDate, settlement.settledOn),
          daysToPay: days(invoice.invoiceDate, settlement.settledOn),
          reminders,
        };
      }
    }
    const amount = invoice.amountInclVat;
    if (amount >= 0 && !(amount > 0 && settlement.credited >= amount) && !writtenOff && settlement.open > 0) {
      const dueDate = doc.dueDate ?? resolveDueDate(dueDateOf, invoice, position, checkDate);
      doc.aging = { open: settlement.open, daysOverdue: dueDate < today ? days(dueDate, today) : 0 };
    }
    invoices.push(doc);
  });

  return {
    today,
    window: trailingWindow(today),
    index,
    invoices,
    customers,
    unallocated: { total: unallocatedTotal, count: unallocatedCount },
    days,
  };
}

/** The metric functions take what prepareLedger made; this says so instead of failing deep inside. */
export function requirePrepared(prepared: unknown): asserts prepared is PreparedLedger {
  requireObject(prepared, 'prepared');
  const p = prepared as Partial<PreparedLedger>;
  if (
    !Array.isArray(p.invoices) ||
    !(p.customers instanceof Map) ||
    typeof p.today !== 'string' ||
    typeof p.days !== 'function'
  ) {
    throw new DomainError('invalid-input', 'expected a ledger prepared by prepareLedger', {
      path: 'prepared',
    });
  }
}

export function customerRef(prepared: PreparedLedger, customerNumber: string): CustomerRef {
  requirePrepared(prepared);
  return prepared.customers.get(customerNumber) ?? { customerNumber, known: false };
}

/** Walks the invoices once; every metric module is such a walker, so the overview can share one loop. */
export interface MetricAccumulator<R> {
  add(doc: PreparedInvoice): void;
  finish(): R;
}

export function runAccumulator<R>(prepared: PreparedLedger, acc: MetricAccumulator<R>): R {
  requirePrepared(prepared);
  for (const doc of prepared.invoices) acc.add(doc);
  return acc.finish();
}

/** Throws a located DomainError unless `value` is an integer within [min, max]. */
export function checkIntOption(
  value: number,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('invalid-input', `expected a whole number from ${min} to ${max}`, {
      path: `options.${name}`,
      value,
    });
  }
  return value;
}
