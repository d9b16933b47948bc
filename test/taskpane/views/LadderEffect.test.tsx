/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { renderPane } from '../support/render';
import { expectOrderedLike, hbarLengths } from '../components/chartMarks';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

// Today is 2026-11-30. Three invoices of Café Zoë (Horeca) due 2026-10-01 got the first reminder on
// 2026-10-02: paid 3 and 18 days later, one still open; a fourth was paid before its due date.
function ledger(extraPaidEarly = 0): Ledger {
  const numbers = ['F1', 'F2', 'F3', 'F4', ...Array.from({ length: extraPaidEarly }, (_, i) => `G${i}`)];
  return {
    customers: [{ number: 'K1', name: 'Café Zoë', kind: 'business', ibans: [], segment: 'Horeca' }],
    invoices: numbers.map((number) => ({
      number,
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-09-01'),
      amountExclVat: cents(10_000),
      amountInclVat: cents(12_100),
    })),
    payments: [
      { date: isoDate('2026-10-05'), invoiceNumber: 'F1', amount: cents(12_100) },
      { date: isoDate('2026-10-20'), invoiceNumber: 'F2', amount: cents(12_100) },
      ...numbers
        .slice(3)
        .map((invoiceNumber) => ({ date: isoDate('2026-09-20'), invoiceNumber, amount: cents(12_100) })),
    ],
    contacts: ['F1', 'F2', 'F3'].map((invoiceNumber) => ({
      date: isoDate('2026-10-02'),
      customerNumber: 'K1',
      invoiceNumber,
      channel: 'email' as const,
      summary: '',
      ladderStep: 'herinnering-1',
    })),
    arrangements: [],
    settings: defaultSettings(),
  };
}

const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s/g, ' ') ?? '';

async function section(l: Ledger, displayLanguage = 'nl-NL', title = 'Wat werkt: betaald na elke stap') {
  await renderPane(l, { view: 'overview' }, { displayLanguage });
  const caption = await screen.findByText(title, { selector: 'figcaption' });
  return caption.closest('figure') as HTMLElement;
}

function tableRows(figure: HTMLElement): string[][] {
  return within(within(figure).getByRole('table', { hidden: true }))
    .getAllByRole('row', { hidden: true })
    .slice(1)
    .map((r) => [...r.children].map((c) => text(c)));
}

describe('Overzicht: what works per ladder step', () => {
  test('gives each step its shares with their counts and its median, in a table and as bars', async () => {
    const figure = await section(ledger());
    const rows = tableRows(figure);
    expect(rows.map((r) => r[0])).toEqual([
      'Vriendelijke herinnering',
      'Tweede herinnering',
      'Aanmaning',
      'Naar incasso',
      'Zonder herinnering (vanaf vervaldatum)',
    ]);
    expect(rows[0]).toEqual(['Vriendelijke herinnering', '33% (1 van 3)', '33% (1 van 3)', '18 dagen', '1']);
    expect(rows[2]).toEqual([
      'Aanmaning',
      '— (nog geen facturen)',
      '— (nog geen facturen)',
      '— (minder dan de helft betaald)',
      '0',
    ]);
    expect(rows[4]?.slice(1, 3)).toEqual(['100% (1 van 1)', '100% (1 van 1)']);
    const bars = figure.querySelector('[data-chart="hbar"]') as Element;
    expectOrderedLike([1 / 3, 0, 0, 0, 1], hbarLengths(bars));
    const first = document.querySelector('[data-effect-step="herinnering-1"]');
    expect(text(first)).toContain('binnen 7 dagen betaald: 33% (1 van 3)');
    expect(text(first)).toContain('mediaan tot betaling: 18 dagen');
  });

  test('says a segment has too few data, and what the figures mean', async () => {
    await section(ledger());
    expect(text(document.querySelector('[data-segment="Horeca"]'))).toBe(
      'Segment Horeca: te weinig gegevens (4 facturen, minimaal 10).',
    );
    expect(text(document.querySelector('[data-effect-meaning]'))).toContain('weinig facturen zeggen weinig');
  });

  test('gives a segment with enough invoices its own chart', async () => {
    await section(ledger(8));
    const caption = await screen.findByText('Segment Horeca', { selector: 'figcaption' });
    const rows = tableRows(caption.closest('figure') as HTMLElement);
    expect(rows[4]).toEqual([
      'Zonder herinnering (vanaf vervaldatum)',
      '100% (9 van 9)',
      '100% (9 van 9)',
      '11 dagen vóór de vervaldatum',
      '0',
    ]);
  });

  test('in English', async () => {
    const figure = await section(ledger(), 'en-US', 'What works: paid after each step');
    expect(tableRows(figure)[0]).toEqual([
      'Friendly reminder',
      '33% (1 of 3)',
      '33% (1 of 3)',
      '18 days',
      '1',
    ]);
    expect(text(document.querySelector('[data-segment="Horeca"]'))).toBe(
      'Segment Horeca: too few data (4 invoices, at least 10).',
    );
    expect(text(document.querySelector('[data-effect-meaning]'))).toContain('few invoices mean little');
  });
});
