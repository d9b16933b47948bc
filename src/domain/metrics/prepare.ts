/**
 * Indexes a ledger once for every metric: validates what the metrics rely on at the entry
 * (entryChecks), attaches payments, credit notes and reminders to their invoice's position in one
 * pass each (attach), settles each invoice as of today (ledger.settleOver) and keeps the
 * per-invoice facts the metric modules read. Everything after this is single loops over `invoices`.
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
import type { Cents } from '../money';
import type { Invoice, Ledger, Payment } from '../model';
import { attach } from './attach';
import { dayNumbers, type DayNumbers } from './days';
import { checkLedgerEntries } from './entryChecks';
import { allocateColumns, invoiceViews, type Columns } from './columns';
import { trailingWindow, type DateWindow } from './window';

export type MetricsLedger = Pick<Ledger, 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements'>;

/** Resolves an invoice's due date; the caller passes the terms module's resolver. */
export type DueDateOf = (invoice: Invoice) => IsoDate;

export interface PrepareOptions {
  today: IsoDate;
  dueDateOf: DueDateOf;
  /**
   * indexLedger() of this same ledger, when the caller already made one (the pane does, for its
   * statuses): handed back as PreparedLedger.index instead of indexing again. The figures never
   * come from it (attach() makes the metrics' own flat index), so a stale one cannot change a
   * figure; one that does not hold exactly this ledger's invoices, payments and contacts is not
   * handed back either.
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
  /** indexLedger() of this ledger (the one given in the options when it fits), made on first read. */
  index: LedgerIndex;
  /** Per invoice, in ledger order: views over `columns`, made on first read. */
  invoices: PreparedInvoice[];
  /** The same facts as the loops read them: one array per fact, by position. */
  columns: Columns;
  /** Day numbers of dates, each distinct date once. */
  dayOf: DayNumbers;
  /** Today's day number. */
  todayDay: number;
  /** Every customer in Klanten, plus the unknown numbers invoices name. */
  customers: Map<string, CustomerRef>;
  /** Payments (dated on or before today) that no invoice takes. */
  unallocated: { total: Cents; count: number };
  /** Whole days from one date to another (memoised). */
  days: (from: IsoDate, to: IsoDate) => number;
}

/** Whether `index` is indexLedger() of exactly this ledger (same invoice objects, same counts). */
function indexes(index: LedgerIndex, ledger: MetricsLedger): boolean {
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

/** The resolver's due date for the invoice at `at`, checked, into the columns; its day number. */
function resolveDueDay(dueDateOf: DueDateOf, c: Columns, at: number, days: DayNumbers): number {
  const invoice = c.invoices[at] as Invoice;
  let due: unknown;
  try {
    due = dueDateOf(invoice);
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('invalid-input', `the due date could not be resolved: ${String(err)}`, {
      path: `invoices[${at}].dueDate`,
      value: invoice.number,
    });
  }
  const day = days.of(due, 'invoices', at, 'dueDate');
  c.dueDate[at] = due as IsoDate;
  c.dueDay[at] = day;
  return day;
}

/**
 * settle() as of today into the columns. attach() hands the payments over oldest first, so
 * without a credit note they are walked in order (ledger.settleOver's own shortcut); with one, it
 * is settleOver's event walk.
 */
function settleAt(c: Columns, at: number, today: IsoDate): void {
  const invoice = c.invoices[at] as Invoice;
  const payments = c.payments[at];
  const credits = c.creditNotes[at];
  if (credits !== undefined && credits.some((cn) => cn.number !== invoice.number)) {
    const s = settleOver(invoice, payments, credits, today);
    c.paidAmount[at] = s.paid;
    c.credited[at] = s.credited;
    c.settledOn[at] = s.settledOn;
    c.lastPaymentOn[at] = s.lastPaymentOn;
    return;
  }
  if (payments === undefined) return;
  const amount = invoice.amountInclVat;
  let paid = 0;
  let settledOn: IsoDate | undefined;
  let lastPaymentOn: IsoDate | undefined;
  for (const p of payments) {
    if (p.date > today) continue;
    paid += p.amount;
    lastPaymentOn = p.date;
    if (amount > 0) {
      if (amount - paid <= 0) {
        if (settledOn === undefined) settledOn = p.date;
      } else settledOn = undefined; // a reversal re-opens it
    }
  }
  c.paidAmount[at] = paid;
  c.settledOn[at] = settledOn;
  c.lastPaymentOn[at] = lastPaymentOn;
}

/**
 * The LedgerIndex a caller may read from the result: the one given when it holds exactly this
 * ledger, else one made on first read. The metrics themselves never need it (attach() is theirs),
 * so a refresh that does not ask pays nothing for it. The per-invoice views are made on first
 * read too.
 */
function lazily(
  prepared: Omit<PreparedLedger, 'index' | 'invoices'>,
  ledger: MetricsLedger,
  given?: LedgerIndex,
): PreparedLedger {
  let index: LedgerIndex | undefined;
  let views: PreparedInvoice[] | undefined;
  Object.defineProperty(prepared, 'index', {
    enumerable: true,
    get: () => (index ??= given !== undefined && indexes(given, ledger) ? given : indexLedger(ledger)),
  });
  Object.defineProperty(prepared, 'invoices', {
    enumerable: true,
    get: () => (views ??= invoiceViews(prepared.columns)),
  });
  return prepared as PreparedLedger;
}

function disputedOn(invoice: Invoice, today: IsoDate): boolean {
  return (
    invoice.disputedSince !== undefined &&
    invoice.disputedSince <= today &&
    !(invoice.disputeResolvedOn !== undefined && invoice.disputeResolvedOn <= today)
  );
}

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
  if (options.index !== undefined) requireLedgerIndex(options.index, 'options.index');

  const dayOf = dayNumbers();
  const invoiceDays = checkLedgerEntries(ledger, dayOf);
  const todayDay = dayOf.known(today);
  const attached = attach(ledger, today);

  const customers = new Map<string, CustomerRef>();
  for (const c of ledger.customers)
    customers.set(c.number, { customerNumber: c.number, name: c.name, known: true });

  const list = ledger.invoices;
  const c = allocateColumns(list, invoiceDays, attached.payments, attached.creditNotes, attached.reminders);
  for (let at = 0; at < list.length; at++) {
    const invoice = list[at] as Invoice;
    const customerNumber = invoice.customerNumber;
    if (!customers.has(customerNumber)) customers.set(customerNumber, { customerNumber, known: false });
    const invoiceDay = invoiceDays[at] as number;
    const future = invoiceDay > todayDay;
    const credits = invoice.creditsInvoice;
    const linked = credits !== undefined && credits !== invoice.number && attached.position.has(credits);
    const writtenOff = invoice.writtenOffOn !== undefined && invoice.writtenOffOn <= today;
    if (future) c.future[at] = 1;
    if (linked) c.linked[at] = 1;
    if (writtenOff) c.writtenOff[at] = 1;
    if (invoice.disputedSince !== undefined && disputedOn(invoice, today)) c.disputed[at] = 1;
    settleAt(c, at, today);
    const paid = c.paidAmount[at] as number;
    const credited = c.credited[at] as number;
    const amount = invoice.amountInclVat;
    const settledOpen = amount - paid - credited;
    // A linked credit note's own amount is already inside its invoice's settlement; only money
    // booked on the note itself (a refund, say) is its own.
    const open = future || writtenOff ? 0 : linked ? -paid - credited : settledOpen;
    c.open[at] = open;

    let dueDay = Number.NaN;
    if (amount > 0 && !linked) {
      dueDay = resolveDueDay(dueDateOf, c, at, dayOf);
      if (open > 0 && dueDay < todayDay) c.daysOverdue[at] = todayDay - dueDay;
      const weight = amount - credited;
      const settledOn = c.settledOn[at];
      if (!future && settledOn !== undefined && paid > 0 && weight > 0) {
        const settledDay = dayOf.known(settledOn);
        c.paid[at] = 1;
        c.settledDay[at] = settledDay;
        c.weight[at] = weight;
        c.daysLate[at] = settledDay - dueDay;
        c.daysToPay[at] = settledDay - invoiceDay;
      }
    }
    if (amount >= 0 && !(amount > 0 && credited >= amount) && !writtenOff && settledOpen > 0) {
      if (Number.isNaN(dueDay)) dueDay = resolveDueDay(dueDateOf, c, at, dayOf);
      c.agingOpen[at] = settledOpen;
      c.agingDaysOverdue[at] = dueDay < todayDay ? todayDay - dueDay : 0;
    }
  }

  return lazily(
    {
      today,
      todayDay,
      window: trailingWindow(today),
      columns: c,
      customers,
      unallocated: attached.unallocated,
      dayOf,
      days: (from, to) => dayOf.known(to) - dayOf.known(from),
    },
    ledger,
    options.index,
  );
}

/** The metric functions take what prepareLedger made; this says so instead of failing deep inside. */
export function requirePrepared(prepared: unknown): asserts prepared is PreparedLedger {
  requireObject(prepared, 'prepared');
  const p = prepared as Partial<PreparedLedger>;
  if (
    typeof p.columns !== 'object' ||
    p.columns === null ||
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
  /** Takes the invoice at this position of prepared.columns. */
  add(at: number): void;
  finish(): R;
}

export function runAccumulator<R>(prepared: PreparedLedger, acc: MetricAccumulator<R>): R {
  requirePrepared(prepared);
  const n = prepared.columns.invoices.length;
  for (let at = 0; at < n; at++) acc.add(at);
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
