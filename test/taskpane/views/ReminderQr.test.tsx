/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen } from '@testing-library/react';
import { generateRf } from '../../../src/domain/bank/references';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { emptyLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { decodeQrGif } from '../../support/qrDecode';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

const RF = generateRf('F7');

// The test backend's today is Monday 2026-11-30.
function ledger(iban: string): Ledger {
  return {
    ...emptyLedger(),
    customers: [{ number: 'K1', name: 'Bakkerij Zoë', kind: 'business', ibans: [], email: 'zoe@example.nl' }],
    invoices: [
      {
        number: 'F7',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-01'),
        paymentTermDays: 30,
        amountExclVat: cents(10000),
        amountInclVat: cents(12100),
        paymentReference: RF,
      },
    ],
    settings: defaultSettings({ companyName: 'Studio Noord', companyIban: iban }),
  };
}

function gifOf(src: string): Uint8Array {
  expect(src).toMatch(/^data:image\/gif;base64,/);
  return Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
}

describe('the payment QR in the reminder view', () => {
  test('shows a QR that decodes to the transfer: payee, IBAN, total open and the RF reference', async () => {
    await renderPane(ledger('NL91ABNA0417164300'), { view: 'reminder' });
    const img = (await screen.findByRole('img', { name: /Betaal-QR-code/ })) as HTMLImageElement;
    expect(decodeQrGif(gifOf(img.src))?.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      '',
      'Studio Noord',
      'NL91ABNA0417164300',
      'EUR121.00',
      '',
      RF,
    ]);
    expect(screen.getByText(RF)).toBeTruthy();
  });

  test('shows no QR, and why, when the settings cannot make one (a malformed BIC)', async () => {
    const l = ledger('NL91ABNA0417164300');
    l.settings.companyBic = 'ABN';
    await renderPane(l, { view: 'reminder' });
    expect(await screen.findByText('Geen betaal-QR bij deze herinnering')).toBeTruthy();
    expect(screen.getByText('De BIC in Instellingen is ongeldig.')).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Betaal-QR-code/ })).toBeNull();
  });
});
