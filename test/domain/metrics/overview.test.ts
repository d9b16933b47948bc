import fc from 'fast-check';
import {
  customerDependency,
  dso,
  dsoHistory,
  invoicingDelay,
  overviewMetrics,
  paymentBehaviour,
  prepareLedger,
  receivableTotals,
  revenueByMonth,
  revenueByProduct,
} from '../../../src/domain/metrics';
import { arbitraryLedger } from './arbitraries';
import { due30, invoice, ledger } from './builders';
import { isoDate } from '../../../src/domain/dates';

describe('overviewMetrics', () => {
  it('gives exactly what the separate metrics give, in one pass', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger: l, today }) => {
        const o = overviewMetrics(l, {
          today,
          dueDateOf: due30,
          dependency: { topN: 3 },
          behaviour: { recentDays: 60 },
          invoicingDelay: { lateAfterDays: 2 },
        });
        const p = prepareLedger(l, { today, dueDateOf: due30 });
        expect(o.totals).toEqual(receivableTotals(p));
        expect(o.dso).toEqual(dso(p));
        expect(o.dsoHistory).toEqual(dsoHistory(p));
        expect(o.dependency).toEqual(customerDependency(p, { topN: 3 }));
        expect(o.behaviour).toEqual(paymentBehaviour(p, { recentDays: 60 }));
        expect(o.revenueByMonth).toEqual(revenueByMonth(p));
        expect(o.revenueByProduct).toEqual(revenueByProduct(p));
        expect(o.invoicingDelay).toEqual(invoicingDelay(p, { lateAfterDays: 2 }));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps money consistent: customers add up to totals, DSO’s unpaid is the net open', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger: l, today }) => {
        const o = overviewMetrics(l, { today, dueDateOf: due30 });
        const sum = (k: 'openTotal' | 'overdueTotal' | 'creditBalance' | 'netOpen') =>
          o.totals.byCustomer.reduce((s, c) => s + c[k], 0);
        expect(sum('openTotal')).toBe(o.totals.openTotal);
        expect(sum('overdueTotal')).toBe(o.totals.overdueTotal);
        expect(sum('creditBalance')).toBe(o.totals.creditBalance);
        expect(sum('netOpen')).toBe(o.totals.netOpen);
        expect(o.totals.overdueTotal).toBeLessThanOrEqual(o.totals.openTotal);
        expect(o.dso.unpaid).toBe(o.totals.netOpen);
        for (const n of [o.totals.openTotal, o.totals.netOpen, o.dso.invoiced, o.dependency.totalRevenue])
          expect(Number.isSafeInteger(n)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('handles an empty ledger', () => {
    const o = overviewMetrics(ledger({}), { today: isoDate('2026-03-31'), dueDateOf: due30 });
    expect(o.asOf).toBe('2026-03-31');
    expect(o.totals.netOpen).toBe(0);
    expect(o.dso.dso).toBeNull();
    expect(o.dsoHistory).toHaveLength(12);
    expect(o.dependency.hhi).toBeNull();
    expect(o.behaviour.customers).toEqual([]);
    expect(o.revenueByProduct.products).toEqual([]);
    expect(o.invoicingDelay.count).toBe(0);
  });

  it('shares the point when today ends a month', () => {
    // today 2026-03-31 is itself a month end: one point, in both the history and today's DSO.
    // 1210 open of 1210 invoiced -> 365
    const o = overviewMetrics(ledger({ invoices: [invoice('F1', 'K1', isoDate('2026-03-02'), 1000)] }), {
      today: isoDate('2026-03-31'),
      dueDateOf: due30,
    });
    expect(o.dsoHistory.map((p) => p.date).slice(-2)).toEqual(['2026-02-28', '2026-03-31']);
    expect(o.dsoHistory[11]).toEqual(o.dso);
    expect(o.dso).toEqual({ date: '2026-03-31', unpaid: 1210, invoiced: 1210, dso: 365 });
    expect(o.dsoHistory[10]).toEqual({ date: '2026-02-28', unpaid: 0, invoiced: 0, dso: null });
  });

  it('checks dsoMonths', () => {
    expect(() =>
      overviewMetrics(ledger({}), { today: isoDate('2026-03-31'), dueDateOf: due30, dsoMonths: -1 }),
    ).toThrow(expect.objectContaining({ where: expect.objectContaining({ path: 'options.dsoMonths' }) }));
  });
});
