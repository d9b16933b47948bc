import { reminderQr, reminderRemittance } from '../../../src/domain/payment/reminderQr';
import { generateBetalingskenmerk, generateOgm, generateRf } from '../../../src/domain/bank/references';
import { cents } from '../../../src/domain/money';

const settings = { companyIban: 'BE68 5390 0754 7034', companyName: 'Studio Peeters' };

describe('the payment QR of a reminder', () => {
  it('asks for the total still open, to the settings account and name', () => {
    const r = reminderQr({
      settings,
      customerNumber: 'K001',
      language: 'nl',
      invoices: [
        { number: 'F1', openCents: cents(10000) },
        { number: 'F2', openCents: cents(2550) },
      ],
    });
    expect(r.ok && r.fields).toMatchObject({
      name: 'Studio Peeters',
      iban: 'BE68539007547034',
      amount: 'EUR125.50',
      remittanceText: 'Facturen F1 F2',
      structuredReference: '',
    });
  });

  it('uses the BIC from the settings when there is one', () => {
    const r = reminderQr({
      settings: { ...settings, companyBic: 'GKCCBEBB' },
      customerNumber: 'K001',
      language: 'en',
      invoices: [{ number: 'F1', openCents: cents(100) }],
    });
    expect(r.ok && r.payload.split('\n')[4]).toBe('GKCCBEBB');
  });

  it('names the invoices in the language of the reminder', () => {
    expect(reminderRemittance([{ number: 'F1', openCents: cents(1) }], 'K1', 'en')).toEqual({
      remittanceText: 'Invoice F1',
    });
    expect(reminderRemittance([{ number: 'F1', openCents: cents(1) }], 'K1', 'nl')).toEqual({
      remittanceText: 'Factuur F1',
    });
  });

  it('uses one RF or Belgian reference as the structured reference', () => {
    const rf = generateRf('F1');
    expect(
      reminderRemittance([{ number: 'F1', openCents: cents(1), paymentReference: rf }], 'K1', 'nl'),
    ).toEqual({
      structuredReference: rf,
    });
    const ogm = generateOgm(17);
    expect(
      reminderRemittance([{ number: 'F1', openCents: cents(1), paymentReference: ogm }], 'K1', 'nl'),
    ).toEqual({
      structuredReference: ogm,
    });
  });

  it('names the invoices when they carry different references: a transfer carries only one', () => {
    const invoices = [
      { number: 'F1', openCents: cents(1), paymentReference: generateRf('F1') },
      { number: 'F2', openCents: cents(1), paymentReference: generateRf('F2') },
    ];
    expect(reminderRemittance(invoices, 'K1', 'nl')).toEqual({ remittanceText: 'Facturen F1 F2' });
  });

  it('gives a Dutch betalingskenmerk as its digits in the text, and ignores an invalid reference', () => {
    const kenmerk = generateBetalingskenmerk(123);
    expect(
      reminderRemittance([{ number: 'F1', openCents: cents(1), paymentReference: kenmerk }], 'K1', 'nl'),
    ).toEqual({ remittanceText: kenmerk });
    expect(
      reminderRemittance([{ number: 'F1', openCents: cents(1), paymentReference: 'RF00BOGUS' }], 'K1', 'nl'),
    ).toEqual({ remittanceText: 'Factuur F1' });
  });

  it('names the customer and the count when the invoice numbers do not fit in 140 characters', () => {
    const invoices = Array.from({ length: 30 }, (_, i) => ({
      number: `F2026-${1000 + i}`,
      openCents: cents(100),
    }));
    expect(reminderRemittance(invoices, 'K042', 'nl')).toEqual({ remittanceText: 'Klant K042: 30 facturen' });
  });

  it('gives no QR, with the reason, when the IBAN is invalid or nothing is open', () => {
    const bad = reminderQr({
      settings: { ...settings, companyIban: 'BE00 0000' },
      customerNumber: 'K1',
      language: 'nl',
      invoices: [{ number: 'F1', openCents: cents(100) }],
    });
    expect(bad.ok ? 'ok' : bad.problem.code).toBe('iban-invalid');
    const zero = reminderQr({
      settings,
      customerNumber: 'K1',
      language: 'nl',
      invoices: [{ number: 'F1', openCents: cents(0) }],
    });
    expect(zero.ok ? 'ok' : zero.problem.code).toBe('amount-too-small');
  });
});
