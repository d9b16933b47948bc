import fc from 'fast-check';
import { addDays, isoDate } from '../../src/domain/dates';
import { DomainError } from '../../src/domain/errors';
import type { Invoice, Payment } from '../../src/domain/model';
import {
  AGING_BUCKETS,
  agingBucket,
  agingReport,
  invoiceStatus,
  openInvoices,
} from '../../src/domain/status';
import {
  arrangement,
  business,
  consumer,
  creditNote,
  index,
  invoice,
  payment,
  settings,
} from './_statusBuilders';
import { cents } from '../../src/domain/money';

// Default invoice: F1 of 2026-01-10, EUR 121.00, business customer, statutory 30 days -> due 2026-02-09.
const DUE = isoDate('2026-02-09');
const statusOf = (
  inv: Invoice,
  payments: Payment[],
  today: string,
  extra: Partial<Parameters<typeof index>[0]> = {},
) =>
  invoiceStatus(inv, index({ invoices: [inv], payments, ...extra }), business(), settings(), isoDate(today));

describe('invoiceStatus: unpaid invoices around the due date', () => {
  it('is open before the due date, with days until due', () => {
    const s = statusOf(invoice(), [], '2026-02-01');
    expect(s).toMatchObject({
      kind: 'open',
      dueDate: DUE,
      open: 12100,
      daysOverdue: 0,
      overdue: false,
      daysUntilDue: 8,
    });
  });

  it('is due-today on the due date and not overdue', () => {
    expect(statusOf(invoice(), [], DUE)).toMatchObject({ kind: 'due-today', daysOverdue: 0, overdue: false });
  });

  it('is overdue from the day after, counting days', () => {
    expect(statusOf(invoice(), [], '2026-02-10')).toMatchObject({
      kind: 'overdue',
      daysOverdue: 1,
      overdue: true,
    });
    expect(statusOf(invoice(), [], '2026-03-11')).toMatchObject({ kind: 'overdue', daysOverdue: 30 });
  });

  it('does not shift a weekend due date: overdue on the Monday after a Saturday due date', () => {
    const c = consumer();
    const inv = invoice(); // consumer: 14 days -> Saturday 2026-01-24
    const idx = index({ customers: [c], invoices: [inv] });
    expect(invoiceStatus(inv, idx, c, settings(), isoDate('2026-01-24')).kind).toBe('due-today');
    expect(invoiceStatus(inv, idx, c, settings(), isoDate('2026-01-26'))).toMatchObject({
      kind: 'overdue',
      daysOverdue: 2,
    });
  });

  it('counts overdue days across a leap day', () => {
    const inv = invoice({ invoiceDate: isoDate('2024-01-29') }); // due 2024-02-28
    expect(statusOf(inv, [], '2024-03-01')).toMatchObject({ kind: 'overdue', daysOverdue: 2 });
  });

  it('handles EUR 0.01 and EUR 10,000,000', () => {
    const tiny = invoice({ amountExclVat: cents(1), amountInclVat: cents(1) });
    expect(statusOf(tiny, [], '2026-02-10')).toMatchObject({ kind: 'overdue', open: 1 });
    expect(statusOf(tiny, [payment('2026-02-05', 1)], '2026-02-10')).toMatchObject({
      kind: 'paid-on-time',
      open: 0,
    });
    const huge = invoice({ amountExclVat: cents(826446281), amountInclVat: cents(1_000_000_000) });
    expect(statusOf(huge, [payment('2026-02-01', 999_999_999)], '2026-02-10')).toMatchObject({
      kind: 'partly-paid',
      open: 1,
      overdue: true,
    });
  });
});

describe('invoiceStatus: payments', () => {
  it('is paid-on-time when settled on or before the due date', () => {
    expect(statusOf(invoice(), [payment(DUE, 12100)], '2026-03-01')).toMatchObject({
      kind: 'paid-on-time',
      paidOn: DUE,
      daysLate: 0,
      open: 0,
      overdue: false,
    });
  });

  it('is paid-late with the late days from the settling payment', () => {
    const s = statusOf(invoice(), [payment('2026-02-01', 6000), payment('2026-02-19', 6100)], '2026-03-01');
    expect(s).toMatchObject({
      kind: 'paid-late',
      paidOn: '2026-02-19',
      daysLate: 10,
      daysOverdue: 0,
      overdue: false,
    });
  });

  it('is partly-paid before and after the due date, with days overdue only after', () => {
    expect(statusOf(invoice(), [payment('2026-02-01', 6000)], '2026-02-05')).toMatchObject({
      kind: 'partly-paid',
      open: 6100,
      overdue: false,
      daysOverdue: 0,
    });
    expect(statusOf(invoice(), [payment('2026-02-01', 6000)], '2026-02-14')).toMatchObject({
      kind: 'partly-paid',
      open: 6100,
      overdue: true,
      daysOverdue: 5,
    });
  });

  it('ignores payments dated after today', () => {
    expect(statusOf(invoice(), [payment('2026-02-20', 12100)], '2026-02-15')).toMatchObject({
      kind: 'overdue',
      open: 12100,
    });
  });

  it('reports an over-payment as paid with a negative open amount', () => {
    expect(statusOf(invoice(), [payment('2026-02-01', 13000)], '2026-02-15')).toMatchObject({
      kind: 'paid-on-time',
      open: -900,
    });
  });

  it('re-opens on a reversal: overdue again, and paid-late once paid again', () => {
    const pays = [payment('2026-02-01', 12100), payment('2026-02-12', -12100)];
    expect(statusOf(invoice(), pays, '2026-02-11')).toMatchObject({ kind: 'paid-on-time' });
    expect(statusOf(invoice(), pays, '2026-02-12')).toMatchObject({
      kind: 'overdue',
      open: 12100,
      daysOverdue: 3,
    });
    expect(statusOf(invoice(), [...pays, payment('2026-02-20', 12100)], '2026-02-25')).toMatchObject({
      kind: 'paid-late',
      paidOn: '2026-02-20',
      daysLate: 11,
    });
  });

  it('treats an invoice of EUR 0 as paid on its invoice date', () => {
    expect(
      statusOf(invoice({ amountExclVat: cents(0), amountInclVat: cents(0) }), [], '2026-05-01'),
    ).toMatchObject({
      kind: 'paid-on-time',
      paidOn: '2026-01-10',
      open: 0,
    });
  });
});

describe('invoiceStatus: credit notes, write-offs, disputes and arrangements', () => {
  it('marks a negative invoice as a credit note', () => {
    const cn = creditNote('2026-01-20', -12100);
    expect(statusOf(cn, [], '2026-05-01')).toMatchObject({
      kind: 'credit-note',
      overdue: false,
      daysOverdue: 0,
    });
  });

  it('is credited when credit notes cover the amount (from the credit note date)', () => {
    const inv = invoice();
    const idx = index({ invoices: [inv, creditNote('2026-02-20', -12100)] });
    expect(invoiceStatus(inv, idx, business(), settings(), isoDate('2026-02-19'))).toMatchObject({
      kind: 'overdue',
    });
    expect(invoiceStatus(inv, idx, business(), settings(), isoDate('2026-02-20'))).toMatchObject({
      kind: 'credited',
      credited: 12100,
      open: 0,
      overdue: false,
    });
  });

  it('is paid when a partial credit and payments settle it together', () => {
    const inv = invoice();
    const idx = index({
      invoices: [inv, creditNote('2026-01-20', -2100)],
      payments: [payment('2026-02-01', 10000)],
    });
    expect(invoiceStatus(inv, idx, business(), settings(), isoDate('2026-03-01'))).toMatchObject({
      kind: 'paid-on-time',
      credited: 2100,
      paid: 10000,
    });
  });

  it('a partial credit only lowers what is overdue', () => {
    const inv = invoice();
    const idx = index({ invoices: [inv, creditNote('2026-01-20', -2100)] });
    expect(invoiceStatus(inv, idx, business(), settings(), isoDate('2026-03-01'))).toMatchObject({
      kind: 'overdue',
      open: 10000,
    });
  });

  it('is written-off from the write-off date, ahead of payment state', () => {
    const inv = invoice({ writtenOffOn: isoDate('2026-06-30') });
    expect(statusOf(inv, [], '2026-06-29').kind).toBe('overdue');
    expect(statusOf(inv, [], '2026-06-30')).toMatchObject({
      kind: 'written-off',
      writtenOffOn: '2026-06-30',
      open: 12100,
      overdue: false,
    });
  });

  it('is disputed from the dispute date until the resolution date', () => {
    const inv = invoice({ disputedSince: isoDate('2026-02-12'), disputeResolvedOn: isoDate('2026-03-01') });
    expect(statusOf(inv, [], '2026-02-11').kind).toBe('overdue');
    expect(statusOf(inv, [], '2026-02-12')).toMatchObject({
      kind: 'disputed',
      disputedSince: '2026-02-12',
      overdue: true,
      daysOverdue: 3,
    });
    expect(statusOf(inv, [], '2026-02-28').kind).toBe('disputed');
    expect(statusOf(inv, [], '2026-03-01').kind).toBe('overdue');
  });

  it('a dispute does not hide a payment: paid wins over disputed', () => {
    const inv = invoice({ disputedSince: isoDate('2026-02-12') });
    expect(statusOf(inv, [payment('2026-02-20', 12100)], '2026-02-25').kind).toBe('paid-late');
  });

  it('a dispute comes before an arrangement', () => {
    const inv = invoice({ disputedSince: isoDate('2026-03-10') });
    expect(statusOf(inv, [], '2026-03-12', { arrangements: [arrangement()] }).kind).toBe('disputed');
  });

  it('is in-arrangement from the day the plan was agreed, and not once cancelled', () => {
    const plan = arrangement({ agreedOn: isoDate('2026-03-01') });
    expect(statusOf(invoice(), [], '2026-02-28', { arrangements: [plan] }).kind).toBe('overdue');
    const s = statusOf(invoice(), [payment('2026-03-10', 2000)], '2026-03-12', { arrangements: [plan] });
    expect(s).toMatchObject({ kind: 'in-arrangement', open: 10100, overdue: true });
    expect(s.kind === 'in-arrangement' && s.arrangement.agreedOn).toBe('2026-03-01');
    const cancelled = arrangement({ cancelledOn: isoDate('2026-03-05') });
    expect(statusOf(invoice(), [], '2026-03-12', { arrangements: [cancelled] }).kind).toBe('overdue');
  });

  it('asks the plan that was in force on the day: before a cancellation it still counts', () => {
    const cancelled = arrangement({ agreedOn: isoDate('2026-03-01'), cancelledOn: isoDate('2026-04-01') });
    expect(statusOf(invoice(), [], '2026-03-20', { arrangements: [cancelled] }).kind).toBe('in-arrangement');
    expect(statusOf(invoice(), [], '2026-04-01', { arrangements: [cancelled] }).kind).toBe('overdue');
  });

  it('lets a later plan supersede an earlier one, from the day it was agreed', () => {
    const first = arrangement({ agreedOn: isoDate('2026-03-01') });
    const second = arrangement({
      agreedOn: isoDate('2026-04-01'),
      cancelledOn: isoDate('2026-05-01'),
      instalments: [{ dueDate: isoDate('2026-04-15'), amount: cents(12100) }],
    });
    const on = (day: string) => statusOf(invoice(), [], day, { arrangements: [second, first] });
    const march = on('2026-03-20');
    expect(march.kind === 'in-arrangement' && march.arrangement.agreedOn).toBe('2026-03-01');
    const april = on('2026-04-10');
    expect(april.kind === 'in-arrangement' && april.arrangement.agreedOn).toBe('2026-04-01');
    // The superseding plan was cancelled: the earlier one does not come back.
    expect(on('2026-05-02').kind).toBe('overdue');
  });
});

describe('invoiceStatus: bad input', () => {
  it('rejects an invalid today with its path', () => {
    for (const bad of ['2026-02-30', 'today']) {
      expect(() =>
        invoiceStatus(invoice(), index({ invoices: [invoice()] }), business(), settings(), bad as never),
      ).toThrow(
        expect.objectContaining({ code: 'invalid-date', where: expect.objectContaining({ path: 'today' }) }),
      );
    }
  });
});

describe('aging', () => {
  it('buckets days overdue at the edges', () => {
    const cases: [number, string][] = [
      [-5, 'not-due'],
      [0, 'not-due'],
      [1, '1-30'],
      [30, '1-30'],
      [31, '31-60'],
      [60, '31-60'],
      [61, '61-90'],
      [90, '61-90'],
      [91, '91-120'],
      [120, '91-120'],
      [121, '120+'],
      [10_000, '120+'],
    ];
    for (const [days, bucket] of cases) expect([days, agingBucket(days)]).toEqual([days, bucket]);
    expect(() => agingBucket(Number.NaN)).toThrow(DomainError);
  });

  it('reports count and open cents per bucket, including disputed and arranged, excluding written-off and paid', () => {
    const invoices = [
      invoice({ number: 'A', invoiceDate: isoDate('2026-03-01') }), // due 03-31: 15 days overdue
      invoice({ number: 'B', invoiceDate: isoDate('2026-04-01') }), // due 05-01: not due
      invoice({ number: 'C', invoiceDate: isoDate('2026-01-01'), disputedSince: isoDate('2026-02-10') }), // due 01-31: 74 days, disputed
      invoice({ number: 'D', invoiceDate: isoDate('2025-11-01') }), // due 12-01: 135 days, in arrangement
      invoice({ number: 'E', invoiceDate: isoDate('2025-10-01'), writtenOffOn: isoDate('2026-04-01') }), // written off
      invoice({ number: 'F', invoiceDate: isoDate('2026-02-01') }), // paid
      invoice({ number: 'G', invoiceDate: isoDate('2026-02-10'), amountInclVat: cents(5000) }), // due 03-12: 34 days, partly paid
      creditNote('2026-03-01', -1000, 'F', 'CN'),
    ];
    const payments = [payment('2026-02-15', 11100, 'F'), payment('2026-03-01', 1000, 'G')];
    const idx = index({
      invoices,
      payments,
      arrangements: [arrangement({ invoiceNumber: 'D', agreedOn: isoDate('2026-03-01') })],
    });
    const report = agingReport(invoices, idx, [business()], settings(), isoDate('2026-04-15'));
    expect(report.invoices.map((o) => [o.invoice.number, o.status.kind, o.bucket])).toEqual([
      ['A', 'overdue', '1-30'],
      ['B', 'open', 'not-due'],
      ['C', 'disputed', '61-90'],
      ['D', 'in-arrangement', '120+'],
      ['G', 'partly-paid', '31-60'],
    ]);
    expect(report.buckets).toEqual({
      'not-due': { count: 1, open: 12100 },
      '1-30': { count: 1, open: 12100 },
      '31-60': { count: 1, open: 4000 },
      '61-90': { count: 1, open: 12100 },
      '91-120': { count: 0, open: 0 },
      '120+': { count: 1, open: 12100 },
    });
    expect(report.total).toEqual({ count: 5, open: 52400 });
  });

  it('accepts customers as a map and names an unknown customer', () => {
    const inv = invoice({ customerNumber: 'K9' });
    const idx = index({ invoices: [inv] });
    expect(
      openInvoices([invoice()], index({}), new Map([['K1', business()]]), settings(), isoDate('2026-03-01')),
    ).toHaveLength(1);
    try {
      openInvoices([invoice(), inv], idx, [business()], settings(), isoDate('2026-03-01'));
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('unknown-customer');
      expect((e as DomainError).where.path).toBe('invoices[1].customerNumber');
    }
  });

  it('property: buckets partition the invoices with money receivable, and sums add up', () => {
    const arbInvoice = fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      amount: fc.integer({ min: -50_000, max: 1_000_000_000 }),
      paid: fc.integer({ min: 0, max: 120 }), // percent of the amount paid
      disputed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(arbInvoice, { maxLength: 25 }),
        fc.integer({ min: 0, max: 500 }),
        (rows, todayOffset) => {
          const invoices = rows.map((r, i) =>
            invoice({
              number: `F${i}`,
              invoiceDate: addDays(isoDate('2025-01-01'), r.day),
              amountExclVat: cents(r.amount),
              amountInclVat: cents(r.amount),
              ...(r.disputed ? { disputedSince: addDays(isoDate('2025-01-01'), r.day) } : {}),
            }),
          );
          const payments = rows.flatMap((r, i) =>
            r.amount > 0 && r.paid > 0
              ? [
                  payment(
                    addDays(isoDate('2025-01-01'), r.day),
                    Math.floor((r.amount * r.paid) / 100),
                    `F${i}`,
                  ),
                ]
              : [],
          );
          const idx = index({ invoices, payments });
          const today = addDays(isoDate('2025-01-01'), todayOffset);
          const report = agingReport(invoices, idx, [business()], settings(), today);
          const expected = invoices.filter((inv) => {
            const s = invoiceStatus(inv, idx, business(), settings(), today);
            return s.open > 0 && s.kind !== 'written-off';
          });
          expect(report.invoices.map((o) => o.invoice.number)).toEqual(expected.map((e) => e.number));
          const counts = AGING_BUCKETS.reduce((n, b) => n + report.buckets[b].count, 0);
          const bucketTotal = AGING_BUCKETS.reduce((n, b) => n + report.buckets[b].open, 0);
          expect(counts).toBe(expected.length);
          expect(bucketTotal).toBe(report.invoices.reduce((n, o) => n + o.status.open, 0));
          expect(report.total).toEqual({ count: counts, open: bucketTotal });
          for (const o of report.invoices) expect(o.bucket).toBe(agingBucket(o.status.daysOverdue));
        },
      ),
    );
  });
});

describe('invoiceStatus asked again over the same index', () => {
  it('answers each question for itself: another day, customer or settings is worked out anew', () => {
    const inv = invoice();
    const idx = index({ invoices: [inv], payments: [] });
    const customer = business();
    const s = settings();
    const early = invoiceStatus(inv, idx, customer, s, isoDate('2026-02-01'));
    expect(invoiceStatus(inv, idx, customer, s, isoDate('2026-02-01'))).toBe(early);
    expect(invoiceStatus(inv, idx, customer, s, isoDate('2026-02-10'))).toMatchObject({
      kind: 'overdue',
      daysOverdue: 1,
    });
    // A consumer's invoice without a term is due after 14 days, not the business 30.
    expect(invoiceStatus(inv, idx, consumer(), s, isoDate('2026-02-01'))).toMatchObject({
      kind: 'overdue',
      dueDate: '2026-01-24',
    });
    // Settings with a 7-day business term: due 2026-01-17, so overdue on the same day.
    expect(
      invoiceStatus(inv, idx, customer, settings({ businessTermDays: 7 }), isoDate('2026-02-01')),
    ).toMatchObject({ kind: 'overdue', dueDate: '2026-01-17' });
    expect(invoiceStatus(inv, idx, customer, s, isoDate('2026-02-01'))).toMatchObject(early);
  });
});
