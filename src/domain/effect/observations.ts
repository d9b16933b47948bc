/**
 * What each invoice tells about the ladder: per step it reached, the day of that step and the day
 * it was settled in full (or that it is still open); for an invoice that reached no step, the same
 * from its due date. Invoices whose payment follows something other than the reminders (a dispute,
 * a write-off, a payment plan, a credit note that cancels them) are set apart with their reason,
 * so the result can say how many were left out and why.
 */
import type { IsoDate } from '../dates';
import { dunningHistory } from '../ladder/history';
import type { PreparedInvoice, PreparedLedger } from '../metrics/prepare';
import type { Settlement } from '../ledger';
import type { Customer, DunningStep, DunningStepKind, Invoice } from '../model';

/** Why an invoice does not count, in this order of precedence (each invoice has one reason). */
export type ExclusionReason = 'writtenOff' | 'disputed' | 'arrangement' | 'credited' | 'paidBeforeStep';
export const EXCLUSION_REASONS: readonly ExclusionReason[] = [
  'writtenOff',
  'disputed',
  'arrangement',
  'credited',
  'paidBeforeStep',
];

/** Where the days are counted from: a ladder step, or the due date of an invoice never reminded. */
export interface StepKey {
  stepId: string;
  stepKind: DunningStepKind;
  /** 0-based position in the ladder the step belongs to. */
  position: number;
}

export interface Observation {
  invoiceNumber: string;
  customerNumber: string;
  /** undefined: the baseline (no step reached; counted from the due date). */
  step: StepKey | undefined;
  /** The step's date (its first sending), or the due date for the baseline. */
  from: IsoDate;
  /** The day it was settled in full as of today, when it was. */
  settledOn: IsoDate | undefined;
  /** Days from `from` to today. */
  since: number;
  /** Days from `from` to settledOn, when settled. */
  toPayment: number | undefined;
  excluded: ExclusionReason | undefined;
}

/** Reasons that hold for the invoice as a whole, whatever step is asked about. */
function invoiceExclusion(
  doc: PreparedInvoice,
  settlement: Settlement,
  prepared: PreparedLedger,
): ExclusionReason | undefined {
  const inv = doc.invoice;
  const today = prepared.today;
  if (doc.writtenOff) return 'writtenOff';
  // Ever disputed by today: the ladder paused and the money followed the dispute's end, not a reminder.
  if (inv.disputedSince !== undefined && inv.disputedSince <= today) return 'disputed';
  const plans = prepared.index.arrangementsByInvoice.get(inv.number) ?? [];
  if (plans.some((a) => a.agreedOn <= today)) return 'arrangement';
  if (settlement.credited >= settlement.amount) return 'credited';
  return undefined;
}

/** An invoice asking money that exists today: what the ladder is about. */
function asksMoney(doc: PreparedInvoice): boolean {
  return !doc.future && !doc.linked && !doc.isCreditNote && doc.invoice.amountInclVat > 0 && !!doc.dueDate;
}

function observation(
  prepared: PreparedLedger,
  inv: Invoice,
  step: StepKey | undefined,
  from: IsoDate,
  settledOn: IsoDate | undefined,
  excluded: ExclusionReason | undefined,
): Observation {
  return {
    invoiceNumber: inv.number,
    customerNumber: inv.customerNumber,
    step,
    from,
    settledOn,
    since: prepared.days(from, prepared.today),
    toPayment: settledOn === undefined ? undefined : prepared.days(from, settledOn),
    excluded,
  };
}

export function observations(
  prepared: PreparedLedger,
  ladderFor: (customer: Customer | undefined) => readonly DunningStep[],
): Observation[] {
  const out: Observation[] = [];
  const { index, today } = prepared;
  for (const doc of prepared.invoices) {
    if (!asksMoney(doc)) continue;
    const inv = doc.invoice;
    const settlement = doc.settlement;
    const settledOn = settlement.settledOn;
    const whole = invoiceExclusion(doc, settlement, prepared);
    // No contact for this invoice means no history: most invoices of a large book ask nothing more.
    const sent = index.contactsByInvoice.has(inv.number)
      ? dunningHistory(inv, index, ladderFor(index.customersByNumber.get(inv.customerNumber)), today).sent
      : [];
    if (sent.length === 0) {
      out.push(observation(prepared, inv, undefined, doc.dueDate as IsoDate, settledOn, whole));
      continue;
    }
    // A step sent twice counts from its first sending: that is when the customer first heard it.
    const seen: number[] = [];
    for (const s of sent) {
      if (seen.includes(s.position)) continue;
      seen.push(s.position);
      const paidBefore = settledOn !== undefined && settledOn < s.sentOn;
      const step = { stepId: s.step.id, stepKind: s.step.kind, position: s.position };
      out.push(
        observation(
          prepared,
          inv,
          step,
          s.sentOn,
          settledOn,
          whole ?? (paidBefore ? 'paidBeforeStep' : undefined),
        ),
      );
    }
  }
  return out;
}
