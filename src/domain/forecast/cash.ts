/**
 * The cash of the next weeks, from the predicted pay dates: week 1 is today and the six days after
 * it, and so on. Every open cent lands in exactly one place: the week of its expected day, "later"
 * (a day after the last week), or "no day" (disputed, a missed instalment, no usable history). So
 * weeks + later + no day = the open amount not yet overdue + the open amount overdue, per customer
 * and in total; `fromOverdue` says how much of each is already overdue, which is the uncertain part.
 *
 * A week's range: `low` counts the parts whose whole 25–75% range falls inside the week, `high`
 * those whose range touches it; the expected amount lies between the two.
 */
import { addDays, type IsoDate } from '../dates';
import {
  checkIntOption,
  customerRef,
  requirePrepared,
  type CustomerRef,
  type PreparedLedger,
} from '../metrics/prepare';
import { addCents, cents, type Cents } from '../money';
import type { PayDatePrediction } from './payDate';

interface CashWeek {
  /** First and last day of the week. */
  start: IsoDate;
  end: IsoDate;
  expected: Cents;
  low: Cents;
  high: Cents;
  /** Of `expected`, what comes from invoices already overdue. */
  fromOverdue: Cents;
}

/** Amounts without a week, with the overdue part of each. */
interface CashRest {
  amount: Cents;
  fromOverdue: Cents;
}

export interface CashTotals {
  /** Open today on invoices not past their due date. */
  notOverdue: Cents;
  /** Open today on invoices past their due date. */
  overdue: Cents;
  later: CashRest;
  undated: CashRest;
}

interface CustomerCash extends CustomerRef, CashTotals {
  /** Expected per week, as CashForecast.weeks. */
  weeks: Cents[];
}

export interface CashForecast extends CashTotals {
  asOf: IsoDate;
  weeks: CashWeek[];
  /** Customers with anything open, most expected in the weeks first. */
  customers: CustomerCash[];
}

const rest = (): CashRest => ({ amount: cents(0), fromOverdue: cents(0) });

export function cashForecast(
  prepared: PreparedLedger,
  predictions: readonly PayDatePrediction[],
  options: { weeks?: number } = {},
): CashForecast {
  requirePrepared(prepared);
  const count = checkIntOption(options.weeks ?? 13, 'weeks', 1, 104);
  const { today } = prepared;
  const weeks: CashWeek[] = Array.from({ length: count }, (_, i) => ({
    start: addDays(today, 7 * i),
    end: addDays(today, 7 * i + 6),
    expected: cents(0),
    low: cents(0),
    high: cents(0),
    fromOverdue: cents(0),
  }));
  const lastDay = (weeks.at(-1) as CashWeek).end;
  const weekOf = (day: IsoDate): number => Math.floor(prepared.days(today, day) / 7);
  const totals: CashTotals = { notOverdue: cents(0), overdue: cents(0), later: rest(), undated: rest() };
  const byCustomer = new Map<string, CustomerCash>();

  for (const p of predictions) {
    let c = byCustomer.get(p.customerNumber);
    if (!c) {
      c = {
        ...customerRef(prepared, p.customerNumber),
        notOverdue: cents(0),
        overdue: cents(0),
        later: rest(),
        undated: rest(),
        weeks: new Array<Cents>(count).fill(cents(0)),
      };
      byCustomer.set(p.customerNumber, c);
    }
    for (const target of [totals, c]) {
      if (p.overdue) target.overdue = addCents(target.overdue, p.open);
      else target.notOverdue = addCents(target.notOverdue, p.open);
    }
    for (const part of p.parts) {
      const late = p.overdue ? part.amount : cents(0);
      if (part.on === null || part.on < today || part.on > lastDay) {
        const key = part.on === null || part.on < today ? 'undated' : 'later';
        for (const target of [totals, c]) {
          target[key].amount = addCents(target[key].amount, part.amount);
          target[key].fromOverdue = addCents(target[key].fromOverdue, late);
        }
      } else {
        const w = weekOf(part.on);
        const week = weeks[w] as CashWeek;
        week.expected = addCents(week.expected, part.amount);
        week.fromOverdue = addCents(week.fromOverdue, late);
        c.weeks[w] = addCents(c.weeks[w] as Cents, part.amount);
      }
      if (part.earliest === null || part.latest === null) continue;
      const from = part.earliest < today ? today : part.earliest;
      if (from > lastDay || part.latest < today) continue;
      const first = weekOf(from);
      const last = Math.min(count - 1, weekOf(part.latest));
      for (let w = first; w <= last; w++) {
        const week = weeks[w] as CashWeek;
        week.high = addCents(week.high, part.amount);
      }
      if (first === last && part.latest <= lastDay && part.earliest >= today) {
        const week = weeks[first] as CashWeek;
        week.low = addCents(week.low, part.amount);
      }
    }
  }
  const expectedIn = (c: CustomerCash): number => c.weeks.reduce((s, v) => s + v, 0);
  const customers = [...byCustomer.values()].sort(
    (a, b) =>
      expectedIn(b) - expectedIn(a) ||
      (a.customerNumber < b.customerNumber ? -1 : a.customerNumber > b.customerNumber ? 1 : 0),
  );
  return { asOf: today, weeks, ...totals, customers };
}
