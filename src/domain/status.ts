/**
 * An invoice's state on a given day, and the aging of open receivables.
 *
 * Precedence (first match wins):
 *  1. a negative amount                          -> 'credit-note'
 *  2. credit notes cover the whole amount         -> 'credited'
 *  3. written off on or before today              -> 'written-off'
 *  4. nothing open any more (paid, or over-paid)  -> 'paid-on-time' | 'paid-late'
 *  5. a dispute raised on or before today and not resolved by today -> 'disputed'
 *  6. a payment arrangement agreed on or before today (not cancelled) -> 'in-arrangement'
 *  7. something paid                              -> 'partly-paid'
 *  8. due today -> 'due-today'; past due -> 'overdue'; else 'open'
 *
 * Money and payments count as of `today` (settle(invoice, index, today)): a payment dated later has
 * not arrived yet. An invoice of exactly EUR 0 owes nothing and counts as paid on its invoice date.
 */
import { assertIsoDate, daysBetween, type IsoDate } from './dates';
import { DomainError, requireArray, requireObject } from './errors';
import { settle, type LedgerIndex, type Settlement, requireLedgerIndex } from './ledger';
import { addCents, cents, type Cents } from './money';
import type { Arrangement, Customer, Invoice, Settings } from './model';
import { resolveTerm, type ResolvedTerm } from './terms';

export type InvoiceStatusKind =
  | 'open'
  | 'due-today'
  | 'overdue'
  | 'partly-paid'
  | 'paid-on-time'
  | 'paid-late'
  | 'disputed'
  | 'in-arrangement'
  | 'credited'
  | 'written-off'
  | 'credit-note';

interface StatusBase {
  invoiceNumber: string;
  customerNumber: string;
  dueDate: IsoDate;
  term: ResolvedTerm;
  /** What is still owed in cents, from settle(); negative when over-paid or over-credited. */
  open: Cents;
  paid: Cents;
  credited: Cents;
  /**
   * Days past the due date while money is still owed (0 when not past due, or nothing is owed).
   * Kept for disputed and arranged invoices too: the money is still late, only the ladder waits.
   */
  daysOverdue: number;
  /** Money is owed and the due date has passed (whatever the reason no reminder goes out). */
  overdue: boolean;
}

export type InvoiceStatus =
  | (StatusBase & { kind: 'open'; daysUntilDue: number })
  | (StatusBase & { kind: 'due-today' })
  | (StatusBase & { kind: 'overdue' })
  | (StatusBase & { kind: 'partly-paid' })
  | (StatusBase & { kind: 'paid-on-time'; paidOn: IsoDate; daysLate: 0 })
  | (StatusBase & { kind: 'paid-late'; paidOn: IsoDate; daysLate: number })
  | (StatusBase & { kind: 'disputed'; disputedSince: IsoDate })
  | (StatusBase & { kind: 'in-arrangement'; arrangement: Arrangement })
  | (StatusBase & { kind: 'credited' })
  | (StatusBase & { kind: 'written-off'; writtenOffOn: IsoDate })
  | (StatusBase & { kind: 'credit-note' });

/** Kinds under which money is still receivable (and so counts in the aging report). */
export const RECEIVABLE_KINDS: readonly InvoiceStatusKind[] = [
  'open',
  'due-today',
  'overdue',
  'partly-paid',
  'disputed',
  'in-arrangement',
];

export function isDisputedOn(invoice: Invoice, today: IsoDate): boolean {
  requireObject(invoice, 'invoice');
  assertIsoDate(today, 'today');
  if (invoice.disputedSince === undefined || invoice.disputedSince > today) return false;
  return invoice.disputeResolvedOn === undefined || invoice.disputeResolvedOn > today;
}

/** The arrangement that counts for this invoice today, if one was agreed by today. */
export function activeArrangement(
  invoice: Invoice,
  index: LedgerIndex,
  today: IsoDate,
): Arrangement | undefined {
  requireObject(invoice, 'invoice');
  requireLedgerIndex(index);
  assertIsoDate(today, 'today');
  // The latest plan agreed by `today` supersedes earlier ones; once it is cancelled, none counts.
  const agreed = (index.arrangementsByInvoice.get(invoice.number) ?? []).filter((a) => a.agreedOn <= today);
  const a = agreed[agreed.length - 1];
  if (!a || (a.cancelledOn !== undefined && a.cancelledOn <= today)) return undefined;
  return a;
}

interface KnownStatus {
  customer: Customer;
  settings: Settings;
  today: IsoDate;
  status: InvoiceStatus;
}

/**
 * Statuses already worked out, per index and invoice. One overview asks for every invoice's status
 * three times (its ladder state, the aging, the day's plan), which was over a second at 50,000
 * invoices; an index is built once from a ledger and not changed after, so the same question over
 * the same index has the same answer. Only the last question per invoice is kept.
 */
const known = new WeakMap<LedgerIndex, WeakMap<Invoice, KnownStatus>>();

export function invoiceStatus(
  invoice: Invoice,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
): InvoiceStatus {
  assertIsoDate(today, 'today');
  let perInvoice = known.get(index);
  const hit = perInvoice?.get(invoice);
  if (hit && hit.customer === customer && hit.settings === settings && hit.today === today) return hit.status;
  const status = computeStatus(invoice, index, customer, settings, today);
  if (!perInvoice) known.set(index, (perInvoice = new WeakMap()));
  perInvoice.set(invoice, { customer, settings, today, status });
  return status;
}

function computeStatus(
  invoice: Invoice,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
): InvoiceStatus {
  const term = resolveTerm(invoice, customer, settings);
  const pastDue = daysBetween(term.dueDate, today);
  const s: Settlement = settle(invoice, index, today);
  const owes = s.open > 0;
  const daysOverdue = owes && pastDue > 0 ? pastDue : 0;
  const base: StatusBase = {
    invoiceNumber: invoice.number,
    customerNumber: invoice.customerNumber,
    dueDate: term.dueDate,
    term,
    open: s.open,
    paid: s.paid,
    credited: s.credited,
    daysOverdue,
    overdue: daysOverdue > 0,
  };
  const settledBase: StatusBase = { ...base, daysOverdue: 0, overdue: false };

  if (s.amount < 0) return { ...settledBase, kind: 'credit-note' };
  if (s.amount > 0 && s.credited >= s.amount) return { ...settledBase, kind: 'credited' };
  if (invoice.writtenOffOn !== undefined && invoice.writtenOffOn <= today) {
    return { ...settledBase, kind: 'written-off', writtenOffOn: invoice.writtenOffOn };
  }
  if (!owes) {
    const paidOn =
      s.amount === 0 ? invoice.invoiceDate : (s.settledOn ?? s.lastPaymentOn ?? invoice.invoiceDate);
    const late = daysBetween(term.dueDate, paidOn);
    return late > 0
      ? { ...settledBase, kind: 'paid-late', paidOn, daysLate: late }
      : { ...settledBase, kind: 'paid-on-time', paidOn, daysLate: 0 };
  }
  if (isDisputedOn(invoice, today))
    return { ...base, kind: 'disputed', disputedSince: invoice.disputedSince as IsoDate };
  const arrangement = activeArrangement(invoice, index, today);
  if (arrangement) return { ...base, kind: 'in-arrangement', arrangement };
  if (s.paid > 0) return { ...base, kind: 'partly-paid' };
  if (pastDue === 0) return { ...base, kind: 'due-today' };
  if (pastDue > 0) return { ...base, kind: 'overdue' };
  return { ...base, kind: 'open', daysUntilDue: -pastDue };
}

export type AgingBucket = 'not-due' | '1-30' | '31-60' | '61-90' | '91-120' | '120+';
export const AGING_BUCKETS: readonly AgingBucket[] = ['not-due', '1-30', '31-60', '61-90', '91-120', '120+'];

/** The bucket for a number of days past the due date (0 or less: not due yet, or due today). */
export function agingBucket(daysOverdue: number): AgingBucket {
  if (!Number.isFinite(daysOverdue)) {
    throw new DomainError('invalid-input', `expected a number of days, got ${String(daysOverdue)}`, {
      path: 'daysOverdue',
      value: daysOverdue,
    });
  }
  if (daysOverdue <= 0) return 'not-due';
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  if (daysOverdue <= 120) return '91-120';
  return '120+';
}

export type CustomerLookup = ReadonlyMap<string, Customer> | readonly Customer[];

function customerFinder(customers: CustomerLookup): (number: string) => Customer | undefined {
  if (!(customers instanceof Map) && !Array.isArray(customers)) {
    throw new DomainError('invalid-input', 'expected the customers as a list or a map by number', {
      path: 'customers',
      value: customers,
    });
  }
  if (customers instanceof Map) {
    const map = customers as ReadonlyMap<string, Customer>;
    return (n) => map.get(n);
  }
  const map = new Map((customers as readonly Customer[]).map((c) => [c.number, c]));
  return (n) => map.get(n);
}

export interface OpenInvoice {
  invoice: Invoice;
  customer: Customer;
  status: InvoiceStatus;
  bucket: AgingBucket;
}

/**
 * The invoices with money still receivable today: open, due today, overdue, partly paid, disputed
 * or in an arrangement (disputed and arranged money is still open money). Written-off, credited,
 * paid invoices and credit notes are left out. Throws 'unknown-customer' for an invoice whose
 * customer is not in `customers`.
 */
export function openInvoices(
  invoices: readonly Invoice[],
  index: LedgerIndex,
  customers: CustomerLookup,
  settings: Settings,
  today: IsoDate,
): OpenInvoice[] {
  requireArray(invoices, 'invoices');
  const find = customerFinder(customers);
  const result: OpenInvoice[] = [];
  invoices.forEach((invoice, i) => {
    requireObject(invoice, `invoices[${i}]`);
    const customer = find(invoice.customerNumber);
    if (!customer) {
      throw new DomainError(
        'unknown-customer',
        `invoice ${invoice.number} names unknown customer ${invoice.customerNumber}`,
        {
          path: `invoices[${i}].customerNumber`,
          value: invoice.customerNumber,
        },
      );
    }
    const status = invoiceStatus(invoice, index, customer, settings, today);
    if (RECEIVABLE_KINDS.includes(status.kind) && status.open > 0) {
      result.push({ invoice, customer, status, bucket: agingBucket(status.daysOverdue) });
    }
  });
  return result;
}

export interface AgingLine {
  count: number;
  open: Cents;
}

export interface AgingReport {
  asOf: IsoDate;
  buckets: Record<AgingBucket, AgingLine>;
  total: AgingLine;
  invoices: OpenInvoice[];
}

/**
 * Open receivables per age bucket (days past the due date) as of `today`, over openInvoices():
 * disputed and arranged invoices are included, written-off ones are not.
 */
export function agingReport(
  invoices: readonly Invoice[],
  index: LedgerIndex,
  customers: CustomerLookup,
  settings: Settings,
  today: IsoDate,
): AgingReport {
  const open = openInvoices(invoices, index, customers, settings, today);
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, { count: 0, open: cents(0) }])) as Record<
    AgingBucket,
    AgingLine
  >;
  const total: AgingLine = { count: 0, open: cents(0) };
  for (const o of open) {
    buckets[o.bucket].count += 1;
    buckets[o.bucket].open = addCents(buckets[o.bucket].open, o.status.open);
    total.count += 1;
    total.open = addCents(total.open, o.status.open);
  }
  return { asOf: today, buckets, total, invoices: open };
}
