/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Settings } from '../../../src/domain/model';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

describe('Instellingen: the letterhead of letters by post', () => {
  test('saves the business address, KvK number, VAT number and website', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    await userEvent.type(await screen.findByLabelText('Adres (straat en nummer)'), 'Markt 3');
    await userEvent.type(screen.getByLabelText('Postcode'), '1011 AA');
    await userEvent.type(screen.getByLabelText('Plaats'), 'Amsterdam');
    await userEvent.type(screen.getByLabelText('KvK- of ondernemingsnummer'), '12345678');
    await userEvent.type(screen.getByLabelText('Btw-nummer'), 'NL001234567B01');
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    await waitFor(() => {
      const saved = fake.state.calls.filter((c) => c.name === 'saveSettings').at(-1)?.arg as
        Settings | undefined;
      expect(saved).toMatchObject({
        companyStreet: 'Markt 3',
        companyPostcode: '1011 AA',
        companyCity: 'Amsterdam',
        enterpriseNumber: '12345678',
        vatNumber: 'NL001234567B01',
      });
    });
    expect(fake.state.ledger.settings.companyCity).toBe('Amsterdam');
  });
});
