import fc from 'fast-check';
import { addDays, isoDate } from '../../../src/domain/dates';
import { cachedDueDateOf } from '../../../src/domain/metrics';
import { defaultSettings, type Customer, type Invoice } from '../../../src/domain/model';
import { dueDateOf } from '../../../src/domain/terms';
import { cents } from '../../../src/domain/money';

const customerArb = fc.record({
  kind: fc.constantFrom('business' as const, 'consumer' as const),
  term: fc.option(fc.integer({ min: 0, max: 120 })),
  large: fc.boolean(),
});
const invoiceArb = fc.record({
  customer: fc.integer({ min: 0, max: 6 }),
  day: fc.integer({ min: 0, max: 60 }),
  ownTerm: fc.option(fc.integer({ min: 0, max: 90 }), { freq: 4 }),
  explicit: fc.option(fc.integer({ min: -5, max: 90 }), { freq: 4 }),
});

function outcome(f: () => string): string {
  try {
    return f();
  } catch (err) {
    const e = err as { code?: string; where?: { path?: string }; message?: string };
    return `error ${e.code} ${e.where?.path} ${e.message}`;
  }
}

describe('cachedDueDateOf', () => {
  it('gives the terms module’s answer for every invoice, in any order and with repeats', () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { minLength: 1, maxLength: 6 }),
        fc.array(invoiceArb, { maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 90 })),
        (cs, specs, businessTermDays) => {
          const customers: Customer[] = cs.map((c, i) => ({
            number: `K${i}`,
            name: `Klant ${i}`,
            kind: c.kind,
            ibans: [],
            ...(c.term !== null ? { paymentTermDays: c.term } : {}),
            ...(c.large ? { largeCompany: true } : {}),
          }));
          const settings = defaultSettings(businessTermDays !== null ? { businessTermDays } : {});
          const byNumber = new Map(customers.map((c) => [c.number, c]));
          const resolve = cachedDueDateOf(byNumber, settings);
          specs.forEach((s, i) => {
            const invoiceDate = addDays(isoDate('2022-06-15'), s.day);
            const inv: Invoice = {
              number: `F${i}`,
              customerNumber: `K${s.customer}`,
              invoiceDate,
              amountExclVat: cents(100),
              amountInclVat: cents(121),
              ...(s.ownTerm !== null ? { paymentTermDays: s.ownTerm } : {}),
              ...(s.explicit !== null ? { dueDate: addDays(invoiceDate, s.explicit) } : {}),
            };
            const customer = byNumber.get(inv.customerNumber) as Customer;
            expect(outcome(() => resolve(inv))).toBe(outcome(() => dueDateOf(inv, customer, settings)));
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fails as resolveTerm does for a bad invoice date after the term is known, naming the field', () => {
    const k: Customer = { number: 'K1', name: 'K', kind: 'business', ibans: [], paymentTermDays: 14 };
    const resolve = cachedDueDateOf(new Map([['K1', k]]), defaultSettings());
    const good: Invoice = {
      number: 'F1',
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-01-01'),
      amountExclVat: cents(1),
      amountInclVat: cents(1),
    };
    expect(resolve(good)).toBe('2026-01-15');
    const bad = { ...good, number: 'F2', invoiceDate: '2026-02-30' as never };
    expect(() => resolve(bad)).toThrow(
      expect.objectContaining({
        code: 'invalid-date',
        where: expect.objectContaining({ path: 'invoice.invoiceDate' }),
      }),
    );
    expect(() => dueDateOf(bad, k, defaultSettings())).toThrow(
      expect.objectContaining({
        code: 'invalid-date',
        where: expect.objectContaining({ path: 'invoice.invoiceDate' }),
      }),
    );
  });

  it('refuses customers that are not a map, by name', () => {
    expect(() => cachedDueDateOf([] as unknown as Map<string, Customer>, defaultSettings())).toThrow(
      expect.objectContaining({ code: 'invalid-input', where: { path: 'customers' } }),
    );
  });
});
