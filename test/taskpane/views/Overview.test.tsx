/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import type { Ledger } from '../../../src/domain/model';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { expectOrderedLike, hbarLengths } from '../components/chartMarks';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

/** The sample plus a customer who pays 18 days before the due date. */
function withEarlyPayer(): Ledger {
  const l = sampleLedger();
  l.customers.push({ number: 'K004', name: 'Vroege Vogel Installatietechniek', kind: 'business', ibans: [] });
  l.invoices.push({
    number: 'F2026-010',
    customerNumber: 'K004',
    invoiceDate: isoDate('2026-05-01'),
    amountExclVat: cents(40000),
    amountInclVat: cents(48400),
  });
  l.payments.push({
    date: isoDate('2026-05-13'),
    invoiceNumber: 'F2026-010',
    customerNumber: 'K004',
    amount: cents(48400),
  });
  return l;
}

async function overview(ledger: Ledger) {
  await renderPane(ledger, { view: 'overview' });
  // The metrics arrive after the heading: wait for the first chart's caption.
  await screen.findByText('Ouderdom openstaande posten');
}

function figure(caption: string): HTMLElement {
  return screen.getByText(caption, { selector: 'figcaption' }).closest('figure') as HTMLElement;
}

describe('Overzicht', () => {
  test('payment behaviour: early payers left of the zero line, late payers right, with the unit', async () => {
    await overview(withEarlyPayer());
    const chart = figure('Betaalgedrag: gemiddeld betaald ten opzichte van de vervaldatum');
    const table = within(chart).getByRole('table', { hidden: true });
    const rows = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Bakkerij De Korenaar', '9 dagen te laat'],
        ['Vroege Vogel Installatietechniek', '18 dagen te vroeg'],
      ]),
    );
    const bars = chart.querySelector('[data-chart="hbar"]')!;
    const shown = [...bars.querySelectorAll('[title]')].map((el) => el.getAttribute('title'));
    const signedDays = shown.map((name) => (name === 'Bakkerij De Korenaar' ? 9 : -18));
    expectOrderedLike(signedDays, hbarLengths(bars));
    expect(within(chart).getByText('← te vroeg')).toBeTruthy();
  });

  test('KPI tiles say what they count, in plain words', async () => {
    await overview(withEarlyPayer());
    const open = screen.getByText('Openstaand').parentElement as HTMLElement;
    expect(within(open).getByText(/^\d+ facturen?$/)).toBeTruthy();
    const dso = screen.getByText('Gemiddeld tot betaling').parentElement as HTMLElement;
    expect(within(dso).getByText(/^[\d,]+ dagen$/)).toBeTruthy();
    expect(screen.queryByText(/DSO/)).toBeNull();
  });

  test('revenue per month names its months and has a value axis; every chart has its table', async () => {
    await overview(withEarlyPayer());
    const chart = figure('Omzet per maand');
    const svgTexts = [...chart.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(svgTexts).toEqual(expect.arrayContaining(['jan', 'feb', 'mrt', 'dec']));
    expect(svgTexts.some((t) => /^€\s?\d/.test(t ?? '') && t !== '€ 0')).toBe(true);
    for (const fig of document.querySelectorAll('figure')) {
      expect(within(fig as HTMLElement).getByRole('table', { hidden: true })).toBeTruthy();
    }
  });
});
