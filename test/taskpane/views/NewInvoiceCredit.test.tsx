/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

// Today 2026-11-30. K001 has F2026-002 open (€ 605,00, due 2026-10-31: overdue).
describe('Nieuwe factuur: credit limit and overdue invoices', () => {
  test('says before saving that the customer goes over its limit and has overdue invoices, and still saves', async () => {
    const ledger = sampleLedger();
    (ledger.customers[0] as { creditLimit?: number }).creditLimit = 100000;
    const { fake } = await renderPane(ledger, { view: 'newInvoice', customerNumber: 'K001' });
    expect(await screen.findByText(/Deze klant heeft 1 vervallen factuur open \(€\s605,00\)/)).toBeTruthy();
    expect(screen.queryByText(/kredietlimiet/)).toBeNull();
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '500,00');
    expect(
      await screen.findByText(/openstaande bedrag op € 1\.210,00, boven de kredietlimiet van € 1\.000,00/),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
    expect(await screen.findByText(/is toegevoegd/)).toBeTruthy();
    expect(fake.state.calls.some((c) => c.name === 'appendInvoice')).toBe(true);
  });

  test('says nothing for a customer without a limit and without overdue invoices', async () => {
    await renderPane(sampleLedger(), { view: 'newInvoice', customerNumber: 'K002' });
    await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '50.000,00');
    expect(await screen.findByText(/Bedrag incl. btw: € 60\.500,00/)).toBeTruthy();
    expect(document.querySelector('[data-credit-notice]')).toBeNull();
  });
});
