/**
 * What one overdue invoice amounts to on a given day: open principal, statutory interest and
 * collection costs, as the settings allow. Pure: "today" is a parameter, the dunning module decides
 * whether the consumer's fourteen-day letter (art. 6:96 lid 6 BW) has run out.
 */
import { DomainError, requireObject, requireOneOf } from '../errors';
import { addDays, assertIsoDate, type IsoDate } from '../dates';
import { addCents, cents, isCents, type Cents } from '../money';
import type { CustomerKind, Settings } from '../model';
import { collectionCosts, type CollectionCostsBreakdown } from './collectionCosts';
import { statutoryInterest, type InterestResult } from './interest';
import { ratesFor, type InterestKind } from './interestRates';

export interface ClaimOptions {
  /** Consumers owe collection costs only after the fourteen-day letter's term has passed. */
  fourteenDayLetterExpired?: boolean;
}

/** Why a component is zero although it might be expected, for the UI to explain. */
export type ClaimNote =
  | 'not-overdue'
  | 'interest-off'
  | 'costs-off'
  | 'costs-await-fourteen-day-letter'
  | 'be-interest-not-supported'
  | 'be-consumer-costs-not-supported'
  | 'rates-may-be-outdated';

export interface Claim {
  principal: Cents;
  interest: Cents;
  /** Collection costs including VAT where charged. */
  costs: Cents;
  total: Cents;
  interestDetail?: InterestResult;
  costsDetail?: CollectionCostsBreakdown;
  notes: ClaimNote[];
}

export function interestKindFor(customerKind: CustomerKind): InterestKind {
  requireOneOf(customerKind, ['business', 'consumer'], 'customerKind');
  return customerKind === 'consumer' ? 'consumer' : 'commercial';
}

/**
 * The claim on `today` for an invoice with `invoiceOpenCents` open, due on `dueDate`. Interest runs
 * from the day after the due date through today (inclusive), at the consumer rate for consumers
 * and the commercial rate for businesses, when settings.chargeInterest is on. Collection costs
 * (settings.chargeCollectionCosts) by the statutory scale over the open amount, with VAT when
 * settings.collectionCostsVat; for consumers only once `fourteenDayLetterExpired`.
 * Belgium (settings.country 'BE'): EUR 40 flat for business customers; Belgian interest rates and
 * consumer costs are not modelled, so those stay 0 with a note.
 */
export function claimOn(
  invoiceOpenCents: Cents,
  dueDate: IsoDate,
  today: IsoDate,
  customerKind: CustomerKind,
  settings: Settings,
  options: ClaimOptions = {},
): Claim {
  if (!isCents(invoiceOpenCents)) {
    throw new DomainError(
      'invalid-amount',
      `open amount must be a whole number of cents, got ${String(invoiceOpenCents)}`,
      {
        path: 'invoiceOpenCents',
        value: invoiceOpenCents,
      },
    );
  }
  assertIsoDate(dueDate, 'dueDate');
  assertIsoDate(today, 'today');
  requireOneOf(customerKind, ['business', 'consumer'], 'customerKind');
  requireObject(settings, 'settings');
  requireObject(options, 'options');
  const principal = invoiceOpenCents;
  const notes: ClaimNote[] = [];
  if (principal <= 0 || today <= dueDate) {
    if (principal > 0) notes.push('not-overdue');
    return { principal, interest: cents(0), costs: cents(0), total: principal, notes };
  }

  let interest = cents(0);
  let interestDetail: InterestResult | undefined;
  if (!settings.chargeInterest) notes.push('interest-off');
  else if (settings.country === 'BE') notes.push('be-interest-not-supported');
  else {
    const kind = interestKindFor(customerKind);
    interestDetail = statutoryInterest({
      principal,
      from: addDays(dueDate, 1),
      until: today,
      kind,
      rates: ratesFor(kind, settings.extraInterestRates),
    });
    interest = interestDetail.total;
    if (interestDetail.unknownRateFrom) notes.push('rates-may-be-outdated');
  }

  let costs = cents(0);
  let costsDetail: CollectionCostsBreakdown | undefined;
  if (!settings.chargeCollectionCosts) notes.push('costs-off');
  else if (customerKind === 'consumer' && settings.country === 'BE')
    notes.push('be-consumer-costs-not-supported');
  else if (customerKind === 'consumer' && !options.fourteenDayLetterExpired)
    notes.push('costs-await-fourteen-day-letter');
  else {
    costsDetail = collectionCosts(principal, { vat: settings.collectionCostsVat, country: settings.country });
    costs = costsDetail.total;
  }

  const claim: Claim = {
    principal,
    interest,
    costs,
    total: addCents(addCents(principal, interest), costs),
    notes,
  };
  if (interestDetail) claim.interestDetail = interestDetail;
  if (costsDetail) claim.costsDetail = costsDetail;
  return claim;
}
