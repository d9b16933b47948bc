/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { screen, within } from '@testing-library/react';
import { sampleLedger } from '../support/fakeOperations';
import { renderPane } from '../support/render';
import { expectOrderedLike, hbarLengths } from '../components/chartMarks';

// Today is 2026-11-30. The only payment history: K001 paid 9 days after the due date.
// F2026-003 (K002, consumer, 14 days: due 2026-12-04) -> the trader's habit, +9: 2026-12-13, week 2.
// F2026-005 is in a plan: the 2026-12-01 instalment (week 1); October's and November's were missed.
// F2026-004 is disputed; F2026-002 is 30 days overdue, later than anything ever paid.

async function overview() {
  await renderPane(sampleLedger(), { view: 'overview' });
  return screen.findByText('Kasprognose: verwacht binnen per week', { selector: 'figcaption' });
}

describe('Overzicht: the cash forecast', () => {
  test('shows 13 weeks as bars that order like their amounts, with its table', async () => {
    const caption = await overview();
    const chart = caption.closest('figure') as HTMLElement;
    const rows = within(within(chart).getByRole('table', { hidden: true }))
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent?.replace(/\s/g, ' ')));
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual(['Week 1 (vanaf 30 nov. 2026)', '€ 121,00', '€ 121,00', '€ 121,00', '€ 121,00']);
    expect(rows[1]?.slice(0, 2)).toEqual(['Week 2 (vanaf 7 dec. 2026)', '€ 242,00']);
    const bars = chart.querySelector('[data-chart="hbar"]') as Element;
    const amounts = rows.map((r) => Number((r[1] ?? '').replace(/[^\d,]/g, '').replace(',', '.')));
    expectOrderedLike(amounts, hbarLengths(bars));
  });

  test('says what is overdue and uncertain, later, and without a date', async () => {
    await overview();
    const summary = document.querySelector('[data-cash-summary]')?.textContent?.replace(/\s/g, ' ');
    expect(summary).toContain('De komende 13 weken verwacht: € 363,00');
    expect(summary).toContain('Daarvan komt € 121,00 van facturen die al vervallen zijn');
    // 605 (F2026-002) + 968 (disputed) + 242 (two missed instalments)
    expect(summary).toContain('Zonder datum (betwist, gemiste termijn of geen betaalhistorie): € 1.815,00');
  });

  test('gives each open invoice its expected day with a range, or says plainly why not', async () => {
    await overview();
    const item = (n: string) => document.querySelector(`[data-prediction="${n}"]`) as HTMLElement;
    expect(item('F2026-003').textContent).toContain(
      'Verwacht op 13 dec. 2026 · tussen 13 dec. 2026 en 13 dec. 2026',
    );
    expect(item('F2026-003').textContent).toContain('geen eigen betaalhistorie');
    expect(item('F2026-004').textContent).toContain('betwist: geen datum');
    expect(item('F2026-002').textContent).toContain('later dan ooit betaald');
    expect(item('F2026-005').textContent).toContain('volgens de betalingsregeling');
  });
});
