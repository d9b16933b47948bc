/**
 * Allocation of payments (art. 6:44 lid 1 BW): a payment goes first to the costs, then to the
 * interest that has fallen due, and only then to the principal. Everything is in whole cents, so
 * the parts always add up to the payment exactly.
 */
import { DomainError, requireArray, requireObject } from '../errors';
import { assertIsoDate, type IsoDate } from '../dates';
import { addCents, cents, isCents, minCents, negateCents, subtractCents, type Cents } from '../money';
import type { InterestRate } from '../model';
import {
  accrueThrough,
  changePrincipal,
  earnedInterest,
  owedInterest,
  payInterest,
  startAccrual,
  type InterestPeriod,
} from './interest';
import type { InterestKind } from './interestRates';

export interface Owed {
  costs: Cents;
  interest: Cents;
  principal: Cents;
}

export interface Allocation {
  toCosts: Cents;
  toInterest: Cents;
  toPrincipal: Cents;
  /** What is still owed after this payment. */
  remaining: Owed;
  /** The part of the payment that exceeded everything owed. */
  overpaid: Cents;
}

function assertNonNegative(value: unknown, path: string): asserts value is Cents {
  if (!isCents(value) || value < 0) {
    throw new DomainError(
      'invalid-amount',
      `expected a whole, non-negative number of cents, got ${String(value)}`,
      { path, value },
    );
  }
}

/** Splits one payment over costs, interest and principal, in that order. */
export function allocatePayment(payment: Cents, owed: Owed): Allocation {
  requireObject(owed, 'owed');
  assertNonNegative(payment, 'payment');
  assertNonNegative(owed.costs, 'owed.costs');
  assertNonNegative(owed.interest, 'owed.interest');
  assertNonNegative(owed.principal, 'owed.principal');
  let left = payment;
  const toCosts = minCents(left, owed.costs);
  left = subtractCents(left, toCosts);
  const toInterest = minCents(left, owed.interest);
  left = subtractCents(left, toInterest);
  const toPrincipal = minCents(left, owed.principal);
  left = subtractCents(left, toPrincipal);
  return {
    toCosts,
    toInterest,
    toPrincipal,
    remaining: {
      costs: subtractCents(owed.costs, toCosts),
      interest: subtractCents(owed.interest, toInterest),
      principal: subtractCents(owed.principal, toPrincipal),
    },
    overpaid: left,
  };
}

export interface ClaimPayment {
  date: IsoDate;
  amount: Cents;
}

export interface ClaimInput {
  principal: Cents;
  /** Collection costs owed from the start (0 when none are charged). */
  costs: Cents;
  /** First day interest runs (the day after the due date). */
  interestFrom: IsoDate;
  /** Last day counted (inclusive). */
  until: IsoDate;
  kind: InterestKind;
  rates: readonly InterestRate[];
  /** Skip interest altogether (settings.chargeInterest off): payments then go to costs, then principal. */
  noInterest?: boolean;
}

export interface AllocationStep extends Allocation {
  date: IsoDate;
  payment: Cents;
  /** What was owed on the payment's day, just before it. */
  owedBefore: Owed;
}

export interface ClaimStatement {
  steps: AllocationStep[];
  /** Owed at the end of `until`. */
  owed: Owed;
  /** Interest earned over the whole span, paid or not. */
  interestEarned: Cents;
  interestPeriods: InterestPeriod[];
  overpaid: Cents;
}

/**
 * Runs a claim through a series of payments in date order (equal dates keep their input order).
 * Interest accrues through each payment's day before it is allocated; what the payment puts on
 * the principal reduces the interest base from the next day on. Payments after `until` are ignored;
 * payments before interest starts are allocated without interest.
 */
export function allocatePayments(claim: ClaimInput, payments: readonly ClaimPayment[]): ClaimStatement {
  requireObject(claim, 'claim');
  requireArray(payments, 'payments');
  assertNonNegative(claim.principal, 'principal');
  assertNonNegative(claim.costs, 'costs');
  assertIsoDate(claim.interestFrom, 'interestFrom');
  assertIsoDate(claim.until, 'until');
  const ordered = payments
    .map((p, i) => {
      requireObject(p, `payments[${i}]`);
      assertIsoDate(p.date, `payments[${i}].date`);
      assertNonNegative(p.amount, `payments[${i}].amount`);
      return { ...p, i };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));

  let state = startAccrual(
    claim.principal,
    claim.interestFrom,
    claim.kind,
    claim.noInterest ? [] : claim.rates,
  );
  let costs = claim.costs;
  let overpaid = cents(0);
  const steps: AllocationStep[] = [];
  const accrue = (through: IsoDate) => {
    if (!claim.noInterest) state = accrueThrough(state, through);
  };

  for (const p of ordered) {
    if (p.date > claim.until) break;
    accrue(p.date);
    const owedBefore: Owed = { costs, interest: owedInterest(state), principal: state.principal };
    const a = allocatePayment(p.amount, owedBefore);
    costs = a.remaining.costs;
    state = changePrincipal(payInterest(state, a.toInterest), negateCents(a.toPrincipal));
    overpaid = addCents(overpaid, a.overpaid);
    steps.push({ ...a, date: p.date, payment: p.amount, owedBefore });
  }
  accrue(claim.until);

  return {
    steps,
    owed: { costs, interest: owedInterest(state), principal: state.principal },
    interestEarned: earnedInterest(state),
    interestPeriods: [...state.periods],
    overpaid,
  };
}
