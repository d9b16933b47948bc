/**
 * Dutch statutory interest (art. 6:119 / 6:119a BW), computed exactly.
 *
 * - Each day carries the rate in force on that day; a period is split at every rate change.
 * - Compounding (art. 6:119 lid 2): at the end of each year counted from the first interest day,
 *   that year's interest is added to the sum on which interest runs. Anniversaries are taken from
 *   the start date (a start on 29 February has its anniversary on 28 February in common years).
 * - Day count: actual days / 365, also in leap years, so a compounding year holding 29 February
 *   earns 366/365 of the yearly rate. The statute only says "per jaar". Issue 12 asks for the
 *   method the official calculators use; none was found in what could be read (docs/legal.md §2
 *   lists where we looked), so the worked examples' /365 stays until an official text says
 *   otherwise. The divisor lives in DEN below and nowhere else.
 * - Rounding: interest is kept exact (BigInt, in 1/DEN cent) and rounded half away from zero only
 *   when a compounding year ends, at the end of the computation, and when a payment must be
 *   allocated (the rounded amount is what can be paid). Per-period amounts are shares of the
 *   rounded year total that add up to it exactly.
 * - All bounds are inclusive days: `from` is the first day interest runs (the day after the due
 *   date), `until` the last day counted. A payment dated d still carries interest for day d.
 */
import { DomainError, requireArray, requireObject, requireOneOf } from '../errors';
import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../dates';
import { addCents, cents, isCents, minCents, subtractCents, type Cents } from '../money';
import type { InterestRate } from '../model';
import { roundDiv, roundParts } from './exact';
import { rateOn, type InterestKind } from './interestRates';

/** Rates are held in units of 1/10,000 percent; interest numerators over DEN are exact cents. */
const RATE_SCALE = 10_000;
const DEN = BigInt(100 * RATE_SCALE * 365);

export interface InterestPeriod {
  from: IsoDate;
  until: IsoDate;
  days: number;
  /** Yearly percentage applied. */
  rate: number;
  /** The sum interest ran on (principal plus capitalised interest), in cents. */
  base: Cents;
  /** This period's share of its compounding year's rounded interest. */
  interest: Cents;
}

export interface InterestResult {
  total: Cents;
  periods: InterestPeriod[];
  /**
   * Set when part of the span lies beyond the rate table's last half-year (the last row's start plus
   * six months): those days used the last known rate, which a newer rate may replace.
   */
  unknownRateFrom?: IsoDate;
}

export interface StatutoryInterestInput {
  principal: Cents;
  from: IsoDate;
  until: IsoDate;
  kind: InterestKind;
  rates: readonly InterestRate[];
}

/** A change of the principal on a day: positive adds (a new claim), negative reduces (a payment on principal). */
export interface PrincipalEvent {
  date: IsoDate;
  amount: Cents;
}

export interface ScheduleInput {
  /** Principal on the first day. */
  principal: Cents;
  from: IsoDate;
  until: IsoDate;
  kind: InterestKind;
  rates: readonly InterestRate[];
  /** Changes booked on day d alter the base from day d + 1 on (day d still carries interest). */
  events: readonly PrincipalEvent[];
}

/** An Accrual made by startAccrual; anything else would fail in BigInt arithmetic with a TypeError. */
function requireAccrual(state: unknown): asserts state is Accrual {
  requireObject(state, 'state');
  const s = state as Partial<Accrual>;
  if (typeof s.accrued !== 'bigint' || typeof s.yearEarned !== 'bigint' || typeof s.day !== 'string') {
    throw new DomainError('invalid-input', 'expected an interest state made by startAccrual', {
      path: 'state',
    });
  }
}

function assertAmount(value: unknown, path: string): asserts value is Cents {
  if (!isCents(value)) {
    throw new DomainError('invalid-amount', `expected a whole number of cents, got ${String(value)}`, {
      path,
      value,
    });
  }
}

function rateUnits(rate: InterestRate, path: string): bigint {
  const scaled = rate.percent * RATE_SCALE;
  const units = Math.round(scaled);
  if (!Number.isFinite(scaled) || Math.abs(scaled - units) > 1e-6 || units < 0) {
    throw new DomainError(
      'invalid-input',
      `interest rate must be a percentage with at most 4 decimals, got ${rate.percent}`,
      {
        path,
        value: rate.percent,
      },
    );
  }
  return BigInt(units);
}

/** Sorted, single-kind copy of `rates`; DomainError when a row of another kind slipped in. */
export function prepareRates(kind: InterestKind, rates: readonly InterestRate[]): InterestRate[] {
  requireOneOf(kind, ['commercial', 'consumer'], 'kind');
  requireArray(rates, 'rates');
  rates.forEach((r, i) => {
    requireObject(r, `rates[${i}]`);
    if (r.kind !== kind) {
      throw new DomainError('invalid-input', `expected ${kind} rates, got a ${r.kind} rate`, {
        path: `rates[${i}].kind`,
        value: r.kind,
      });
    }
    assertIsoDate(r.from, `rates[${i}].from`);
    rateUnits(r, `rates[${i}].percent`);
  });
  return [...rates].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The running state of one claim's interest. Pure data: `accrueThrough` returns a new state.
 * The interest-bearing base is principal + capitalised.
 */
export interface Accrual {
  readonly kind: InterestKind;
  readonly rates: readonly InterestRate[];
  /** First day interest runs; anniversaries count from here. */
  readonly start: IsoDate;
  /** First day not yet accrued. */
  readonly day: IsoDate;
  readonly principal: Cents;
  /** Interest added to the base at past anniversaries and not yet paid. */
  readonly capitalised: Cents;
  /** Exact interest of the running compounding year not yet paid, in 1/DEN cent. */
  readonly accrued: bigint;
  /** Exact interest earned so far in the running year (payments do not reduce it); for period shares. */
  readonly yearEarned: bigint;
  /** Which compounding year is running (0 = the first). */
  readonly year: number;
  readonly periods: readonly InterestPeriod[];
  /** Total interest earned (capitalised at anniversaries, or rounded at the end), in cents. */
  readonly earned: Cents;
}

export function startAccrual(
  principal: Cents,
  start: IsoDate,
  kind: InterestKind,
  rates: readonly InterestRate[],
): Accrual {
  assertAmount(principal, 'principal');
  if (principal < 0) {
    throw new DomainError('invalid-amount', `principal must not be negative, got ${principal}`, {
      path: 'principal',
      value: principal,
    });
  }
  assertIsoDate(start, 'from');
  return {
    kind,
    rates: prepareRates(kind, rates),
    start,
    day: start,
    principal,
    capitalised: cents(0),
    accrued: 0n,
    yearEarned: 0n,
    year: 0,
    periods: [],
    earned: cents(0),
  };
}

/** Interest owed at this moment in cents: capitalised plus the running year's rounded interest. */
export function owedInterest(state: Accrual): Cents {
  requireAccrual(state);
  return addCents(state.capitalised, cents(Number(roundDiv(state.accrued, DEN))));
}

/** Accrues every day from state.day through `until` (inclusive). `until` before state.day is a no-op. */
export function accrueThrough(state: Accrual, until: IsoDate): Accrual {
  requireAccrual(state);
  assertIsoDate(until, 'until');
  let s = state;
  while (s.day <= until) {
    const anniversary = addMonths(s.start, 12 * (s.year + 1));
    const rate = rateOn(s.rates, s.day);
    const nextRate = s.rates.find((r) => r.from > s.day);
    let end = addDays(anniversary, -1);
    if (nextRate && nextRate.from <= end) end = addDays(nextRate.from, -1);
    if (until < end) end = until;
    const days = daysBetween(s.day, end) + 1;
    const base = addCents(s.principal, s.capitalised);
    const exact = BigInt(base) * rateUnits(rate, 'rate') * BigInt(days);
    const yearEarned = s.yearEarned + exact;
    const [share] = roundParts([s.yearEarned, exact], DEN).slice(1);
    const period: InterestPeriod = {
      from: s.day,
      until: end,
      days,
      rate: rate.percent,
      base,
      interest: cents(Number(share ?? 0n)),
    };
    const next = addDays(end, 1);
    const accrued = s.accrued + exact;
    if (next === anniversary) {
      // Year complete: its interest joins the base (art. 6:119 lid 2).
      const add = cents(Number(roundDiv(accrued, DEN)));
      s = {
        ...s,
        day: next,
        capitalised: addCents(s.capitalised, add),
        accrued: 0n,
        yearEarned: 0n,
        year: s.year + 1,
        periods: [...s.periods, period],
        earned: addCents(s.earned, cents(Number(roundDiv(yearEarned, DEN)))),
      };
    } else {
      s = { ...s, day: next, accrued, yearEarned, periods: [...s.periods, period] };
    }
  }
  return s;
}

/** Total earned including the running year's rounded interest. */
export function earnedInterest(state: Accrual): Cents {
  requireAccrual(state);
  return addCents(state.earned, cents(Number(roundDiv(state.yearEarned, DEN))));
}

/** Pays `amount` cents of interest: capitalised (older) interest first, then the running year's. */
export function payInterest(state: Accrual, amount: Cents): Accrual {
  requireAccrual(state);
  assertAmount(amount, 'amount');
  const owed = owedInterest(state);
  if (amount < 0 || amount > owed) {
    throw new DomainError('invalid-amount', `cannot pay ${amount} cents of interest when ${owed} is owed`, {
      path: 'amount',
      value: amount,
    });
  }
  const fromCapitalised = minCents(amount, state.capitalised);
  const rest = subtractCents(amount, fromCapitalised);
  const runningRounded = subtractCents(owed, state.capitalised);
  // Paying the whole rounded running interest settles it, sub-cent remainder included.
  const accrued = rest === runningRounded ? 0n : state.accrued - BigInt(rest) * DEN;
  return { ...state, capitalised: subtractCents(state.capitalised, fromCapitalised), accrued };
}

/** Changes the principal (a payment on principal is negative). Takes effect on the state's next day. */
export function changePrincipal(state: Accrual, amount: Cents): Accrual {
  requireAccrual(state);
  assertAmount(amount, 'amount');
  return { ...state, principal: addCents(state.principal, amount) };
}

function unknownRateFrom(rates: readonly InterestRate[], until: IsoDate): IsoDate | undefined {
  const last = rates[rates.length - 1];
  if (!last) return undefined;
  const halfYearAfter = addMonths(last.from, 6);
  return until >= halfYearAfter ? halfYearAfter : undefined;
}

function checkSpan(from: IsoDate, until: IsoDate): void {
  assertIsoDate(from, 'from');
  assertIsoDate(until, 'until');
  if (until < addDays(from, -1)) {
    throw new DomainError('invalid-input', `until (${until}) lies before from (${from})`, {
      path: 'until',
      value: until,
    });
  }
}

function result(state: Accrual, until: IsoDate): InterestResult {
  const out: InterestResult = { total: earnedInterest(state), periods: [...state.periods] };
  const unknown = state.periods.length > 0 ? unknownRateFrom(state.rates, until) : undefined;
  if (unknown) out.unknownRateFrom = unknown;
  return out;
}

/** Statutory interest on a fixed principal from `from` through `until`, both inclusive. */
export function statutoryInterest(input: StatutoryInterestInput): InterestResult {
  requireObject(input, 'input');
  checkSpan(input.from, input.until);
  const state = accrueThrough(
    startAccrual(input.principal, input.from, input.kind, input.rates),
    input.until,
  );
  return result(state, input.until);
}

/**
 * Interest on a principal that changes over time: `principal` on `from`, then each event booked on
 * day d changes the base from day d + 1 (day d itself still carries interest, as for a payment
 * received that day). Events before `from` count as changes on the start. For payments that must
 * pay costs and interest before principal (art. 6:44 BW), use allocation.allocatePayments.
 */
export function interestOnSchedule(input: ScheduleInput): InterestResult {
  requireObject(input, 'input');
  checkSpan(input.from, input.until);
  requireArray(input.events, 'events');
  const events = input.events
    .map((e, i) => {
      requireObject(e, `events[${i}]`);
      assertIsoDate(e.date, `events[${i}].date`);
      assertAmount(e.amount, `events[${i}].amount`);
      return { ...e, i };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  let state = startAccrual(input.principal, input.from, input.kind, input.rates);
  for (const e of events) {
    if (e.date >= input.until) break;
    state = changePrincipal(accrueThrough(state, e.date), e.amount);
    if (state.principal < 0) {
      throw new DomainError('invalid-amount', `principal would become negative on ${e.date}`, {
        path: `events[${e.i}].amount`,
        value: e.amount,
      });
    }
  }
  return result(accrueThrough(state, input.until), input.until);
}
