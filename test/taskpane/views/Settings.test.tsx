/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Settings } from '../../../src/domain/model';
import { percentFromText } from '../../../src/taskpane/views/RateEditor';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { isoDate } from '../../../src/domain/dates';

/** The Field wrapping a control: its validation message lives there. */
function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.fui-Field') as HTMLElement;
}

function lastSaved(fake: Awaited<ReturnType<typeof renderPane>>['fake']): Settings | undefined {
  const calls = fake.state.calls.filter((c) => c.name === 'saveSettings');
  return calls[calls.length - 1]?.arg as Settings | undefined;
}

describe('Instellingen: statutory interest rates of your own', () => {
  test('adds a rate row with its source and saves it to the settings the CLI reads', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    expect(screen.getByText('Nog geen eigen percentages.')).toBeTruthy();
    expect(screen.getByText(/De ingebouwde rentetabel loopt tot en met 30-06-2026\./)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Soort rente'), 'consumer');
    await userEvent.type(screen.getByLabelText('Geldt vanaf'), '01-07-2026');
    await userEvent.type(screen.getByLabelText('Percentage per jaar'), '4,5 %');
    await userEvent.type(screen.getByLabelText('Bron'), 'Stb. 2026, 200');
    await userEvent.click(screen.getByRole('button', { name: 'Percentage toevoegen en opslaan' }));
    expect(await screen.findByText('Opgeslagen in de werkmap.')).toBeTruthy();
    expect(lastSaved(fake)?.extraInterestRates).toEqual([
      { kind: 'consumer', from: '2026-07-01', percent: 4.5, source: 'Stb. 2026, 200' },
    ]);
    // Re-read from the workbook: the row is listed, the other settings kept.
    const list = await screen.findByRole('list', { name: 'Wettelijke rente: eigen percentages' });
    expect(within(list).getByText('Wettelijke rente (particulier) vanaf 01-07-2026: 4,5%')).toBeTruthy();
    expect(lastSaved(fake)?.companyName).toBe('Studio Klaver');
  });

  test('says at each field what is wrong, and saves nothing', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    await userEvent.type(screen.getByLabelText('Geldt vanaf'), '31-02-2026');
    await userEvent.type(screen.getByLabelText('Percentage per jaar'), '10,12345');
    await userEvent.click(screen.getByRole('button', { name: 'Percentage toevoegen en opslaan' }));
    expect(fieldOf('Geldt vanaf').textContent).toContain('Vul de eerste dag in als dd-mm-jjjj.');
    expect(fieldOf('Percentage per jaar').textContent).toContain('hoogstens 4 decimalen');
    expect(fieldOf('Bron').textContent).toContain('Vermeld waar u het percentage las.');
    expect(fake.state.calls).toHaveLength(0);
  });

  test('refuses a second own rate of the same kind from the same day at the date field', async () => {
    const ledger = sampleLedger();
    ledger.settings = {
      ...ledger.settings,
      extraInterestRates: [{ kind: 'commercial', from: isoDate('2026-07-01'), percent: 10.4, source: 'ECB' }],
    };
    const { fake } = await renderPane(ledger, { view: 'settings' });
    await userEvent.type(screen.getByLabelText('Geldt vanaf'), '1-7-2026');
    await userEvent.type(screen.getByLabelText('Percentage per jaar'), '10.4');
    await userEvent.type(screen.getByLabelText('Bron'), 'ECB');
    await userEvent.click(screen.getByRole('button', { name: 'Percentage toevoegen en opslaan' }));
    expect(fieldOf('Geldt vanaf').textContent).toContain('Er staat al een eigen percentage');
    expect(fake.state.calls).toHaveLength(0);
  });

  test('removes a rate of your own', async () => {
    const ledger = sampleLedger();
    ledger.settings = {
      ...ledger.settings,
      extraInterestRates: [
        { kind: 'commercial', from: isoDate('2026-07-01'), percent: 10.4, source: 'ECB' },
        { kind: 'consumer', from: isoDate('2026-07-01'), percent: 4, source: 'Stb.' },
      ],
    };
    const { fake } = await renderPane(ledger, { view: 'settings' });
    await userEvent.click(
      screen.getByRole('button', { name: 'Verwijder Handelsrente (zakelijk) vanaf 01-07-2026: 10,4%' }),
    );
    expect(await screen.findByText('Opgeslagen in de werkmap.')).toBeTruthy();
    expect(lastSaved(fake)?.extraInterestRates).toEqual([
      { kind: 'consumer', from: '2026-07-01', percent: 4, source: 'Stb.' },
    ]);
  });

  test('Vandaag points to the editor when today is past the rate table', async () => {
    await renderPane(sampleLedger(), { view: 'today' });
    await userEvent.click(await screen.findByRole('button', { name: 'Percentage toevoegen' }));
    expect(await screen.findByRole('button', { name: 'Percentage toevoegen en opslaan' })).toBeTruthy();
  });

  test('reads percentages as people type them', () => {
    expect(['10,15', '10.15', '10,15%', '10,15 %', ' 4 ', '0', '100', '8,0001'].map(percentFromText)).toEqual(
      [10.15, 10.15, 10.15, 10.15, 4, 0, 100, 8.0001],
    );
    for (const bad of ['', 'tien', '-1', '100,5', '1e2', '8,00001', '10,15,1'])
      expect([bad, percentFromText(bad)]).toEqual([bad, undefined]);
  });
});

describe('Instellingen: a long business term expressly agreed', () => {
  test('is on by default (the agreed term stands) and saves No when switched off', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    const toggle = screen.getByRole('switch', { name: 'Lange termijn zakelijk uitdrukkelijk afgesproken' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/telt als de wettelijke 30 dagen \(art\. 6:119a lid 5 BW\)/)).toBeTruthy();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('Opgeslagen in de werkmap.')).toBeTruthy();
    expect(lastSaved(fake)?.businessTermsExpresslyAgreed).toBe(false);
    const after = await screen.findByRole('switch', {
      name: 'Lange termijn zakelijk uitdrukkelijk afgesproken',
    });
    expect((after as HTMLInputElement).checked).toBe(false);
  });

  test('speaks English in an English pane', async () => {
    const ledger = sampleLedger();
    ledger.settings = { ...ledger.settings, uiLanguage: 'en' };
    await renderPane(ledger, { view: 'settings' });
    expect(screen.getByRole('switch', { name: 'Long business term expressly agreed' })).toBeTruthy();
    expect(screen.getByText('Statutory interest: your own rates')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add rate and save' })).toBeTruthy();
    expect(screen.getByText(/The built-in rate table runs through/)).toBeTruthy();
  });
});
