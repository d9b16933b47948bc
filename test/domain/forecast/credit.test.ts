import { creditExposure } from '../../../src/domain/forecast/credit';
import { indexLedger } from '../../../src/domain/ledger';
import { defaultSettings, type Customer } from '../../../src/domain/model';
import { invoice, ledger, payment } from '../metrics/builders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const today = '2026-06-30';
const k1: Customer = { number: 'K1', name: 'K1', kind: 'business', ibans: [], creditLimit: cents(50000) };
// A: 20000, due 2026-05-31, overdue; B: 30000 less 10000 paid, not due; C written off; D disputed, overdue.
const l = ledger({
  customers: [k1],
  invoices: [
    invoice('A', 'K1', isoDate('2026-05-01'), 0, { amountInclVat: cents(20000) }),
    invoice('B', 'K1', isoDate('2026-06-20'), 0, { amountInclVat: cents(30000) }),
    invoice('C', 'K1', isoDate('2026-01-01'), 0, {
      amountInclVat: cents(99000),
      writtenOffOn: isoDate('2026-03-01'),
    }),
    invoice('D', 'K1', isoDate('2026-04-01'), 0, {
      amountInclVat: cents(5000),
      disputedSince: isoDate('2026-05-10'),
    }),
  ],
  payments: [payment('B', isoDate('2026-06-25'), 10000)],
});
const index = indexLedger(l);

describe('creditExposure', () => {
  it('counts what is open and overdue as the statuses do, and compares with the limit', () => {
    const e = creditExposure(k1, index, defaultSettings(), isoDate(today), cents(5000));
    expect(e).toEqual({
      limit: 50000,
      open: 45000,
      openAfter: 50000,
      overLimit: false,
      overdueCount: 2,
      overdue: 25000,
    });
    expect(creditExposure(k1, index, defaultSettings(), isoDate(today), cents(5001)).overLimit).toBe(true);
  });

  it('has no limit unless one is set, and refuses an amount that is no whole cents', () => {
    const noLimit = { ...k1 };
    delete noLimit.creditLimit;
    expect(creditExposure(noLimit, index, defaultSettings(), isoDate(today), cents(10 ** 9))).toMatchObject({
      limit: null,
      overLimit: false,
    });
    expect(() => creditExposure(k1, index, defaultSettings(), isoDate(today), 1.5 as never)).toThrow(
      /whole cents/,
    );
  });
});
