/**
 * Revenue excl. VAT, credit notes subtracting on their own date. Invoices dated after today do
 * not count (they are not revenue yet).
 * - By month: the calendar months of today's year against the same months of last year. Months
 *   of this year after today's month are null (not yet begun), so a chart does not show a drop.
 *   Year to date compares this year up to today with last year up to the same date (29 February
 *   maps to 28 February).
 * - By product: over the 365 days ending today; an invoice without a product falls under
 *   NO_PRODUCT, a key the UI translates. Largest revenue first.
 */
import { addMonths, yearOf, type IsoDate } from '../dates';
import { addCents, cents, type Cents } from '../money';
import type { Invoice } from '../model';
import { requirePrepared, runAccumulator, type MetricAccumulator, type PreparedLedger } from './prepare';
import { WINDOW_DAYS, type DateWindow } from './window';

/** Product key for invoices without a product. */
export const NO_PRODUCT = '(geen product)';

export interface MonthRevenue {
  /** 1..12 */
  month: number;
  thisYear: Cents | null;
  lastYear: Cents;
}

export interface RevenueByMonth {
  year: number;
  months: MonthRevenue[];
  thisYearToDate: Cents;
  lastYearToSameDate: Cents;
  /** Last year's same date: the end of the comparison period. */
  lastYearSameDate: IsoDate;
  lastYearTotal: Cents;
}

export interface ProductRevenue {
  product: string;
  revenue: Cents;
  /** Invoices and credit notes in the window for this product. */
  documentCount: number;
  /** revenue / the window's total revenue (null when that total is not positive). Unrounded. */
  share: number | null;
}

export interface RevenueByProduct {
  window: DateWindow;
  total: Cents;
  products: ProductRevenue[];
}

export function revenueByMonthAccumulator(prepared: PreparedLedger): MetricAccumulator<RevenueByMonth> {
  const { today } = prepared;
  const year = yearOf(today);
  const sameDateLastYear = addMonths(today, -12);
  const thisYear = new Array<Cents>(12).fill(cents(0));
  const lastYear = new Array<Cents>(12).fill(cents(0));
  let lastYearToSameDate = cents(0);
  const { invoices, future } = prepared.columns;
  return {
    add(at) {
      if (future[at] === 1) return;
      const invoice = invoices[at] as Invoice;
      const d = invoice.invoiceDate;
      const y = Number(d.slice(0, 4)); // checked at the entry
      const m = Number(d.slice(5, 7)) - 1;
      const amount = invoice.amountExclVat;
      if (y === year) thisYear[m] = addCents(thisYear[m] as Cents, amount);
      else if (y === year - 1) {
        lastYear[m] = addCents(lastYear[m] as Cents, amount);
        if (d <= sameDateLastYear) lastYearToSameDate = addCents(lastYearToSameDate, amount);
      }
    },
    finish() {
      const currentMonth = Number(today.slice(5, 7));
      return {
        year,
        months: thisYear.map((v, i) => ({
          month: i + 1,
          thisYear: i + 1 <= currentMonth ? v : null,
          lastYear: lastYear[i] as Cents,
        })),
        thisYearToDate: thisYear.reduce(addCents, cents(0)),
        lastYearToSameDate,
        lastYearSameDate: sameDateLastYear,
        lastYearTotal: lastYear.reduce(addCents, cents(0)),
      };
    },
  };
}

export function revenueByProductAccumulator(prepared: PreparedLedger): MetricAccumulator<RevenueByProduct> {
  const perProduct = new Map<string, { revenue: Cents; documentCount: number }>();
  const { invoices, invoiceDay } = prepared.columns;
  const after = prepared.todayDay - WINDOW_DAYS;
  return {
    add(at) {
      const day = invoiceDay[at] as number;
      if (day <= after || day > prepared.todayDay) return;
      const invoice = invoices[at] as Invoice;
      const key = invoice.product?.trim() || NO_PRODUCT;
      let p = perProduct.get(key);
      if (!p) perProduct.set(key, (p = { revenue: cents(0), documentCount: 0 }));
      p.revenue = addCents(p.revenue, invoice.amountExclVat);
      p.documentCount += 1;
    },
    finish() {
      let total = cents(0);
      for (const p of perProduct.values()) total = addCents(total, p.revenue);
      const products = [...perProduct].map(([product, p]) => ({
        product,
        ...p,
        share: total > 0 ? p.revenue / total : null,
      }));
      products.sort(
        (a, b) => b.revenue - a.revenue || (a.product < b.product ? -1 : a.product > b.product ? 1 : 0),
      );
      return { window: prepared.window, total, products };
    },
  };
}

export function revenueByMonth(prepared: PreparedLedger): RevenueByMonth {
  requirePrepared(prepared);
  return runAccumulator(prepared, revenueByMonthAccumulator(prepared));
}

export function revenueByProduct(prepared: PreparedLedger): RevenueByProduct {
  requirePrepared(prepared);
  return runAccumulator(prepared, revenueByProductAccumulator(prepared));
}
