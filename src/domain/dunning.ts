/**
 * The reminder ladder: which step is due for which invoice on a given day.
 *
 * The ladder's memory is the contact log: a ContactEntry with `ladderStep` set to a step id is
 * that step, sent on the entry's date. The next step falls due `afterDays` after the previous
 * step's new term ran out (for the first step: after the invoice's due date). Rules:
 *  - at least two reminders ('friendly'/'second') come before any legal step ('final'/'collection');
 *  - an invoice without history starts at the first step, however late it is (never skip ahead);
 *  - never two steps for one invoice on one day;
 *  - a dispute pauses the ladder; so does a payment arrangement while its instalments are paid;
 *    a missed instalment (or an arrangement that ran out with money still open) resumes it;
 *  - after the last step nothing more is due ('completed').
 */
import { addDays, assertIsoDate, maxDate, type IsoDate } from './dates';
import { DomainError, requireArray, requireObject } from './errors';
import { indexLedger, type LedgerIndex, requireLedgerIndex } from './ledger';
import type { Cents } from './money';
import {
  dunningStepSchema,
  type Arrangement,
  type ContactEntry,
  type Customer,
  type DunningStep,
  type Instalment,
  type Invoice,
  type Ledger,
  type Settings,
} from './model';
import { activeArrangement, invoiceStatus, type InvoiceStatus } from './status';

/** The default ladder, after the seed articles: two reminders, a final notice, then collection. */
export const DEFAULT_LADDER: readonly DunningStep[] = Object.freeze([
  // The day after the due date: a friendly reminder with 7 more days.
  { id: 'herinnering-1', kind: 'friendly', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
  // The day after that term ran out: a second reminder, offering a payment plan.
  { id: 'herinnering-2', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: true },
  // Then the final notice (for a consumer: the statutory fourteen-day letter).
  { id: 'aanmaning', kind: 'final', afterDays: 1, newTermDays: 14, offerPaymentPlan: false },
  // Then hand over to collection.
  { id: 'incasso', kind: 'collection', afterDays: 1, newTermDays: 0, offerPaymentPlan: false },
]);

/**
 * Days between sending a letter and its assumed receipt. The consumer's fourteen days
 * (art. 6:96 lid 6 BW) run from the day after receipt; we cannot know the receipt day, so we
 * assume the day after sending (an e-mail arrives at once, a letter usually the next working day).
 */
export const ASSUMED_RECEIPT_DAYS = 1;
/** The consumer's statutory minimum term in the fourteen-day letter. */
export const FOURTEEN_DAY_LETTER_DAYS = 14;

export interface DunningOptions {
  /** Overrides ASSUMED_RECEIPT_DAYS for the consumer's fourteen-day letter. */
  receiptDelayDays?: number;
}

const REMINDER_KINDS = new Set(['friendly', 'second']);
const LEGAL_KINDS = new Set(['final', 'collection']);

/**
 * Checks a ladder and returns it parsed. Throws DomainError (with the step's path) for an empty
 * ladder, an invalid step, a duplicate id, or a legal step preceded by fewer than two reminders.
 */
export function validateLadder(ladder: readonly unknown[], path = 'settings.ladder'): DunningStep[] {
  if (!Array.isArray(ladder) || ladder.length === 0) {
    throw new DomainError('invalid-input', 'the dunning ladder needs at least one step', {
      path,
      value: ladder,
    });
  }
  const steps: DunningStep[] = [];
  const ids = new Set<string>();
  let reminders = 0;
  ladder.forEach((raw, i) => {
    const parsed = dunningStepSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const sub = issue && issue.path.length > 0 ? `.${issue.path.map(String).join('.')}` : '';
      throw new DomainError('invalid-input', issue?.message ?? 'invalid dunning step', {
        path: `${path}[${i}]${sub}`,
        value: raw,
      });
    }
    const step = parsed.data;
    if (ids.has(step.id)) {
      throw new DomainError('duplicate', `the step id ${step.id} occurs twice in the ladder`, {
        path: `${path}[${i}].id`,
        value: step.id,
      });
    }
    ids.add(step.id);
    if (REMINDER_KINDS.has(step.kind)) reminders += 1;
    if (LEGAL_KINDS.has(step.kind) && reminders < 2) {
      throw new DomainError(
        'invalid-input',
        `step ${step.id} (${step.kind}) needs at least two reminders before it; the ladder has ${reminders}`,
        { path: `${path}[${i}].kind`, value: step.kind },
      );
    }
    steps.push(step);
  });
  return steps;
}

/** The ladder in force: settings.ladder when present and non-empty (validated), else the default. */
export function ladderOf(settings: Settings): readonly DunningStep[] {
  requireObject(settings, 'settings');
  const custom = settings.ladder;
  if (!custom || custom.length === 0) return DEFAULT_LADDER;
  // Validated once per ladder array: the plan asks for it per invoice.
  let steps = validated.get(custom);
  if (!steps) {
    steps = validateLadder(custom);
    validated.set(custom, steps);
  }
  return steps;
}
const validated = new WeakMap<readonly DunningStep[], DunningStep[]>();

/** Is this step, for this customer, the consumer's statutory fourteen-day letter? */
export function isFourteenDayLetter(step: DunningStep, customer: Customer): boolean {
  requireObject(step, 'step');
  requireObject(customer, 'customer');
  return step.kind === 'final' && customer.kind === 'consumer';
}

function receiptDelay(options: DunningOptions): number {
  requireObject(options, 'options');
  const d = options.receiptDelayDays ?? ASSUMED_RECEIPT_DAYS;
  if (!Number.isInteger(d) || d < 0 || d > 30) {
    throw new DomainError('invalid-input', `expected a receipt delay of 0 to 30 days, got ${String(d)}`, {
      path: 'options.receiptDelayDays',
      value: d,
    });
  }
  return d;
}

/**
 * The last day of the new term a step gives when sent on `sentOn`. For a consumer's final notice:
 * assumed receipt (sentOn + receipt delay) plus at least 14 days counted from the day after
 * receipt, i.e. sentOn + delay + max(14, newTermDays). Otherwise sentOn + newTermDays.
 */
export function newTermUntil(
  step: DunningStep,
  sentOn: IsoDate,
  customer: Customer,
  options: DunningOptions = {},
): IsoDate {
  assertIsoDate(sentOn, 'sentOn');
  if (isFourteenDayLetter(step, customer)) {
    return addDays(sentOn, receiptDelay(options) + Math.max(FOURTEEN_DAY_LETTER_DAYS, step.newTermDays));
  }
  return addDays(sentOn, step.newTermDays);
}

export interface MissedInstalment {
  /** 0-based position in the arrangement, by due date. */
  position: number;
  instalment: Instalment;
  /** Sum of the instalments due up to and including this one. */
  cumulativeDue: Cents;
  /** Payments on the invoice from the day the plan was agreed up to today. */
  paidSinceAgreed: Cents;
  shortfall: Cents;
}

/**
 * Instalments whose due date has passed (due date before today) while the payments on the invoice
 * since the plan was agreed fall short of the instalments due so far. An instalment paid late but
 * made up by today no longer counts as missed. Credit notes do not count as payments.
 */
export function missedInstalments(
  invoice: Invoice,
  index: LedgerIndex,
  today: IsoDate,
  arrangement: Arrangement | undefined = activeArrangement(invoice, index, today),
): MissedInstalment[] {
  requireObject(invoice, 'invoice');
  requireLedgerIndex(index);
  assertIsoDate(today, 'today');
  if (!arrangement) return [];
  let paidSinceAgreed = 0;
  for (const p of index.paymentsByInvoice.get(invoice.number) ?? []) {
    if (p.date >= arrangement.agreedOn && p.date <= today) paidSinceAgreed += p.amount;
  }
  const sorted = [...arrangement.instalments].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  const missed: MissedInstalment[] = [];
  let cumulativeDue = 0;
  sorted.forEach((instalment, position) => {
    cumulativeDue += instalment.amount;
    if (instalment.dueDate < today && paidSinceAgreed < cumulativeDue) {
      missed.push({
        position,
        instalment,
        cumulativeDue,
        paidSinceAgreed,
        shortfall: cumulativeDue - paidSinceAgreed,
      });
    }
  });
  return missed;
}

export interface SentStep {
  step: DunningStep;
  /** 0-based position in the ladder. */
  position: number;
  sentOn: IsoDate;
}

/** The ladder steps sent for an invoice up to today, oldest first, and log entries naming no known step. */
export function dunningHistory(
  invoice: Invoice,
  index: LedgerIndex,
  ladder: readonly DunningStep[],
  today: IsoDate,
): { sent: SentStep[]; unknown: ContactEntry[] } {
  requireObject(invoice, 'invoice');
  requireLedgerIndex(index);
  requireArray(ladder, 'ladder');
  assertIsoDate(today, 'today');
  const positions = new Map(ladder.map((s, i) => [s.id, i]));
  const sent: SentStep[] = [];
  const unknown: ContactEntry[] = [];
  for (const c of index.contactsByInvoice.get(invoice.number) ?? []) {
    if (!c.ladderStep || c.date > today) continue;
    const position = positions.get(c.ladderStep);
    const step = position === undefined ? undefined : ladder[position];
    if (position === undefined || !step) unknown.push(c);
    else sent.push({ step, position, sentOn: c.date });
  }
  return { sent, unknown };
}

/** The furthest step reached; of repeated sends of that step, the latest. */
function lastReached(sent: readonly SentStep[]): SentStep | undefined {
  let last: SentStep | undefined;
  for (const s of sent) {
    if (!last || s.position > last.position || (s.position === last.position && s.sentOn >= last.sentOn))
      last = s;
  }
  return last;
}

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
  legalNotice: 'fourteen-day-letter' | 'final-notice' | 'collection' | undefined;
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

/** Where an invoice stands on the ladder today (see the module comment for the rules). */
export function dunningState(
  invoice: Invoice,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningState {
  const ladder = ladderOf(settings); // an invalid custom ladder fails for every invoice alike
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
    ? addDays(newTermUntil(last.step, last.sentOn, customer, options), next.afterDays)
    : addDays(status.dueDate, next.afterDays);
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
  const legalNotice =
    next.kind === 'collection'
      ? 'collection'
      : next.kind === 'final'
        ? isFourteenDayLetter(next, customer)
          ? 'fourteen-day-letter'
          : 'final-notice'
        : undefined;
  const action: DunningAction = {
    invoiceNumber: invoice.number,
    customerNumber: invoice.customerNumber,
    invoiceDueDate: status.dueDate,
    step: next,
    position,
    dueOn,
    newTermUntil: newTermUntil(next, today, customer, options),
    overdueDays: status.daysOverdue,
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

export interface DunningGroup {
  customerNumber: string;
  customer: Customer;
  step: DunningStep;
  /** The invoices this one message covers, by due date. */
  invoices: DunningAction[];
  open: Cents;
  newTermUntil: IsoDate;
}

/** Orders 'K2' before 'K10'. */
const byNumber = new Intl.Collator('nl', { numeric: true });

function isLedger(source: Ledger | LedgerIndex): source is Ledger {
  return Array.isArray((source as Ledger).invoices);
}

/**
 * Everything due today, one group per customer and step: a customer gets one message per step
 * listing all their invoices at that step (grouped by step id, since the wording follows the step).
 * Groups are ordered by customer number, then by ladder position.
 */
export function dunningPlan(
  source: Ledger | LedgerIndex,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningGroup[] {
  requireObject(source, 'source');
  assertIsoDate(today, 'today');
  const ladder = ladderOf(settings);
  const index = isLedger(source) ? indexLedger(source) : source;
  requireLedgerIndex(index, 'source');
  const groups = new Map<string, DunningGroup>();
  let i = 0;
  for (const invoice of index.invoicesByNumber.values()) {
    const customer = index.customersByNumber.get(invoice.customerNumber);
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
    i += 1;
    const action = nextDunningAction(invoice, index, customer, settings, today, options);
    if (!action) continue;
    const key = `${customer.number}\u0000${action.step.id}`;
    const group = groups.get(key);
    if (group) {
      group.invoices.push(action);
      group.open += action.open;
    } else {
      groups.set(key, {
        customerNumber: customer.number,
        customer,
        step: action.step,
        invoices: [action],
        open: action.open,
        newTermUntil: action.newTermUntil,
      });
    }
  }
  const position = new Map(ladder.map((s, p) => [s.id, p]));
  const result = [...groups.values()];
  for (const g of result) {
    g.invoices.sort((a, b) =>
      a.invoiceDueDate < b.invoiceDueDate
        ? -1
        : a.invoiceDueDate > b.invoiceDueDate
          ? 1
          : byNumber.compare(a.invoiceNumber, b.invoiceNumber),
    );
  }
  return result.sort(
    (a, b) =>
      byNumber.compare(a.customerNumber, b.customerNumber) ||
      (position.get(a.step.id) ?? 0) - (position.get(b.step.id) ?? 0),
  );
}
