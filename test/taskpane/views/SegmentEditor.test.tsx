/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Settings } from '../../../src/domain/model';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

function fieldOf(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.fui-Field') as HTMLElement;
}

function lastSaved(fake: Awaited<ReturnType<typeof renderPane>>['fake']): Settings | undefined {
  const calls = fake.state.calls.filter((c) => c.name === 'saveSettings');
  return calls[calls.length - 1]?.arg as Settings | undefined;
}

// The sample ledger: K001 (business, Segment column Horeca), K002 (consumer), K003 (business).
describe('Instellingen: segments', () => {
  test('shows each segment with its rule, its customers today and its ladder', async () => {
    const ledger = sampleLedger();
    ledger.settings = {
      ...ledger.settings,
      segments: [
        {
          name: 'Horeca',
          rule: 'segment is Horeca',
          ladder: [
            {
              id: 'bel',
              kind: 'friendly',
              afterDays: 0,
              newTermDays: 7,
              offerPaymentPlan: false,
              channel: 'phone',
            },
            { id: 'mail', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
          ],
        },
        { name: 'Zakelijk', rule: 'zakelijk' },
      ],
    };
    await renderPane(ledger, { view: 'settings' });
    const list = await screen.findByRole('list', { name: 'Segmenten' });
    const [horeca, zakelijk] = within(list).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(horeca).getByText('segment is Horeca')).toBeTruthy();
    // K001 is Horeca and zakelijk: the first segment holds it.
    expect(within(horeca).getByText('1 klant vandaag')).toBeTruthy();
    expect(within(horeca).getByText(/^Eigen ladder: 1\. .+ \(bellen\), 2\. /)).toBeTruthy();
    expect(within(zakelijk).getByText('1 klant vandaag')).toBeTruthy();
    expect(within(zakelijk).getByText('Gewone ladder')).toBeTruthy();
  });

  test('shows a rule it cannot read as the person types, located, and saves nothing', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    expect(screen.getByText('Nog geen segmenten: iedereen volgt de gewone ladder.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Naam van het segment'), 'Laat');
    await userEvent.type(screen.getByLabelText('Regel van het segment'), 'meer dan twee keer');
    expect(fieldOf('Regel van het segment').textContent).toContain(
      'Deze regel kan niet worden gelezen: "twee" (teken 10) past hier niet; verwacht: een aantal (heel getal).',
    );
    expect(document.querySelector('mark')?.textContent).toBe('twee');
    expect(
      (screen.getByRole('button', { name: 'Segment toevoegen en opslaan' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(fake.state.calls).toHaveLength(0);
  });

  test('adds, edits and removes a segment, each saved to the settings', async () => {
    const { fake } = await renderPane(sampleLedger(), { view: 'settings' });
    await userEvent.type(screen.getByLabelText('Naam van het segment'), 'Particulieren');
    await userEvent.type(screen.getByLabelText('Regel van het segment'), 'consument');
    expect(document.querySelector('mark')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Segment toevoegen en opslaan' }));
    expect(await screen.findByText('Opgeslagen in de werkmap.')).toBeTruthy();
    expect(lastSaved(fake)?.segments).toEqual([{ name: 'Particulieren', rule: 'consument' }]);
    expect(lastSaved(fake)?.companyName).toBe('Studio Klaver');
    const list = await screen.findByRole('list', { name: 'Segmenten' });
    expect(within(list).getByText('1 klant vandaag')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Bewerk segment Particulieren' }));
    const rule = screen.getByLabelText('Regel van het segment');
    await userEvent.clear(rule);
    await userEvent.type(rule, 'consument en openstaand boven 100');
    await userEvent.click(screen.getByRole('button', { name: 'Segment opslaan' }));
    await screen.findByText('consument en openstaand boven 100');
    expect(lastSaved(fake)?.segments).toEqual([
      { name: 'Particulieren', rule: 'consument en openstaand boven 100' },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Verwijder segment Particulieren' }));
    await screen.findByText('Nog geen segmenten: iedereen volgt de gewone ladder.');
    expect(lastSaved(fake)?.segments).toBeUndefined();
  });

  test('asks for a name, and a name not yet used', async () => {
    const ledger = sampleLedger();
    ledger.settings = { ...ledger.settings, segments: [{ name: 'Zakelijk', rule: 'zakelijk' }] };
    const { fake } = await renderPane(ledger, { view: 'settings' });
    await userEvent.type(screen.getByLabelText('Regel van het segment'), 'consument');
    await userEvent.click(screen.getByRole('button', { name: 'Segment toevoegen en opslaan' }));
    expect(fieldOf('Naam van het segment').textContent).toContain('Geef het segment een naam.');
    await userEvent.type(screen.getByLabelText('Naam van het segment'), 'zakelijk');
    await userEvent.click(screen.getByRole('button', { name: 'Segment toevoegen en opslaan' }));
    expect(fieldOf('Naam van het segment').textContent).toContain('Er is al een segment met deze naam.');
    expect(fake.state.calls).toHaveLength(0);
  });
});
