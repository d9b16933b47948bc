import { NO_PRODUCT, revenueByMonth, revenueByProduct } from '../../../src/domain/metrics';
import { creditNote, invoice, prep } from './builders';
import { isoDate } from '../../../src/domain/dates';

describe('revenueByMonth', () => {
  const r = revenueByMonth(
    prep(
      {
        invoices: [
          invoice('F1', 'K1', isoDate('2026-01-10'), 1000),
          invoice('F2', 'K1', isoDate('2026-03-15'), 500), // today
          invoice('F3', 'K1', isoDate('2026-03-16'), 700), // tomorrow: not revenue yet
          invoice('F4', 'K2', isoDate('2025-03-15'), 300), // last year, up to the same date
          invoice('F5', 'K2', isoDate('2025-03-16'), 200), // last year, after the same date
          creditNote('C1', 'K2', isoDate('2025-12-31'), -100),
          invoice('F6', 'K2', isoDate('2024-12-31'), 999), // two years back
        ],
      },
      isoDate('2026-03-15'),
    ),
  );

  it('puts this year beside last year per calendar month, excl. VAT', () => {
    expect(r.year).toBe(2026);
    expect(r.months.map((m) => [m.month, m.thisYear, m.lastYear])).toEqual([
      [1, 1000, 0],
      [2, 0, 0],
      [3, 500, 500],
      [4, null, 0],
      [5, null, 0],
      [6, null, 0],
      [7, null, 0],
      [8, null, 0],
      [9, null, 0],
      [10, null, 0],
      [11, null, 0],
      [12, null, -100],
    ]);
  });

  it('compares year to date with last year up to the same date', () => {
    expect(r).toMatchObject({
      thisYearToDate: 1500,
      lastYearToSameDate: 300,
      lastYearSameDate: '2025-03-15',
      lastYearTotal: 400,
    });
  });

  it('maps 29 February to 28 February last year', () => {
    const leap = revenueByMonth(
      prep(
        {
          invoices: [
            invoice('F1', 'K1', isoDate('2023-02-28'), 100),
            invoice('F2', 'K1', isoDate('2024-02-29'), 50),
          ],
        },
        isoDate('2024-02-29'),
      ),
    );
    expect(leap).toMatchObject({
      lastYearSameDate: '2023-02-28',
      lastYearToSameDate: 100,
      thisYearToDate: 50,
    });
  });

  it('is zero (and null ahead) for an empty ledger', () => {
    const e = revenueByMonth(prep({}, isoDate('2026-01-31')));
    expect(e.months[0]).toEqual({ month: 1, thisYear: 0, lastYear: 0 });
    expect(e.months[1]).toEqual({ month: 2, thisYear: null, lastYear: 0 });
    expect(e.thisYearToDate).toBe(0);
  });
});

describe('revenueByProduct', () => {
  it('sums the 12-month window per product, blank under NO_PRODUCT, largest first', () => {
    const r = revenueByProduct(
      prep(
        {
          invoices: [
            invoice('F1', 'K1', isoDate('2026-01-10'), 1000, { product: 'Advies' }),
            invoice('F2', 'K1', isoDate('2026-02-10'), 500, { product: 'Advies' }),
            { ...creditNote('C1', 'K1', isoDate('2026-02-11'), -200), product: 'Advies' },
            invoice('F3', 'K2', isoDate('2026-03-01'), 2000, { product: 'Training' }),
            invoice('F4', 'K2', isoDate('2026-03-02'), 100),
            invoice('F5', 'K2', isoDate('2026-03-03'), 200, { product: '  ' }),
            invoice('F6', 'K2', isoDate('2025-03-15'), 5000, { product: 'Oud' }), // exactly 365 days ago: out
          ],
        },
        isoDate('2026-03-15'),
      ),
    );
    expect(NO_PRODUCT).toBe('(geen product)');
    expect(r.total).toBe(3600);
    expect(r.products).toEqual([
      { product: 'Training', revenue: 2000, documentCount: 1, share: 2000 / 3600 },
      { product: 'Advies', revenue: 1300, documentCount: 3, share: 1300 / 3600 },
      { product: NO_PRODUCT, revenue: 300, documentCount: 2, share: 300 / 3600 },
    ]);
  });

  it('has no shares when the window is net negative', () => {
    const r = revenueByProduct(
      prep({ invoices: [creditNote('C1', 'K1', isoDate('2026-03-01'), -100)] }, isoDate('2026-03-15')),
    );
    expect(r).toEqual({
      window: { after: '2025-03-15', through: '2026-03-15' },
      total: -100,
      products: [{ product: NO_PRODUCT, revenue: -100, documentCount: 1, share: null }],
    });
  });
});
