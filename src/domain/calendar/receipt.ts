/**
 * When a reminder is taken to have reached the debtor. The consumer's fourteen days (art. 6:96 lid 6
 * BW) run from the day after receipt (HR 25 November 2016, as cited in shared/FACTS.md; the ruling
 * itself was not read here, see docs/legal.md). We never know the real day, so we take the latest day a
 * careful reading allows: a creditor who waits a day loses nothing; one who charges a day early
 * loses the costs.
 *
 * - Letter (and any channel that is not e-mail): PostNL delivers letter post Tuesday to Saturday,
 *   not on Sundays, Mondays or public holidays (ACM on the universal postal service, 2017; PostNL
 *   since 2014), and the delivery norm is moving from the next delivery day to two days (mid-2026)
 *   and three (2027). We take the SECOND delivery day after the day of posting, holidays skipped.
 * - E-mail reaches the debtor when it lands in the mailbox (art. 3:37 lid 3 BW); one sent late in
 *   the day may be read the next morning, so we take the next calendar day.
 */
import { addDays, assertIsoDate, dayOfWeek, type IsoDate } from '../dates';
import { requireOneOf } from '../errors';
import type { ContactChannel } from '../model';
import { holidayOn } from './holidays';

/** Delivery days of PostNL letter post counted after the day of posting. */
export const LETTER_DELIVERY_DAYS = 2;

/** Tuesday to Saturday, not a public holiday. */
export function isPostDeliveryDay(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow >= 2 && dow <= 6 && holidayOn(date) === undefined;
}

/** The day a message sent on `sentOn` by `channel` is taken to have been received. */
export function assumedReceipt(sentOn: IsoDate, channel: ContactChannel = 'letter'): IsoDate {
  assertIsoDate(sentOn, 'sentOn');
  requireOneOf(channel, ['email', 'phone', 'letter', 'meeting', 'other', 'whatsapp', 'sms'], 'channel');
  if (channel === 'email') return addDays(sentOn, 1);
  let d = sentOn;
  let delivered = 0;
  while (delivered < LETTER_DELIVERY_DAYS) {
    d = addDays(d, 1);
    if (isPostDeliveryDay(d)) delivered += 1;
  }
  return d;
}
