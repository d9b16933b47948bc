/**
 * How dependent the business is on its customers: revenue per customer over the 365 days ending
 * today (invoice dates in (today − 365, today], excl. VAT, credit notes subtract, by their own
 * date), each customer's share, the top-1 and top-3 shares, and the Herfindahl-Hirschman index.
 *
 * Shares are taken of the revenue of customers whose net revenue is positive: a customer with
 * zero or negative net revenue in the window (say, only a credit note) is listed with its
 * revenue, rank and share 0, and is left out of the concentration figures. So the shares always
 * lie in 0..1 and add up to 1, and HHI stays in 10000/n..10000.
 *
 * HHI = Σ (share × 100)², 0..10000, unrounded. Labels as in competition practice (US merger
 * guidelines 2010): below 1500 low, 1500 to 2500 moderate (both ends included), above 2500 high.
 */
import { addCents, cents, type Cents } from '../money';
import type { Invoice } from '../model';
import {
  checkIntOption,
  requirePrepared,
  customerRef,
  runAccumulator,
  type CustomerRef,
  type MetricAccumulator,
  type PreparedLedger,
} from './prepare';
import { WINDOW_DAYS, type DateWindow } from './window';

export type ConcentrationLabel = 'low' | 'moderate' | 'high';

export interface CustomerRevenue extends CustomerRef {
  /** Net revenue excl. VAT in the window. */
  revenue: Cents;
  invoiceCount: number;
  creditNoteCount: number;
  /** revenue / positiveRevenue for a customer with positive revenue, else 0. Unrounded. */
  share: number;
  /** 1 = largest revenue; ties by customer number. */
  rank: number;
}

export type RevenueSeriesItem =
  | ({ kind: 'customer'; revenue: Cents; share: number } & CustomerRef)
  | { kind: 'other'; customerCount: number; revenue: Cents; share: number };

export interface DependencyMetrics {
  window: DateWindow;
  /** Net revenue of all customers in the window; equals the sum over `customers`. */
  totalRevenue: Cents;
  /** Revenue of the customers with positive net revenue: what shares are taken of. */
  positiveRevenue: Cents;
  /** Every customer with an invoice or credit note in the window, by rank. */
  customers: CustomerRevenue[];
  top1Share: number;
  top3Share: number;
  /** null when no customer has positive revenue. */
  hhi: number | null;
  concentration: ConcentrationLabel | null;
  /** Top N customers by revenue and one 'other' slice; adds up to positiveRevenue. For a chart. */
  series: RevenueSeriesItem[];
}

export interface DependencyOptions {
  /** Customers shown by name in the series (default 10). */
  topN?: number;
}

export function concentrationLabel(hhi: number): ConcentrationLabel {
  if (hhi < 1500) return 'low';
  if (hhi <= 2500) return 'moderate';
  return 'high';
}

export function dependencyAccumulator(
  prepared: PreparedLedger,
  options: DependencyOptions = {},
): MetricAccumulator<DependencyMetrics> {
  const topN = checkIntOption(options.topN ?? 10, 'topN', 1, 1000);
  const perCustomer = new Map<string, { revenue: Cents; invoiceCount: number; creditNoteCount: number }>();
  const { invoices, invoiceDay } = prepared.columns;
  const after = prepared.todayDay - WINDOW_DAYS;
  return {
    add(at) {
      const day = invoiceDay[at] as number;
      if (day <= after || day > prepared.todayDay) return;
      const invoice = invoices[at] as Invoice;
      let c = perCustomer.get(invoice.customerNumber);
      if (!c)
        perCustomer.set(
          invoice.customerNumber,
          (c = { revenue: cents(0), invoiceCount: 0, creditNoteCount: 0 }),
        );
      c.revenue = addCents(c.revenue, invoice.amountExclVat);
      if (invoice.amountInclVat < 0) c.creditNoteCount += 1;
      else c.invoiceCount += 1;
    },
    finish() {
      const rows = [...perCustomer].map(([n, c]) => ({ ...customerRef(prepared, n), ...c }));
      rows.sort(
        (a, b) =>
          b.revenue - a.revenue ||
          (a.customerNumber < b.customerNumber ? -1 : a.customerNumber > b.customerNumber ? 1 : 0),
      );
      let totalRevenue = cents(0);
      let positiveRevenue = cents(0);
      for (const r of rows) {
        totalRevenue = addCents(totalRevenue, r.revenue);
        if (r.revenue > 0) positiveRevenue = addCents(positiveRevenue, r.revenue);
      }
      const customers: CustomerRevenue[] = rows.map((r, i) => ({
        ...r,
        share: r.revenue > 0 ? r.revenue / positiveRevenue : 0,
        rank: i + 1,
      }));
      const positive = customers.filter((c) => c.revenue > 0);
      let hhi: number | null = null;
      if (positive.length > 0) {
        hhi = 0;
        for (const c of positive) hhi += (c.share * 100) ** 2;
      }
      const top3 = positive.slice(0, 3);
      // Shares of a sum: computed from cents, not by adding rounded-off fractions.
      const top3Revenue = top3.reduce((s, c) => s + c.revenue, 0);
      const series: RevenueSeriesItem[] = positive.slice(0, topN).map((c) => ({
        kind: 'customer',
        customerNumber: c.customerNumber,
        ...(c.name !== undefined ? { name: c.name } : {}),
        known: c.known,
        revenue: c.revenue,
        share: c.share,
      }));
      const rest = positive.slice(topN);
      if (rest.length > 0) {
        const revenue = rest.reduce((s, c) => addCents(s, c.revenue), cents(0));
        series.push({ kind: 'other', customerCount: rest.length, revenue, share: revenue / positiveRevenue });
      }
      return {
        window: prepared.window,
        totalRevenue,
        positiveRevenue,
        customers,
        top1Share: positive[0]?.share ?? 0,
        top3Share: positiveRevenue > 0 ? top3Revenue / positiveRevenue : 0,
        hhi,
        concentration: hhi === null ? null : concentrationLabel(hhi),
        series,
      };
    },
  };
}

export function customerDependency(
  prepared: PreparedLedger,
  options: DependencyOptions = {},
): DependencyMetrics {
  requirePrepared(prepared);
  return runAccumulator(prepared, dependencyAccumulator(prepared, options));
}
