import { qrGif } from '../../src/cli/qrImage';
import { reminderQr } from '../../src/domain/payment/reminderQr';
import { generateRf } from '../../src/domain/bank/references';
import { decodeQrGif } from '../support/qrDecode';
import { cents } from '../../src/domain/money';

describe('the payment QR image', () => {
  it('decodes, with an independent decoder, to every field of the payload', () => {
    const rf = generateRf('F2026017');
    const r = reminderQr({
      settings: { companyIban: 'NL91ABNA0417164300', companyName: 'Café Zoë', companyBic: 'ABNANL2A' },
      customerNumber: 'K7',
      language: 'nl',
      invoices: [{ number: 'F2026-017', openCents: cents(123456), paymentReference: rf }],
    });
    if (!r.ok) throw new Error(r.problem.code);
    const decoded = decodeQrGif(qrGif(r.payload));
    expect(decoded?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'ABNANL2A',
      'Café Zoë',
      'NL91ABNA0417164300',
      'EUR1234.56',
      '',
      rf,
    ]);
  });

  it('decodes the longest payload the guideline allows', () => {
    const r = reminderQr({
      settings: { companyIban: 'NL91ABNA0417164300', companyName: 'N'.repeat(70) },
      customerNumber: 'K7',
      language: 'en',
      invoices: Array.from({ length: 12 }, (_, i) => ({
        number: `INV-2026-${100 + i}`,
        openCents: cents(99_999),
      })),
    });
    if (!r.ok) throw new Error(r.problem.code);
    expect(decodeQrGif(qrGif(r.payload))).toBe(r.payload);
  });
});
