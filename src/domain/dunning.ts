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
import { addDays, assertIsoDate, daysBetween, maxDate, type IsoDate } from './dates';
import { DomainError, requireArray, requireObject } from './errors';
import { indexLedger, type LedgerIndex, requireLedgerIndex } from './ledger';
import type { Cents } from './money';
import {
  dunningStepSchema,
  type Arrangement,
  type ContactChannel,
  type ContactEntry,
  type Customer,
  type DunningStep,
  type Instalment,
  type Invoice,
  type Ledger,
  type Settings,
} from './model';
import { activeArrangement, invoiceStatus, type InvoiceStatus } from './status';
import { assumedReceipt, extendStatutoryTerm } from './calendar';

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
 * Days between sending and assumed receipt of an e-mail (see calendar/receipt.ts; a letter takes
 * two PostNL delivery days). Kept for callers that fix the delay through options.receiptDelayDays.
 */
export const ASSUMED_RECEIPT_DAYS = 1;
/** The consumer's statutory minimum term in the fourteen-day letter. */
export const FOURTEEN_DAY_LETTER_DAYS = 14;

export interface DunningOptions {
  /**
   * Fixes the days from sending to receipt of the consumer's fourteen-day letter, replacing the
   * channel's receipt rule (calendar/assumedReceipt). The Algemene termijnenwet still applies.
   */
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

function receiptDelay(options: DunningOptions): number | undefined {
  requireObject(options, 'options');
  const d = options.receiptDelayDays;
  if (d === undefined) return undefined;
  if (!Number.isInteger(d) || d < 0 || d > 30) {
    throw new DomainError('invalid-input', `expected a receipt delay of 0 to 30 days, got ${String(d)}`, {
      path: 'options.receiptDelayDays',
      value: d,
    });
  }
  return d;
}

/**
 * The last day of the new term a step gives when sent on `sentOn`. For a consumer's final notice
 * (the fourteen-day letter, art. 6:96 lid 6 BW): the term runs from the day after assumed receipt
 * (calendar/assumedReceipt for the channel; a letter when unknown, the later of the two) for at
 * least 14 days, and a last day on a Saturday, Sunday or public holiday moves to the next working
 * day (Algemene termijnenwet art. 1). Otherwise sentOn + newTermDays: a term the trader chose.
 */
export function newTermUntil(
  step: DunningStep,
  sentOn: IsoDate,
  customer: Customer,
  options: DunningOptions = {},
  channel?: ContactChannel,
): IsoDate {
  assertIsoDate(sentOn, 'sentOn');
  if (isFourteenDayLetter(step, customer)) {
    const delay = receiptDelay(options);
    const receipt =
      delay === undefined ? assumedReceipt(sentOn, channel ?? 'letter') : addDays(sentOn, delay);
    return extendStatutoryTerm(addDays(receipt, Math.max(FOURTEEN_DAY_LETTER_DAYS, step.newTermDays)));
  }
  return addDays(sentOn, step.newTermDays);
}

/** The last day of the term the last message gave: the later of its own and the logged step's. */
function lastTermUntil(last: SentStep, customer: Customer, options: DunningOptions): IsoDate {
  const own = newTermUntil(last.step, last.sentOn, customer, options, last.channel);
  if (!last.logged) return own;
  return maxDate(own, newTermUntil(last.logged.step, last.sentOn, customer, options, last.channel));
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
  /** How it was sent, as logged: the fourteen-day letter's receipt depends on it. */
  channel?: ContactChannel;
  /**
   * The step the log names, when it lies further than one step beyond what the invoice had reached
   * (one message per customer carries the most advanced step's id for every invoice it lists):
   * the entry then counts as the invoice's own next step, and its term as the later of both.
   */
  logged?: { step: DunningStep; position: number };
}

/**
 * The ladder steps sent for an invoice up to today, oldest first, and log entries naming no known
 * step. An entry advances the invoice by at most one step: a message that listed this invoice among
 * others at a later stage was, for this invoice, its own next step (never skip ahead).
 */
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
  const logged: { position: number; sentOn: IsoDate; channel: ContactChannel }[] = [];
  const unknown: ContactEntry[] = [];
  for (const c of index.contactsByInvoice.get(invoice.number) ?? []) {
    if (!c.ladderStep || c.date > today) continue;
    const position = positions.get(c.ladderStep);
    if (position === undefined || !ladder[position]) unknown.push(c);
    else logged.push({ position, sentOn: c.date, channel: c.channel });
  }
  logged.sort((a, b) => (a.sentOn < b.sentOn ? -1 : a.sentOn > b.sentOn ? 1 : a.position - b.position));
  const sent: SentStep[] = [];
  let reached = -1;
  for (const entry of logged) {
    const position = Math.min(entry.position, reached + 1);
    const step = ladder[position]!;
    const s: SentStep = { step, position, sentOn: entry.sentOn, channel: entry.channel };
    if (position !== entry.position) s.logged = { step: ladder[entry.position]!, position: entry.position };
    sent.push(s);
    reached = Math.max(reached, position);
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
    ? addDays(lastTermUntil(last, customer, options), next.afterDays)
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
    invoiceDueDate: legalDue,
    step: next,
    position,
    dueOn,
    newTermUntil: newTermUntil(next, today, customer, options),
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

/** An overdue invoice a message lists although no step is due for it today (its term still runs). */
export interface OverdueListing {
  invoiceNumber: string;
  invoiceDueDate: IsoDate;
  open: Cents;
  overdueDays: number;
  /** The furthest step it has had, and when; undefined when it had none yet. */
  lastSent?: SentStep;
}

/** An invoice the plan could not judge; its customer's message waits, every other one goes on. */
export interface PlanFailure {
  customerNumber: string;
  invoiceNumber: string;
  error: DomainError;
}

export interface DunningGroup {
  customerNumber: string;
  customer: Customer;
  /** The most advanced step due today among the invoices: it sets the tone and the legal content. */
  step: DunningStep;
  /** The invoices due for a step today, each with its own step, by due date. */
  invoices: DunningAction[];
  /** Total open of `invoices`. */
  open: Cents;
  /** The latest new term among the invoices' steps: the one date the message gives. */
  newTermUntil: IsoDate;
  /** Other overdue invoices of this customer, not paused, whose own term still runs: listed, not stepped. */
  alsoOverdue: OverdueListing[];
  /** Invoices of this customer the plan could not judge (shown on this customer only). */
  failures: PlanFailure[];
}

/** Orders 'K2' before 'K10'. */
const byNumber = new Intl.Collator('nl', { numeric: true });

function isLedger(source: Ledger | LedgerIndex): source is Ledger {
  return Array.isArray((source as Ledger).invoices);
}

const byDue = <T extends { invoiceDueDate: IsoDate; invoiceNumber: string }>(a: T, b: T) =>
  a.invoiceDueDate < b.invoiceDueDate
    ? -1
    : a.invoiceDueDate > b.invoiceDueDate
      ? 1
      : byNumber.compare(a.invoiceNumber, b.invoiceNumber);

export interface DunningPlanReport {
  groups: DunningGroup[];
  /** Every invoice the plan could not judge, including those of customers with nothing due. */
  failures: PlanFailure[];
}

/**
 * Everything due today, one message per customer: it carries every invoice due for a step today
 * (each at its own step; the ladder's rules hold per invoice) and lists the customer's other overdue
 * invoices whose term still runs. The most advanced step sets the message's kind. One invoice that
 * cannot be judged (a DomainError) is reported in `failures` and costs only that invoice.
 */
export function dunningPlanReport(
  source: Ledger | LedgerIndex,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningPlanReport {
  requireObject(source, 'source');
  assertIsoDate(today, 'today');
  const ladder = ladderOf(settings); // an invalid ladder fails every invoice alike: throw
  const index = isLedger(source) ? indexLedger(source) : source;
  requireLedgerIndex(index, 'source');
  const perCustomer = new Map<
    string,
    { due: DunningAction[]; waiting: OverdueListing[]; failures: PlanFailure[] }
  >();
  const failures: PlanFailure[] = [];
  const entry = (customerNumber: string) => {
    let e = perCustomer.get(customerNumber);
    if (!e) perCustomer.set(customerNumber, (e = { due: [], waiting: [], failures: [] }));
    return e;
  };
  let i = 0;
  for (const invoice of index.invoicesByNumber.values()) {
    const at = i;
    i += 1;
    const customer = index.customersByNumber.get(invoice.customerNumber);
    try {
      if (!customer) {
        throw new DomainError(
          'unknown-customer',
          `invoice ${invoice.number} names unknown customer ${invoice.customerNumber}`,
          { path: `invoices[${at}].customerNumber`, value: invoice.customerNumber },
        );
      }
      const state = dunningState(invoice, index, customer, settings, today, options);
      if (state.kind === 'due') entry(customer.number).due.push(state.action);
      else if (state.kind === 'waiting' && state.status.term.legalDueDate < today && state.status.open > 0) {
        const last = lastReached(dunningHistory(invoice, index, ladder, today).sent);
        const listing: OverdueListing = {
          invoiceNumber: invoice.number,
          invoiceDueDate: state.status.term.legalDueDate,
          open: state.status.open,
          overdueDays: daysBetween(state.status.term.legalDueDate, today),
        };
        if (last) listing.lastSent = last;
        entry(customer.number).waiting.push(listing);
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const failure = { customerNumber: invoice.customerNumber, invoiceNumber: invoice.number, error };
      failures.push(failure);
      entry(invoice.customerNumber).failures.push(failure);
    }
  }
  const groups: DunningGroup[] = [];
  for (const [customerNumber, e] of perCustomer) {
    const customer = index.customersByNumber.get(customerNumber);
    const lead = e.due.reduce<DunningAction | undefined>(
      (best, a) => (!best || a.position > best.position ? a : best),
      undefined,
    );
    if (!customer || !lead) continue;
    e.due.sort(byDue);
    e.waiting.sort(byDue);
    groups.push({
      customerNumber,
      customer,
      step: lead.step,
      invoices: e.due,
      open: e.due.reduce((sum, a) => sum + a.open, 0),
      newTermUntil: e.due.reduce((d, a) => maxDate(d, a.newTermUntil), lead.newTermUntil),
      alsoOverdue: e.waiting,
      failures: e.failures,
    });
  }
  groups.sort((a, b) => byNumber.compare(a.customerNumber, b.customerNumber));
  return { groups, failures };
}

/**
 * Everything due today, one group per customer (see dunningPlanReport). An invoice the plan cannot
 * judge is left out here and named in its customer's group `failures` when that customer has a
 * message today; dunningPlanReport lists them all.
 */
export function dunningPlan(
  source: Ledger | LedgerIndex,
  settings: Settings,
  today: IsoDate,
  options: DunningOptions = {},
): DunningGroup[] {
  return dunningPlanReport(source, settings, today, options).groups;
}
