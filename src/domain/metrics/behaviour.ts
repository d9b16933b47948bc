/**
 * How each customer pays. Over invoices fully paid in the 365 days ending today (settled on a day
 * in (today − 365, today]; fully credited invoices were never paid and do not count):
 * - weightedDaysLate: amount-weighted average of (day settled − due date), Payt's "payment
 *   behaviour"; negative = early. The weight is what had to be paid (amount incl. VAT less credit
 *   notes), so a late large invoice weighs more than a late small one.
 * - on time = settled on or before the due date, as a share of the count and of the amount;
 * - weightedDaysToPay: the same weighting, counted from the invoice date;
 * - reminders: contact entries with a ladder step for those invoices, total and per invoice.
 * Day figures are rounded to 0.1 day, shares are unrounded fractions 0..1; null when nothing
 * was paid.
 *
 * The change signal compares a customer with itself: weighted days late over invoices settled in
 * the recent window (default the last 90 days) against those settled in the history window
 * before it (default the 365 days before the recent window). Rounded delta >= threshold
 * (default 10 days) is 'worse', <= −threshold 'better', else 'stable' — only with at least K
 * (default 2) recent paid invoices and any history. Regardless of those counts, an open,
 * undisputed invoice that is already more days overdue than the latest any invoice in those
 * windows was ever paid also makes it 'worse'.
 */
import { addDays, type IsoDate } from '../dates';
import { cents, type Cents } from '../money';
import type { Invoice } from '../model';
import {
  requirePrepared,
  checkIntOption,
  customerRef,
  runAccumulator,
  type CustomerRef,
  type MetricAccumulator,
  type PaidFacts,
  type PreparedLedger,
} from './prepare';
import { round1, round1OrNull, WeightedMean } from './stats';
import { recentQuarters, within, type DateWindow } from './window';

export interface PaymentStats {
  paidCount: number;
  /** Sum of the weights (what had to be paid), incl. VAT. */
  paidAmount: Cents;
  weightedDaysLate: number | null;
  weightedDaysToPay: number | null;
  onTimeShareByCount: number | null;
  onTimeShareByAmount: number | null;
  remindersTotal: number;
  remindersPerInvoice: number | null;
}

export type BehaviourSignal = 'worse' | 'better' | 'stable' | 'insufficient-data';

/** Codes the UI translates. */
export type BehaviourReason =
  | 'recent-later'
  | 'recent-earlier'
  | 'within-threshold'
  | 'open-invoice-later-than-ever'
  | 'too-few-recent'
  | 'no-history';

export interface BehaviourChange {
  signal: BehaviourSignal;
  recentAvg: number | null;
  historicAvg: number | null;
  /** recentAvg − historicAvg (from unrounded means, then rounded); null unless both exist. */
  delta: number | null;
  reason: BehaviourReason;
  recentCount: number;
  historicCount: number;
  /** The most days late any invoice in the recent or history window was paid; null if none. */
  worstDaysLate: number | null;
  /** The open, undisputed invoice most overdue today, when one is. */
  mostOverdue: { invoiceNumber: string; daysOverdue: number } | null;
}

export interface QuarterBehaviour {
  /** 'YYYY-Qn' of the day the invoices were settled. */
  quarter: string;
  paidCount: number;
  weightedDaysLate: number | null;
  onTimeShareByCount: number | null;
}

export interface CustomerBehaviour extends CustomerRef, PaymentStats {
  change: BehaviourChange;
  quarters: QuarterBehaviour[];
}

export interface BehaviourMetrics {
  window: DateWindow;
  /** All customers together. */
  overall: PaymentStats;
  /** Customers with at least one invoice dated on or before today, by customer number. */
  customers: CustomerBehaviour[];
}

export interface BehaviourOptions {
  /** Length of the recent window in days (default 90). */
  recentDays?: number;
  /** Length of the history window before it, in days (default 365). */
  historyDays?: number;
  /** Days worse (or better) that count as a change (default 10). */
  minDeltaDays?: number;
  /** Paid invoices needed in the recent window (default 2). */
  minRecentCount?: number;
  /** Quarters in the chart series, ending with today's quarter (default 8). */
  quarters?: number;
}

class StatsBuilder {
  readonly late = new WeightedMean();
  readonly toPay = new WeightedMean();
  onTimeCount = 0;
  onTimeAmount = 0;
  reminders = 0;

  add(p: Omit<PaidFacts, 'settledOn'>): void {
    this.late.add(p.daysLate, p.weight);
    this.toPay.add(p.daysToPay, p.weight);
    if (p.daysLate <= 0) {
      this.onTimeCount += 1;
      this.onTimeAmount += p.weight;
    }
    this.reminders += p.reminders;
  }

  build(): PaymentStats {
    const n = this.late.count;
    const amount = this.late.totalWeight;
    return {
      paidCount: n,
      paidAmount: cents(amount),
      weightedDaysLate: round1OrNull(this.late.mean()),
      weightedDaysToPay: round1OrNull(this.toPay.mean()),
      onTimeShareByCount: n > 0 ? this.onTimeCount / n : null,
      onTimeShareByAmount: amount > 0 ? this.onTimeAmount / amount : null,
      remindersTotal: this.reminders,
      remindersPerInvoice: n > 0 ? this.reminders / n : null,
    };
  }
}

interface CustomerState {
  window: StatsBuilder;
  recent: WeightedMean;
  history: WeightedMean;
  worst: number | null;
  mostOverdue: { invoiceNumber: string; daysOverdue: number } | null;
  /** By position in the chart's quarters. */
  quarters: ({ late: WeightedMean; onTime: number } | undefined)[];
}

export function behaviourAccumulator(
  prepared: PreparedLedger,
  options: BehaviourOptions = {},
): MetricAccumulator<BehaviourMetrics> {
  const recentDays = checkIntOption(options.recentDays ?? 90, 'recentDays', 1, 3650);
  const historyDays = checkIntOption(options.historyDays ?? 365, 'historyDays', 1, 3650);
  const minDelta = checkIntOption(options.minDeltaDays ?? 10, 'minDeltaDays', 1, 3650);
  const minRecent = checkIntOption(options.minRecentCount ?? 2, 'minRecentCount', 1, 1000);
  const quarterCount = checkIntOption(options.quarters ?? 8, 'quarters', 1, 40);

  const { today, window } = prepared;
  const recentWindow: DateWindow = { after: addDays(today, -recentDays), through: today };
  const historyWindow: DateWindow = {
    after: addDays(recentWindow.after, -historyDays),
    through: recentWindow.after,
  };
  const quarters = recentQuarters(today, quarterCount);
  const quartersFrom = (quarters[0] as { first: IsoDate }).first;

  const overall = new StatsBuilder();
  const states = new Map<string, CustomerState>();

  const c = prepared.columns;
  return {
    add(at) {
      const invoice = c.invoices[at] as Invoice;
      if (c.future[at] === 1 || c.linked[at] === 1 || invoice.amountInclVat < 0) return;
      let s = states.get(invoice.customerNumber);
      if (!s) {
        s = {
          window: new StatsBuilder(),
          recent: new WeightedMean(),
          history: new WeightedMean(),
          worst: null,
          mostOverdue: null,
          quarters: new Array(quarters.length).fill(undefined),
        };
        states.set(invoice.customerNumber, s);
      }
      const daysOverdue = c.daysOverdue[at] as number;
      if (daysOverdue > 0 && c.disputed[at] !== 1 && c.writtenOff[at] !== 1) {
        if (!s.mostOverdue || daysOverdue > s.mostOverdue.daysOverdue) {
          s.mostOverdue = { invoiceNumber: invoice.number, daysOverdue };
        }
      }
      if (c.paid[at] !== 1) return;
      const p: Omit<PaidFacts, 'settledOn'> = {
        weight: cents(c.weight[at] as number),
        daysLate: c.daysLate[at] as number,
        daysToPay: c.daysToPay[at] as number,
        reminders: c.reminders[at] as number,
      };
      const on = c.settledOn[at] as IsoDate;
      if (within(on, window)) {
        s.window.add(p);
        overall.add(p);
      }
      const recent = within(on, recentWindow);
      if (recent || within(on, historyWindow)) {
        (recent ? s.recent : s.history).add(p.daysLate, p.weight);
        if (s.worst === null || p.daysLate > s.worst) s.worst = p.daysLate;
      }
      if (on >= quartersFrom) {
        // Quarters are oldest first: the last one starting on or before `on` holds it.
        let qi = quarters.length - 1;
        while (qi > 0 && on < (quarters[qi] as { first: IsoDate }).first) qi -= 1;
        let q = s.quarters[qi];
        if (!q) s.quarters[qi] = q = { late: new WeightedMean(), onTime: 0 };
        q.late.add(p.daysLate, p.weight);
        if (p.daysLate <= 0) q.onTime += 1;
      }
    },
    finish() {
      const customers: CustomerBehaviour[] = [...states]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([n, s]) => ({
          ...customerRef(prepared, n),
          ...s.window.build(),
          change: changeSignal(s, minDelta, minRecent),
          quarters: quarters.map(({ key }, qi) => {
            const q = s.quarters[qi];
            const count = q?.late.count ?? 0;
            return {
              quarter: key,
              paidCount: count,
              weightedDaysLate: round1OrNull(q?.late.mean() ?? null),
              onTimeShareByCount: q && count > 0 ? q.onTime / count : null,
            };
          }),
        }));
      return { window, overall: overall.build(), customers };
    },
  };
}

function changeSignal(s: CustomerState, minDelta: number, minRecent: number): BehaviourChange {
  const recentMean = s.recent.mean();
  const historicMean = s.history.mean();
  const delta = recentMean !== null && historicMean !== null ? round1(recentMean - historicMean) : null;
  const base = {
    recentAvg: round1OrNull(recentMean),
    historicAvg: round1OrNull(historicMean),
    delta,
    recentCount: s.recent.count,
    historicCount: s.history.count,
    worstDaysLate: s.worst,
    mostOverdue: s.mostOverdue,
  };
  const openLaterThanEver = s.worst !== null && s.mostOverdue !== null && s.mostOverdue.daysOverdue > s.worst;
  if (delta !== null && s.recent.count >= minRecent) {
    if (delta >= minDelta) return { signal: 'worse', reason: 'recent-later', ...base };
    if (openLaterThanEver) return { signal: 'worse', reason: 'open-invoice-later-than-ever', ...base };
    if (delta <= -minDelta) return { signal: 'better', reason: 'recent-earlier', ...base };
    return { signal: 'stable', reason: 'within-threshold', ...base };
  }
  if (openLaterThanEver) return { signal: 'worse', reason: 'open-invoice-later-than-ever', ...base };
  return {
    signal: 'insufficient-data',
    reason: s.recent.count < minRecent ? 'too-few-recent' : 'no-history',
    ...base,
  };
}

export function paymentBehaviour(prepared: PreparedLedger, options: BehaviourOptions = {}): BehaviourMetrics {
  requirePrepared(prepared);
  return runAccumulator(prepared, behaviourAccumulator(prepared, options));
}
