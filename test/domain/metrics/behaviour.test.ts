import fc from 'fast-check';
import { paymentBehaviour, prepareLedger, type CustomerBehaviour } from '../../../src/domain/metrics';
import type { Invoice, Payment } from '../../../src/domain/model';
import { arbitraryLedger } from './arbitraries';
import { creditNote, customer, due30, invoice, paidInvoice, payment, prep, reminder } from './builders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const today = '2026-06-30';

describe('paymentBehaviour over the last 12 months', () => {
  // Due date = invoice date + 30.
  // A: due 2026-01-31, 10000 paid 2026-02-10 -> 10 days late, 40 days to pay
  // B: due 2026-03-03, 30000 paid 2026-03-01 -> 2 days early, 28 days to pay
  // C: due 2026-03-31, 20000 less credit 5000 = weight 15000, paid 2026-04-30 -> 30 late, 60 to pay
  // D: fully credited, never paid -> not counted
  const parts = {
    customers: [customer('K1', 'Bakkerij Jansen')],
    invoices: [
      invoice('A', 'K1', isoDate('2026-01-01'), 10000, { amountInclVat: cents(10000) }),
      invoice('B', 'K1', isoDate('2026-02-01'), 30000, { amountInclVat: cents(30000) }),
      invoice('C', 'K1', isoDate('2026-03-01'), 20000, { amountInclVat: cents(20000) }),
      { ...creditNote('CN1', 'K1', isoDate('2026-03-05'), -5000, 'C'), amountInclVat: cents(-5000) },
      invoice('D', 'K1', isoDate('2026-04-01'), 8000, { amountInclVat: cents(8000) }),
      { ...creditNote('CN2', 'K1', isoDate('2026-04-02'), -8000, 'D'), amountInclVat: cents(-8000) },
    ],
    payments: [
      payment('A', isoDate('2026-02-10'), 10000),
      payment('B', isoDate('2026-03-01'), 30000),
      payment('C', isoDate('2026-04-30'), 15000),
    ],
    contacts: [
      reminder('A', 'K1', isoDate('2026-02-05'), 'herinnering-1'),
      reminder('A', 'K1', isoDate('2026-02-06')), // no ladder step: a phone note, not a reminder
      reminder('C', 'K1', isoDate('2026-04-05'), 'herinnering-1'),
      reminder('C', 'K1', isoDate('2026-04-20'), 'herinnering-2'),
      reminder('C', 'K1', isoDate('2026-07-05'), 'herinnering-3'), // after today
    ],
  };
  const b = paymentBehaviour(prep(parts, today));
  const k1 = b.customers[0] as CustomerBehaviour;

  it('weights days late and days to pay by what had to be paid', () => {
    // late: (10×10000 − 2×30000 + 30×15000) / 55000 = 490000 / 55000 = 8.909 -> 8.9
    // to pay: (40×10000 + 28×30000 + 60×15000) / 55000 = 2140000 / 55000 = 38.909 -> 38.9
    expect(k1).toMatchObject({
      customerNumber: 'K1',
      name: 'Bakkerij Jansen',
      paidCount: 3,
      paidAmount: 55000,
      weightedDaysLate: 8.9,
      weightedDaysToPay: 38.9,
    });
  });

  it('gives on-time shares by count and by amount, and reminders needed', () => {
    expect(k1.onTimeShareByCount).toBe(1 / 3); // only B
    expect(k1.onTimeShareByAmount).toBe(30000 / 55000);
    expect(k1.remindersTotal).toBe(3); // A 1, C 2
    expect(k1.remindersPerInvoice).toBe(1);
    expect(b.overall).toEqual({
      paidCount: 3,
      paidAmount: 55000,
      weightedDaysLate: 8.9,
      weightedDaysToPay: 38.9,
      onTimeShareByCount: 1 / 3,
      onTimeShareByAmount: 30000 / 55000,
      remindersTotal: 3,
      remindersPerInvoice: 1,
    });
  });

  it('series per quarter of the day settled', () => {
    expect(k1.quarters.map((q) => q.quarter)).toEqual([
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
    // Q1: A and B: (10×10000 − 2×30000) / 40000 = 1.0; Q2: C at 30
    expect(k1.quarters[6]).toEqual({
      quarter: '2026-Q1',
      paidCount: 2,
      weightedDaysLate: 1,
      onTimeShareByCount: 0.5,
    });
    expect(k1.quarters[7]).toEqual({
      quarter: '2026-Q2',
      paidCount: 1,
      weightedDaysLate: 30,
      onTimeShareByCount: 0,
    });
    expect(k1.quarters[5]).toEqual({
      quarter: '2025-Q4',
      paidCount: 0,
      weightedDaysLate: null,
      onTimeShareByCount: null,
    });
  });

  it('leaves out invoices settled exactly 365 days ago, keeps 364', () => {
    // due = invoice + 30; settled 2025-06-30 (365 days ago) and 2025-07-01 (364 days ago)
    const out = paidInvoice('X', 'K2', isoDate('2025-05-31'), 1000, 0);
    const inn = paidInvoice('Y', 'K2', isoDate('2025-06-01'), 3000, 0);
    expect(out.payment.date).toBe('2025-06-30');
    expect(inn.payment.date).toBe('2025-07-01');
    const k2 = paymentBehaviour(
      prep({ invoices: [out.invoice, inn.invoice], payments: [out.payment, inn.payment] }, today),
    ).customers[0];
    expect(k2).toMatchObject({ paidCount: 1, paidAmount: 3000 });
  });

  it('is all null for a customer with only credit notes or nothing paid', () => {
    const e = paymentBehaviour(prep({ invoices: [invoice('F1', 'K1', isoDate('2026-06-01'), 100)] }, today));
    expect(e.customers[0]).toMatchObject({
      paidCount: 0,
      weightedDaysLate: null,
      onTimeShareByCount: null,
      onTimeShareByAmount: null,
      remindersPerInvoice: null,
    });
    expect(
      paymentBehaviour(prep({ invoices: [creditNote('C1', 'K1', isoDate('2026-06-01'), -100)] }, today))
        .customers,
    ).toEqual([]);
    expect(paymentBehaviour(prep({}, today)).overall.weightedDaysLate).toBeNull();
  });
});

/** A customer's ledger from (invoice date, days late, amount) triples. */
function history(
  rows: [string, number, number][],
  extra: Invoice[] = [],
): { invoices: Invoice[]; payments: Payment[] } {
  const invoices: Invoice[] = [...extra];
  const payments: Payment[] = [];
  rows.forEach(([date, late, amount], i) => {
    const p = paidInvoice(`F${i}`, 'K1', date, amount, late);
    invoices.push(p.invoice);
    payments.push(p.payment);
  });
  return { invoices, payments };
}

const change = (rows: [string, number, number][], extra: Invoice[] = [], options = {}) =>
  (paymentBehaviour(prep(history(rows, extra), today), options).customers[0] as CustomerBehaviour).change;

// Recent window (90 days): settled in (2026-04-01, 2026-06-30]. History: (2025-04-01, 2026-04-01].
// Invoices dated 2025-10/11 settle in history; those dated 2026-03-15 / 2026-04-15 settle recently.
describe('behaviour change signal', () => {
  it('is worse when the recent average is at least 10 days later', () => {
    const c = change([
      ['2025-10-01', 0, 1000],
      ['2025-11-01', 0, 1000],
      ['2026-03-15', 12, 1000],
      ['2026-04-15', 10, 1000],
    ]);
    expect(c).toMatchObject({
      signal: 'worse',
      reason: 'recent-later',
      recentAvg: 11,
      historicAvg: 0,
      delta: 11,
      recentCount: 2,
      historicCount: 2,
    });
  });

  it('treats exactly the threshold as worse, just under as stable', () => {
    expect(
      change([
        ['2025-10-01', 0, 1000],
        ['2026-03-15', 10, 1000],
        ['2026-04-15', 10, 1000],
      ]),
    ).toMatchObject({ signal: 'worse', delta: 10 });
    expect(
      change([
        ['2025-10-01', 0, 1000],
        ['2026-03-15', 9, 1000],
        ['2026-04-15', 10, 1000],
      ]),
    ).toMatchObject({ signal: 'stable', reason: 'within-threshold', delta: 9.5 });
  });

  it('weights by amount: one small very late invoice does not tip it', () => {
    // recent: (40×100 + 0×9900) / 10000 = 0.4
    expect(
      change([
        ['2025-10-01', 0, 1000],
        ['2026-03-15', 40, 100],
        ['2026-04-15', 0, 9900],
      ]),
    ).toMatchObject({ signal: 'stable', recentAvg: 0.4 });
  });

  it('is better when the recent average is at least 10 days earlier', () => {
    expect(
      change([
        ['2025-10-01', 20, 1000],
        ['2026-03-15', 5, 1000],
        ['2026-04-15', 5, 1000],
      ]),
    ).toMatchObject({ signal: 'better', reason: 'recent-earlier', delta: -15 });
  });

  it('stays stable for a customer who always pays early', () => {
    // history −5; recent (−3 −4)/2 = −3.5; delta 1.5
    const rows: [string, number, number][] = [
      ['2025-10-01', -5, 1000],
      ['2026-03-15', -3, 1000],
      ['2026-04-15', -4, 1000],
    ];
    expect(change(rows)).toMatchObject({
      signal: 'stable',
      recentAvg: -3.5,
      historicAvg: -5,
      delta: 1.5,
      worstDaysLate: -3,
    });
    const k1 = paymentBehaviour(prep(history(rows), today)).customers[0] as CustomerBehaviour;
    expect(k1).toMatchObject({ onTimeShareByCount: 1, onTimeShareByAmount: 1, weightedDaysLate: -4 });
  });

  it('needs K recent paid invoices and some history', () => {
    expect(
      change([
        ['2025-10-01', 0, 1000],
        ['2026-04-15', 30, 1000],
      ]),
    ).toMatchObject({ signal: 'insufficient-data', reason: 'too-few-recent', recentCount: 1, delta: 30 });
    expect(
      change([
        ['2026-03-15', 30, 1000],
        ['2026-04-15', 30, 1000],
      ]),
    ).toMatchObject({ signal: 'insufficient-data', reason: 'no-history', historicAvg: null, delta: null });
    expect(
      change(
        [
          ['2025-10-01', 0, 1000],
          ['2026-04-15', 30, 1000],
        ],
        [],
        { minRecentCount: 1 },
      ),
    ).toMatchObject({ signal: 'worse' });
  });

  it('is worse when an open invoice is already later than any paid one, even without recent payments', () => {
    // history late 3 and 5; open invoice due 2026-06-20 is 10 days overdue today
    const open = invoice('OPEN', 'K1', isoDate('2026-05-21'), 1000, { amountInclVat: cents(1000) });
    const c = change(
      [
        ['2025-10-01', 3, 1000],
        ['2025-11-01', 5, 1000],
      ],
      [open],
    );
    expect(c).toMatchObject({
      signal: 'worse',
      reason: 'open-invoice-later-than-ever',
      worstDaysLate: 5,
      mostOverdue: { invoiceNumber: 'OPEN', daysOverdue: 10 },
    });
    // 5 days overdue is not later than the worst (5)
    const notYet = invoice('OPEN', 'K1', isoDate('2026-05-26'), 1000, { amountInclVat: cents(1000) });
    expect(
      change(
        [
          ['2025-10-01', 3, 1000],
          ['2025-11-01', 5, 1000],
        ],
        [notYet],
      ),
    ).toMatchObject({ signal: 'insufficient-data', mostOverdue: { daysOverdue: 5 } });
    // a disputed invoice says nothing about payment behaviour
    const disputed = { ...open, disputedSince: isoDate('2026-06-01') };
    expect(
      change(
        [
          ['2025-10-01', 3, 1000],
          ['2025-11-01', 5, 1000],
        ],
        [disputed],
      ),
    ).toMatchObject({ signal: 'insufficient-data', mostOverdue: null });
  });

  it('checks its options', () => {
    expect(() => paymentBehaviour(prep({}, today), { recentDays: 0 })).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'options.recentDays' }) }),
    );
    expect(() => paymentBehaviour(prep({}, today), { minDeltaDays: 2.5 })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('behaviour properties', () => {
  it('per-customer paid amounts add up to the overall one, shares stay in 0..1', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger, today: t }) => {
        const b = paymentBehaviour(prepareLedger(ledger, { today: t, dueDateOf: due30 }));
        expect(b.customers.reduce((s, c) => s + c.paidAmount, 0)).toBe(b.overall.paidAmount);
        expect(b.customers.reduce((s, c) => s + c.paidCount, 0)).toBe(b.overall.paidCount);
        for (const c of b.customers) {
          for (const share of [c.onTimeShareByCount, c.onTimeShareByAmount]) {
            if (share !== null) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
          expect(['worse', 'better', 'stable', 'insufficient-data']).toContain(c.change.signal);
        }
      }),
      { numRuns: 200 },
    );
  });
});
