/**
 * The ladder's steps: the default ladder, checking a custom one, and the new term a step gives.
 */
import { addDays, assertIsoDate, maxDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import type { ContactChannel, Customer, DunningStep, Settings } from '../model';
import { assumedReceipt, extendStatutoryTerm } from '../calendar';
import { belgianWaitingTerm } from '../legal/be/consumer';
import { parseStep } from './parseStep';

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
  /**
   * Whose law sets the terms: the plan fills it from settings.country. 'BE': a consumer's reminder
   * gives at least the Boek XIX waiting term, and no step is a Dutch fourteen-day letter.
   */
  country?: Settings['country'];
  /**
   * The ladder this customer is on (their segment's, segments/ladderFor); absent: dunningState
   * picks it from the settings' segments, the main ladder when none applies.
   */
  ladder?: readonly DunningStep[];
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
    // dunningStepSchema's rules without zod (parseStep), which keeps zod off the first view.
    const parsed = parseStep(raw);
    if (!parsed.ok) {
      const sub = parsed.path.length > 0 ? `.${parsed.path.join('.')}` : '';
      throw new DomainError('invalid-input', parsed.message, { path: `${path}[${i}]${sub}`, value: raw });
    }
    const step = parsed.step;
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

/**
 * Checks a ladder against its own rules (validateLadder) and the law's order: a consumer gets the
 * fourteen-day letter (a 'final' step) before collection costs can be charged (art. 6:96 lid 6
 * BW), so a collection step needs a final step before it. The one check for the main ladder and a
 * segment's; only a ladder no consumer can reach (a segment whose rule holds business customers
 * alone) passes `consumers: false`. Throws DomainError with the step's path.
 */
export function checkLadder(
  ladder: readonly unknown[],
  path = 'settings.ladder',
  consumers = true,
): DunningStep[] {
  const steps = validateLadder(ladder, path);
  if (!consumers) return steps;
  const final = steps.findIndex((s) => s.kind === 'final');
  const collection = steps.findIndex((s) => s.kind === 'collection');
  if (collection >= 0 && (final < 0 || final > collection)) {
    throw new DomainError(
      'invalid-input',
      `step ${(steps[collection] as DunningStep).id} (collection) needs the consumer's fourteen-day letter (a final step) before it`,
      { path: `${path}[${collection}].kind`, value: 'collection' },
    );
  }
  return steps;
}

/** The ladder in force: settings.ladder when present and non-empty (checked), else the default. */
export function ladderOf(settings: Settings): readonly DunningStep[] {
  requireObject(settings, 'settings');
  const custom = settings.ladder;
  if (!custom || custom.length === 0) return DEFAULT_LADDER;
  // Validated once per ladder array: the plan asks for it per invoice.
  let steps = validated.get(custom);
  if (!steps) {
    steps = checkLadder(custom);
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
 * Belgium (options.country 'BE'): a consumer's friendly reminder gives at least the waiting term of
 * Boek XIX (belgianWaitingTerm: paper from the third working day, e-mail from the next day).
 */
export function newTermUntil(
  step: DunningStep,
  sentOn: IsoDate,
  customer: Customer,
  options: DunningOptions = {},
  channel?: ContactChannel,
): IsoDate {
  assertIsoDate(sentOn, 'sentOn');
  requireObject(options, 'options');
  if (options.country === 'BE') {
    requireObject(step, 'step');
    requireObject(customer, 'customer');
    const own = addDays(sentOn, step.newTermDays);
    // Boek XIX WER: the free first reminder opens the consumer's waiting term (legal/be/consumer).
    if (customer.kind === 'consumer' && step.kind === 'friendly')
      return maxDate(own, belgianWaitingTerm(sentOn, channel ?? 'letter').lastDay);
    return own;
  }
  if (isFourteenDayLetter(step, customer)) {
    const delay = receiptDelay(options);
    const receipt =
      delay === undefined ? assumedReceipt(sentOn, channel ?? 'letter') : addDays(sentOn, delay);
    return extendStatutoryTerm(addDays(receipt, Math.max(FOURTEEN_DAY_LETTER_DAYS, step.newTermDays)));
  }
  return addDays(sentOn, step.newTermDays);
}
