/**
 * When each open invoice will be paid, from how its customer has paid before (docs/core-api.md,
 * "Forecast", has the formulas). In short, per open invoice x days past its due date today
 * (x < 0: not due yet):
 * - the history is every invoice fully paid on or before today, as delay d = day settled − due
 *   date, weighted by what had to be paid × 0.5^(age / half-life), age = days since it was settled
 *   (recent behaviour counts more);
 * - only delays d > x count: the invoice is still open, so it can no longer be paid earlier;
 * - the customer's own delays and the trader's (all customers') are mixed, the customer's with
 *   share n / (n + k) where n is how many of its own delays count (little history: close to the
 *   trader's habit);
 * - the expected delay is the mixture's weighted mean, the range its 25th and 75th percentile
 *   (widened to hold the expected day); the day is due date + delay, always after today and so
 *   never before the invoice date.
 * Not from history: a disputed invoice has no date (the ladder waits, so does the money); one with
 * a payment plan agreed by today is expected on the plan's instalment dates, payments so far
 * covering the instalments in order (as the ledger counts them); credit notes are already in the
 * open amount (settle). Without any usable delay the prediction says why instead of guessing.
 */
import { addDays, type IsoDate } from '../dates';
import {
  checkIntOption,
  requirePrepared,
  type PreparedInvoice,
  type PreparedLedger,
} from '../metrics/prepare';
import { addCents, minCents, subtractCents, type Cents } from '../money';
import type { Arrangement } from '../model';
import { activeArrangement } from '../status';
import { DelaySample, mixtureQuantile, type Delay } from './sample';

export interface PayDateOptions {
  /** Days after which a paid invoice counts half as much (default 180). */
  halfLifeDays?: number;
  /**
   * How many of its own paid invoices a customer needs to weigh as much as the trader's habit
   * (default 1: in the back-test, bench/forecast.bench.ts, 3 and 8 cost accuracy).
   */
  priorInvoices?: number;
}

/** Where a prediction comes from; the UI says it in words. */
export type PredictionBasis =
  | 'customer' // the customer's own history, shrunk toward the trader's habit
  | 'habit' // no usable history of this customer: the trader's habit alone
  | 'arrangement' // the payment plan's instalment dates
  | 'disputed' // no date while the dispute runs
  | 'no-history' // nothing has ever been paid: no date
  | 'beyond-history'; // already later than any invoice was ever paid: no date

/** An amount expected on a day (with its 25–75% range), or without a day (`on` null). */
interface ExpectedPart {
  amount: Cents;
  on: IsoDate | null;
  earliest: IsoDate | null;
  latest: IsoDate | null;
}

export interface PayDatePrediction {
  invoiceNumber: string;
  customerNumber: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** What is still open today (> 0). */
  open: Cents;
  /** Past its due date today. */
  overdue: boolean;
  daysOverdue: number;
  basis: PredictionBasis;
  /** The customer's invoices paid on or before today (all of them, before conditioning). */
  customerPaidCount: number;
  /** Expected days after the due date (whole days), when a day is predicted from history. */
  expectedDaysLate: number | null;
  /** The open amount split over the days it is expected: one part, or one per instalment. */
  parts: ExpectedPart[];
}

interface History {
  overall: DelaySample;
  byCustomer: Map<string, DelaySample>;
  countByCustomer: Map<string, number>;
  any: boolean;
}

function history(prepared: PreparedLedger, halfLife: number): History {
  const all: Delay[] = [];
  const own = new Map<string, Delay[]>();
  for (const doc of prepared.invoices) {
    const p = doc.paid;
    if (!p) continue;
    const age = prepared.days(p.settledOn, prepared.today);
    const delay = { days: p.daysLate, weight: p.weight * 0.5 ** (age / halfLife) };
    all.push(delay);
    const list = own.get(doc.customerNumber);
    if (list) list.push(delay);
    else own.set(doc.customerNumber, [delay]);
  }
  return {
    overall: new DelaySample(all),
    byCustomer: new Map([...own].map(([n, list]) => [n, new DelaySample(list)])),
    countByCustomer: new Map([...own].map(([n, list]) => [n, list.length])),
    any: all.length > 0,
  };
}

/** Still receivable today and asking money: what the forecast is about. */
function isForecastable(doc: PreparedInvoice): boolean {
  return doc.open > 0 && !doc.future && !doc.linked && !doc.isCreditNote && !doc.writtenOff && !!doc.dueDate;
}

export function predictPayDates(prepared: PreparedLedger, options: PayDateOptions = {}): PayDatePrediction[] {
  requirePrepared(prepared);
  const halfLife = checkIntOption(options.halfLifeDays ?? 180, 'halfLifeDays', 1, 3650);
  const k = checkIntOption(options.priorInvoices ?? 1, 'priorInvoices', 0, 1000);
  const { today } = prepared;
  const h = history(prepared, halfLife);
  const predictions: PayDatePrediction[] = [];
  for (const doc of prepared.invoices) {
    if (!isForecastable(doc)) continue;
    const dueDate = doc.dueDate as IsoDate;
    const elapsed = prepared.days(dueDate, today);
    const base = {
      invoiceNumber: doc.invoice.number,
      customerNumber: doc.customerNumber,
      invoiceDate: doc.invoice.invoiceDate,
      dueDate,
      open: doc.open,
      overdue: doc.daysOverdue > 0,
      daysOverdue: doc.daysOverdue,
      customerPaidCount: h.countByCustomer.get(doc.customerNumber) ?? 0,
    };
    const undated = (basis: PredictionBasis): PayDatePrediction => ({
      ...base,
      basis,
      expectedDaysLate: null,
      parts: [{ amount: doc.open, on: null, earliest: null, latest: null }],
    });
    if (doc.disputed) {
      predictions.push(undated('disputed'));
      continue;
    }
    const plan = activeArrangement(doc.invoice, prepared.index, today);
    if (plan) {
      predictions.push({
        ...base,
        basis: 'arrangement',
        expectedDaysLate: null,
        parts: instalmentParts(plan, doc, today),
      });
      continue;
    }
    if (!h.any) {
      predictions.push(undated('no-history'));
      continue;
    }
    const mine = h.byCustomer.get(doc.customerNumber)?.above(elapsed);
    const theirs = h.overall.above(elapsed);
    const n = mine?.count ?? 0;
    const share = n + k > 0 ? n / (n + k) : 1;
    const mix = [
      ...(mine && n > 0 ? [{ tail: mine, share }] : []),
      { tail: theirs, share: n > 0 ? 1 - share : 1 },
    ].filter((p) => p.tail.count > 0 && p.share > 0);
    if (mix.length === 0) {
      predictions.push(undated('beyond-history'));
      continue;
    }
    const total = mix.reduce((s, p) => s + p.share, 0);
    const mean = mix.reduce((s, p) => s + p.share * (p.tail.mean as number), 0) / total;
    // Strictly after today: it was not paid by today.
    const delay = Math.max(elapsed + 1, Math.round(mean));
    const low = Math.min(delay, mixtureQuantile(mix, 0.25) as number);
    const high = Math.max(delay, mixtureQuantile(mix, 0.75) as number);
    predictions.push({
      ...base,
      basis: n > 0 ? 'customer' : 'habit',
      expectedDaysLate: delay,
      parts: [
        {
          amount: doc.open,
          on: addDays(dueDate, delay),
          earliest: addDays(dueDate, low),
          latest: addDays(dueDate, high),
        },
      ],
    });
  }
  return predictions;
}

/**
 * The open amount over the plan's instalments: payments count towards the instalments in order,
 * so what is still open belongs to the last ones. An instalment whose day has passed unpaid has no
 * day any more (the ladder resumes); more open than the plan asks waits with the last instalment.
 */
function instalmentParts(plan: Arrangement, doc: PreparedInvoice, today: IsoDate): ExpectedPart[] {
  let rest = doc.open;
  const parts: ExpectedPart[] = [];
  const instalments = plan.instalments;
  for (let i = instalments.length - 1; i >= 0 && rest > 0; i--) {
    const inst = instalments[i] as Arrangement['instalments'][number];
    const amount = minCents(rest, inst.amount);
    rest = subtractCents(rest, amount);
    parts.unshift(dayPart(amount, inst.dueDate, doc, today));
  }
  // The loop gave every instalment a part (the schema asks at least one), the last one last.
  if (rest > 0) {
    const last = parts.at(-1) as ExpectedPart;
    last.amount = addCents(last.amount, rest);
  }
  return parts;
}

function dayPart(amount: Cents, due: IsoDate, doc: PreparedInvoice, today: IsoDate): ExpectedPart {
  if (due < today) return { amount, on: null, earliest: null, latest: null };
  // A plan typed with a day before the invoice itself cannot be paid before the invoice exists.
  const on = due < doc.invoice.invoiceDate ? doc.invoice.invoiceDate : due;
  return { amount, on, earliest: on, latest: on };
}
