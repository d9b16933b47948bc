import fc from 'fast-check';
import { addDays, isoDate } from '../../../src/domain/dates';
import { predictPayDates, type PayDatePrediction } from '../../../src/domain/forecast';
import type { Invoice, Payment } from '../../../src/domain/model';
import { customer, due30, invoice, paidInvoice, payment, prep } from '../metrics/builders';
import { arbitraryForecastLedger } from './arbitraries';
import { cents } from '../../../src/domain/money';

const today = '2026-06-30';

function history(customerNumber: string, delays: number[], start = '2026-01-01', amount = 10000) {
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  delays.forEach((d, i) => {
    const p = paidInvoice(
      `${customerNumber}-${start}-${i}`,
      customerNumber,
      addDays(isoDate(start), i),
      amount,
      d,
    );
    invoices.push(p.invoice);
    payments.push(p.payment);
  });
  return { invoices, payments };
}

const one = (list: PayDatePrediction[], n: string): PayDatePrediction =>
  list.find((p) => p.invoiceNumber === n) as PayDatePrediction;

describe('predictPayDates', () => {
  it("follows a customer's own habit, shrunk toward the trader's", () => {
    // K1 always 10 days late (4 invoices), K2 always 40 days late (4 invoices). Both settled within
    // days of each other, so recency weights them alike.
    const k1 = history('K1', [10, 10, 10, 10], '2026-03-01');
    const k2 = history('K2', [40, 40, 40, 40], '2026-03-01');
    const open = invoice('OPEN', 'K1', isoDate('2026-06-20'), 50000, { amountInclVat: cents(50000) });
    const p = prep(
      {
        customers: [customer('K1'), customer('K2')],
        invoices: [...k1.invoices, ...k2.invoices, open],
        payments: [...k1.payments, ...k2.payments],
      },
      today,
    );
    const [pred] = predictPayDates(p, { priorInvoices: 4 });
    // Own share 4 / (4 + 4) = 0.5: mean 0.5 × 10 + 0.5 × (10 + 40) / 2 = 17.5 -> 18 days late.
    expect(pred).toMatchObject({ invoiceNumber: 'OPEN', basis: 'customer', expectedDaysLate: 18 });
    expect(pred?.customerPaidCount).toBe(4);
    // Due 2026-07-20; range: the mixture's 25th percentile is 10 (own 0.5 + habit 0.25 at 10),
    // its 75th is 40.
    expect(pred?.parts).toEqual([
      { amount: 50000, on: '2026-08-07', earliest: '2026-07-30', latest: '2026-08-29' },
    ]);
  });

  it('weighs recent payments more (half-life) and large invoices more', () => {
    // Old: 60 days late, settled a year before today; recent: 0 days late. Equal amounts.
    const old = history('K1', [60], '2025-05-01');
    const recent = history('K1', [0], '2026-05-01');
    const open = invoice('OPEN', 'K1', isoDate('2026-06-29'), 10000, { amountInclVat: cents(10000) });
    const p = prep(
      {
        customers: [customer('K1')],
        invoices: [...old.invoices, ...recent.invoices, open],
        payments: [...old.payments, ...recent.payments],
      },
      today,
    );
    const pred = one(predictPayDates(p, { priorInvoices: 0, halfLifeDays: 180 }), 'OPEN');
    // The old one settled 2025-07-30 (age 335 days) weighs 0.5^(335/180) ≈ 0.275; the recent
    // one (settled 2026-05-31, age 30 days) 0.891: mean 60 × 0.275 / (0.275 + 0.891) ≈ 14.2 -> 14.
    expect(pred.expectedDaysLate).toBe(14);
    const big = history('K2', [30], '2026-05-01', 90000);
    const small = history('K2', [0], '2026-05-01', 10000);
    const open2 = invoice('OPEN2', 'K2', isoDate('2026-06-29'), 10000, { amountInclVat: cents(10000) });
    const p2 = prep(
      {
        customers: [customer('K2')],
        invoices: [...big.invoices, { ...small.invoices[0], number: 'S' } as Invoice, open2],
        payments: [...big.payments, { ...small.payments[0], invoiceNumber: 'S' } as Payment],
      },
      today,
    );
    // (30 × 90000 + 0 × 10000) / 100000 = 27 (same settlement day within one day)
    expect(one(predictPayDates(p2, { priorInvoices: 0 }), 'OPEN2').expectedDaysLate).toBe(27);
  });

  it('says plainly when the customer has no history, and when nobody has', () => {
    const k2 = history('K2', [5, 5], '2026-03-01');
    const open = invoice('NEW', 'K1', isoDate('2026-06-20'), 10000, { amountInclVat: cents(10000) });
    const withHabit = predictPayDates(
      prep(
        {
          customers: [customer('K1'), customer('K2')],
          invoices: [...k2.invoices, open],
          payments: k2.payments,
        },
        today,
      ),
    );
    expect(one(withHabit, 'NEW')).toMatchObject({
      basis: 'habit',
      customerPaidCount: 0,
      expectedDaysLate: 5,
    });
    const nothing = predictPayDates(prep({ customers: [customer('K1')], invoices: [open] }, today));
    expect(one(nothing, 'NEW')).toMatchObject({
      basis: 'no-history',
      expectedDaysLate: null,
      parts: [{ amount: 10000, on: null, earliest: null, latest: null }],
    });
  });

  it('never predicts a day already past for an open invoice, and has none beyond all history', () => {
    // Always 10 days late; the open invoice is 20 days overdue and 5 days overdue.
    const h = history('K1', [10, 10, 30], '2026-01-01');
    const late = invoice('LATE', 'K1', isoDate('2026-05-01'), 10000, { amountInclVat: cents(10000) }); // due 05-31, 30 days over
    const mid = invoice('MID', 'K1', isoDate('2026-05-26'), 10000, { amountInclVat: cents(10000) }); // due 06-25, 5 days over
    const preds = predictPayDates(
      prep(
        { customers: [customer('K1')], invoices: [...h.invoices, late, mid], payments: h.payments },
        today,
      ),
    );
    // MID: only the delays above 5 count: 10, 10, 30 -> all of them.
    expect(one(preds, 'MID').overdue).toBe(true);
    expect((one(preds, 'MID').parts[0]?.on ?? '') > today).toBe(true);
    // LATE: 30 days overdue, no delay above 30 was ever seen.
    expect(one(preds, 'LATE')).toMatchObject({ basis: 'beyond-history', expectedDaysLate: null });
  });

  it('leaves disputes without a day, follows a payment plan, and counts credit notes', () => {
    const h = history('K1', [0, 0], '2026-03-01');
    const disputed = invoice('D', 'K1', isoDate('2026-06-01'), 10000, {
      amountInclVat: cents(10000),
      disputedSince: isoDate('2026-06-10'),
    });
    const planned = invoice('P', 'K1', isoDate('2026-04-01'), 30000, { amountInclVat: cents(30000) });
    const credited = invoice('C', 'K1', isoDate('2026-06-15'), 20000, { amountInclVat: cents(20000) });
    const note = {
      ...invoice('CN', 'K1', isoDate('2026-06-16'), -5000, { amountInclVat: cents(-5000) }),
      creditsInvoice: 'C',
    };
    const preds = predictPayDates(
      prep(
        {
          customers: [customer('K1')],
          invoices: [...h.invoices, disputed, planned, credited, note],
          payments: [...h.payments, payment('P', isoDate('2026-06-01'), 10000)],
          arrangements: [
            {
              invoiceNumber: 'P',
              agreedOn: isoDate('2026-05-20'),
              instalments: [
                { dueDate: isoDate('2026-06-01'), amount: cents(10000) },
                { dueDate: isoDate('2026-07-01'), amount: cents(10000) },
                { dueDate: isoDate('2026-08-01'), amount: cents(10000) },
              ],
            },
          ],
        },
        today,
      ),
    );
    expect(one(preds, 'D')).toMatchObject({ basis: 'disputed', parts: [{ amount: 10000, on: null }] });
    expect(one(preds, 'P')).toMatchObject({
      basis: 'arrangement',
      parts: [
        { amount: 10000, on: '2026-07-01' },
        { amount: 10000, on: '2026-08-01' },
      ],
    });
    expect(one(preds, 'C').open).toBe(15000);
    expect(preds.find((p) => p.invoiceNumber === 'CN')).toBeUndefined();
  });

  it('rejects a bad option by name', () => {
    expect(() => predictPayDates(prep({}, today), { halfLifeDays: 0 })).toThrow(/1 to 3650/);
  });

  it('property: a predicted day is never before the invoice date nor on or before today; same today, same answer', () => {
    fc.assert(
      fc.property(arbitraryForecastLedger(), ({ ledger, today: t }) => {
        const preds = predictPayDates(prep(ledger, t, due30));
        for (const p of preds) {
          for (const part of p.parts) {
            if (part.on === null) continue;
            expect(part.on >= p.invoiceDate).toBe(true);
            expect(part.on >= t).toBe(true);
            if (p.basis !== 'arrangement') expect(part.on > t).toBe(true);
            expect(part.earliest! <= part.on && part.on <= part.latest!).toBe(true);
          }
          expect(p.parts.reduce((s, x) => s + x.amount, 0)).toBe(p.open);
        }
        expect(predictPayDates(prep(ledger, t, due30))).toEqual(preds);
      }),
      { numRuns: 300 },
    );
  });
});
