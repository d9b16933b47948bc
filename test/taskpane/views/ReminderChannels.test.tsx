/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { emptyLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

// The test backend's today is Monday 2026-11-30.
function ledger(phone?: string): Ledger {
  return {
    ...emptyLedger(),
    customers: [
      {
        number: 'K1',
        name: 'Bakkerij Zoe',
        contactName: 'Zoe de Vries',
        kind: 'business',
        ibans: [],
        ...(phone ? { phone } : {}),
      },
    ],
    invoices: [
      {
        number: 'F7',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-10-01'),
        paymentTermDays: 30,
        amountExclVat: cents(10000),
        amountInclVat: cents(12100),
      },
    ],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      senderName: 'Eva',
    }),
  };
}

describe('the free channels in the reminder view', () => {
  test('offers a WhatsApp link to the customer’s number with the text, an SMS with its size, and a call script', async () => {
    await renderPane(ledger('06 12 34 56 78'), { view: 'reminder' });
    const link = (await screen.findByRole('link', {
      name: 'Openen in WhatsApp (+31612345678)',
    })) as HTMLAnchorElement;
    expect(link.href).toMatch(/^https:\/\/wa\.me\/31612345678\?text=/);
    const text = decodeURIComponent(link.href.split('?text=')[1] ?? '');
    expect(text).toContain('factuur F7');
    expect(text).toContain('€ 121,00');
    expect(screen.getByText(/^\d sms/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Belscript' })).toBeTruthy();
  });

  test('marking the WhatsApp message as done logs the step in Contact with channel WhatsApp', async () => {
    const { fake } = await renderPane(ledger('+32 470 12 34 56'), { view: 'reminder' });
    await userEvent.click(await screen.findByRole('button', { name: 'Markeer als gedaan: WhatsApp' }));
    await screen.findByText('Vastgelegd: herinnering aan Bakkerij Zoe via WhatsApp.');
    expect(fake.state.ledger.contacts).toEqual([
      expect.objectContaining({ customerNumber: 'K1', invoiceNumber: 'F7', channel: 'whatsapp' }),
    ]);
  });

  test('says why there is no WhatsApp link when the customer has no phone number', async () => {
    await renderPane(ledger(), { view: 'reminder' });
    expect(await screen.findByText(/Geen telefoonnummer bij deze klant/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /WhatsApp/ })).toBeNull();
  });
});
