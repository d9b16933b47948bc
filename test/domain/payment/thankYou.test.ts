import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { thankYouCandidates, thankYouDraft } from '../../../src/domain/payment/thankYou';

// K1 paid F1 late (due 2026-10-31, paid 2026-11-10), then F2 on time (due 2026-11-30, paid 2026-11-25).
function ledger(thankYouNotes: boolean): Ledger {
  return {
    customers: [{ number: 'K1', name: 'Dakwerken Noord', contactName: 'Piet', kind: 'business', ibans: [] }],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: '2026-10-01',
        amountExclVat: 100,
        amountInclVat: 100,
      },
      {
        number: 'F2',
        customerNumber: 'K1',
        invoiceDate: '2026-10-31',
        amountExclVat: 100,
        amountInclVat: 100,
      },
    ],
    payments: [
      { date: '2026-11-10', amount: 100, invoiceNumber: 'F1' },
      { date: '2026-11-25', amount: 100, invoiceNumber: 'F2' },
    ],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({ thankYouNotes, companyName: 'Studio', companyIban: 'NL91ABNA0417164300' }),
  } as Ledger;
}

describe('thank-you notes', () => {
  it('are off by default: no candidates unless the setting is on', () => {
    expect(defaultSettings().thankYouNotes).toBe(false);
    expect(thankYouCandidates(ledger(false), '2026-11-30')).toEqual([]);
  });

  it('thank a customer who paid on time after paying late before', () => {
    const found = thankYouCandidates(ledger(true), '2026-11-30');
    expect(found.map((c) => [c.customer.number, c.invoiceNumbers, c.paidOn])).toEqual([
      ['K1', ['F2'], '2026-11-25'],
    ]);
    const draft = thankYouDraft(found[0]!, 'nl', 'formal', 'Eva');
    expect(draft.subject).toBe('Bedankt voor uw betaling');
    expect(draft.body).toContain('Beste Piet,');
    expect(draft.body).toContain('factuur F2 op tijd is betaald');
  });

  it('leave out a customer who was never late, one paid outside the window, and one already thanked', () => {
    const never = ledger(true);
    never.payments[0]!.date = '2026-10-20';
    expect(thankYouCandidates(never, '2026-11-30')).toEqual([]);
    expect(thankYouCandidates(ledger(true), '2027-01-30')).toEqual([]);
    const thanked = ledger(true);
    thanked.contacts.push({
      date: '2026-11-26',
      customerNumber: 'K1',
      channel: 'email',
      summary: 'Bedankt voor uw betaling',
    });
    expect(thankYouCandidates(thanked, '2026-11-30')).toEqual([]);
  });
});
