import { indexLedger, settle } from '../../src/domain/ledger';
import type { Invoice, Payment } from '../../src/domain/model';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

const inv = (over: Partial<Invoice> = {}): Invoice => ({
  number: 'F1',
  customerNumber: 'K1',
  invoiceDate: isoDate('2026-01-10'),
  amountExclVat: cents(10000),
  amountInclVat: cents(12100),
  ...over,
});
const pay = (date: string, amount: number, invoiceNumber = 'F1'): Payment => ({
  date: isoDate(date),
  amount: cents(amount),
  invoiceNumber,
});

function ledger(invoices: Invoice[], payments: Payment[]) {
  return indexLedger({ customers: [], invoices, payments, contacts: [], arrangements: [] });
}

describe('settle', () => {
  it('counts partial payments up to the given day', () => {
    const idx = ledger([inv()], [pay('2026-02-01', 5000), pay('2026-03-01', 7100)]);
    expect(settle(inv(), idx, isoDate('2026-02-15'))).toEqual({
      amount: 12100,
      credited: 0,
      paid: 5000,
      open: 7100,
      lastPaymentOn: '2026-02-01',
    });
    expect(settle(inv(), idx)).toMatchObject({ paid: 12100, open: 0, settledOn: '2026-03-01' });
  });

  it('applies a credit note and reports over-payment as negative open', () => {
    const credit = inv({
      number: 'C1',
      amountExclVat: cents(-5000),
      amountInclVat: cents(-6050),
      creditsInvoice: 'F1',
      invoiceDate: isoDate('2026-01-20'),
    });
    const idx = ledger([inv(), credit], [pay('2026-02-01', 7000)]);
    expect(settle(inv(), idx)).toMatchObject({
      credited: 6050,
      paid: 7000,
      open: -950,
      settledOn: '2026-02-01',
    });
  });

  it('re-opens an invoice when a payment is reversed', () => {
    const idx = ledger([inv()], [pay('2026-02-01', 12100), pay('2026-02-03', -12100)]);
    const s = settle(inv(), idx);
    expect(s.open).toBe(12100);
    expect(s.settledOn).toBeUndefined();
  });
});
