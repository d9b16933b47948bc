import { receivableTotals, dso } from '../../../src/domain/metrics';
import { creditNote, customer, invoice, payment, prep } from './builders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// today 2026-03-31, due date = invoice date + 30.
const today = '2026-03-31';
const parts = {
  customers: [customer('K1', 'Bakkerij Jansen'), customer('K2', 'Studio Noord')],
  invoices: [
    invoice('F1', 'K1', isoDate('2026-01-05'), 10000, { amountInclVat: cents(12100) }), // due 02-04; 5000 paid -> 7100 open, overdue
    invoice('F2', 'K1', isoDate('2026-03-20'), 20000, { amountInclVat: cents(24200) }), // due 04-19; C2 credits 1210 -> 22990 open, not overdue
    invoice('F3', 'K2', isoDate('2026-02-01'), 5000, { amountInclVat: cents(6050) }), // paid in full -> 0
    invoice('F4', 'K2', isoDate('2026-02-15'), 10000, { amountInclVat: cents(10000) }), // 11000 paid -> -1000 credit
    creditNote('C1', 'K2', isoDate('2026-03-10'), -2000), // -2420, stands alone -> -2420 credit
    { ...creditNote('C2', 'K1', isoDate('2026-03-25'), -1000, 'F2'), amountInclVat: cents(-1210) }, // counts through F2 -> 0
    invoice('F5', 'K1', isoDate('2026-01-10'), 5000, {
      amountInclVat: cents(5000),
      writtenOffOn: isoDate('2026-03-01'),
    }), // written off
    invoice('F6', 'K2', isoDate('2026-04-05'), 9999), // after today: not there yet
    invoice('F7', 'K3', isoDate('2026-02-20'), 3000, {
      amountInclVat: cents(3630),
      disputedSince: isoDate('2026-03-25'),
    }), // unknown customer; due 03-22, overdue, disputed
  ],
  payments: [
    payment('F1', isoDate('2026-02-10'), 5000),
    payment('F1', isoDate('2026-04-02'), 7100), // after today
    payment('F3', isoDate('2026-02-20'), 6050),
    payment('F4', isoDate('2026-03-01'), 11000),
    payment(undefined, isoDate('2026-03-15'), 500), // no invoice: unallocated
    payment('F99', isoDate('2026-03-16'), 700), // unknown invoice: unallocated
  ],
};

describe('receivableTotals', () => {
  const t = receivableTotals(prep(parts, today));

  it('adds up open, overdue and credit as of today', () => {
    expect(t).toMatchObject({
      asOf: today,
      openTotal: 33720, // 7100 + 22990 + 3630
      openCount: 3,
      overdueTotal: 10730, // F1 7100 + F7 3630
      overdueCount: 2,
      creditBalance: -3420, // F4 -1000 + C1 -2420
      creditCount: 2,
      netOpen: 30300, // 33720 - 3420
      disputedOpen: 3630,
      writtenOffOpen: 5000,
      unallocatedPayments: 1200, // 500 + 700
      unallocatedCount: 2,
    });
  });

  it('splits per customer, an unknown customer under its number, largest net open first', () => {
    expect(
      t.byCustomer.map((c) => [
        c.customerNumber,
        c.known,
        c.name,
        c.openTotal,
        c.overdueTotal,
        c.creditBalance,
        c.netOpen,
      ]),
    ).toEqual([
      ['K1', true, 'Bakkerij Jansen', 30090, 7100, 0, 30090],
      ['K3', false, undefined, 3630, 3630, 0, 3630],
      ['K2', true, 'Studio Noord', 0, 0, -3420, -3420],
    ]);
  });

  it('counts an invoice as overdue from the day after its due date', () => {
    const onDue = receivableTotals(
      prep(
        { invoices: [invoice('F1', 'K1', isoDate('2026-03-01'), 100, { amountInclVat: cents(100) })] },
        isoDate('2026-03-31'),
      ),
    );
    expect(onDue.overdueCount).toBe(0); // due 2026-03-31 = today
    const dayAfter = receivableTotals(
      prep(
        { invoices: [invoice('F1', 'K1', isoDate('2026-03-01'), 100, { amountInclVat: cents(100) })] },
        isoDate('2026-04-01'),
      ),
    );
    expect(dayAfter).toMatchObject({ overdueCount: 1, overdueTotal: 100 });
  });

  it('is all zero for an empty ledger', () => {
    expect(receivableTotals(prep({}, today))).toEqual({
      asOf: today,
      openTotal: 0,
      openCount: 0,
      overdueTotal: 0,
      overdueCount: 0,
      creditBalance: 0,
      creditCount: 0,
      netOpen: 0,
      disputedOpen: 0,
      writtenOffOpen: 0,
      unallocatedPayments: 0,
      unallocatedCount: 0,
      byCustomer: [],
    });
  });

  it('matches the unpaid side of DSO today', () => {
    // invoiced in (2025-03-31, 2026-03-31]: 12100 + 24200 + 6050 + 10000 - 2420 - 1210 + 5000 + 3630 = 57350
    // DSO = 30300 * 365 / 57350 = 192.842... -> 192.8
    expect(dso(prep(parts, today))).toEqual({ date: today, unpaid: 30300, invoiced: 57350, dso: 192.8 });
  });
});
