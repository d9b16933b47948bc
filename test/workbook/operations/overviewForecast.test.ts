/** The Overzicht's cash forecast block: below every other block, its weeks adding up, its chart over the weeks only. */
import { cents } from '../../../src/domain/money';
import { addDays, isoDate } from '../../../src/domain/dates';
import { forecast } from '../../../src/domain/forecast';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { overviewOf } from '../../../src/workbook/operations/overview';
import { FORECAST_BLOCK, FORECAST_CHART } from '../../../src/workbook/operations/overviewForecast';
import { centsToCell } from '../../../src/workbook/cells';

const TODAY = isoDate('2026-11-30');

function ledger(open: boolean): Ledger {
  const history = [0, 1, 2, 3].map((i) => ({
    number: `H${i}`,
    customerNumber: 'K1',
    invoiceDate: addDays(isoDate('2026-06-01'), i * 20),
    amountExclVat: cents(10_000),
    amountInclVat: cents(12_100),
  }));
  const openOnes = open
    ? [
        {
          number: 'O1',
          customerNumber: 'K1',
          invoiceDate: isoDate('2026-11-20'),
          amountExclVat: cents(10_000),
          amountInclVat: cents(12_100),
        },
        {
          number: 'O2',
          customerNumber: 'K1',
          invoiceDate: isoDate('2026-10-01'),
          amountExclVat: cents(20_000),
          amountInclVat: cents(24_200),
        },
      ]
    : [];
  return {
    customers: [{ number: 'K1', name: 'Bakkerij Zoë', kind: 'business', ibans: [] }],
    invoices: [...history, ...openOnes],
    // Paid 12 days after the 30-day term.
    payments: history.map((h) => ({
      date: addDays(h.invoiceDate, 42),
      invoiceNumber: h.number,
      amount: cents(12_100),
    })),
    contacts: [],
    arrangements: [],
    settings: defaultSettings(),
  };
}

const startRow = (at: string): number => Number(/\d+$/.exec(at)?.[0]);

describe.each(['nl', 'en'] as const)('the cash forecast block (%s)', (language) => {
  const l = ledger(true);
  const { layout } = overviewOf(l, { today: TODAY, language, dateSystem: 1900 });
  const block = layout.blocks.find((b) => b.name === FORECAST_BLOCK);

  it('sits below every other block and holds 13 weeks, later and no date', () => {
    expect(block).toBeDefined();
    const at = startRow(block?.at ?? '');
    for (const b of layout.blocks) {
      if (b === block) continue;
      expect(startRow(b.at) + b.values.length).toBeLessThan(at);
    }
    expect(block?.values).toHaveLength(1 + 13 + 2);
    expect(block?.values[0]?.[1]).toBe(language === 'nl' ? 'Verwacht binnen' : 'Expected in');
  });

  it("holds the core's figures, and they add up to what is open", () => {
    const { cash } = forecast(l, {
      today: TODAY,
      dueDateOf: (inv) => inv.dueDate ?? addDays(inv.invoiceDate, 30),
    });
    const rows = block?.values.slice(1) ?? [];
    expect(rows.slice(0, 13).map((r) => r[1])).toEqual(cash.weeks.map((w) => centsToCell(w.expected)));
    const sum = rows.reduce((s, r) => s + (typeof r[1] === 'number' ? r[1] : 0), 0);
    expect(Math.round(sum * 100)).toBe(12_100 + 24_200);
    // O2 is overdue (due 2026-10-31): its amount shows as overdue somewhere in the column.
    const overdue = rows.reduce((s, r) => s + (typeof r[2] === 'number' ? r[2] : 0), 0);
    expect(Math.round(overdue * 100)).toBe(24_200);
  });

  it('has a column chart over the weeks only, beside the block', () => {
    const chart = layout.charts.find((c) => c.name === FORECAST_CHART);
    const at = startRow(block?.at ?? '');
    expect(chart).toMatchObject({ type: 'column', source: `A${at}:B${at + 13}`, from: `K${at}` });
  });
});

it('draws no forecast chart when nothing is open', () => {
  const { layout } = overviewOf(ledger(false), { today: TODAY, language: 'nl', dateSystem: 1900 });
  expect(layout.blocks.some((b) => b.name === FORECAST_BLOCK)).toBe(true);
  expect(layout.charts.map((c) => c.name)).not.toContain(FORECAST_CHART);
});
