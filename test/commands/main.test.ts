/**
 * "Sorteer werkmap" through the real function-file entry (src/commands/main.ts), a fresh runtime
 * per click, on the fake Excel: where the result line lands, in which language, and what it
 * costs in requests.
 */
import type { Language } from '../../src/domain/model';
import { OVERVIEW_MARKER, OVERVIEW_STATUS_CELL } from '../../src/workbook/operations/overview';
import { OVERVIEW_SHEET } from '../../src/workbook/schema';
import { clickCommand } from '../support/fakeOffice/globals';
import {
  customerRows,
  fakeApi,
  klantInzichtWorkbook,
  rowsFor,
  serial,
  tableOf,
} from '../support/fakeOffice/workbook';
import { OfficeBook } from '../../src/hosts/office/officeBook';
import { ruleMarker } from '../../src/workbook/productRule';

const NL = /^Bijgewerkt en gesorteerd op \d{4}-\d{2}-\d{2}: \d+ facturen/;
const EN = /^Refreshed and sorted on \d{4}-\d{2}-\d{2}: 12 invoices/;

describe.each<[Language, string, RegExp]>([
  ['nl', 'nl-NL', NL],
  ['nl', 'en-US', EN],
  ['en', 'nl-BE', NL],
  ['en', 'en-GB', EN],
])('a %s workbook in Office with UI language %s', (language, ui, message) => {
  it('shows the result in the overview’s reserved cell, in Office’s language', async () => {
    const { fake } = await klantInzichtWorkbook({ language, customers: 3, invoices: 12 });
    const click = await clickCommand(fake, 'SortWorkbook', ui);
    expect(click.completedCalls).toBe(1);
    const sheet = OVERVIEW_SHEET[language];
    expect(String(fake.cell(sheet, OVERVIEW_STATUS_CELL).value)).toMatch(message);
    expect(fake.snapshot().names[OVERVIEW_MARKER]).toMatch(new RegExp(`^${sheet}!`));
    // Charts plot their blocks by columns, said explicitly (Auto plots a 2x3 block by rows).
    const charts = fake.snapshot().sheets.find((s) => s.name === sheet)?.charts ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.every((c) => c.seriesBy === 'Columns')).toBe(true);
  });
});

describe('the result line as the workbook grows', () => {
  it('stays in its reserved cell and never lands on the overview’s blocks', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 12 });
    await clickCommand(fake, 'SortWorkbook');
    const book = new OfficeBook(fakeApi(fake));
    await book.apply([
      {
        kind: 'appendRows',
        table: tableOf('customers', 'nl'),
        rows: rowsFor('customers', 'nl', customerRows(3, 36)),
      },
      {
        kind: 'appendRows',
        table: tableOf('invoices', 'nl'),
        rows: rowsFor(
          'invoices',
          'nl',
          customerRows(3, 36).map((c, i) => ({
            number: `G${i + 1}`,
            customerNumber: c.number ?? null,
            invoiceDate: serial('2026-10-01'),
            amountInclVat: 100 + i,
          })),
        ),
      },
    ]);
    await clickCommand(fake, 'SortWorkbook');
    const names = fake.snapshot().names;
    expect(String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value)).toMatch(NL);
    // Every block of the overview starts below the status line, the customer block included.
    const blocks = Object.entries(names).filter(([n]) => n.startsWith('KI_'));
    expect(blocks.length).toBeGreaterThan(5);
    for (const [, ref] of blocks) {
      const top = Number(/!\$?[A-Z]+\$?(\d+)/.exec(ref)?.[1]);
      expect(top).toBeGreaterThan(2);
    }
    // The customer block holds all 39 customers plus its header, none overwritten.
    const klanten = names.KI_Klanten ?? '';
    const [, first, last] = /(\d+):\$?[A-Z]+\$?(\d+)$/.exec(klanten) ?? [];
    expect(Number(last) - Number(first) + 1).toBe(40);
    const cells = Array.from(
      { length: 39 },
      (_, i) => fake.cell('Overzicht', `A${Number(first) + 1 + i}`).value,
    );
    expect(cells.every((v) => typeof v === 'string' && /^K\d{5}$/.test(v))).toBe(true);
  });

  it('reports a failure even when the workbook has no overview yet, without touching a person’s sheet', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 12 });
    // A refresh that cannot write: Facturen is protected. The overview was never written.
    fake.protectSheet('Facturen');
    await clickCommand(fake, 'SortWorkbook');
    const text = String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value);
    expect(text).toMatch(/^Sorteren is niet gelukt/);
    expect(text).toMatch(/Facturen/);
  });
});

describe('what a click costs', () => {
  async function secondClick(
    invoices: number,
  ): Promise<{ syncs: number; request: number; response: number; highlight: string[]; body: string }> {
    const { fake } = await klantInzichtWorkbook({ customers: Math.max(5, invoices / 50), invoices });
    await clickCommand(fake, 'SortWorkbook'); // the first click writes the live formulas
    fake.resetStats();
    await clickCommand(fake, 'SortWorkbook');
    const s = fake.stats;
    // The product's overdue rule, found and replaced inside the same requests: one, over the body.
    const highlight = (fake.snapshot().sheets.find((x) => x.name === 'Facturen')?.conditionalFormats ?? [])
      .filter((c) => ruleMarker(c.formula) === 'overdue')
      .map((c) => c.address);
    const body = fake.table('Facturen').address.replace(/^(.*!)([A-Z]+)1:/, '$1$22:');
    return { syncs: s.syncs, request: s.maxRequestBytes, response: s.maxResponseBytes, highlight, body };
  }

  it('is the same number of context.sync calls at 100 and 2,000 invoices, at most 6 with the status', async () => {
    const small = await secondClick(100);
    const large = await secondClick(2_000);
    expect(small.syncs).toBeLessThanOrEqual(6);
    expect(large.syncs).toBe(small.syncs);
    for (const r of [small, large]) {
      expect(r.highlight).toEqual([r.body]);
      expect(r.request).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(r.response).toBeLessThanOrEqual(4 * 1024 * 1024);
    }
  });
});
