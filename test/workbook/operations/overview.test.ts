/**
 * The overview's layout: a reserved status cell that no block can grow into, the marker name the
 * ribbon finds it by, charts only over blocks that hold data, series by columns.
 */
import { cents } from '../../../src/domain/money';
import { defaultSettings, type Customer, type Invoice, type Ledger } from '../../../src/domain/model';
import { OVERVIEW_MARKER, OVERVIEW_STATUS_CELL, overviewOf } from '../../../src/workbook/operations/overview';
import { isoDate } from '../../../src/domain/dates';
import { dunningPlan } from '../../../src/domain/dunning';
import { indexLedger } from '../../../src/domain/ledger';

const TODAY = isoDate('2026-11-30');

function ledger(customers: number, invoices: number, paid: boolean): Ledger {
  const cs: Customer[] = Array.from({ length: customers }, (_, i) => ({
    number: `K${i + 1}`,
    name: `Klant ${i + 1}`,
    kind: 'business',
    ibans: [],
  }));
  const inv: Invoice[] = Array.from({ length: invoices }, (_, i) => ({
    number: `F${i + 1}`,
    customerNumber: `K${(i % customers) + 1}`,
    invoiceDate: isoDate('2026-09-01'),
    amountExclVat: cents(10_000),
    amountInclVat: cents(12_100),
  }));
  return {
    customers: cs,
    invoices: inv,
    payments: paid
      ? inv.map((x) => ({ date: isoDate('2026-10-15'), invoiceNumber: x.number, amount: cents(12_100) }))
      : [],
    contacts: [],
    arrangements: [],
    settings: defaultSettings(),
  } as Ledger;
}

const rowsOf = (at: string, values: unknown[][]): [number, number] => {
  const start = Number(/\d+/.exec(at)?.[0]);
  return [start, start + Math.max(1, values.length) - 1];
};

describe.each([
  [0, 0],
  [3, 12],
  [39, 80],
  [400, 2_000],
])('an overview of %i customers and %i invoices', (customers, invoices) => {
  const { layout } = overviewOf(ledger(Math.max(1, customers), invoices, invoices > 0), {
    today: TODAY,
    language: 'nl',
    dateSystem: 1900,
  });

  it('keeps the status cell free of every block and chart, and carries the marker', () => {
    const status = Number(/\d+/.exec(OVERVIEW_STATUS_CELL)?.[0]);
    for (const b of layout.blocks) {
      const [from, to] = rowsOf(b.at, b.values);
      if (b.at.startsWith('A'))
        expect(status < from || status > to || b.values.flat().every((v) => v === null)).toBe(true);
      if (b.at === OVERVIEW_STATUS_CELL) throw new Error('a block sits on the status cell');
    }
    for (const c of layout.charts) expect(Number(/\d+/.exec(c.from)?.[0])).toBeGreaterThan(status);
    expect(layout.blocks.filter((b) => b.name === OVERVIEW_MARKER)).toHaveLength(1);
  });

  it('puts a chart only over a block with data rows, else says there is no data yet', () => {
    for (const c of layout.charts) {
      const block = layout.blocks.find((b) => b.at === c.source.split(':')[0]);
      expect(block).toBeDefined();
      expect((block?.values.length ?? 0) > 1).toBe(true);
      expect(block?.values[1]?.[0]).not.toBe('Nog geen gegevens');
    }
    const dependency = layout.blocks.find((b) => b.name === 'KI_Afhankelijkheid');
    if (invoices === 0) {
      expect(dependency?.values[1]?.[0]).toBe('Nog geen gegevens');
      expect(layout.charts.map((c) => c.name)).not.toContain('KI_Grafiek_Afhankelijkheid');
      expect(layout.charts.map((c) => c.name)).not.toContain('KI_Grafiek_Betaalgedrag');
    } else {
      expect(layout.charts.map((c) => c.name)).toContain('KI_Grafiek_Afhankelijkheid');
    }
  });
});

describe("the overview's actions", () => {
  it("are the domain's plan, made from the states the overview worked out for its step column", () => {
    // Unpaid and overdue on TODAY.
    const book = ledger(2, 3, false);
    const { actions } = overviewOf(book, { today: TODAY, language: 'nl', dateSystem: 1900 });
    expect(actions.map((g) => [g.customerNumber, g.invoices.map((a) => a.invoiceNumber)])).toEqual([
      ['K1', ['F1', 'F3']],
      ['K2', ['F2']],
    ]);
    expect(actions).toEqual(dunningPlan(indexLedger(book), book.settings, TODAY));
  });
});
