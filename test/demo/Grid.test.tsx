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

  it('draws a short table whole at once', () => {
    Object.defineProperty(window, 'innerHeight', { value: 760, configurable: true });
    const { container } = render(<Grid sheets={sheetOf(12)} t={DEMO_TEXT.nl} />);
    expect(bodyRows(container)).toHaveLength(12);
    expect(container.querySelector('.grid-more')).toBeNull();
  });
});
