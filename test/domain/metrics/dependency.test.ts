import fc from 'fast-check';
import {
  concentrationLabel,
  customerDependency,
  prepareLedger,
  revenueByProduct,
} from '../../../src/domain/metrics';
import { arbitraryLedger } from './arbitraries';
import { creditNote, customer, due30, invoice, prep } from './builders';
import { isoDate } from '../../../src/domain/dates';

// today 2026-06-30: the window is (2025-06-30, 2026-06-30].
const today = '2026-06-30';
const parts = {
  customers: [customer('K1', 'Bakkerij Jansen'), customer('K2'), customer('K3'), customer('K4')],
  invoices: [
    invoice('F1', 'K1', isoDate('2026-01-01'), 50000),
    invoice('F2', 'K1', isoDate('2025-07-01'), 10000), // 364 days ago: in
    invoice('F3', 'K2', isoDate('2026-03-01'), 30000),
    invoice('F4', 'K3', isoDate('2026-06-30'), 10000), // today: in
    creditNote('C1', 'K4', isoDate('2026-02-01'), -5000), // K4: only a credit note
    invoice('F5', 'K5', isoDate('2025-06-30'), 99999), // exactly 365 days ago: out
    invoice('F6', 'K2', isoDate('2026-07-01'), 88888), // tomorrow: out
  ],
};

describe('customerDependency', () => {
  const d = customerDependency(prep(parts, today), { topN: 2 });

  it('ranks customers by revenue excl. VAT over the window', () => {
    // positive revenue 60000 + 30000 + 10000 = 100000; net total 100000 - 5000 = 95000
    expect(d.totalRevenue).toBe(95000);
    expect(d.positiveRevenue).toBe(100000);
    expect(
      d.customers.map((c) => [
        c.customerNumber,
        c.revenue,
        c.share,
        c.rank,
        c.invoiceCount,
        c.creditNoteCount,
      ]),
    ).toEqual([
      ['K1', 60000, 0.6, 1, 2, 0],
      ['K2', 30000, 0.3, 2, 1, 0],
      ['K3', 10000, 0.1, 3, 1, 0],
      ['K4', -5000, 0, 4, 0, 1],
    ]);
    expect(d.customers[0]).toMatchObject({ name: 'Bakkerij Jansen', known: true });
  });

  it('gives top shares and HHI', () => {
    expect(d.top1Share).toBe(0.6);
    expect(d.top3Share).toBe(1);
    // HHI = 60² + 30² + 10² = 3600 + 900 + 100 = 4600
    expect(d.hhi).toBeCloseTo(4600, 9);
    expect(d.concentration).toBe('high');
  });

  it('builds a top-N + other series that adds up to the positive revenue', () => {
    expect(d.series).toEqual([
      {
        kind: 'customer',
        customerNumber: 'K1',
        name: 'Bakkerij Jansen',
        known: true,
        revenue: 60000,
        share: 0.6,
      },
      { kind: 'customer', customerNumber: 'K2', name: 'Klant K2', known: true, revenue: 30000, share: 0.3 },
      { kind: 'other', customerCount: 1, revenue: 10000, share: 0.1 },
    ]);
    expect(customerDependency(prep(parts, today)).series.map((s) => s.kind)).toEqual([
      'customer',
      'customer',
      'customer',
    ]);
  });

  it('has no concentration for an empty ledger or one with only credit notes', () => {
    for (const p of [
      prep({}, today),
      prep({ invoices: [creditNote('C1', 'K1', isoDate('2026-01-01'), -100)] }, today),
    ]) {
      const e = customerDependency(p);
      expect(e).toMatchObject({
        positiveRevenue: 0,
        top1Share: 0,
        top3Share: 0,
        hhi: null,
        concentration: null,
        series: [],
      });
    }
  });

  it('gives one customer the full 10000', () => {
    const one = customerDependency(
      prep({ invoices: [invoice('F1', 'K9', isoDate('2026-01-01'), 100)] }, today),
    );
    expect(one).toMatchObject({ hhi: 10000, concentration: 'high', top1Share: 1, top3Share: 1 });
    expect(one.customers[0]).toMatchObject({ customerNumber: 'K9', known: false, share: 1 });
  });

  it('breaks revenue ties by customer number', () => {
    const tie = customerDependency(
      prep(
        {
          invoices: [
            invoice('F1', 'K2', isoDate('2026-01-01'), 100),
            invoice('F2', 'K1', isoDate('2026-01-01'), 100),
          ],
        },
        today,
      ),
    );
    expect(tie.customers.map((c) => [c.customerNumber, c.rank])).toEqual([
      ['K1', 1],
      ['K2', 2],
    ]);
    expect(tie.hhi).toBeCloseTo(5000, 9);
  });

  it('rejects a topN below 1', () => {
    expect(() => customerDependency(prep(parts, today), { topN: 0 })).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        where: expect.objectContaining({ path: 'options.topN' }),
      }),
    );
  });
});

describe('concentrationLabel', () => {
  it('follows the 1500 / 2500 bands, both ends moderate', () => {
    expect(concentrationLabel(1499.99)).toBe('low');
    expect(concentrationLabel(1500)).toBe('moderate');
    expect(concentrationLabel(2500)).toBe('moderate');
    expect(concentrationLabel(2500.01)).toBe('high');
  });
});

describe('dependency properties', () => {
  it('shares add up to 1, top-3 ≥ top-1, HHI in 10000/n..10000, cents add up exactly', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger, today: t }) => {
        const p = prepareLedger(ledger, { today: t, dueDateOf: due30 });
        const d = customerDependency(p, { topN: 3 });
        expect(d.customers.reduce((s, c) => s + c.revenue, 0)).toBe(d.totalRevenue);
        expect(revenueByProduct(p).total).toBe(d.totalRevenue);
        expect(d.series.reduce((s, x) => s + x.revenue, 0)).toBe(d.positiveRevenue);
        expect(d.top3Share).toBeGreaterThanOrEqual(d.top1Share);
        const positive = d.customers.filter((c) => c.revenue > 0);
        if (d.totalRevenue > 0 || positive.length > 0) {
          expect(Math.abs(positive.reduce((s, c) => s + c.share, 0) - 1)).toBeLessThan(1e-9);
          const n = positive.length;
          expect(d.hhi).not.toBeNull();
          expect(d.hhi as number).toBeGreaterThanOrEqual(10000 / n - 1e-6);
          expect(d.hhi as number).toBeLessThanOrEqual(10000 + 1e-6);
        } else {
          expect(d.hhi).toBeNull();
        }
        for (const c of d.customers) expect(c.share).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
