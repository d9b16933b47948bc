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
function belgianLedger(): Ledger {
  return {
    ...emptyLedger(),
    customers: [{ number: 'K1', name: 'Jan Peeters', kind: 'consumer', ibans: [] }],
    invoices: [
      {
        number: 'F1',
        customerNumber: 'K1',
        invoiceDate: isoDate('2026-11-01'),
        paymentTermDays: 14,
        amountExclVat: cents(12100),
        amountInclVat: cents(12100),
      },
    ],
    settings: defaultSettings({
      country: 'BE',
      companyName: 'Atelier Hout',
      companyIban: 'BE68539007547034',
      enterpriseNumber: '0123456789',
      chargeCollectionCosts: true,
    }),
  };
}

describe('Vandaag and Herinnering for a Belgian workbook', () => {
  test('the first reminder to a consumer is the free Boek XIX reminder with its waiting term', async () => {
    await renderPane(belgianLedger(), { view: 'today' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Vriendelijke herinnering opstellen voor Jan Peeters' }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Herinnering' });
    const body = (screen.getByLabelText('Tekst') as HTMLTextAreaElement).value;
    // Posted (the channel is not known yet) on Monday 30 November: the term runs 3 to 16 December.
    expect(body).toContain(
      'Deze eerste herinnering is kosteloos. U kunt tot en met 16 december 2026 betalen',
    );
    expect(body).toContain('schadevergoeding van €\u00a020,00');
    expect(body).toContain('Mijn ondernemingsnummer is 0123.456.789.');
    expect(screen.queryByText('Let op')).toBeNull();
  });
});
