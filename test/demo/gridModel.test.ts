import { indexLedger, settle } from '../../src/domain/ledger';
import { formatEuro } from '../../src/domain/money';
import {
  gridFromRead,
  formatByNumberFormat,
  formatCell,
  plainFromSheet,
  readAllTables,
} from '../../src/demo/gridModel';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { ObservedBook } from '../../src/demo/observedBook';
import { generateSampleData } from '../../src/demo/sampleData';
import { plainSample } from '../../src/demo/firstView';
import type { Book, Change, ReadResult } from '../../src/workbook/book';
import { readWorkbook } from '../../src/workbook/operations/state';
import { columnSpec } from '../../src/workbook/schema';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-11-22');
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatCell', () => {
  it('shows dates, euros, yes/no and choices as Excel would in the workbook language', () => {
    expect(formatCell(46348, columnSpec('invoices', 'invoiceDate'), 1900, 'nl')).toBe('22-11-2026');
    expect(formatCell(44886, columnSpec('invoices', 'invoiceDate'), 1904, 'nl')).toBe('22-11-2026');
    expect(plain(formatCell(1234.5, columnSpec('invoices', 'amountInclVat'), 1900, 'nl'))).toBe('€ 1.234,50');
    expect(plain(formatCell(-12.05, columnSpec('invoices', 'amountInclVat'), 1900, 'en'))).toBe('-€12.05');
    expect(formatCell(true, undefined, 1900, 'nl')).toBe('Ja');
    expect(formatCell(false, undefined, 1900, 'en')).toBe('No');
    expect(formatCell('consumer', columnSpec('customers', 'kind'), 1900, 'nl')).toBe('Particulier');
    expect(formatCell('=1+1', columnSpec('customers', 'name'), 1900, 'nl')).toBe('=1+1');
    expect(formatCell(null, undefined, 1900, 'nl')).toBe('');
    expect(formatCell(2.5, undefined, 1900, 'nl')).toBe('2,5');
  });
});

describe('a sheet without tables (Overzicht) as a plain grid', () => {
  it('formats cells by their number format', () => {
    const f = (v: number | string | null, fmt: string | null) =>
      plain(formatByNumberFormat(v, fmt, 1900, 'nl').text);
    expect(f(46348, 'dd-mm-yyyy')).toBe('22-11-2026');
    expect(f(29453.84, '€ #,##0.00;[Red]-€ #,##0.00')).toBe('€ 29.453,84');
    expect(f(0.25, '0%')).toBe('25%');
    expect(f(59.25, '0.0')).toBe('59,3');
    expect(f(12, '0')).toBe('12');
    expect(f(2.5, null)).toBe('2,5');
    expect(f('Openstaand', null)).toBe('Openstaand');
    expect(formatByNumberFormat(12, '0', 1900, 'nl').numeric).toBe(true);
    expect(formatByNumberFormat('x', null, 1900, 'nl').numeric).toBe(false);
  });

  it('reads the used range through the .xlsx host and lays it out under column letters and row numbers', async () => {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'Overzicht' },
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [
          { at: 'B2', values: [['Klant Inzicht — overzicht per 22-11-2026']] },
          {
            at: 'B4',
            values: [
              ['Kengetal', 'Waarde', 'Per'],
              ['Openstaand', 1234.5, 46348],
              ['Aandeel', 0.25, null],
            ],
            numberFormats: [null, '€ #,##0.00', 'dd-mm-yyyy'],
          },
        ],
      },
    ]);
    const values = book.sheetValues('Overzicht');
    expect(values).toMatchObject({ sheet: 'Overzicht', top: 2, left: 2, totalRows: 5 });
    expect(values.values[2]).toEqual(['Kengetal', 'Waarde', 'Per']);
    expect(values.numberFormats[3]).toEqual([null, '€ #,##0.00', 'dd-mm-yyyy']);
    const grid = plainFromSheet(values, 1900, 'nl');
    expect(grid.columns).toEqual(['B', 'C', 'D']);
    expect(grid.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(grid.rows[3]?.cells.map((c) => plain(c.text))).toEqual(['Openstaand', '€ 1.234,50', '22-11-2026']);
    expect(grid.rows[1]?.cells.map((c) => c.text)).toEqual(['', '', '']);
    // A long sheet comes back cut at maxRows, saying how long it is.
    const cut = book.sheetValues('Overzicht', { maxRows: 2 });
    expect(cut.values).toHaveLength(2);
    expect(cut.totalRows).toBe(5);
    expect(() => book.sheetValues('Bestaat niet')).toThrow(/no sheet named/);
  });

  it("shows the sample workbook's Overzicht with its figures", async () => {
    const book = await plainSample(isoDate(TODAY), 'nl');
    const grid = plainFromSheet(book.sheetValues('Overzicht'), 1900, 'nl');
    const texts = grid.rows.map((r) => r.cells.map((c) => plain(c.text)));
    expect(texts[0]?.[0]).toBe('Klant Inzicht — overzicht per 22-11-2026');
    const open = texts.find((r) => r[0] === 'Openstaand');
    expect(open?.[1]).toMatch(/^€ [\d.]+,\d\d$/);
    expect(texts.some((r) => r.some((c) => /^€ [\d.]+,\d\d$/.test(c)))).toBe(true);
  });
});

describe('the sample workbook in the grid', () => {
  let read: ReadResult;
  let sheets: ReturnType<typeof gridFromRead>;
  beforeAll(async () => {
    const book = await plainSample(isoDate(TODAY));
    const state = await readWorkbook(book);
    read = await readAllTables(book);
    sheets = gridFromRead(read, { today: TODAY, language: state.language, settings: state.settings });
  }, 60_000);

  it('has a tab per sheet and every record of the sample', () => {
    const { ledger } = generateSampleData({ today: TODAY });
    expect(sheets.map((s) => s.name)).toEqual(read.sheets);
    const rows = (sheet: string) => sheets.find((s) => s.name === sheet)?.tables[0]?.rows.length;
    expect(rows('Klanten')).toBe(ledger.customers.length);
    expect(rows('Facturen')).toBe(ledger.invoices.length);
    expect(rows('Betalingen')).toBe(ledger.payments.length);
    expect(rows('Contact')).toBe(ledger.contacts.length);
    expect(rows('Regelingen')).toBe(ledger.arrangements.reduce((n, a) => n + a.instalments.length, 0));
  });

  it('calculates the live columns like the core: open amount per invoice', () => {
    const { ledger } = generateSampleData({ today: TODAY });
    const index = indexLedger(ledger);
    const table = sheets.find((s) => s.name === 'Facturen')!.tables[0]!;
    const number = table.headers.indexOf('Factuurnummer');
    const open = table.headers.indexOf('Openstaand');
    expect(table.computed[open]).toBe(true);
    let checked = 0;
    for (const row of table.rows) {
      const inv = index.invoicesByNumber.get(row[number]!);
      if (!inv || inv.creditsInvoice) continue;
      expect(plain(row[open]!)).toBe(plain(formatEuro(settle(inv, index, isoDate(TODAY)).open, 'nl')));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(400);
  });
});

describe('ObservedBook', () => {
  it('tells listeners after every apply, also a failed one, and stops after unsubscribe', async () => {
    let fail = false;
    const inner: Book = {
      read: async () => ({ tables: new Map(), sheets: [], allTables: [], dateSystem: 1900 }),
      apply: async (_: readonly Change[]) => {
        if (fail) throw new Error('boom');
      },
    };
    const book = new ObservedBook(inner);
    let calls = 0;
    const off = book.onChange(() => (calls += 1));
    await book.apply([]);
    fail = true;
    await expect(book.apply([])).rejects.toThrow('boom');
    expect(calls).toBe(2);
    off();
    await expect(book.apply([])).rejects.toThrow('boom');
    expect(calls).toBe(2);
  });
});
