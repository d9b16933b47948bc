import fc from 'fast-check';
import { addDays, type IsoDate, isoDate } from '../../../src/domain/dates';
import { settle } from '../../../src/domain/ledger';
import { dso, dsoHistory, dsoValue, prepareLedger, type PreparedLedger } from '../../../src/domain/metrics';
import { dsoAccumulator } from '../../../src/domain/metrics/dso';
import { runAccumulator } from '../../../src/domain/metrics/prepare';
import { creditNote, due30, invoice, payment, prep } from './builders';
import { arbitraryLedger } from './arbitraries';
import { cents } from '../../../src/domain/money';

describe('dso', () => {
  it('is null when nothing was invoiced in the window', () => {
    expect(dso(prep({}, isoDate('2026-03-15')))).toEqual({
      date: '2026-03-15',
      unpaid: 0,
      invoiced: 0,
      dso: null,
    });
    // an invoice exactly 365 days ago is outside the window: its open amount counts, its sales do not
    const old = prep(
      { invoices: [invoice('F1', 'K1', isoDate('2025-03-15'), 1000, { amountInclVat: cents(1000) })] },
      isoDate('2026-03-15'),
    );
    expect(dso(old)).toEqual({ date: '2026-03-15', unpaid: 1000, invoiced: 0, dso: null });
  });

  it('counts an invoice dated 364 days ago in the window', () => {
    // 1000 open / (1000 / 365) = 365
    const p = prep(
      { invoices: [invoice('F1', 'K1', isoDate('2025-03-16'), 1000, { amountInclVat: cents(1000) })] },
      isoDate('2026-03-15'),
    );
    expect(dso(p)).toEqual({ date: '2026-03-15', unpaid: 1000, invoiced: 1000, dso: 365 });
  });

  it('uses the 365-day window across a leap day', () => {
    // today 2024-03-01: 2023-03-02 is exactly 365 days ago (out), 2023-03-03 is in.
    const p = prep(
      {
        invoices: [
          invoice('F1', 'K1', isoDate('2023-03-02'), 500, { amountInclVat: cents(500) }),
          invoice('F2', 'K1', isoDate('2023-03-03'), 730, { amountInclVat: cents(730) }),
        ],
        payments: [payment('F1', isoDate('2023-04-01'), 500)],
      },
      isoDate('2024-03-01'),
    );
    // unpaid 730; invoiced 730 -> DSO 365
    expect(dso(p)).toMatchObject({ unpaid: 730, invoiced: 730, dso: 365 });
  });

  it('rounds to 0.1 day, half away from zero', () => {
    expect(dsoValue(cents(1), cents(146))).toBe(2.5); // 365/146 = 2.5
    expect(dsoValue(cents(300), cents(73000))).toBe(1.5); // 1.5
    expect(dsoValue(cents(-300), cents(73000))).toBe(-1.5);
    expect(dsoValue(cents(100), cents(0))).toBeNull();
    expect(dsoValue(cents(100), cents(-5))).toBeNull();
  });
});

describe('dsoHistory', () => {
  // today 2026-03-15; month ends 2025-03-31 .. 2026-02-28.
  const p = prep(
    {
      invoices: [
        invoice('F1', 'K1', isoDate('2026-01-10'), 10000, { amountInclVat: cents(12100) }),
        invoice('F2', 'K1', isoDate('2026-02-20'), 30000, { amountInclVat: cents(36300) }),
        invoice('F3', 'K2', isoDate('2025-12-01'), 1000, {
          amountInclVat: cents(1000),
          writtenOffOn: isoDate('2026-01-15'),
        }),
      ],
      payments: [payment('F1', isoDate('2026-02-10'), 12100)],
    },
    isoDate('2026-03-15'),
  );
  const h = dsoHistory(p);

  it('gives 12 month ends, oldest first', () => {
    expect(h.map((x) => x.date)).toEqual([
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
      '2025-08-31',
      '2025-09-30',
      '2025-10-31',
      '2025-11-30',
      '2025-12-31',
      '2026-01-31',
      '2026-02-28',
    ]);
  });

  it('computes each month end from that day’s balance and trailing sales', () => {
    expect(h[8]).toEqual({ date: '2025-11-30', unpaid: 0, invoiced: 0, dso: null });
    // Dec: F3 open 1000; invoiced 1000 -> 365
    expect(h[9]).toEqual({ date: '2025-12-31', unpaid: 1000, invoiced: 1000, dso: 365 });
    // Jan: F3 written off (gone), F1 open 12100; invoiced 12100 + 1000 = 13100 -> 12100*365/13100 = 337.137 -> 337.1
    expect(h[10]).toEqual({ date: '2026-01-31', unpaid: 12100, invoiced: 13100, dso: 337.1 });
    // Feb: F1 paid, F2 open 36300; invoiced 49400 -> 36300*365/49400 = 268.208 -> 268.2
    expect(h[11]).toEqual({ date: '2026-02-28', unpaid: 36300, invoiced: 49400, dso: 268.2 });
  });

  it('takes the number of months as an option and checks it', () => {
    expect(dsoHistory(p, { months: 2 }).map((x) => x.date)).toEqual(['2026-01-31', '2026-02-28']);
    expect(() => dsoHistory(p, { months: 0 })).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        where: expect.objectContaining({ path: 'options.months' }),
      }),
    );
  });

  it('credits a linked credit note from its own date, not the invoice’s', () => {
    const q = prep(
      {
        invoices: [
          invoice('F1', 'K1', isoDate('2026-01-10'), 1000, { amountInclVat: cents(1000) }),
          { ...creditNote('C1', 'K1', isoDate('2026-02-05'), -400, 'F1'), amountInclVat: cents(-400) },
        ],
      },
      '2026-03-15',
    );
    const [jan, feb] = dsoHistory(q, { months: 2 });
    expect(jan).toMatchObject({ unpaid: 1000, invoiced: 1000 });
    expect(feb).toMatchObject({ unpaid: 600, invoiced: 600 });
  });
});

/** The plain definition, one settle() per invoice per day: what the one-walk version must equal. */
function unpaidDirect(p: PreparedLedger, e: IsoDate): number {
  let sum = 0;
  for (const doc of p.invoices) {
    const inv = doc.invoice;
    if (inv.invoiceDate > e) continue;
    if (inv.writtenOffOn !== undefined && inv.writtenOffOn <= e) continue;
    const s = settle(inv, p.index, e);
    sum += doc.linked ? -s.paid - s.credited : s.open;
  }
  return sum;
}

function invoicedDirect(p: PreparedLedger, e: IsoDate): number {
  const after = addDays(e, -365);
  let sum = 0;
  for (const doc of p.invoices)
    if (doc.invoice.invoiceDate > after && doc.invoice.invoiceDate <= e) sum += doc.invoice.amountInclVat;
  return sum;
}

describe('dso properties', () => {
  it('the one-walk balances equal settle() per day, on any ledger and any set of days', () => {
    fc.assert(
      fc.property(
        arbitraryLedger(),
        fc.array(fc.integer({ min: -800, max: 0 }), { minLength: 1, maxLength: 6 }),
        ({ ledger, today }, offsets) => {
          const p = prepareLedger(ledger, { today, dueDateOf: due30 });
          const days = offsets.map((o) => addDays(today, o));
          for (const point of runAccumulator(p, dsoAccumulator(p, days))) {
            expect(point.unpaid).toBe(unpaidDirect(p, point.date));
            expect(point.invoiced).toBe(invoicedDirect(p, point.date));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
