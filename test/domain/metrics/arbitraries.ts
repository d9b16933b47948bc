/** Random, valid ledgers for the property tests: credit notes (linked, dangling, self), unknown customers, payments on unknown invoices, write-offs, future invoices. */
import fc from 'fast-check';
import { addDays, isoDate, type IsoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';
import type { ContactEntry, Invoice, Payment } from '../../../src/domain/model';
import type { MetricsLedger } from '../../../src/domain/metrics';
import { customer } from './builders';

const BASE = isoDate('2024-01-01');

const invoiceSpec = fc.record({
  customer: fc.integer({ min: 0, max: 9 }),
  day: fc.integer({ min: 0, max: 1000 }),
  excl: fc.integer({ min: 1, max: 500_000 }),
  credit: fc.boolean(),
  links: fc.option(fc.integer({ min: 0, max: 30 })),
  product: fc.constantFrom('Advies', 'Training', undefined, ''),
  delivery: fc.option(fc.integer({ min: -40, max: 5 })),
  writeOff: fc.option(fc.integer({ min: -10, max: 400 }), { freq: 6 }),
});

const paymentSpec = fc.record({
  invoice: fc.integer({ min: -1, max: 30 }),
  day: fc.integer({ min: 0, max: 1100 }),
  amount: fc.integer({ min: -50_000, max: 700_000 }),
  whole: fc.boolean(),
});

export function arbitraryLedger(): fc.Arbitrary<{ ledger: MetricsLedger; today: IsoDate }> {
  return fc
    .record({
      customers: fc.integer({ min: 0, max: 8 }),
      invoices: fc.array(invoiceSpec, { maxLength: 25 }),
      payments: fc.array(paymentSpec, { maxLength: 30 }),
      reminders: fc.array(
        fc.record({ invoice: fc.integer({ min: 0, max: 30 }), day: fc.integer({ min: 0, max: 1100 }) }),
        { maxLength: 10 },
      ),
      today: fc.integer({ min: 200, max: 1100 }),
    })
    .map((spec) => {
      const invoices: Invoice[] = spec.invoices.map((s, i) => {
        const sign = s.credit ? -1 : 1;
        const excl = sign * s.excl;
        const invoiceDate = addDays(BASE, s.day);
        const inv: Invoice = {
          number: `F${i}`,
          customerNumber: `K${s.customer}`,
          invoiceDate,
          amountExclVat: cents(excl),
          amountInclVat: cents(excl + Math.round(excl * 0.21)),
        };
        if (s.product !== undefined) inv.product = s.product;
        if (s.credit && s.links !== null) inv.creditsInvoice = `F${s.links}`;
        if (s.delivery !== null) inv.deliveryDate = addDays(invoiceDate, s.delivery);
        if (s.writeOff !== null) inv.writtenOffOn = addDays(invoiceDate, s.writeOff);
        return inv;
      });
      const payments: Payment[] = spec.payments.map((s) => {
        const target = s.invoice < 0 ? undefined : `F${s.invoice}`;
        const paid = target !== undefined && s.whole ? invoices[s.invoice]?.amountInclVat : undefined;
        return {
          date: addDays(BASE, s.day),
          amount: paid ?? cents(s.amount),
          ...(target ? { invoiceNumber: target } : { customerNumber: 'K0' }),
        };
      });
      const contacts: ContactEntry[] = spec.reminders.map((r) => ({
        date: addDays(BASE, r.day),
        customerNumber: invoices[r.invoice]?.customerNumber ?? 'K0',
        invoiceNumber: `F${r.invoice}`,
        channel: 'email',
        summary: '',
        ladderStep: 'herinnering-1',
      }));
      return {
        ledger: {
          customers: Array.from({ length: spec.customers }, (_, i) => customer(`K${i}`)),
          invoices,
          payments,
          contacts,
          arrangements: [],
        },
        today: addDays(BASE, spec.today),
      };
    });
}
