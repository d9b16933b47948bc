/** The metrics' random ledgers, plus disputes and payment plans, which the forecast treats apart. */
import { cents } from '../../../src/domain/money';
import fc from 'fast-check';
import { addDays, type IsoDate } from '../../../src/domain/dates';
import type { Arrangement } from '../../../src/domain/model';
import type { MetricsLedger } from '../../../src/domain/metrics';
import { arbitraryLedger } from '../metrics/arbitraries';

export function arbitraryForecastLedger(): fc.Arbitrary<{ ledger: MetricsLedger; today: IsoDate }> {
  return fc
    .record({
      base: arbitraryLedger(),
      disputes: fc.array(fc.record({ invoice: fc.nat(30), after: fc.integer({ min: -5, max: 90 }) }), {
        maxLength: 3,
      }),
      plans: fc.array(
        fc.record({
          invoice: fc.nat(30),
          after: fc.integer({ min: 0, max: 90 }),
          instalments: fc.array(
            fc.record({
              offset: fc.integer({ min: -60, max: 200 }),
              amount: fc.integer({ min: 1, max: 300_000 }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ base, disputes, plans }) => {
      const invoices = base.ledger.invoices.map((inv) => ({ ...inv }));
      for (const d of disputes) {
        const inv = invoices[d.invoice];
        if (inv) inv.disputedSince = addDays(inv.invoiceDate, d.after);
      }
      const arrangements: Arrangement[] = [];
      for (const p of plans) {
        const inv = invoices[p.invoice];
        if (!inv) continue;
        const agreedOn = addDays(inv.invoiceDate, p.after);
        arrangements.push({
          invoiceNumber: inv.number,
          agreedOn,
          instalments: p.instalments.map((i) => ({
            dueDate: addDays(agreedOn, i.offset),
            amount: cents(i.amount),
          })),
        });
      }
      return { ledger: { ...base.ledger, invoices, arrangements }, today: base.today };
    });
}
