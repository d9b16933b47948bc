/**
 * Days Sales Outstanding, as Payt defines it: unpaid at the period end divided by the average
 * invoiced per day over the 365 days ending on that day:
 *
 *   DSO(e) = unpaid(e) / (invoiced in (e − 365, e] / 365)
 *
 * Both sides are incl. VAT (what customers owe), net of credit notes. unpaid(e) is the net open
 * receivable on day e (over-payments and credit notes count negative; written-off invoices and
 * unallocated payments do not count). DSO is rounded to 0.1 day; null when nothing (net) was
 * invoiced in the window.
 *
 * All requested days are computed in one walk: every invoice turns into dated amounts (its own
 * amount, its payments, the credit notes against it, its write-off), each amount lands on the
 * first requested day at or after its date, and running sums give the balance per day.
 */
import { addDays, type IsoDate } from '../dates';
import { addCents, cents, negateCents, type Cents } from '../money';
import type { Invoice } from '../model';
import {
  checkIntOption,
  requirePrepared,
  runAccumulator,
  type MetricAccumulator,
  type PreparedLedger,
} from './prepare';
import { round1 } from './stats';
import { recentMonthEnds, WINDOW_DAYS } from './window';

export interface DsoPoint {
  date: IsoDate;
  /** Net open receivables at the end of that day, incl. VAT. */
  unpaid: Cents;
  /** Invoiced (incl. VAT, credit notes subtracted) in the 365 days ending that day. */
  invoiced: Cents;
  dso: number | null;
}

/** Index of the first date in sorted `dates` that is >= `date` (dates.length when none). */
function firstAtOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as IsoDate) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function dsoValue(unpaid: Cents, invoiced: Cents): number | null {
  return invoiced > 0 ? round1((unpaid * WINDOW_DAYS) / invoiced) : null;
}

/** DSO on each of `dates` (any order, duplicates merged); returned oldest first. */
export function dsoAccumulator(
  prepared: PreparedLedger,
  dates: readonly IsoDate[],
): MetricAccumulator<DsoPoint[]> {
  const points = [...new Set(dates)].sort();
  const windowStarts = points.map((d) => addDays(d, -WINDOW_DAYS));
  const unpaidDelta = new Array<number>(points.length + 1).fill(0);
  const invoicedDelta = new Array<number>(points.length + 1).fill(0);
  /** Books `amount` on the first requested day it counts for; returns what it kept. */
  const emit = (date: IsoDate, invoiceDate: IsoDate, writeOff: IsoDate | undefined, amount: Cents): Cents => {
    const at = date > invoiceDate ? date : invoiceDate;
    if (writeOff !== undefined && at >= writeOff) return cents(0);
    const k = firstAtOrAfter(points, at);
    unpaidDelta[k] = (unpaidDelta[k] as number) + amount;
    return amount;
  };

  const c = prepared.columns;
  return {
    add(at) {
      const inv = c.invoices[at] as Invoice;
      const d = inv.invoiceDate;
      if (d > (points[points.length - 1] ?? '')) return;

      // Invoiced: counts on every requested day e with e >= d and e − 365 < d.
      const from = firstAtOrAfter(points, d);
      const to = firstAtOrAfter(windowStarts, d);
      invoicedDelta[from] = (invoicedDelta[from] as number) + inv.amountInclVat;
      invoicedDelta[to] = (invoicedDelta[to] as number) - inv.amountInclVat;

      // Unpaid: an event counts from the later of its own date and the invoice date (settle()
      // only looks at an invoice that exists); a write-off zeroes the invoice from that day.
      const writeOff = inv.writtenOffOn;
      let kept = 0;
      if (c.linked[at] !== 1) kept += emit(d, d, writeOff, inv.amountInclVat);
      const payments = c.payments[at];
      if (payments !== undefined)
        for (const p of payments) kept += emit(p.date, d, writeOff, negateCents(p.amount));
      const credits = c.creditNotes[at];
      if (credits !== undefined) {
        for (const cn of credits)
          if (cn.number !== inv.number) kept += emit(cn.invoiceDate, d, writeOff, cn.amountInclVat);
      }
      if (writeOff !== undefined && kept !== 0) {
        const k = firstAtOrAfter(points, writeOff > d ? writeOff : d);
        unpaidDelta[k] = (unpaidDelta[k] as number) - kept;
      }
    },
    finish() {
      let unpaid = cents(0);
      let invoiced = cents(0);
      return points.map((date, k) => {
        unpaid = addCents(unpaid, cents(unpaidDelta[k] as number));
        invoiced = addCents(invoiced, cents(invoicedDelta[k] as number));
        return { date, unpaid, invoiced, dso: dsoValue(unpaid, invoiced) };
      });
    },
  };
}

/** DSO today. */
export function dso(prepared: PreparedLedger): DsoPoint {
  requirePrepared(prepared);
  return runAccumulator(prepared, dsoAccumulator(prepared, [prepared.today]))[0] as DsoPoint;
}

export interface DsoHistoryOptions {
  /** How many month ends (default 12): the most recent ones on or before today. */
  months?: number;
}

/** DSO at each of the last `months` month ends, oldest first, for a chart. */
export function dsoHistory(prepared: PreparedLedger, options: DsoHistoryOptions = {}): DsoPoint[] {
  requirePrepared(prepared);
  const months = checkIntOption(options.months ?? 12, 'months', 1, 120);
  return runAccumulator(prepared, dsoAccumulator(prepared, recentMonthEnds(prepared.today, months)));
}
