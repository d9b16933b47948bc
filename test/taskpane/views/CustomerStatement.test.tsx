/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { emptyLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { pdfText } from '../../pdf/_poppler';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// The test backend's today is Monday 2026-11-30.
function ledger(): Ledger {
  return {
    ...emptyLedger(),
    customers: [
      {
        number: 'K1',
        name: 'Bakkerij Zoë',
        contactName: 'Zoë Bakker',
        kind: 'business',
        ibans: [],
        email: 'zoe@example.nl',
      },
    ],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: isoDate('2025-11-01'),
        amountExclVat: cents(10000),
        amountInclVat: cents(12100),
      },
      {
        number: 'F2',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-09-01'),
        amountExclVat: cents(20000),
        amountInclVat: cents(24200),
      },
    ],
    payments: [{ date: isoDate('2026-01-05'), amount: cents(12100), invoiceNumber: 'F1' }],
    settings: defaultSettings({ companyName: 'Studio Noord', companyIban: 'NL91ABNA0417164300' }),
  };
}

function figure(label: string): string {
  const dt = screen.getAllByText(label, { selector: 'dt' })[0] as HTMLElement;
  return (dt.nextElementSibling?.textContent ?? '').replace(/\u00a0/g, ' ');
}

describe('the Klantkaart statement action', () => {
  let blobs: Blob[];
  beforeEach(() => {
    blobs = [];
    URL.createObjectURL = (b: Blob) => {
      blobs.push(b);
      return 'blob:statement';
    };
    URL.revokeObjectURL = () => undefined;
    // jsdom does not navigate: the click is where the browser would save the file.
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    saved = [];
  });
  afterEach(() => jest.restoreAllMocks());
  let saved: string[];

  /** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
  function bytesOf(blob: Blob): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
  }

  test('previews the figures of the last 12 months, gives the e-mail text and downloads the PDF', async () => {
    await renderPane(ledger(), { view: 'customer', customerNumber: 'K1' });
    await screen.findByRole('heading', { name: 'Rekeningoverzicht' });
    expect((screen.getByLabelText('Van') as HTMLInputElement).value).toBe('01-12-2025');
    expect((screen.getByLabelText('Tot en met') as HTMLInputElement).value).toBe('30-11-2026');
    expect(figure('Beginsaldo')).toBe('€ 121,00');
    expect(figure('Boekingen')).toBe('2');
    expect(figure('Eindsaldo')).toBe('€ 242,00');
    expect(figure('Waarvan vervallen')).toBe('€ 242,00');
    const mail = (screen.getByLabelText(/Tekst van de e-mail/) as HTMLTextAreaElement).value;
    expect(mail).toContain('Beste Zoë Bakker,');
    expect(mail).toContain('Het saldo op 30-11-2026 is € 242,00, waarvan € 242,00 vervallen.');

    await userEvent.click(screen.getByRole('button', { name: 'Pdf downloaden' }));
    expect(await screen.findByText('K1_rekeningoverzicht_2026-11-30.pdf is gedownload.')).toBeTruthy();
    expect(blobs).toHaveLength(1);
    expect(saved).toEqual(['K1_rekeningoverzicht_2026-11-30.pdf']);
    const bytes = await bytesOf(blobs[0] as Blob);
    const text = pdfText(bytes);
    expect(text).toMatch(/05-01-2026\s+Betaling, voldaan: F1 € 121,00\s+€ 121,00\s+€ 0,00/);
    expect(text).toContain('Saldo op 30-11-2026: € 242,00');
  });

  test('a new period changes the preview; a reversed or future one is refused in words', async () => {
    await renderPane(ledger(), { view: 'customer', customerNumber: 'K1' });
    await screen.findByRole('heading', { name: 'Rekeningoverzicht' });
    fireEvent.change(screen.getByLabelText('Van'), { target: { value: '01-01-2026' } });
    await waitFor(() => expect(figure('Beginsaldo')).toBe('€ 121,00'));
    expect(figure('Boekingen')).toBe('2');
    fireEvent.change(screen.getByLabelText('Van'), { target: { value: '01-02-2026' } });
    await waitFor(() => expect(figure('Beginsaldo')).toBe('€ 0,00'));
    expect(figure('Boekingen')).toBe('1');
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '01-01-2026' } });
    expect(await screen.findByText('De periode begint na het einde.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pdf downloaden' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '01-12-2026' } });
    expect(await screen.findByText(/De periode loopt tot na vandaag/)).toBeTruthy();
  });
});
