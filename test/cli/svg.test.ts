import { renderHtmlReport } from '../../src/cli/report/html';
import { columns, escapeXml, horizontalBars } from '../../src/cli/report/svg';

describe('inline SVG charts', () => {
  it('escapes labels and draws bars proportional to the values, negatives left of zero', () => {
    const svg = horizontalBars('Aandeel <top>', [
      { label: 'A & B', value: 0.5, display: '50%' },
      { label: 'C', value: 0.25, display: '25%' },
      { label: 'Vroeg', value: -0.25, display: '-25%' },
    ]);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('Aandeel &lt;top&gt;');
    const widths = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as [number, number],
    );
    expect(widths).toHaveLength(3);
    const [a, b, c] = widths as [[number, number], [number, number], [number, number]];
    expect(a[1] / b[1]).toBeCloseTo(2, 5);
    expect(c[0] + c[1]).toBeCloseTo(a[0], 5);
  });

  it('draws columns with heights proportional to the values', () => {
    const svg = columns('Omzet', [
      { label: 'jan', value: 100, display: '€ 1' },
      { label: 'feb', value: 50, display: '€ 0,50' },
    ]);
    const heights = [...svg.matchAll(/height="([\d.]+)" fill/g)].map((m) => Number(m[1]));
    expect(heights[0]! / heights[1]!).toBeCloseTo(2, 5);
  });

  it('renders a page without scripts and says so when a chart has no data', () => {
    const html = renderHtmlReport({
      title: 'T',
      today: '2025-06-30',
      language: 'en',
      figures: [{ label: 'Open', value: '€1' }],
      dependency: [],
      behaviour: [],
      monthlyRevenue: [],
      aging: [],
      cash: [],
      cashRest: { later: '€0', undated: '€0' },
      rowErrors: ['Invoices!C3: <bad>'],
    });
    expect(html.match(/No data/g)).toHaveLength(5);
    expect(html).toContain('Invoices!C3: &lt;bad&gt;');
    expect(escapeXml(`"'`)).toBe('&quot;&#39;');
  });
});
