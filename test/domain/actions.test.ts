import fc from 'fast-check';
import { todaysReminders, finalNoticeClaim } from '../../src/domain/actions';
import { addDays, isoDate } from '../../src/domain/dates';
import { dunningState } from '../../src/domain/dunning';
import { indexLedger } from '../../src/domain/ledger';
import { allocatePayments, collectionCosts, ratesFor } from '../../src/domain/legal';
import {
  defaultSettings,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Ledger,
} from '../../src/domain/model';
import { cents } from '../../src/domain/money';

const business: Customer = {
  number: 'K1',
  name: 'Bakkerij Jansen',
  contactName: 'Els Jansen',
  kind: 'business',
  ibans: [],
};
const consumer: Customer = {
  number: 'K2',
  name: 'P. de Vries',
  contactName: 'Piet de Vries',
  kind: 'consumer',
  ibans: [],
};
const invoice = (number: string, customerNumber: string, amount: number): Invoice => ({
  number,
  customerNumber,
  invoiceDate: isoDate('2026-09-01'),
  paymentTermDays: 30,
  amountExclVat: cents(amount),
  amountInclVat: cents(amount),
});
// Both earlier reminders sent on time: the final notice falls due on 2026-10-18.
const sent = (invoiceNumber: string, customerNumber: string): ContactEntry[] => [
  {
    date: isoDate('2026-10-02'),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep: 'herinnering-1',
    summary: '',
  },
  {
    date: isoDate('2026-10-10'),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep: 'herinnering-2',
    summary: '',
  },
];

function ledger(settings = {}): Ledger {
  return {
    customers: [business, consumer],
    invoices: [invoice('F1', 'K1', 300000), invoice('F2', 'K1', 100000), invoice('F3', 'K2', 50000)],
    payments: [],
    contacts: [...sent('F1', 'K1'), ...sent('F2', 'K1'), ...sent('F3', 'K2')],
    arrangements: [],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      ...settings,
    }),
  };
}

describe('todaysReminders', () => {
  it('drafts one final notice per customer, listing all their invoices', () => {
    const actions = todaysReminders(ledger(), isoDate('2026-11-23'));
    expect(
      actions.map((a) => [a.group.customerNumber, a.group.step.id, a.input!.invoices.map((i) => i.number)]),
    ).toEqual([
      ['K1', 'aanmaning', ['F1', 'F2']],
      ['K2', 'aanmaning', ['F3']],
    ]);
    const k1 = actions[0]!;
    expect(k1.error).toBeUndefined();
    expect(k1.draft?.body).toContain('F1');
    expect(k1.draft?.body).toContain('F2');
    expect(k1.draft?.totalOpenCents).toBe(400000);
  });

  it('states the costs over the combined principal, also in a consumer letter before they are owed', () => {
    const l = ledger({ chargeCollectionCosts: true, chargeInterest: true });
    const [k1, k2] = todaysReminders(l, isoDate('2026-11-23'));
    // EUR 4,000 combined: 15% of 2,500 + 10% of 1,500 = 375 + 150 = EUR 525.
    expect(k1!.input!.claim?.costsCents).toBe(collectionCosts(cents(400000)).amount);
    expect(k1!.input!.claim?.costsCents).toBe(52500);
    expect(k1!.input!.claim?.interestCents).toBeGreaterThan(0);
    expect(k2!.input!.claim?.costsCents).toBe(7500);
    expect(k2!.draft?.body).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
  });

  it('gives no claim for a friendly reminder', () => {
    const l = ledger({ chargeCollectionCosts: true });
    const group = todaysReminders(l, isoDate('2026-11-23'))[0]!.group;
    expect(
      finalNoticeClaim(
        { ...group, step: { ...group.step, kind: 'friendly' } },
        indexLedger(l),
        l.settings,
        isoDate('2026-11-23'),
      ),
    ).toBeUndefined();
  });

  it('puts part-payments on interest first (art. 6:44 BW): open + stated interest = what is owed', () => {
    const l = ledger({ chargeInterest: true });
    l.payments = [{ date: isoDate('2026-11-01'), invoiceNumber: 'F3', amount: cents(20000) }];
    const k2 = todaysReminders(l, isoDate('2026-11-23')).find((a) => a.group.customerNumber === 'K2')!;
    const owed = allocatePayments(
      {
        principal: cents(50000),
        costs: cents(0),
        interestFrom: isoDate('2026-10-02'),
        until: isoDate('2026-11-23'),
        kind: 'consumer',
        rates: ratesFor('consumer'),
      },
      [{ date: isoDate('2026-11-01'), amount: cents(20000) }],
    ).owed;
    expect(k2.input!.invoices[0]?.openCents).toBe(30000);
    // The payment first settled the interest of October, so more principal stays than 300.00.
    expect(owed.principal).toBeGreaterThan(30000);
    expect(k2.input!.claim?.interestCents).toBe(owed.principal + owed.interest - 30000);
    // Interest on 300.00 alone from the due date would state less than the allocation gives.
    const naive = allocatePayments(
      {
        principal: cents(30000),
        costs: cents(0),
        interestFrom: isoDate('2026-10-02'),
        until: isoDate('2026-11-23'),
        kind: 'consumer',
        rates: ratesFor('consumer'),
      },
      [],
    ).owed.interest;
    expect(k2.input!.claim?.interestCents).not.toBe(naive);
  });

  it('reports a draft it cannot make instead of failing the whole plan', () => {
    const actions = todaysReminders(ledger({ companyIban: '' }), isoDate('2026-11-23'));
    expect(actions).toHaveLength(2);
    expect(actions.every((a) => a.draft === undefined && a.error?.message.match(/IBAN/i))).toBe(true);
  });
});

describe('one message per customer, each standing alone (issue 12)', () => {
  const old: Customer = { number: 'K3', name: 'Oud & Co', kind: 'business', ibans: [] };
  const step = (
    date: string,
    invoiceNumber: string,
    ladderStep: string,
    customerNumber = 'K3',
  ): ContactEntry => ({
    date: isoDate(date),
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep,
    summary: '',
  });

  it('an invoice the rate table does not reach fails its own customer only, named and located', () => {
    const l = ledger({ chargeInterest: true });
    // Due 2001-12-15: interest would start on 2001-12-16, before the table's first row (2002-01-01).
    l.customers.push(old);
    l.invoices.push({ ...invoice('F9', 'K3', 10000), invoiceDate: isoDate('2001-11-15') });
    l.contacts.push(step('2002-01-10', 'F9', 'herinnering-1'), step('2002-02-10', 'F9', 'herinnering-2'));
    const actions = todaysReminders(l, isoDate('2026-11-23'));
    expect(actions.map((a) => a.group.customerNumber)).toEqual(['K1', 'K2', 'K3']);
    const k3 = actions[2]!;
    expect(k3.draft).toBeUndefined();
    expect(k3.error?.code).toBe('unsupported');
    expect(k3.error?.where.path).toBe('invoices.F9');
    expect(k3.error?.message).toMatch(/invoice F9.*2001-12-16/);
    expect(actions.slice(0, 2).every((a) => a.draft !== undefined && a.error === undefined)).toBe(true);
  });

  it('an invoice due for its first reminder joins the final notice of an older one, without costs', () => {
    const l = ledger({ chargeCollectionCosts: true, chargeInterest: true });
    // F4 of K1 fell due on 2026-11-21: its first reminder is due today, with F1 and F2's final notice.
    l.invoices.push({ ...invoice('F4', 'K1', 50000), invoiceDate: isoDate('2026-10-22') });
    const actions = todaysReminders(l, isoDate('2026-11-23'));
    const k1 = actions.find((a) => a.group.customerNumber === 'K1')!;
    expect(actions.filter((a) => a.group.customerNumber === 'K1')).toHaveLength(1);
    expect(k1.group.step.id).toBe('aanmaning');
    expect(k1.input!.invoices.map((i) => [i.number, i.stage])).toEqual([
      ['F1', 'final'],
      ['F2', 'final'],
      ['F4', 'friendly'],
    ]);
    // Costs over F1 + F2 (EUR 4,000) only: F4 has had no reminder yet.
    expect(k1.input!.claim).toMatchObject({ costsCents: 52500, invoiceNumbers: ['F1', 'F2'] });
    expect(k1.draft?.body).toMatch(/F4[^\n]*\(herinnering\)/);
    expect(k1.draft?.body).toContain('Dit betreft F1 en F2.');
  });
});

describe('properties (issue 12)', () => {
  const customers: Customer[] = ['K1', 'K2', 'K3'].map((number, i) => ({
    number,
    name: `Klant ${number}`,
    kind: i === 1 ? 'consumer' : 'business',
    ibans: [],
  }));
  type InvoiceArb = {
    customer: number;
    daysBefore: number;
    cents: number;
    steps: number[];
    disputed: boolean;
  };
  const arbInvoice: fc.Arbitrary<InvoiceArb> = fc.record({
    customer: fc.integer({ min: 0, max: 2 }),
    daysBefore: fc.integer({ min: 0, max: 200 }),
    cents: fc.integer({ min: 1, max: 500000 }),
    steps: fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 3 }),
    disputed: fc.boolean(),
  });
  const build = (rows: InvoiceArb[], extra: Partial<Ledger> = {}): Ledger => {
    const invoices: Invoice[] = [];
    const contacts: ContactEntry[] = [];
    rows.forEach((r, i) => {
      const number = `F${i + 1}`;
      const customerNumber = customers[r.customer]!.number;
      invoices.push({
        ...invoice(number, customerNumber, r.cents),
        invoiceDate: addDays(isoDate('2026-11-23'), -r.daysBefore),
        ...(r.disputed && i % 4 === 0 ? { disputedSince: isoDate('2026-11-01') } : {}),
      });
      const ladder = ['herinnering-1', 'herinnering-2', 'aanmaning', 'incasso'];
      [...r.steps]
        .sort((a, b) => b - a)
        .forEach((ago, k) => {
          const date = addDays(isoDate('2026-11-23'), -ago);
          if (date > addDays(isoDate('2026-11-23'), -r.daysBefore + 30))
            contacts.push(stepEntry(date, number, customerNumber, ladder[k]!));
        });
    });
    return {
      customers,
      invoices,
      payments: [],
      contacts,
      arrangements: [],
      settings: defaultSettings({
        companyName: 'Studio Noord',
        companyIban: 'NL91ABNA0417164300',
        chargeInterest: true,
        chargeCollectionCosts: true,
      }),
      ...extra,
    };
  };

  it('a message lists every overdue invoice of its customer whose ladder is not paused', () => {
    let mixed = 0;
    fc.assert(
      fc.property(fc.array(arbInvoice, { minLength: 1, maxLength: 12 }), (rows) => {
        const l = build(rows);
        const idx = indexLedger(l);
        const actions = todaysReminders(l, isoDate('2026-11-23'));
        expect(new Set(actions.map((a) => a.group.customerNumber)).size).toBe(actions.length);
        for (const a of actions) {
          const listed = new Set(a.input!.invoices.map((i) => i.number));
          if (new Set(a.input!.invoices.map((i) => i.stage)).size > 1) mixed += 1;
          for (const inv of l.invoices.filter((i) => i.customerNumber === a.group.customerNumber)) {
            const state = dunningState(inv, idx, a.group.customer, l.settings, isoDate('2026-11-23'));
            const chase = state.kind === 'due' || (state.kind === 'waiting' && state.status.daysOverdue > 0);
            expect([inv.number, listed.has(inv.number)]).toEqual([inv.number, chase]);
          }
        }
      }),
      { numRuns: 60 },
    );
    // The generator does reach messages that mix stages, so the property is not vacuous.
    expect(mixed).toBeGreaterThan(0);
  });

  it("one bad invoice leaves every other customer's draft exactly as without it", () => {
    fc.assert(
      fc.property(fc.array(arbInvoice, { minLength: 1, maxLength: 10 }), (rows) => {
        const good = build(rows);
        const bad = build(rows);
        bad.customers = [...bad.customers, old4];
        bad.invoices = [
          ...bad.invoices,
          { ...invoice('FX', 'K4', 10000), invoiceDate: isoDate('2001-11-15') },
        ];
        bad.contacts = [
          ...bad.contacts,
          stepEntry('2002-01-10', 'FX', 'K4', 'herinnering-1'),
          stepEntry('2002-02-10', 'FX', 'K4', 'herinnering-2'),
        ];
        const withBad = todaysReminders(bad, isoDate('2026-11-23'));
        const without = todaysReminders(good, isoDate('2026-11-23'));
        expect(
          withBad.filter((a) => a.group.customerNumber !== 'K4').map((a) => a.draft ?? a.error?.message),
        ).toEqual(without.map((a) => a.draft ?? a.error?.message));
        expect(withBad.find((a) => a.group.customerNumber === 'K4')?.error?.where.path).toBe('invoices.FX');
      }),
      { numRuns: 40 },
    );
  });
});

const old4: Customer = { number: 'K4', name: 'Oud BV', kind: 'business', ibans: [] };
function stepEntry(
  date: string,
  invoiceNumber: string,
  customerNumber: string,
  ladderStep: string,
): ContactEntry {
  return { date: isoDate(date), customerNumber, invoiceNumber, channel: 'email', ladderStep, summary: '' };
}
