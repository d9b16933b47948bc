import fc from 'fast-check';
import { addDays, isoDate } from '../../../src/domain/dates';
import { cashForecast, forecast, predictPayDates, type CashTotals } from '../../../src/domain/forecast';
import { customer, due30, invoice, paidInvoice, prep } from '../metrics/builders';
import { arbitraryForecastLedger } from './arbitraries';
import { cents } from '../../../src/domain/money';

const today = '2026-06-30';

describe('cashForecast', () => {
  // K1 always pays 10 days late; two open invoices, one overdue and one disputed.
  const h = [0, 1, 2].map((i) => paidInvoice(`H${i}`, 'K1', addDays(isoDate('2026-03-01'), i), 10000, 10));
  const parts = {
    customers: [customer('K1'), customer('K2')],
    invoices: [
      ...h.map((x) => x.invoice),
      // due 2026-07-10 -> expected 2026-07-20: week 3 (07-14 .. 07-20)
      invoice('A', 'K1', isoDate('2026-06-10'), 20000, { amountInclVat: cents(20000) }),
      // due 2026-06-25, 5 days overdue -> expected 2026-07-05: week 1 (06-30 .. 07-06)
      invoice('B', 'K1', isoDate('2026-05-26'), 30000, { amountInclVat: cents(30000) }),
      invoice('D', 'K2', isoDate('2026-05-01'), 7000, {
        amountInclVat: cents(7000),
        disputedSince: isoDate('2026-06-05'),
      }),
    ],
    payments: h.map((x) => x.payment),
  };
  const p = prep(parts, today);
  const cash = cashForecast(p, predictPayDates(p));

  it('puts each open amount in the week of its expected day, with the overdue part apart', () => {
    expect(cash.weeks).toHaveLength(13);
    expect(cash.weeks[0]).toMatchObject({
      start: today,
      end: '2026-07-06',
      expected: 30000,
      fromOverdue: 30000,
    });
    expect(cash.weeks[2]).toMatchObject({
      start: '2026-07-14',
      end: '2026-07-20',
      expected: 20000,
      fromOverdue: 0,
    });
    expect(cash.weeks[2]?.low).toBe(20000);
    expect(cash.undated).toEqual({ amount: 7000, fromOverdue: 7000 });
    expect(cash).toMatchObject({ notOverdue: 20000, overdue: 37000, later: { amount: 0, fromOverdue: 0 } });
    expect(cash.customers.map((c) => [c.customerNumber, c.weeks[0], c.weeks[2], c.undated.amount])).toEqual([
      ['K1', 30000, 20000, 0],
      ['K2', 0, 0, 7000],
    ]);
  });

  it('puts what is expected after the last week under later', () => {
    const short = forecast(
      {
        customers: [customer('K1')],
        invoices: parts.invoices.slice(0, 4),
        payments: parts.payments,
        contacts: [],
        arrangements: [],
      },
      { today: isoDate(today), dueDateOf: due30, weeks: 2 },
    );
    expect(short.cash.weeks).toHaveLength(2);
    expect(short.cash.later).toEqual({ amount: 20000, fromOverdue: 0 });
  });

  const sumCheck = (t: CashTotals, weeks: number[]) => {
    const dated = weeks.reduce((s, v) => s + v, 0);
    expect(dated + t.later.amount + t.undated.amount).toBe(t.notOverdue + t.overdue);
  };

  it('property: weeks + later + no day = open not yet overdue + overdue, per customer and in total', () => {
    fc.assert(
      fc.property(
        arbitraryForecastLedger(),
        fc.integer({ min: 1, max: 20 }),
        ({ ledger, today: t }, weeks) => {
          const prepared = prep(ledger, t, due30);
          const preds = predictPayDates(prepared);
          const c = cashForecast(prepared, preds, { weeks });
          sumCheck(
            c,
            c.weeks.map((w) => w.expected),
          );
          const overdueIn =
            c.weeks.reduce((s, w) => s + w.fromOverdue, 0) + c.later.fromOverdue + c.undated.fromOverdue;
          expect(overdueIn).toBe(c.overdue);
          for (const cc of c.customers) sumCheck(cc, cc.weeks);
          expect(c.customers.reduce((s, cc) => s + cc.overdue, 0)).toBe(c.overdue);
          for (const w of c.weeks) expect(w.low <= w.expected && w.expected <= w.high).toBe(true);
          // The open amount the forecast covers is what is receivable today, from the ledger alone.
          const open = prepared.invoices
            .filter((d) => d.open > 0 && !d.future && !d.linked && !d.isCreditNote && !d.writtenOff)
            .reduce((s, d) => s + d.open, 0);
          expect(c.notOverdue + c.overdue).toBe(open);
        },
      ),
      { numRuns: 300 },
    );
  });
});
