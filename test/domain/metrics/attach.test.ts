import fc from 'fast-check';
import { indexLedger } from '../../../src/domain/ledger';
import { attach } from '../../../src/domain/metrics/attach';
import { arbitraryLedger } from './arbitraries';
import { invoice, ledger, payment } from './builders';
import { isoDate } from '../../../src/domain/dates';

describe('attach: the metrics’ flat index', () => {
  it('holds what indexLedger holds per invoice: the same payments and credit notes in the same order', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger: l, today }) => {
        const index = indexLedger(l);
        const flat = attach(l, today);
        l.invoices.forEach((inv, i) => {
          expect(flat.position.get(inv.number)).toBe(i);
          expect(flat.payments[i] ?? []).toEqual(index.paymentsByInvoice.get(inv.number) ?? []);
          (flat.payments[i] ?? []).forEach((p, k) =>
            expect(p).toBe(index.paymentsByInvoice.get(inv.number)?.[k]),
          );
          expect(flat.creditNotes[i] ?? []).toEqual(index.creditNotesByInvoice.get(inv.number) ?? []);
          const reminders = (index.contactsByInvoice.get(inv.number) ?? []).filter(
            (c) => c.ladderStep && c.date <= today,
          ).length;
          expect(flat.reminders[i]).toBe(reminders);
        });
        const unallocated = l.payments.filter(
          (p) => p.date <= today && !(p.invoiceNumber && index.invoicesByNumber.has(p.invoiceNumber)),
        );
        expect(flat.unallocated).toEqual({
          total: unallocated.reduce((s, p) => s + p.amount, 0),
          count: unallocated.length,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('sorts a list booked out of date order, keeping equal dates in booking order', () => {
    const late = payment('F1', isoDate('2026-03-01'), 10);
    const early = payment('F1', isoDate('2026-01-01'), 20);
    const sameDay = payment('F1', isoDate('2026-01-01'), 30);
    const flat = attach(
      ledger({
        invoices: [invoice('F1', 'K1', isoDate('2025-12-01'), 100)],
        payments: [late, early, sameDay],
      }),
      isoDate('2026-12-31'),
    );
    expect(flat.payments[0]).toEqual([early, sameDay, late]);
  });

  it('names both rows of a duplicate invoice number', () => {
    const l = ledger({
      invoices: [
        invoice('F0', 'K1', isoDate('2026-01-01'), 1),
        invoice('F1', 'K1', isoDate('2026-01-01'), 1),
        invoice('F1', 'K2', isoDate('2026-01-02'), 1),
      ],
    });
    expect(() => attach(l, isoDate('2026-03-31'))).toThrow(
      expect.objectContaining({
        code: 'duplicate',
        where: expect.objectContaining({ path: 'invoices[2].number' }),
      }),
    );
    expect(() => attach(l, isoDate('2026-03-31'))).toThrow(/invoices\[1\]/);
  });
});
