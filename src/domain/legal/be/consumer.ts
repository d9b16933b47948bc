/**
 * Belgian consumer debts: Boek XIX "Schulden van de consument" of the Wetboek van economisch recht,
 * inserted by the wet van 4 mei 2023 (BS 23-05-2023, numac 2023042228, read at
 * etaamb.openjustice.be) and in force since 1 September 2023 (Justel's note on art. XIX.1,
 * "Inwerkingtreding: 01-09-2023", read at fiscosearch.be).
 *
 * The figures below are NOT read in the official text of art. XIX.2–XIX.4 (Justel's consolidated
 * text could not be reached here); they are read in several independent secondary sources that
 * quote it (legalnews.be, fairadvocaten.be, bricksadvocaten.be, villajuris.be) and agree. Each is
 * marked so in docs/legal.md, first on the list for a lawyer to check:
 * - the first reminder is free and opens a waiting term of at least 14 calendar days, starting on
 *   the third working day after a paper reminder was sent, or the day after an electronic one;
 * - nothing beyond the balance (no damages, no interest, no costs) before that term has run out;
 * - the damages clause (schadebeding) is capped by bracket of the balance: EUR 20 up to EUR 150;
 *   EUR 30 + 10% of the part between EUR 150.01 and EUR 500; EUR 65 + 5% of the part above EUR 500,
 *   at most EUR 2,000;
 * - late interest at most the rate of art. 5 of the wet van 2 augustus 2002.
 * These caps limit what a trader's own terms may charge; they do not grant a charge the terms lack.
 */
import { addDays, assertIsoDate, dayOfWeek, isoDate, type IsoDate } from '../../dates';
import { DomainError } from '../../errors';
import { cents, isCents, type Cents } from '../../money';
import type { ContactChannel } from '../../model';
import { roundDiv } from '../exact';
import { isBelgianHoliday } from './holidays';

/** The day Boek XIX took effect. */
export const BE_CONSUMER_REGIME_FROM: IsoDate = isoDate('2023-09-01');
/** The waiting term after the free first reminder, in calendar days. */
export const BE_CONSUMER_WAITING_DAYS = 14;

/** Upper bounds (cents) of the brackets of the damages cap and their fixed part and percentage. */
const BRACKETS = [
  { upTo: 15_000, fixed: 2_000, over: 0, percent: 0 },
  { upTo: 50_000, fixed: 3_000, over: 15_000, percent: 10 },
  { upTo: Number.POSITIVE_INFINITY, fixed: 6_500, over: 50_000, percent: 5 },
] as const;
export const BE_CONSUMER_DAMAGES_MAX: Cents = cents(200_000);

/**
 * The highest damages a consumer may owe on `balance` (cents) once the waiting term has run out.
 * The percentage part is computed exactly and rounded once, half away from zero.
 */
export function belgianConsumerDamagesCap(balance: Cents): Cents {
  if (!isCents(balance)) {
    throw new DomainError('invalid-amount', 'the balance must be a whole number of cents', {
      path: 'balance',
      value: balance,
    });
  }
  if (balance <= 0) return cents(0);
  const b = BRACKETS.find((x) => balance <= x.upTo) ?? BRACKETS[2];
  const variable = Number(roundDiv(BigInt(balance - b.over) * BigInt(b.percent), 100n));
  return cents(Math.min(b.fixed + variable, BE_CONSUMER_DAMAGES_MAX));
}

/** A Monday to Friday that is no Belgian public holiday. */
export function isBelgianWorkingDay(date: IsoDate): boolean {
  assertIsoDate(date, 'date');
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !isBelgianHoliday(date);
}

export interface BelgianWaitingTerm {
  /** The first day of the 14 calendar days. */
  startsOn: IsoDate;
  /** The last day of the term: the consumer may still pay without any charge on it. */
  lastDay: IsoDate;
  /** The first day damages and interest may be charged. */
  chargesFrom: IsoDate;
}

/**
 * The waiting term of a first reminder sent on `sentOn`. E-mail counts as electronic; every other
 * channel, and an unknown one, as paper (its term starts later). Where the text leaves doubt the
 * later day is taken: a last day on a Saturday, Sunday or public holiday moves to the next working
 * day, as Belgian procedural terms do (a creditor who waits a day loses nothing).
 */
export function belgianWaitingTerm(sentOn: IsoDate, channel: ContactChannel = 'letter'): BelgianWaitingTerm {
  assertIsoDate(sentOn, 'sentOn');
  let startsOn: IsoDate;
  if (channel === 'email') startsOn = addDays(sentOn, 1);
  else {
    let d = sentOn;
    for (let working = 0; working < 3;) {
      d = addDays(d, 1);
      if (isBelgianWorkingDay(d)) working += 1;
    }
    startsOn = d;
  }
  let lastDay = addDays(startsOn, BE_CONSUMER_WAITING_DAYS - 1);
  while (!isBelgianWorkingDay(lastDay)) lastDay = addDays(lastDay, 1);
  return { startsOn, lastDay, chargesFrom: addDays(lastDay, 1) };
}
