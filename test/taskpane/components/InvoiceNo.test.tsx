/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { InvoiceNo, WithInvoiceNos } from '../../../src/taskpane/components/InvoiceNo';

const wholes = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('span')).filter((s) => getComputedStyle(s).whiteSpace === 'nowrap');

describe('InvoiceNo', () => {
  it('keeps the number in one unbreakable span', () => {
    const { container } = render(<InvoiceNo>F2026-0021</InvoiceNo>);
    expect(wholes(container).map((s) => s.textContent)).toEqual(['F2026-0021']);
  });
});

describe('WithInvoiceNos', () => {
  it('wraps each named number where it occurs and leaves the words as they are', () => {
    const { container } = render(
      <p>
        <WithInvoiceNos
          text="Factuur 2026-0021: al 60 dagen betwist (zie 2026-0021-C)"
          numbers={['2026-0021', '2026-0021-C']}
        />
      </p>,
    );
    expect(container.textContent).toBe('Factuur 2026-0021: al 60 dagen betwist (zie 2026-0021-C)');
    // The longer number is found whole, not as the shorter one plus "-C".
    expect(wholes(container).map((s) => s.textContent)).toEqual(['2026-0021', '2026-0021-C']);
  });

  it('treats a number with pattern characters as plain text', () => {
    const { container } = render(
      <WithInvoiceNos text="Invoice A+1 (B.2) is late" numbers={['A+1', '(B.2)']} />,
    );
    expect(wholes(container).map((s) => s.textContent)).toEqual(['A+1', '(B.2)']);
    expect(container.textContent).toBe('Invoice A+1 (B.2) is late');
  });

  it('renders the text alone when no number occurs', () => {
    const { container } = render(<WithInvoiceNos text="Nothing to see" numbers={['F1', '']} />);
    expect(container.textContent).toBe('Nothing to see');
    expect(wholes(container)).toEqual([]);
  });
});
