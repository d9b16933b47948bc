/**
 * Days from delivery to invoice: the seeds' first rule is to invoice at once. Over invoices (not
 * credit notes) with a delivery date in the 365 days ending today and an invoice date on or
 * before today: days = invoice date − delivery date (negative = invoiced in advance). Average
 * rounded to 0.1 day; median exact (half days possible). Deliveries invoiced more than
 * `lateAfterDays` days later are listed, longest wait first. A delivery not invoiced at all has
 * no row in Facturen, so it cannot show here.
 */
import type { IsoDate } from '../dates';
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
import { mean, median, round1OrNull } from './stats';
import type { DateWindow } from './window';
import { within } from './window';

export interface DelayFigures {
  count: number;
  averageDays: number | null;
  medianDays: number | null;
}

export interface LateInvoicing {
  invoiceNumber: string;
  customerNumber: string;
  deliveryDate: IsoDate;
  invoiceDate: IsoDate;
  days: number;
}

export interface InvoicingDelay extends DelayFigures {
  window: DateWindow;
  lateAfterDays: number;
  byCustomer: (CustomerRef & DelayFigures)[];
  late: LateInvoicing[];
}

export interface InvoicingDelayOptions {
  /** List deliveries invoiced more than this many days later (default 7). */
  lateAfterDays?: number;
}

function figures(days: readonly number[]): DelayFigures {
  return { count: days.length, averageDays: round1OrNull(mean(days)), medianDays: median(days) };
}

export function invoicingDelayAccumulator(
  prepared: PreparedLedger,
  options: InvoicingDelayOptions = {},
): MetricAccumulator<InvoicingDelay> {
  const lateAfterDays = checkIntOption(options.lateAfterDays ?? 7, 'lateAfterDays', 0, 3650);
  const all: number[] = [];
  const perCustomer = new Map<string, number[]>();
  const late: LateInvoicing[] = [];
  const c = prepared.columns;
  return {
    add(at) {
      const inv = c.invoices[at] as Invoice;
      if (inv.deliveryDate === undefined || c.future[at] === 1 || c.linked[at] === 1) return;
      if (inv.amountInclVat < 0 || !within(inv.deliveryDate, prepared.window)) return;
      const days = (c.invoiceDay[at] as number) - prepared.dayOf.known(inv.deliveryDate);
      all.push(days);
      const list = perCustomer.get(inv.customerNumber);
      if (list) list.push(days);
      else perCustomer.set(inv.customerNumber, [days]);
      if (days > lateAfterDays) {
        late.push({
          invoiceNumber: inv.number,
          customerNumber: inv.customerNumber,
          deliveryDate: inv.deliveryDate,
          invoiceDate: inv.invoiceDate,
          days,
        });
      }
    },
    finish() {
      late.sort((a, b) => b.days - a.days || (a.invoiceNumber < b.invoiceNumber ? -1 : 1));
      const byCustomer = [...perCustomer]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([n, days]) => ({ ...customerRef(prepared, n), ...figures(days) }));
      return { window: prepared.window, lateAfterDays, ...figures(all), byCustomer, late };
    },
  };
}

export function invoicingDelay(
  prepared: PreparedLedger,
  options: InvoicingDelayOptions = {},
): InvoicingDelay {
  requirePrepared(prepared);
  return runAccumulator(prepared, invoicingDelayAccumulator(prepared, options));
}
