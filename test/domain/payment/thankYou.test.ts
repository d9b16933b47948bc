import { cents } from '../../../src/domain/money';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { thankYouCandidates, thankYouDraft } from '../../../src/domain/payment/thankYou';
import { isoDate } from '../../../src/domain/dates';

// K1 paid F1 late (due 2026-10-31, paid 2026-11-10), then F2 on time (due 2026-11-30, paid 2026-11-25).
function ledger(thankYouNotes: boolean): Ledger {
  return {
    customers: [{ number: 'K1', name: 'Dakwerken Noord', contactName: 'Piet', kind: 'business', ibans: [] }],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-01'),
        amountExclVat: cents(100),
        amountInclVat: cents(100),
      },
      {
        number: 'F2',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-31'),
        amountExclVat: cents(100),
        amountInclVat: cents(100),
      },
    ],
    payments: [
      { date: isoDate('2026-11-10'), amount: cents(100), invoiceNumber: 'F1' },
      { date: isoDate('2026-11-25'), amount: cents(100), invoiceNumber: 'F2' },
    ],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({ thankYouNotes, companyName: 'Studio', companyIban: 'NL91ABNA0417164300' }),
  } as Ledger;
}

describe('thank-you notes', () => {
  it('are off by default: no candidates unless the setting is on', () => {
    expect(defaultSettings().thankYouNotes).toBe(false);
    expect(thankYouCandidates(ledger(false), isoDate('2026-11-30'))).toEqual([]);
  });

  it('thank a customer who paid on time after paying late before', () => {
    const found = thankYouCandidates(ledger(true), isoDate('2026-11-30'));
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
    never.payments[0]!.date = isoDate('2026-10-20');
    expect(thankYouCandidates(never, isoDate('2026-11-30'))).toEqual([]);
    expect(thankYouCandidates(ledger(true), isoDate('2027-01-30'))).toEqual([]);
    const thanked = ledger(true);
    thanked.contacts.push({
      date: isoDate('2026-11-26'),
      customerNumber: 'K1',
      channel: 'email',
      summary: 'Bedankt voor uw betaling',
    });
    expect(thankYouCandidates(thanked, isoDate('2026-11-30'))).toEqual([]);
  });
});
