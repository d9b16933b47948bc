/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Grid } from '../../src/demo/Grid';
import type { GridSheet } from '../../src/demo/gridModel';
import { DEMO_TEXT } from '../../src/demo/text';

function sheetOf(rowCount: number): GridSheet[] {
  return [
    {
      name: 'Facturen',
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Bedrag'],
          numeric: [false, true],
          computed: [false, false],
          rows: Array.from({ length: rowCount }, (_, i) => [`F-${i + 1}`, String(i + 1)]),
          firstRow: 2,
        },
      ],
    },
  ];
}

const bodyRows = (container: HTMLElement) => container.querySelectorAll('tbody tr');

describe('Grid', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('draws a screenful of rows first and the rest of the step after that frame is painted', () => {
    Object.defineProperty(window, 'innerHeight', { value: 760, configurable: true });
    const { container } = render(<Grid sheets={sheetOf(250)} t={DEMO_TEXT.nl} />);
    // A scroll box of 760 - 170 px at 19 px a row.
    expect(bodyRows(container)).toHaveLength(32);
    // The count below the table already tells what the step shows.
    expect(container.querySelector('.grid-more')?.textContent).toContain('100');
    act(() => {
      jest.advanceTimersByTime(100);
    });
    expect(bodyRows(container)).toHaveLength(100);
    expect(bodyRows(container)[99]?.textContent).toBe('101F-100100');
    // The row numbers' column is as wide as its widest number from the first frame on.
    expect(container.querySelector<HTMLElement>('thead th.rownum')?.style.minWidth).toBe('calc(3ch + 13px)');
    fireEvent.click(screen.getByRole('button', { name: DEMO_TEXT.nl.showMore }));
    expect(bodyRows(container)).toHaveLength(250);
  });

  it('draws the columns the box can show first (busy meanwhile) and the rest with the other rows', () => {
    Object.defineProperty(window, 'innerHeight', { value: 760, configurable: true });
    // 405 px for the pane and the grid's edges, 21 for the row numbers ("33": 2 x 4 + 13), then
    // two columns of 20 characters (20 x 4 + 13 = 93 px each) and one pixel: a third column starts
    // inside the box, so it is drawn too; a fourth would not show.
    Object.defineProperty(window, 'innerWidth', { value: 405 + 21 + 2 * 93 + 1, configurable: true });
    const headers = Array.from({ length: 10 }, (_, c) => `Kolom ${c + 1}`);
    const sheets: GridSheet[] = [
      {
        name: 'Breed',
        tables: [
          {
            name: 'Breed',
            sheet: 'Breed',
            headers,
            numeric: headers.map(() => false),
            computed: headers.map(() => false),
            rows: Array.from({ length: 50 }, (_, r) => headers.map((_, c) => `${r}-${c}`.padEnd(20, 'x'))),
            firstRow: 2,
          },
        ],
      },
    ];
    const { container } = render(<Grid sheets={sheets} t={DEMO_TEXT.nl} />);
    const table = container.querySelector('table');
    expect(table?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelectorAll('thead th')).toHaveLength(1 + 3);
    expect(bodyRows(container)[0]?.querySelectorAll('td')).toHaveLength(3);
    act(() => {
      jest.advanceTimersByTime(100);
    });
    expect(table?.hasAttribute('aria-busy')).toBe(false);
    expect(container.querySelectorAll('thead th')).toHaveLength(1 + 10);
    expect(bodyRows(container)).toHaveLength(50);
    expect(bodyRows(container)[49]?.querySelectorAll('td')[9]?.textContent).toBe('49-9'.padEnd(20, 'x'));
  });

  it('draws a short table whole at once', () => {
    Object.defineProperty(window, 'innerHeight', { value: 760, configurable: true });
    const { container } = render(<Grid sheets={sheetOf(12)} t={DEMO_TEXT.nl} />);
    expect(bodyRows(container)).toHaveLength(12);
    expect(container.querySelector('.grid-more')).toBeNull();
  });
});
