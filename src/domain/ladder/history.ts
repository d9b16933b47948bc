/** The ladder's memory: the steps the contact log says were sent for an invoice. */
import { assertIsoDate, maxDate, type IsoDate } from '../dates';
import { requireArray, requireObject } from '../errors';
import { type LedgerIndex, requireLedgerIndex } from '../ledger';
import type { ContactChannel, ContactEntry, Customer, DunningStep, Invoice } from '../model';
import { newTermUntil, type DunningOptions } from './steps';

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
export function lastReached(sent: readonly SentStep[]): SentStep | undefined {
  let last: SentStep | undefined;
  for (const s of sent) {
    if (!last || s.position > last.position || (s.position === last.position && s.sentOn >= last.sentOn))
      last = s;
  }
  return last;
}

/** The last day of the term the last message gave: the later of its own and the logged step's. */
export function lastTermUntil(last: SentStep, customer: Customer, options: DunningOptions): IsoDate {
  const own = newTermUntil(last.step, last.sentOn, customer, options, last.channel);
  if (!last.logged) return own;
  return maxDate(own, newTermUntil(last.logged.step, last.sentOn, customer, options, last.channel));
}
