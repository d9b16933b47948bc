import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { statementEmail, statementOf, statementQr } from '../../../src/domain/statement';
import { business, invoice } from '../_statusBuilders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

function ledger(over: Partial<Ledger> = {}, settings = {}): Ledger {
  return {
    customers: [business({ contactName: 'Anna' })],
    invoices: [invoice({ number: 'F1', invoiceDate: isoDate('2026-01-10'), amountInclVat: cents(12100) })],
    payments: [],
    contacts: [],
    arrangements: [],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      ...settings,
    }),
    ...over,
  };
}
const period = { from: isoDate('2026-01-01'), until: isoDate('2026-03-31') };

function mail(l: Ledger) {
  const s = statementOf(l, 'K1', period, isoDate('2026-03-31'));
  return statementEmail(s, l.settings, statementQr(s, l.settings));
}

describe('statementEmail', () => {
  it('names the contact, the balance, the overdue part and how to pay it (formal Dutch)', () => {
    const m = mail(ledger());
    expect(m.subject).toBe('Rekeningoverzicht Studio Noord t/m 31-03-2026');
    expect(m.body.split('\n')).toEqual([
      'Beste Anna,',
      '',
      'In de bijlage vindt u het rekeningoverzicht van Bakkerij De Korrel over 01-01-2026 t/m 31-03-2026.',
      'Het saldo op 31-03-2026 is € 121,00, waarvan € 121,00 vervallen.',
      '',
      'Wilt u € 121,00 overmaken naar NL91ABNA0417164300 t.n.v. Studio Noord, onder vermelding van "Factuur F1"? Met de QR-code onder dit bericht gaat dat in één keer met uw bank-app.',
      '',
      'Klopt er iets niet, of heeft u al betaald? Laat het me dan gerust weten.',
      '',
      'Met vriendelijke groet,',
      'Studio Noord',
    ]);
  });

  it('says je to an informal customer base and leaves the QR line out without a valid IBAN', () => {
    const m = mail(ledger({}, { tone: 'informal', companyIban: 'NL00' }));
    expect(m.body).toContain('In de bijlage vind je het rekeningoverzicht');
    expect(m.body).toContain('of heb je al betaald?');
    expect(m.body).not.toContain('overmaken');
    expect(m.body).not.toContain('QR');
  });

  it('writes English for an English customer, and says when nothing is owed', () => {
    const l = ledger({
      customers: [business({ language: 'en' })],
      payments: [{ date: isoDate('2026-02-01'), amount: cents(12100), invoiceNumber: 'F1' }],
    });
    const m = mail(l);
    expect(m.subject).toBe('Statement of account Studio Noord to 31 Mar 2026');
    expect(m.body).toContain('Dear Sir or Madam,');
    expect(m.body).toContain('On 31 Mar 2026 nothing is open: there is nothing to pay.');
    expect(m.body).not.toContain('transfer');
  });
});
