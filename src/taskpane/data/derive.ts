/**
 * Everything the views show, derived from the ledger and today with the domain modules. One pure
 * function, memoised by the store on (ledger, today): views never recompute the ledger themselves.
 * A bad row (say an invoice naming an unknown customer) costs that row, never the whole pane.
 */
import { addMonths, daysBetween, type IsoDate } from '../../domain/dates';
import { splitEvenly } from '../../domain/split';
import {
  dunningPlan,
  dunningState,
  missedInstalments,
  type DunningGroup,
  type DunningState,
  type MissedInstalment,
} from '../../domain/dunning';
import { indexLedger, type LedgerIndex } from '../../domain/ledger';
import type { Customer, Invoice, Ledger } from '../../domain/model';
import {
  AGING_BUCKETS,
  agingBucket,
  invoiceStatus,
  RECEIVABLE_KINDS,
  type AgingBucket,
  type InvoiceStatus,
} from '../../domain/status';
import { addCents, cents, type Cents } from '../../domain/money';

/** A dispute older than this shows on "Vandaag". */
const DISPUTE_WAIT_DAYS = 14;
/** Payments processed longer ago than this: nudge. */
const BANK_NUDGE_DAYS = 7;

export interface InvoiceRow {
  invoice: Invoice;
  customer: Customer | undefined;
  status: InvoiceStatus | undefined;
  dunning: DunningState | undefined;
  /** Why status could not be computed (unknown customer, bad term). */
  error?: unknown;
}

export interface Derived {
  today: IsoDate;
  index: LedgerIndex;
  rows: InvoiceRow[];
  rowByNumber: Map<string, InvoiceRow>;
  plan: DunningGroup[];
  planError?: unknown;
  missed: { row: InvoiceRow; missed: MissedInstalment[] }[];
  longDisputes: { row: InvoiceRow; days: number }[];
  /** null: payments were processed within the week. */
  bankNudge: { lastImport: IsoDate | undefined; days: number | undefined } | null;
  aging: Record<AgingBucket, { count: number; open: Cents }>;
  rowErrors: number;
}

export function derive(ledger: Ledger, today: IsoDate): Derived {
  const { settings } = ledger;
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  const known = ledger.invoices.filter((i) => customers.has(i.customerNumber));
  const index = indexLedger({ ...ledger, invoices: known });
  const rows: InvoiceRow[] = ledger.invoices.map((invoice) => {
    const customer = customers.get(invoice.customerNumber);
    if (!customer)
      return {
        invoice,
        customer,
        status: undefined,
        dunning: undefined,
        error: new Error(`unknown customer ${invoice.customerNumber}`),
      };
    // The ladder's state asks for the same status again: invoiceStatus answers it from what it
    // worked out (domain/status.ts), so the status is computed once.
    try {
      const status = invoiceStatus(invoice, index, customer, settings, today);
      const dunning = dunningState(invoice, index, customer, settings, today);
      return { invoice, customer, status, dunning };
    } catch (error) {
      return { invoice, customer, status: undefined, dunning: undefined, error };
    }
  });
  const rowByNumber = new Map(rows.map((r) => [r.invoice.number, r]));

  let plan: DunningGroup[] = [];
  let planError: unknown;
  try {
    // The rows' ladder states, so the plan does not work each invoice out a second time.
    const states = new Map(rows.flatMap((r) => (r.dunning ? [[r.invoice, r.dunning] as const] : [])));
    plan = dunningPlan(index, settings, today, { states });
  } catch (error) {
    planError = error;
  }

  const missed: Derived['missed'] = [];
  const longDisputes: Derived['longDisputes'] = [];
  const aging = Object.fromEntries(
    AGING_BUCKETS.map((b) => [b, { count: 0, open: cents(0) }]),
  ) as Derived['aging'];
  for (const row of rows) {
    const s = row.status;
    if (!s) continue;
    if (s.kind === 'in-arrangement') {
      const m = missedInstalments(row.invoice, index, today, s.arrangement);
      if (m.length > 0) missed.push({ row, missed: m });
    }
    if (s.kind === 'disputed') {
      const days = daysBetween(s.disputedSince, today);
      if (days > DISPUTE_WAIT_DAYS) longDisputes.push({ row, days });
    }
    if (RECEIVABLE_KINDS.includes(s.kind) && s.open > 0) {
      const bucket = aging[agingBucket(s.daysOverdue)];
      bucket.count += 1;
      bucket.open = addCents(bucket.open, s.open);
    }
  }
  longDisputes.sort((a, b) => b.days - a.days);

  const last = settings.lastBankImport;
  const hasOpen = rows.some((r) => r.status && r.status.open > 0 && RECEIVABLE_KINDS.includes(r.status.kind));
  const sinceImport = last ? daysBetween(last, today) : undefined;
  const bankNudge =
    hasOpen && (sinceImport === undefined || sinceImport > BANK_NUDGE_DAYS)
      ? { lastImport: last, days: sinceImport }
      : null;

  return {
    today,
    index,
    rows,
    rowByNumber,
    plan,
    planError,
    missed,
    longDisputes,
    bankNudge,
    aging,
    rowErrors: rows.filter((r) => r.error !== undefined).length,
  };
}

/** Monthly instalments over `count` months from `first`, as equal as cents allow (split.splitEvenly). */
export function splitInstalments(
  open: Cents,
  count: number,
  first: IsoDate,
  everyMonths: number,
): { dueDate: IsoDate; amount: Cents }[] {
  if (count < 1 || open <= 0) return [];
  return splitEvenly(open, count).map((amount, i) => ({
    dueDate: i === 0 ? first : addMonths(first, everyMonths * i),
    amount,
  }));
}
