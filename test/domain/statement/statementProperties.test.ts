/**
 * The statement against the ledger's own counting: the balance on a day is, per invoice, what
 * invoiceStatus says is open (written-off invoices nothing, a credit note applied to an invoice
 * only what was paid on it), minus the payments that named no invoice.
 */
import fc from 'fast-check';
import { addDays, isoDate, type IsoDate } from '../../../src/domain/dates';
import { indexLedger } from '../../../src/domain/ledger';
import { defaultSettings, type Invoice, type Ledger, type Payment } from '../../../src/domain/model';
import { addCents, cents, subtractCents, sumCents, type Cents } from '../../../src/domain/money';
import { statementOf } from '../../../src/domain/statement';
import { invoiceStatus } from '../../../src/domain/status';
import { business } from '../_statusBuilders';

const START = isoDate('2025-01-01');
const day = (n: number): IsoDate => addDays(START, n);

const ledgerArb = fc
  .record({
    invoices: fc.array(
      fc.record({
        customer: fc.constantFrom('K1', 'K2'),
        on: fc.nat(500),
        amount: fc.integer({ min: 0, max: 500_000 }),
        writeOff: fc.option(fc.nat(200), { nil: undefined }),
        disputed: fc.option(fc.nat(200), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    credits: fc.array(
      fc.record({ of: fc.nat(11), after: fc.nat(100), part: fc.integer({ min: 1, max: 100 }) }),
      {
        maxLength: 4,
      },
    ),
    payments: fc.array(
      fc.record({
        of: fc.option(fc.nat(11), { nil: undefined }),
        customer: fc.constantFrom('K1', 'K2'),
        after: fc.nat(200),
        amount: fc.integer({ min: -50_000, max: 300_000 }),
      }),
      { maxLength: 20 },
    ),
  })
  .map(({ invoices: specs, credits, payments: paySpecs }) => {
    const credited = new Set(credits.map((c) => c.of));
    const invoices: Invoice[] = specs.map((s, i) => ({
      number: `F${i}`,
      customerNumber: s.customer,
      invoiceDate: day(s.on),
      amountExclVat: cents(s.amount),
      amountInclVat: cents(s.amount),
      // Written off only where no credit note applies: status ranks 'credited' above 'written-off'.
      ...(s.writeOff !== undefined && !credited.has(i) ? { writtenOffOn: day(s.on + s.writeOff) } : {}),
      ...(s.disputed !== undefined ? { disputedSince: day(s.on + s.disputed) } : {}),
    }));
    const targets = [...invoices];
    credits.forEach((c, j) => {
      const target = targets[c.of];
      if (!target || target.amountInclVat === 0) return;
      const amount = cents(-Math.round((target.amountInclVat * c.part) / 100));
      invoices.push({
        number: `C${j}`,
        customerNumber: target.customerNumber,
        invoiceDate: addDays(target.invoiceDate, c.after),
        amountExclVat: amount,
        amountInclVat: amount,
        creditsInvoice: target.number,
      });
    });
    const originals = invoices.filter((i) => !i.creditsInvoice);
    const payments: Payment[] = paySpecs.map((p) => {
      const target = p.of === undefined ? undefined : originals[p.of];
      return target
        ? {
            date: addDays(target.invoiceDate, p.after),
            amount: cents(p.amount),
            invoiceNumber: target.number,
          }
        : { date: day(p.after * 3), amount: cents(p.amount), customerNumber: p.customer };
    });
    const ledger: Ledger = {
      customers: [business(), business({ number: 'K2' })],
      invoices,
      payments,
      contacts: [],
      arrangements: [],
      settings: defaultSettings(),
    };
    return ledger;
  });

/** The ledger's open amount of a customer at the end of `on`, counted from invoiceStatus. */
function ledgerOpen(ledger: Ledger, customerNumber: string, on: IsoDate): Cents {
  const index = indexLedger(ledger);
  const customer = index.customersByNumber.get(customerNumber)!;
  let total = cents(0);
  for (const inv of ledger.invoices) {
    if (inv.customerNumber !== customerNumber || inv.invoiceDate > on) continue;
    const status = invoiceStatus(inv, index, customer, ledger.settings, on);
    if (status.kind === 'written-off') continue;
    total = addCents(total, inv.creditsInvoice ? subtractCents(status.open, inv.amountInclVat) : status.open);
  }
  const loose = ledger.payments.filter(
    (p) => !p.invoiceNumber && p.customerNumber === customerNumber && p.date <= on,
  );
  return subtractCents(total, sumCents(loose.map((p) => p.amount)));
}

const periodArb = fc.record({ a: fc.nat(700), len: fc.nat(400) });

describe('statementOf, over generated ledgers', () => {
  it('opening + movements = closing = the ledger open amount; overdue within the closing; payments accounted for', () => {
    fc.assert(
      fc.property(ledgerArb, periodArb, fc.constantFrom('K1', 'K2'), (ledger, { a, len }, customer) => {
        const from = day(a);
        const until = day(a + len);
        const s = statementOf(ledger, customer, { from, until }, until);
        expect(s.opening).toBe(ledgerOpen(ledger, customer, addDays(from, -1)));
        expect(s.opening + sumCents(s.lines.map((l) => l.effect))).toBe(s.closing.balance);
        expect(s.closing.balance).toBe(ledgerOpen(ledger, customer, until));
        expect(s.lines.at(-1)?.balance ?? s.opening).toBe(s.closing.balance);
        expect(s.closing.overdue.total).toBeLessThanOrEqual(Math.max(s.closing.balance, 0));
        expect(s.closing.overdue.total).toBeGreaterThanOrEqual(0);
        expect(
          sumCents([...s.closing.open, ...s.closing.credits].map((i) => i.open)) + s.closing.unallocated,
        ).toBe(s.closing.balance);
        for (const line of s.lines) {
          expect(line.date >= from && line.date <= until).toBe(true);
          if (line.kind === 'payment')
            expect(sumCents(line.cleared.map((c) => c.amount)) + line.unallocated).toBe(line.amount);
        }
        const dates = s.lines.map((l) => l.date);
        expect([...dates].sort()).toEqual(dates);
      }),
      { numRuns: 300 },
    );
  });
});
