import { DomainError } from '../../../src/domain/errors';
import { prepareLedger } from '../../../src/domain/metrics';
import { creditNote, due30, invoice, ledger, payment, prep } from './builders';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

const located = (code: string, path: string) =>
  expect.objectContaining({ name: 'DomainError', code, where: expect.objectContaining({ path }) });

describe('prepareLedger: bad input is a located DomainError', () => {
  const today = '2026-03-31';

  it('rejects a bad today', () => {
    expect(() => prepareLedger(ledger({}), { today: '31-03-2026' as never, dueDateOf: due30 })).toThrow(
      located('invalid-date', 'today'),
    );
  });

  it('rejects a duplicate invoice number, naming both rows', () => {
    const run = () =>
      prep(
        {
          invoices: [
            invoice('F1', 'K1', isoDate('2026-01-01'), 1),
            invoice('F1', 'K2', isoDate('2026-01-02'), 1),
          ],
        },
        today,
      );
    expect(run).toThrow(located('duplicate', 'invoices[1].number'));
    expect(run).toThrow(/invoices\[0\]/);
  });

  it('rejects malformed dates and amounts on invoices and payments', () => {
    expect(() =>
      prep(
        { invoices: [invoice('F1', 'K1', '2026-01-01', 1, { invoiceDate: '2026-02-30' as never })] },
        today,
      ),
    ).toThrow(located('invalid-date', 'invoices[0].invoiceDate'));
    expect(() =>
      prep(
        { invoices: [invoice('F1', 'K1', isoDate('2026-01-01'), 1, { deliveryDate: 'gisteren' as never })] },
        today,
      ),
    ).toThrow(located('invalid-date', 'invoices[0].deliveryDate'));
    expect(() =>
      prep(
        { invoices: [invoice('F1', 'K1', isoDate('2026-01-01'), 1, { amountInclVat: 12.5 as never })] },
        today,
      ),
    ).toThrow(located('invalid-amount', 'invoices[0].amountInclVat'));
    expect(() => prep({ invoices: [invoice('F1', '', isoDate('2026-01-01'), 1)] }, today)).toThrow(
      located('invalid-input', 'invoices[0].customerNumber'),
    );
    expect(() =>
      prep({ payments: [{ ...payment('F1', '2026-01-01', 100), date: '2026-1-1' as never }] }, today),
    ).toThrow(located('invalid-date', 'payments[0].date'));
    expect(() =>
      prep({ payments: [{ ...payment('F1', '2026-01-01', 100), amount: Number.NaN as never }] }, today),
    ).toThrow(located('invalid-amount', 'payments[0].amount'));
  });

  it('checks what the due-date resolver returns, and wraps what it throws', () => {
    const inv = [
      invoice('F0', 'K1', isoDate('2026-01-01'), 1),
      invoice('F1', 'K1', isoDate('2026-01-01'), 1),
    ];
    expect(() =>
      prep({ invoices: inv }, today, (i) =>
        i.number === 'F1' ? ('2026-13-01' as never) : isoDate('2026-02-01'),
      ),
    ).toThrow(located('invalid-date', 'invoices[1].dueDate'));
    const boom = () => {
      throw new TypeError('no terms');
    };
    let caught: unknown;
    try {
      prep({ invoices: inv }, today, boom);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      code: 'invalid-input',
      where: { path: 'invoices[0].dueDate', value: 'F0' },
    });
    const domain = () => {
      throw new DomainError('unknown-customer', 'K1 has no terms', { path: 'customers[0]' });
    };
    expect(() => prep({ invoices: inv }, today, domain)).toThrow(located('unknown-customer', 'customers[0]'));
  });

  it('does not ask a due date for credit notes', () => {
    const p = prep({ invoices: [creditNote('C1', 'K1', isoDate('2026-01-01'), -100)] }, today, () => {
      throw new Error('should not be called');
    });
    expect(p.invoices[0]?.dueDate).toBeUndefined();
  });
});

describe('prepareLedger: tolerant where documented', () => {
  it('keeps an invoice whose customer is not in Klanten, under its number', () => {
    const p = prep({ invoices: [invoice('F1', 'K404', isoDate('2026-01-01'), 100)] }, isoDate('2026-03-31'));
    expect(p.customers.get('K404')).toEqual({ customerNumber: 'K404', known: false });
    expect(p.invoices[0]?.open).toBe(121);
  });

  it('treats a credit note naming a missing invoice, or itself, as standing alone', () => {
    const p = prep(
      {
        invoices: [
          { ...creditNote('C1', 'K1', isoDate('2026-01-01'), -100, 'F404'), amountInclVat: cents(-100) },
          { ...creditNote('C2', 'K1', isoDate('2026-01-01'), -50, 'C2'), amountInclVat: cents(-50) },
        ],
      },
      '2026-03-31',
    );
    expect(p.invoices.map((d) => [d.linked, d.open])).toEqual([
      [false, -100],
      [false, -50],
    ]);
  });
});
