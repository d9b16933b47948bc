/** Where one invoice stands on the ladder today (rules in dunning.ts). */
import { addDays, daysBetween, maxDate, type IsoDate } from '../dates';
import { requireObject } from '../errors';
import type { LedgerIndex } from '../ledger';
import type { Cents } from '../money';
import type { Customer, DunningStep, Invoice, Settings } from '../model';
import { invoiceStatus, type InvoiceStatus } from '../status';
import { dunningHistory, lastReached, lastTermUntil, type SentStep } from './history';
import { missedInstalments, type MissedInstalment } from './instalments';
import { isFourteenDayLetter, ladderOf, newTermUntil, type DunningOptions } from './steps';
import { segmentRules } from '../segments/registry';

export type DunningReason =
  'past-due-date' | 'previous-term-expired' | 'dispute-resolved' | 'missed-instalment' | 'arrangement-ended';

export interface DunningAction {
  invoiceNumber: string;
  customerNumber: string;
  invoiceDueDate: IsoDate;
  step: DunningStep;
  /** 0-based position of the step in the ladder. */
  position: number;
  /** The day the step became due (today or earlier). */
  dueOn: IsoDate;
  /** The last day of the new term the message gives, when sent today. */
  newTermUntil: IsoDate;
  overdueDays: number;
  open: Cents;
  reason: DunningReason;
  /** What legal weight the message carries; the reminder drafts depend on it. */
  legalNotice: 'fourteen-day-letter' | 'be-first-reminder' | 'final-notice' | 'collection' | undefined;
  missedInstalments: MissedInstalment[];
}

export type DunningState =
  /** Nothing to chase: paid, credited, written off, or a credit note. */
  | { kind: 'not-applicable'; status: InvoiceStatus }
  | { kind: 'paused'; why: 'disputed' | 'arrangement-on-track'; status: InvoiceStatus }
  /** The next step is not due yet. */
  | { kind: 'waiting'; next: DunningStep; position: number; dueOn: IsoDate; status: InvoiceStatus }
  /** A step went out today; nothing more today. */
  | { kind: 'sent-today'; status: InvoiceStatus }
  /** The last step has been sent; the ladder has nothing more. */
  | { kind: 'completed'; last: SentStep; status: InvoiceStatus }
  | { kind: 'due'; action: DunningAction; status: InvoiceStatus };

const NOT_APPLICABLE = new Set<InvoiceStatus['kind']>([
  'paid-on-time',
  'paid-late',
  'credited',
  'written-off',
  'credit-note',
]);

/** The ladder a customer is on today: their segment's own, else the main ladder. */
export function customerLadder(
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
): readonly DunningStep[] {
  return segmentRules(settings)?.of(index, settings, today, customer)?.ladder ?? ladderOf(settings);
}

/** Where an invoice stands on the ladder today (see the module comment for the rules). */
export function dunningState(
  invoice: Invoice,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningState {
  requireObject(options, 'options');
  // The customer's segment picks the ladder (the main one without segments); an invalid custom
  // ladder or segment fails for every invoice alike.
  const ladder = options.ladder ?? customerLadder(index, customer, settings, today);
  const opts: DunningOptions = { ...options, country: settings.country, ladder };
  const belgian = settings.country === 'BE';
  const status = invoiceStatus(invoice, index, customer, settings, today);
  if (NOT_APPLICABLE.has(status.kind) || status.open <= 0) return { kind: 'not-applicable', status };
  if (status.kind === 'disputed') return { kind: 'paused', why: 'disputed', status };

  let resumeOn: IsoDate | undefined;
  let resumeReason: DunningReason | undefined;
  let missed: MissedInstalment[] = [];
  if (status.kind === 'in-arrangement') {
    missed = missedInstalments(invoice, index, today, status.arrangement);
    const first = missed[0];
    const lastDue = status.arrangement.instalments.reduce(
      (d, i) => maxDate(d, i.dueDate),
      status.arrangement.agreedOn,
    );
    if (first) [resumeOn, resumeReason] = [addDays(first.instalment.dueDate, 1), 'missed-instalment'];
    else if (lastDue < today) [resumeOn, resumeReason] = [addDays(lastDue, 1), 'arrangement-ended'];
    else return { kind: 'paused', why: 'arrangement-on-track', status };
  } else if (
    invoice.disputeResolvedOn !== undefined &&
    invoice.disputedSince !== undefined &&
    invoice.disputeResolvedOn <= today
  ) {
    [resumeOn, resumeReason] = [invoice.disputeResolvedOn, 'dispute-resolved'];
  }

  // A term the law voids (art. 6:119a lid 5/6 BW) counts as the statutory 30 days: the ladder and
  // the interest run from the legal due date, not the agreed one.
  const legalDue = status.term.legalDueDate;
  const { sent } = dunningHistory(invoice, index, ladder, today);
  const sentToday = (index.contactsByInvoice.get(invoice.number) ?? []).some(
    (c) => c.ladderStep && c.date === today,
  );
  const last = lastReached(sent);
  if (last && last.position >= ladder.length - 1) return { kind: 'completed', last, status };
  if (sentToday) return { kind: 'sent-today', status };

  const position = last ? last.position + 1 : 0;
  const next = ladder[position];
  if (!next) return { kind: 'not-applicable', status }; // unreachable: validated ladders are non-empty
  const scheduled = last
    ? addDays(lastTermUntil(last, customer, opts), next.afterDays)
    : addDays(legalDue, next.afterDays);
  const dueOn = resumeOn !== undefined ? maxDate(scheduled, resumeOn) : scheduled;
  if (dueOn > today) return { kind: 'waiting', next, position, dueOn, status };

  // A broken arrangement is always the news; a resolved dispute only when it held the step back.
  const reason: DunningReason =
    resumeReason === 'missed-instalment' || resumeReason === 'arrangement-ended'
      ? resumeReason
      : resumeReason === 'dispute-resolved' && resumeOn !== undefined && resumeOn > scheduled
        ? resumeReason
        : last
          ? 'previous-term-expired'
          : 'past-due-date';
  const legalNotice: DunningAction['legalNotice'] =
    next.kind === 'collection'
      ? 'collection'
      : next.kind === 'final'
        ? isFourteenDayLetter(next, customer) && !belgian
          ? 'fourteen-day-letter'
          : 'final-notice'
        : belgian && customer.kind === 'consumer' && next.kind === 'friendly'
          ? 'be-first-reminder'
          : undefined;
  const action: DunningAction = {
    invoiceNumber: invoice.number,
    customerNumber: invoice.customerNumber,
    invoiceDueDate: legalDue,
    step: next,
    position,
    dueOn,
    newTermUntil: newTermUntil(next, today, customer, opts),
    overdueDays: Math.max(0, daysBetween(legalDue, today)),
    open: status.open,
    reason,
    legalNotice,
    missedInstalments: missed,
  };
  return { kind: 'due', action, status };
}

/**
 * The step to send today for this invoice, or null when nothing is due: paid, credited, written
 * off, a credit note, not due yet, disputed, in an arrangement on track, already sent a step
 * today, or the ladder is completed (dunningState tells which).
 */
export function nextDunningAction(
  invoice: Invoice,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningAction | null {
  const state = dunningState(invoice, index, customer, settings, today, options);
  return state.kind === 'due' ? state.action : null;
}
