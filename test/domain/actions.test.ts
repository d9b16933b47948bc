import { todaysReminders, finalNoticeClaim } from '../../src/domain/actions';
import { indexLedger } from '../../src/domain/ledger';
import { allocatePayments, collectionCosts, ratesFor } from '../../src/domain/legal';
import {
  defaultSettings,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Ledger,
} from '../../src/domain/model';

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
const invoice = (number: string, customerNumber: string, cents: number): Invoice => ({
  number,
  customerNumber,
  invoiceDate: '2026-09-01',
  paymentTermDays: 30,
  amountExclVat: cents,
  amountInclVat: cents,
});
// Both earlier reminders sent on time: the final notice falls due on 2026-10-18.
const sent = (invoiceNumber: string, customerNumber: string): ContactEntry[] => [
  {
    date: '2026-10-02',
    customerNumber,
    invoiceNumber,
    channel: 'email',
    ladderStep: 'herinnering-1',
    summary: '',
  },
  {
    date: '2026-10-10',
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
    const actions = todaysReminders(ledger(), '2026-11-23');
    expect(
      actions.map((a) => [a.group.customerNumber, a.group.step.id, a.input.invoices.map((i) => i.number)]),
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
    const [k1, k2] = todaysReminders(l, '2026-11-23');
    // EUR 4,000 combined: 15% of 2,500 + 10% of 1,500 = 375 + 150 = EUR 525.
    expect(k1!.input.claim?.costsCents).toBe(collectionCosts(400000).amount);
    expect(k1!.input.claim?.costsCents).toBe(52500);
    expect(k1!.input.claim?.interestCents).toBeGreaterThan(0);
    expect(k2!.input.claim?.costsCents).toBe(7500);
    expect(k2!.draft?.body).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
  });

  it('gives no claim for a friendly reminder', () => {
    const l = ledger({ chargeCollectionCosts: true });
    const group = todaysReminders(l, '2026-11-23')[0]!.group;
    expect(
      finalNoticeClaim(
        { ...group, step: { ...group.step, kind: 'friendly' } },
        indexLedger(l),
        l.settings,
        '2026-11-23',
      ),
    ).toBeUndefined();
  });

  it('puts part-payments on interest first (art. 6:44 BW): open + stated interest = what is owed', () => {
    const l = ledger({ chargeInterest: true });
    l.payments = [{ date: '2026-11-01', invoiceNumber: 'F3', amount: 20000 }];
    const k2 = todaysReminders(l, '2026-11-23').find((a) => a.group.customerNumber === 'K2')!;
    const owed = allocatePayments(
      {
        principal: 50000,
        costs: 0,
        interestFrom: '2026-10-02',
        until: '2026-11-23',
        kind: 'consumer',
        rates: ratesFor('consumer'),
      },
      [{ date: '2026-11-01', amount: 20000 }],
    ).owed;
    expect(k2.input.invoices[0]?.openCents).toBe(30000);
    // The payment first settled the interest of October, so more principal stays than 300.00.
    expect(owed.principal).toBeGreaterThan(30000);
    expect(k2.input.claim?.interestCents).toBe(owed.principal + owed.interest - 30000);
    // Interest on 300.00 alone from the due date would state less than the allocation gives.
    const naive = allocatePayments(
      {
        principal: 30000,
        costs: 0,
        interestFrom: '2026-10-02',
        until: '2026-11-23',
        kind: 'consumer',
        rates: ratesFor('consumer'),
      },
      [],
    ).owed.interest;
    expect(k2.input.claim?.interestCents).not.toBe(naive);
  });

  it('reports a draft it cannot make instead of failing the whole plan', () => {
    const actions = todaysReminders(ledger({ companyIban: '' }), '2026-11-23');
    expect(actions).toHaveLength(2);
    expect(actions.every((a) => a.draft === undefined && a.error?.message.match(/IBAN/i))).toBe(true);
  });
});
