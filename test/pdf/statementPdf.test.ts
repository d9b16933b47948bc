import { addDays } from '../../src/domain/dates';
import { defaultSettings, type Invoice, type Ledger, type Payment } from '../../src/domain/model';
import { statementOf } from '../../src/domain/statement';
import { statementPdf } from '../../src/pdf/statementPdf';
import { pdfPages, pdfQr, pdfText } from './_poppler';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

const settings = defaultSettings({
  companyName: 'Studio Noord',
  companyIban: 'NL91ABNA0417164300',
  companyEmail: 'info@studionoord.nl',
  companyPhone: '020 123 4567',
  companyStreet: 'Kade 1',
  companyPostcode: '1011 AA',
  companyCity: 'Amsterdam',
  vatNumber: 'NL001234567B01',
});

const inv = (number: string, invoiceDate: string, amount: number, over: Partial<Invoice> = {}): Invoice => ({
  number,
  customerNumber: 'K1',
  invoiceDate: isoDate(invoiceDate),
  amountExclVat: cents(amount),
  amountInclVat: cents(amount),
  ...over,
});

function ledgerOf(invoices: Invoice[], payments: Payment[], language?: 'en'): Ledger {
  return {
    customers: [
      {
        number: 'K1',
        name: 'Bakkerij Łódź',
        contactName: 'Anna de Vries',
        kind: 'business',
        ibans: [],
        street: 'Dorpsstraat 12a',
        postcode: '1234 AB',
        city: 'Ελλάδα',
        ...(language ? { language } : {}),
      },
    ],
    invoices,
    payments,
    contacts: [],
    arrangements: [],
    settings,
  };
}

const small = ledgerOf(
  [
    inv('F1', '2026-01-10', 121000),
    inv('F2', '2026-06-01', 50000, { disputedSince: isoDate('2026-08-01') }),
    inv('F3', '2026-09-01', 30050),
    inv('C1', '2026-09-15', -5000, { creditsInvoice: 'F3' }),
  ],
  [
    { date: isoDate('2026-02-01'), amount: cents(21000), invoiceNumber: 'F1' },
    { date: isoDate('2026-07-01'), amount: cents(100000), invoiceNumber: 'F1' },
  ],
);
const period = { from: isoDate('2026-03-01'), until: isoDate('2026-11-30') };

describe('the statement PDF, read back with pdftotext', () => {
  it('prints the letterhead, the customer, the period, every line and the closing figures in Dutch', async () => {
    const s = statementOf(small, 'K1', period, isoDate('2026-11-30'));
    const text = pdfText(await statementPdf(s, settings));
    for (const part of [
      'Studio Noord',
      'Kade 1',
      '1011 AA Amsterdam',
      'IBAN NL91ABNA0417164300',
      'Btw-nummer NL001234567B01',
      'Rekeningoverzicht',
      'Datum: 30-11-2026',
      'Klantnummer: K1',
      'Bakkerij Lódz',
      't.a.v. Anna de Vries',
      'Dorpsstraat 12a',
      '1234 AB ??????',
      'Periode: 01-03-2026 t/m 30-11-2026',
      'pagina 1 van 1',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/01-03-2026\s+Beginsaldo\s+€ 1\.000,00/);
    expect(text).toMatch(
      /01-06-2026\s+Factuur F2, vervalt 01-07-2026, betwist sinds\s+€ 500,00\s+€ 1\.500,00\s+01-08-2026/,
    );
    expect(text).toMatch(/01-07-2026\s+Betaling, voldaan: F1 € 1\.000,00\s+€ 1\.000,00\s+€ 500,00/);
    expect(text).toMatch(/01-09-2026\s+Factuur F3, vervalt 01-10-2026\s+€ 300,50\s+€ 800,50/);
    expect(text).toMatch(/15-09-2026\s+Creditnota C1, op factuur F3\s+€ 50,00\s+€ 750,50/);
    expect(text).toMatch(/30-11-2026\s+Eindsaldo\s+€ 750,50/);
    expect(text).toContain('Saldo op 30-11-2026: € 750,50');
    expect(text).toContain('Waarvan vervallen: € 750,50');
    expect(text).toMatch(/F2 \(betwist sinds 01-08-2026\)\s+01-06-2026\s+01-07-2026\s+152\s+€ 500,00/);
    expect(text).toMatch(/F3\s+01-09-2026\s+01-10-2026\s+60\s+€ 250,50/);
    // The QR asks the undisputed overdue part only.
    expect(text).toContain('scan de code voor € 250,50');
    expect(text).toContain('Omschrijving: Factuur F3');
  });

  it('carries a payment QR an independent decoder reads, for the undisputed overdue amount', async () => {
    const s = statementOf(small, 'K1', period, isoDate('2026-11-30'));
    const payload = pdfQr(await statementPdf(s, settings));
    expect(payload?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Studio Noord',
      'NL91ABNA0417164300',
      'EUR250.50',
      '',
      '',
      'Factuur F3',
    ]);
  });

  it('says why there is no QR instead of drawing a wrong one', async () => {
    const broken = {
      ...small,
      settings: defaultSettings({ ...settings, companyIban: 'NL00BANK0000000000' }),
    };
    const s = statementOf(broken, 'K1', period, isoDate('2026-11-30'));
    const text = pdfText(await statementPdf(s, broken.settings));
    expect(text).toContain('Geen betaal-QR: de IBAN in Instellingen is ongeldig.');
  });

  it('speaks English for an English customer', async () => {
    const english = ledgerOf(small.invoices, small.payments, 'en');
    const s = statementOf(english, 'K1', period, isoDate('2026-11-30'));
    const text = pdfText(await statementPdf(s, settings));
    expect(text).toContain('Statement of account');
    expect(text).toContain('Period: 1 Mar 2026 to 30 Nov 2026');
    expect(text).toMatch(/1 Mar 2026\s+Opening balance\s+€1,000\.00/);
    expect(text).toContain('Balance on 30 Nov 2026: €750.50');
    expect(text).toContain('Of which overdue: €750.50');
    expect(text).toContain('page 1 of 1');
    expect(text).not.toContain('Rekeningoverzicht');
  });

  it('breaks a 120-line statement over pages with the header on each and every line once', async () => {
    const invoices = Array.from({ length: 60 }, (_, i) =>
      inv(`F${100 + i}`, addDays(isoDate('2025-12-01'), i * 5), 10000 + i),
    );
    const payments = invoices.map((f) => ({
      date: addDays(f.invoiceDate, 3),
      amount: f.amountInclVat,
      invoiceNumber: f.number,
    }));
    const s = statementOf(
      ledgerOf(invoices, payments),
      'K1',
      { from: isoDate('2025-12-01'), until: isoDate('2026-11-30') },
      isoDate('2026-11-30'),
    );
    expect(s.lines).toHaveLength(120);
    const pages = pdfPages(await statementPdf(s, settings));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toMatch(/Datum\s+Omschrijving\s+Debet\s+Credit\s+Saldo/);
      expect(page).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const f of invoices) {
      const euros = `€ ${Math.floor(f.amountInclVat / 100)},${String(f.amountInclVat % 100).padStart(2, '0')}`;
      expect(all.match(new RegExp(`Factuur ${f.number},`, 'g'))).toHaveLength(1);
      expect(all).toContain(`voldaan: ${f.number} ${euros}`);
    }
    expect(all).toContain('Saldo op 30-11-2026: € 0,00');
    expect(all).toContain('Er staat niets vervallen open.');
    expect(all).toContain('Geen betaal-QR: er is niets te betalen.');
  });
});
