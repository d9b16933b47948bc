/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings, type Ledger, type Settings } from '../../../src/domain/model';
import { emptyLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// The test backend's today is Monday 2026-11-30. K1 paid F1 late, then F2 on time last week.
function ledger(thankYouNotes: boolean): Ledger {
  return {
    ...emptyLedger(),
    customers: [
      { number: 'K1', name: 'Bakkerij Zoe', contactName: 'Zoe de Vries', kind: 'business', ibans: [] },
    ],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-08-01'),
        paymentTermDays: 14,
        amountExclVat: cents(10000),
        amountInclVat: cents(10000),
      },
      {
        number: 'F2',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-11-10'),
        paymentTermDays: 14,
        amountExclVat: cents(20000),
        amountInclVat: cents(20000),
      },
    ],
    payments: [
      { date: isoDate('2026-09-30'), invoiceNumber: 'F1', amount: cents(10000) },
      { date: isoDate('2026-11-24'), invoiceNumber: 'F2', amount: cents(20000) },
    ],
    settings: defaultSettings({
      companyName: 'Studio Noord',
      senderName: 'Eva',
      companyIban: 'NL91ABNA0417164300',
      thankYouNotes,
    }),
  };
}

describe('Vandaag: thank-you notes', () => {
  test('shows a copyable draft when the setting is on; “Verstuurd” logs it and the note goes', async () => {
    const { fake } = await renderPane(ledger(true), { view: 'today' });
    expect(await screen.findByRole('heading', { name: 'Bedankjes' })).toBeTruthy();
    expect(screen.getByText('Bedankt voor uw betaling')).toBeTruthy();
    expect(screen.getByText(/Ik zag dat factuur F2 op tijd is betaald/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Verstuurd: Bakkerij Zoe' }));
    await screen.findByText('Vastgelegd: bedankje aan Bakkerij Zoe.');
    await waitFor(() =>
      expect(fake.state.ledger.contacts).toEqual([
        expect.objectContaining({
          customerNumber: 'K1',
          channel: 'email',
          date: isoDate('2026-11-30'),
          summary: 'Bedankt voor uw betaling (F2)',
        }),
      ]),
    );
    // Thanked since the payment: the core no longer proposes it.
    await waitFor(() => expect(screen.queryByText(/Ik zag dat factuur F2/)).toBeNull());
  });

  test('copies subject and text', async () => {
    await renderPane(ledger(true), { view: 'today' });
    const writeText = jest.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(await screen.findByRole('button', { name: 'Kopiëren: Bakkerij Zoe' }));
    await screen.findByText('Gekopieerd.');
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/^Bedankt voor uw betaling\n\nBeste Zoe de Vries,/),
    );
  });

  test('shows nothing while the setting is off', async () => {
    await renderPane(ledger(false), { view: 'today' });
    expect(screen.queryByRole('heading', { name: 'Bedankjes' })).toBeNull();
    expect(screen.queryByText(/Ik zag dat factuur F2/)).toBeNull();
  });

  test('Instellingen switches the setting on and saves it', async () => {
    const { fake } = await renderPane(ledger(false), { view: 'settings' });
    const toggle = await screen.findByRole('switch', { name: /Bedankje voorstellen na betaling op tijd/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(() => {
      const saved = fake.state.calls.filter((c) => c.name === 'saveSettings').at(-1)?.arg as
        Settings | undefined;
      expect(saved?.thankYouNotes).toBe(true);
    });
  });
});
