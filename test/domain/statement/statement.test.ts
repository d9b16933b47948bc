import { DomainError } from '../../../src/domain/errors';
import { defaultSettings, type Invoice, type Ledger, type Payment } from '../../../src/domain/model';
import { statementOf, customersWithOpenBalance } from '../../../src/domain/statement';
import { business, invoice } from '../_statusBuilders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const pay = (date: string, amount: number, over: Partial<Payment> = {}): Payment => ({
  date: isoDate(date),
  amount: cents(amount),
  invoiceNumber: 'F1',
  ...over,
});

function ledgerOf(invoices: Invoice[], payments: Payment[] = [], over: Partial<Ledger> = {}): Ledger {
  return {
    customers: [business({ contactName: 'Anna' }), business({ number: 'K2', name: 'Ander' })],
    invoices,
    payments,
    contacts: [],
    arrangements: [],
    settings: defaultSettings({ companyName: 'Studio Noord', companyIban: 'NL91ABNA0417164300' }),
    ...over,
  };
}

const period = { from: isoDate('2026-02-01'), until: isoDate('2026-04-30') };

describe('statementOf', () => {
  it('opens with what was open before the period and runs a balance through it', () => {
    const ledger = ledgerOf(
      [
        invoice({ number: 'F1', invoiceDate: isoDate('2026-01-10'), amountInclVat: cents(12100) }),
        invoice({ number: 'F2', invoiceDate: isoDate('2026-02-15'), amountInclVat: cents(5000) }),
        invoice({
          number: 'C1',
          invoiceDate: isoDate('2026-03-01'),
          amountInclVat: cents(-1000),
          creditsInvoice: 'F2',
        }),
        invoice({
          number: 'F9',
          customerNumber: 'K2',
          invoiceDate: isoDate('2026-02-02'),
          amountInclVat: cents(999),
        }),
      ],
      [pay('2026-01-20', 2100), pay('2026-03-10', 10000), pay('2026-04-01', 500, { invoiceNumber: 'F2' })],
    );
    const s = statementOf(ledger, 'K1', period, isoDate('2026-04-30'));
    expect(s.opening).toBe(10000);
    expect(s.lines.map((l) => [l.kind, l.date, l.effect, l.balance])).toEqual([
      ['invoice', '2026-02-15', 5000, 15000],
      ['credit-note', '2026-03-01', -1000, 14000],
      ['payment', '2026-03-10', -10000, 4000],
      ['payment', '2026-04-01', -500, 3500],
    ]);
    expect(s.lines[1]?.notes).toEqual([{ kind: 'credits', invoiceNumber: 'F2' }]);
    expect(s.closing.balance).toBe(3500);
    // F2: due 30 days after 15 Feb = 17 Mar; 44 days late on 30 Apr.
    expect(s.closing.overdue.invoices.map((i) => [i.number, i.dueDate, i.daysOverdue, i.open])).toEqual([
      ['F2', '2026-03-17', 44, 3500],
    ]);
    expect(s.closing.overdue.total).toBe(3500);
    expect(s.language).toBe('nl');
  });

  it('shows what a payment cleared and what went over the invoice', () => {
    const ledger = ledgerOf(
      [invoice({ number: 'F1', invoiceDate: isoDate('2026-02-01'), amountInclVat: cents(10000) })],
      [
        pay('2026-02-10', 6000),
        pay('2026-02-20', 6000),
        pay('2026-02-25', 700, { invoiceNumber: undefined, customerNumber: 'K1' }),
      ],
    );
    const s = statementOf(ledger, 'K1', period, isoDate('2026-04-30'));
    const payments = s.lines.filter((l) => l.kind === 'payment');
    expect(payments.map((p) => [p.cleared, p.unallocated])).toEqual([
      [[{ invoiceNumber: 'F1', amount: 6000 }], 0],
      [[{ invoiceNumber: 'F1', amount: 4000 }], 2000],
      [[], 700],
    ]);
    expect(s.closing.balance).toBe(-2700);
    expect(s.closing.credits.map((c) => [c.number, c.open])).toEqual([['F1', -2000]]);
    expect(s.closing.unallocated).toBe(-700);
    expect(s.closing.overdue.total).toBe(0);
  });

  it('takes a written-off invoice off the account on its write-off day, and later payments count nothing', () => {
    const ledger = ledgerOf(
      [
        invoice({
          number: 'F1',
          invoiceDate: isoDate('2026-02-01'),
          amountInclVat: cents(10000),
          writtenOffOn: isoDate('2026-03-01'),
        }),
      ],
      [pay('2026-02-10', 4000), pay('2026-03-15', 1000)],
    );
    const s = statementOf(ledger, 'K1', period, isoDate('2026-04-30'));
    expect(s.lines.map((l) => [l.kind, l.effect, l.balance])).toEqual([
      ['invoice', 10000, 10000],
      ['payment', -4000, 6000],
      ['write-off', -6000, 0],
      ['payment', 0, 0],
    ]);
    expect(s.lines[3]?.notes).toEqual([{ kind: 'after-write-off', invoiceNumber: 'F1' }]);
    expect(s.closing.balance).toBe(0);
  });

  it('marks disputed and arranged invoices and keeps disputed money out of what may be asked', () => {
    const ledger = ledgerOf(
      [
        invoice({
          number: 'F1',
          invoiceDate: isoDate('2026-02-01'),
          amountInclVat: cents(10000),
          disputedSince: isoDate('2026-03-05'),
        }),
        invoice({ number: 'F2', invoiceDate: isoDate('2026-02-02'), amountInclVat: cents(3000) }),
      ],
      [],
      {
        arrangements: [
          {
            invoiceNumber: 'F2',
            agreedOn: isoDate('2026-03-20'),
            instalments: [{ dueDate: isoDate('2026-05-01'), amount: cents(3000) }],
          },
        ],
      },
    );
    const s = statementOf(ledger, 'K1', period, isoDate('2026-04-30'));
    expect(s.closing.overdue.invoices.map((i) => [i.number, i.status, i.notes.map((n) => n.kind)])).toEqual([
      ['F1', 'disputed', ['disputed']],
      ['F2', 'in-arrangement', ['in-arrangement']],
    ]);
    expect(s.closing.overdue.total).toBe(13000);
    expect(s.closing.overdue.undisputed).toBe(3000);
  });

  it('speaks the customer language, else the settings', () => {
    const ledger = ledgerOf([], [], {
      customers: [business({ language: 'en' }), business({ number: 'K2' })],
    });
    expect(statementOf(ledger, 'K1', period, isoDate('2026-05-01')).language).toBe('en');
    expect(statementOf(ledger, 'K2', period, isoDate('2026-05-01')).language).toBe('nl');
  });

  it('refuses an unknown customer, a reversed period and a period ending after today, by name', () => {
    const ledger = ledgerOf([]);
    expect(() => statementOf(ledger, 'K404', period, isoDate('2026-05-01'))).toThrow(
      expect.objectContaining({
        code: 'unknown-customer',
        where: expect.objectContaining({ value: 'K404' }),
      }),
    );
    expect(() =>
      statementOf(
        ledger,
        'K1',
        { from: isoDate('2026-05-01'), until: isoDate('2026-04-01') },
        isoDate('2026-05-01'),
      ),
    ).toThrow(/period\.from/);
    expect(() => statementOf(ledger, 'K1', period, isoDate('2026-04-29'))).toThrow(DomainError);
    expect(() =>
      statementOf(
        ledger,
        'K1',
        { from: '2026-02-30' as never, until: isoDate('2026-04-01') },
        isoDate('2026-05-01'),
      ),
    ).toThrow(/period\.from/);
  });

  it('lists the customers with an open balance', () => {
    const ledger = ledgerOf(
      [
        invoice({ number: 'F1', invoiceDate: isoDate('2026-02-01'), amountInclVat: cents(10000) }),
        invoice({
          number: 'F2',
          customerNumber: 'K2',
          invoiceDate: isoDate('2026-02-01'),
          amountInclVat: cents(500),
        }),
      ],
      [pay('2026-02-10', 500, { invoiceNumber: 'F2' })],
    );
    expect(customersWithOpenBalance(ledger, isoDate('2026-04-30')).map((c) => c.number)).toEqual(['K1']);
    expect(customersWithOpenBalance(ledger, isoDate('2026-01-31'))).toEqual([]);
  });
});
