/** @jest-environment jsdom */
import '../setup';
import '../support/patience';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { ColumnChart, HBarChart, LineChart } from '../../../src/taskpane/components/charts';
import { columnLengths, expectOrderedLike, hbarLengths, pointHeights } from './chartMarks';

const signed = fc.array(fc.integer({ min: -5000, max: 5000 }), { minLength: 1, maxLength: 12 });

describe('every chart draws its marks in the order of its values, signs included', () => {
  test('horizontal bars', () => {
    fc.assert(
      fc.property(signed, (values) => {
        const { container, unmount } = render(
          <HBarChart
            items={values.map((v, i) => ({ label: `k${i}`, value: v, text: String(v) }))}
            directions={{ below: 'te vroeg', above: 'te laat' }}
          />,
        );
        try {
          expectOrderedLike(values, hbarLengths(container.querySelector('[data-chart="hbar"]')!));
        } finally {
          unmount();
        }
      }),
      { numRuns: 40 },
    );
  });

  test('columns of two series', () => {
    fc.assert(
      fc.property(signed, signed, (a, b) => {
        const { container, unmount } = render(
          <ColumnChart
            categories={a.map((_, i) => `m${i}`)}
            series={[
              { name: 'dit jaar', values: a },
              { name: 'vorig jaar', values: a.map((_, i) => b[i] ?? 0) },
            ]}
            formatTick={String}
          />,
        );
        try {
          const chart = container.querySelector('[data-chart="column"]')!;
          const both = [...a, ...a.map((_, i) => b[i] ?? 0)];
          expectOrderedLike(both, [...columnLengths(chart, 0), ...columnLengths(chart, 1)]);
        } finally {
          unmount();
        }
      }),
      { numRuns: 40 },
    );
  });

  test('line points', () => {
    fc.assert(
      fc.property(signed, (values) => {
        const { container, unmount } = render(
          <LineChart
            points={values.map((v, i) => ({ label: `2026-Q${i}`, value: v }))}
            formatTick={String}
            zeroLabel="vervaldatum"
          />,
        );
        try {
          expectOrderedLike(values, pointHeights(container.querySelector('[data-chart="line"]')!));
        } finally {
          unmount();
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('the check itself', () => {
  test('fails on bars drawn by absolute value, the way early payers used to look late', () => {
    expect(() => expectOrderedLike([-18, 14], [18, 14])).toThrow(/wrong side of zero/);
    expect(() => expectOrderedLike([5, 10], [10, 5])).toThrow(/drawn as/);
    expect(() => expectOrderedLike([-18, 14, 0], [-18, 14, 0])).not.toThrow();
  });
});

describe('axes and labels', () => {
  test('a column chart labels its value axis and shows whole month names', () => {
    const { container } = render(
      <ColumnChart
        categories={['jan', 'feb', 'mrt']}
        series={[{ name: 'dit jaar', values: [120000, 0, 340000] }]}
        formatTick={(v) => `€ ${v / 100}`}
      />,
    );
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['jan', 'feb', 'mrt', '€ 0']));
    // At least one tick above zero so a bar's height can be read off the axis.
    expect(texts.filter((t) => /^€ [1-9]/.test(t ?? '')).length).toBeGreaterThan(0);
  });

  test('a line chart has a value axis and a labelled zero line', () => {
    const { container } = render(
      <LineChart
        points={[
          { label: '2026-Q1', value: -4 },
          { label: '2026-Q2', value: 12 },
        ]}
        formatTick={String}
        zeroLabel="vervaldatum"
      />,
    );
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['vervaldatum', '0', "'26 Q1"]));
    expect(texts.some((t) => Number(t) > 0)).toBe(true);
    expect(texts.some((t) => Number(t) < 0)).toBe(true);
  });

  test('bars keep the whole name for the pane to cut, and say which side is which', () => {
    const name = 'Installatiebedrijf Van der Heijden & Zonen B.V.';
    const { getByText } = render(
      <HBarChart
        items={[{ label: name, value: -3, text: '3 dagen te vroeg' }]}
        directions={{ below: 'te vroeg', above: 'te laat' }}
      />,
    );
    expect(getByText(name).getAttribute('title')).toBe(name);
    expect(getByText('← te vroeg')).toBeTruthy();
    expect(getByText('te laat →')).toBeTruthy();
  });
});
