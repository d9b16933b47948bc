/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';

// 12-month revenue excl. VAT: K001 1.500, K003 1.100, K002 200 -> K001 has 53.6%.
async function dependency(thresholdPercent?: number) {
  const ledger = sampleLedger();
  if (thresholdPercent !== undefined) ledger.settings.dependencyThresholdPercent = thresholdPercent;
  await renderPane(ledger, { view: 'overview' });
  const caption = await screen.findByText('Afhankelijkheid', { selector: 'figcaption', exact: false });
  return caption.closest('figure') as HTMLElement;
}

describe('Overzicht: the dependency threshold', () => {
  test('marks a customer above the threshold in the chart and its table, and says why once', async () => {
    const chart = await dependency(50);
    const marked = [...chart.querySelectorAll('[data-marked]')];
    expect(marked).toHaveLength(1);
    const rows = within(within(chart).getByRole('table', { hidden: true }))
      .getAllByRole('row', { hidden: true })
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toContainEqual(['Bakkerij De Korenaar', expect.any(String), '54% · boven drempel']);
    const note = document.querySelector('[data-dependency-threshold]')?.textContent ?? '';
    expect(note).toContain('Boven de drempel van 50% van uw omzet: Bakkerij De Korenaar.');
    expect(note).toContain('verlies van die klant');
  });

  test('marks nobody under the default 70%', async () => {
    const chart = await dependency();
    expect(chart.querySelectorAll('[data-marked]')).toHaveLength(0);
    expect(document.querySelector('[data-dependency-threshold]')).toBeNull();
  });
});
