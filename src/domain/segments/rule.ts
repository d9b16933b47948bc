/**
 * A segment's rule: conditions a trader reads aloud, joined with "en" / "and", e.g.
 * "meer dan 2 keer te laat betaald in 12 maanden en zakelijk". The phrases are data (PHRASES): the
 * parser matches them and the printer writes them, so a printed rule always reads back the same.
 */
import { roundCents, type Cents } from '../money';
import type { CustomerKind, Language } from '../model';

/** Strictly more than / strictly less than the threshold. */
export type Comparison = 'more' | 'less';

export type Condition =
  /** Invoices settled in the last `months` months, each on a day after its due date. */
  | { kind: 'latePayments'; op: Comparison; count: number; months: number }
  /** Revenue excl. VAT invoiced in the last `months` months (credit notes subtract). */
  | { kind: 'revenue'; op: Comparison; amount: Cents; months: number }
  /** What the customer owes today. */
  | { kind: 'open'; op: Comparison; amount: Cents }
  /** Amount-weighted average days between due date and settlement, over the last `months` months. */
  | { kind: 'averageDaysLate'; op: Comparison; days: number; months: number }
  | { kind: 'customerKind'; value: CustomerKind }
  /** The customer's own Segment column says this (case and spacing aside). */
  | { kind: 'segmentColumn'; value: string };

/** Every condition must hold. */
export interface Rule {
  all: Condition[];
}

export type Slot = 'count' | 'months' | 'days' | 'amount' | 'text';

/** What a phrase fixes of its condition; the slots fill in the rest. */
export type Head =
  | { kind: 'latePayments' | 'revenue' | 'open' | 'averageDaysLate'; op: Comparison }
  | { kind: 'customerKind'; value: CustomerKind }
  | { kind: 'segmentColumn' };

export interface Phrase {
  language: Language;
  head: Head;
  /**
   * Words and `{slot}`s separated by spaces; "maand/maanden" is a word with its singular and plural
   * (both are read; the printer agrees it with the number before it).
   */
  words: string;
  /** Values for slots the phrase leaves out ("gemiddeld ... te laat" means over 12 months). */
  defaults?: { months: number };
  /** A synonym: read, never printed. */
  synonym?: true;
}

/** The window a rule means when it names none: the 12 months the Overzicht's figures use. */
export const DEFAULT_MONTHS = 12;

/** Whole numbers each slot accepts, inclusive. An amount is in cents. */
export const SLOT_RANGES: Record<Exclude<Slot, 'text'>, [number, number]> = {
  count: [0, 999],
  months: [1, 120],
  days: [0, 365],
  amount: [0, 100_000_000_00],
};

/** The words that join two conditions. */
export const JOINERS: Record<Language, string> = { nl: 'en', en: 'and' };

const more = (kind: 'latePayments' | 'revenue' | 'open' | 'averageDaysLate'): Head => ({ kind, op: 'more' });
const less = (kind: 'latePayments' | 'revenue' | 'open' | 'averageDaysLate'): Head => ({ kind, op: 'less' });
const withMonths = { months: DEFAULT_MONTHS };

export const PHRASES: readonly Phrase[] = [
  // Dutch
  {
    language: 'nl',
    head: more('latePayments'),
    words: 'meer dan {count} keer te laat betaald in {months} maand/maanden',
  },
  {
    language: 'nl',
    head: less('latePayments'),
    words: 'minder dan {count} keer te laat betaald in {months} maand/maanden',
  },
  { language: 'nl', head: more('revenue'), words: 'omzet in {months} maand/maanden boven {amount}' },
  { language: 'nl', head: less('revenue'), words: 'omzet in {months} maand/maanden onder {amount}' },
  { language: 'nl', head: more('open'), words: 'openstaand boven {amount}' },
  { language: 'nl', head: less('open'), words: 'openstaand onder {amount}' },
  {
    language: 'nl',
    head: more('averageDaysLate'),
    words: 'gemiddeld meer dan {days} dag/dagen te laat',
    defaults: withMonths,
  },
  {
    language: 'nl',
    head: more('averageDaysLate'),
    words: 'gemiddeld meer dan {days} dag/dagen te laat in {months} maand/maanden',
  },
  {
    language: 'nl',
    head: less('averageDaysLate'),
    words: 'gemiddeld minder dan {days} dag/dagen te laat',
    defaults: withMonths,
  },
  {
    language: 'nl',
    head: less('averageDaysLate'),
    words: 'gemiddeld minder dan {days} dag/dagen te laat in {months} maand/maanden',
  },
  { language: 'nl', head: { kind: 'customerKind', value: 'consumer' }, words: 'consument' },
  { language: 'nl', head: { kind: 'customerKind', value: 'consumer' }, words: 'particulier', synonym: true },
  { language: 'nl', head: { kind: 'customerKind', value: 'business' }, words: 'zakelijk' },
  { language: 'nl', head: { kind: 'segmentColumn' }, words: 'segment is {text}' },
  // English
  {
    language: 'en',
    head: more('latePayments'),
    words: 'paid late more than {count} time/times in {months} month/months',
  },
  {
    language: 'en',
    head: less('latePayments'),
    words: 'paid late fewer than {count} time/times in {months} month/months',
  },
  {
    language: 'en',
    head: less('latePayments'),
    words: 'paid late less than {count} time/times in {months} month/months',
    synonym: true,
  },
  { language: 'en', head: more('revenue'), words: 'revenue in {months} month/months over {amount}' },
  {
    language: 'en',
    head: more('revenue'),
    words: 'revenue in {months} month/months above {amount}',
    synonym: true,
  },
  { language: 'en', head: less('revenue'), words: 'revenue in {months} month/months under {amount}' },
  {
    language: 'en',
    head: less('revenue'),
    words: 'revenue in {months} month/months below {amount}',
    synonym: true,
  },
  { language: 'en', head: more('open'), words: 'open over {amount}' },
  { language: 'en', head: more('open'), words: 'outstanding over {amount}', synonym: true },
  { language: 'en', head: less('open'), words: 'open under {amount}' },
  { language: 'en', head: less('open'), words: 'outstanding under {amount}', synonym: true },
  {
    language: 'en',
    head: more('averageDaysLate'),
    words: 'on average more than {days} day/days late',
    defaults: withMonths,
  },
  {
    language: 'en',
    head: more('averageDaysLate'),
    words: 'on average more than {days} day/days late in {months} month/months',
  },
  {
    language: 'en',
    head: less('averageDaysLate'),
    words: 'on average fewer than {days} day/days late',
    defaults: withMonths,
  },
  {
    language: 'en',
    head: less('averageDaysLate'),
    words: 'on average fewer than {days} day/days late in {months} month/months',
  },
  { language: 'en', head: { kind: 'customerKind', value: 'consumer' }, words: 'consumer' },
  { language: 'en', head: { kind: 'customerKind', value: 'business' }, words: 'business' },
  { language: 'en', head: { kind: 'segmentColumn' }, words: 'segment is {text}' },
];

/** Does this phrase say this condition (leaving its slot values aside)? */
export function saysHead(phrase: Phrase, condition: Condition): boolean {
  const h = phrase.head;
  if (h.kind !== condition.kind) return false;
  if ('op' in h && 'op' in condition) return h.op === condition.op;
  if (h.kind === 'customerKind' && condition.kind === 'customerKind') return h.value === condition.value;
  return h.kind === 'segmentColumn';
}

/** A condition from a phrase's head and the slot values read (or the phrase's defaults). */
export function buildCondition(head: Head, slots: Partial<Record<Slot, number | string>>): Condition {
  const n = (s: Exclude<Slot, 'text'>): number => Number(slots[s]);
  switch (head.kind) {
    case 'latePayments':
      return { kind: head.kind, op: head.op, count: n('count'), months: n('months') };
    case 'revenue':
      return { kind: head.kind, op: head.op, amount: roundCents(n('amount')), months: n('months') };
    case 'open':
      return { kind: head.kind, op: head.op, amount: roundCents(n('amount')) };
    case 'averageDaysLate':
      return { kind: head.kind, op: head.op, days: n('days'), months: n('months') };
    case 'customerKind':
      return { kind: head.kind, value: head.value };
    case 'segmentColumn':
      return { kind: head.kind, value: String(slots.text ?? '') };
  }
}
