import fc from 'fast-check';
import { indexLedger } from '../../../src/domain/ledger';
import { overviewMetrics, prepareLedger, receivableAging } from '../../../src/domain/metrics';
import { defaultSettings } from '../../../src/domain/model';
import { agingReport } from '../../../src/domain/status';
import { dueDateResolver } from '../../../src/domain/terms';
import { arbitraryLedger } from './arbitraries';
import { creditNote, customer, invoice, ledger, payment } from './builders';
import { isoDate } from '../../../src/domain/dates';

const settings = defaultSettings();

describe('receivable aging in the metrics pass', () => {
  it('gives agingReport’s buckets and totals for any ledger, with the terms module’s due dates', () => {
    fc.assert(
      fc.property(arbitraryLedger(), ({ ledger: l, today }) => {
        const customers = new Map(l.customers.map((c) => [c.number, c]));
        // agingReport refuses an invoice of an unknown customer; the pane leaves those out too.
        const known = { ...l, invoices: l.invoices.filter((i) => customers.has(i.customerNumber)) };
        const report = agingReport(known.invoices, indexLedger(known), customers, settings, today);
        const o = overviewMetrics(known, { today, dueDateOf: dueDateResolver(customers, settings) });
        expect(o.aging).toEqual({ buckets: report.buckets, total: report.total });
      }),
      { numRuns: 200 },
    );
  });

  it('counts future, disputed and partly paid invoices, and leaves out credited, written-off and paid ones', () => {
    const l = ledger({
      customers: [customer('K1')],
      invoices: [
        invoice('F1', 'K1', isoDate('2026-01-01'), 1000), // 1,210 incl. VAT, due 2026-01-31: 59 days past
        invoice('F2', 'K1', isoDate('2026-03-01'), 1000), // partly paid, 0 days past
        invoice('F3', 'K1', isoDate('2026-04-10'), 1000), // dated after today: still receivable, not due
        invoice('F4', 'K1', isoDate('2026-01-01'), 1000),
        creditNote('C4', 'K1', isoDate('2026-01-05'), -1000, 'F4'), // F4 fully credited
        { ...invoice('F5', 'K1', isoDate('2025-10-01'), 1000), writtenOffOn: isoDate('2026-02-01') },
        invoice('F6', 'K1', isoDate('2026-01-01'), 1000),
        { ...invoice('F7', 'K1', isoDate('2026-01-01'), 1000), disputedSince: isoDate('2026-02-10') }, // still owed
      ],
      payments: [payment('F2', isoDate('2026-03-10'), 400), payment('F6', isoDate('2026-02-01'), 1210)],
    });
    const customers = new Map(l.customers.map((c) => [c.number, c]));
    const a = receivableAging(
      prepareLedger(l, { today: isoDate('2026-03-31'), dueDateOf: dueDateResolver(customers, settings) }),
    );
    expect(a.total).toEqual({ count: 4, open: 1210 + 810 + 1210 + 1210 });
    expect(a.buckets['31-60']).toEqual({ count: 2, open: 2420 });
    expect(a.buckets['not-due']).toEqual({ count: 2, open: 810 + 1210 });
  });
});
