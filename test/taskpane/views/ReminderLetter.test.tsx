/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextDecoder, TextEncoder } from 'node:util';
import { defaultSettings, type ContactEntry, type Ledger } from '../../../src/domain/model';
import { pdfText } from '../../pdf/readPdf';
import { emptyLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// pdf-lib needs these; jsdom leaves them out.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// The test backend's today is Monday 2026-11-30: the consumer's final notice (14-day letter) is due.
const sent = (ladderStep: string, date: string): ContactEntry => ({
  date: isoDate(date),
  customerNumber: 'K2',
  invoiceNumber: 'F3',
  channel: 'email',
  ladderStep,
  summary: '',
});

function ledger(address = true): Ledger {
  return {
    ...emptyLedger(),
    customers: [
      {
        number: 'K2',
        name: 'Piet de Vries',
        kind: 'consumer',
        ibans: [],
        ...(address ? { street: 'Kerkstraat 1', postcode: '8011 AA', city: 'Zwolle' } : { city: 'Zwolle' }),
      },
    ],
    invoices: [
      {
        number: 'F3',
        customerNumber: 'K2',
        invoiceDate: isoDate('2026-09-01'),
        paymentTermDays: 14,
        amountExclVat: cents(50000),
        amountInclVat: cents(50000),
      },
    ],
    contacts: [sent('herinnering-1', '2026-09-20'), sent('herinnering-2', '2026-10-05')],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      senderName: 'Eva Noord',
      companyCity: 'Amsterdam',
      chargeCollectionCosts: true,
    }),
  };
}

describe('the letter by post in the reminder view', () => {
  let saved: Blob[] = [];
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:letter';
    };
    URL.revokeObjectURL = () => undefined;
    // jsdom cannot follow a download link; the file is what URL.createObjectURL was given.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test('downloads the 14-day letter as a PDF that reads back with the address and the legal text', async () => {
    await renderPane(ledger(), { view: 'reminder' });
    expect(await screen.findByText(/Dit is de veertiendagenbrief/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Brief (pdf)' }));
    await screen.findByText('Brief gedownload: brief-K2-2026-11-30.pdf');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.type).toBe('application/pdf');
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(saved[0]!);
    });
    const text = pdfText(bytes);
    expect(text).toContain('8011 AA ZWOLLE');
    expect(text).toContain('Amsterdam, 30 november 2026');
    expect(text).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
    expect(text).toContain('Eva Noord');
  });

  test('“Per post verstuurd” logs the step in Contact with channel letter', async () => {
    const { fake } = await renderPane(ledger(), { view: 'reminder' });
    await userEvent.click(await screen.findByRole('button', { name: 'Per post verstuurd' }));
    await screen.findByText('Vastgelegd: brief aan Piet de Vries per post verstuurd.');
    await waitFor(() =>
      expect(fake.state.ledger.contacts.at(-1)).toEqual(
        expect.objectContaining({
          customerNumber: 'K2',
          invoiceNumber: 'F3',
          channel: 'letter',
          date: isoDate('2026-11-30'),
        }),
      ),
    );
  });

  test('says which address fields Klanten lacks, and offers no letter then', async () => {
    await renderPane(ledger(false), { view: 'reminder' });
    expect(await screen.findByText('Geen brief mogelijk: vul in Klanten Adres, Postcode in.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Brief (pdf)' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Per post verstuurd' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });
});
