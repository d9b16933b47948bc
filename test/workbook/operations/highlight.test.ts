/**
 * The overdue highlight covers the whole Facturen body however it grows: refresh issues the
 * conditional fill again every time (set-up adds it while the table may still be empty), and the
 * .xlsx host replaces the rule over the current body rather than stacking another.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Book, Change } from '../../../src/workbook/book';
import { isoToSerial } from '../../../src/workbook/cells';
import { refreshAndSort, setUp } from '../../../src/workbook/operations';
import { openpyxlDump } from '../../hosts/xlsx/openpyxl';
import { FakeExcel } from '../../support/fakeOffice';
import { fakeApi } from '../../support/fakeOffice/workbook';
import { MemoryBook } from '../../support/memoryBook';

// Whole .xlsx saves and openpyxl read-backs on a shared two-core machine: a generous bound, not a target.
jest.setTimeout(120_000);

const TODAY = '2026-11-22';
const d = (iso: string): number => isoToSerial(iso, 1900);

function invoiceRows(from: number, count: number): Record<string, string | number>[] {
  return Array.from({ length: count }, (_, i) => ({
    Factuurnummer: `2026-${String(from + i).padStart(4, '0')}`,
    Klantnummer: 'K1',
    Factuurdatum: d('2026-08-01'),
    'Bedrag excl. BTW': 100,
    'Bedrag incl. BTW': 121,
  }));
}

const klant: Change = {
  kind: 'appendRows',
  table: 'Klanten',
  rows: [{ Klantnummer: 'K1', Naam: 'Bakkerij Jansen', 'Soort klant': 'Zakelijk' }],
};

/** Records every change a book is asked to apply, and passes it on. */
function recording(book: Book): { book: Book; applied: Change[][] } {
  const applied: Change[][] = [];
  return {
    applied,
    book: {
      read: (names, options) => book.read(names, options),
      apply: async (changes) => {
        applied.push([...changes]);
        await book.apply(changes);
      },
    },
  };
}

describe('the overdue highlight on every refresh (memory book)', () => {
  it('is issued once per refresh, on Facturen, whole rows, after rows were appended', async () => {
    const mem = new MemoryBook();
    const { book, applied } = recording(mem);
    await setUp(book, {});
    await book.apply([klant, { kind: 'appendRows', table: 'Facturen', rows: invoiceRows(1, 3) }]);
    applied.length = 0;
    await refreshAndSort(book, { today: TODAY });
    await book.apply([{ kind: 'appendRows', table: 'Facturen', rows: invoiceRows(4, 5) }]);
    await refreshAndSort(book, { today: TODAY });
    const refreshes = applied.filter((batch) => batch.some((c) => c.kind === 'replaceSheet'));
    expect(refreshes).toHaveLength(2);
    for (const batch of refreshes) {
      const fills = batch.filter((c) => c.kind === 'conditionalFill');
      expect(fills).toHaveLength(1);
      expect(fills[0]).toMatchObject({ table: 'Facturen', columns: 'row' });
      // After the sort key is written and the rows sorted: the rule is laid over the final body.
      expect(batch.indexOf(fills[0] as Change)).toBeGreaterThan(
        batch.findIndex((c) => c.kind === 'setColumnFormula' && c.table === 'Facturen'),
      );
    }
    const facturen = mem.snapshot().tables.find((t) => t.name === 'Facturen');
    expect(facturen?.values).toHaveLength(8);
  });

  it('is not issued while the workbook has no Facturen table to highlight', async () => {
    const mem = new MemoryBook({ tables: [] });
    const { book, applied } = recording(mem);
    await refreshAndSort(book, { today: TODAY });
    expect(applied.flat().filter((c) => c.kind === 'conditionalFill')).toEqual([]);
  });
});

describe('the overdue highlight in an .xlsx file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ki-highlight-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const reload = async (book: XlsxBook): Promise<XlsxBook> => XlsxBook.fromBuffer(await book.toBuffer());
  const facturenRules = async (book: XlsxBook, name: string): Promise<string[]> => {
    const file = path.join(dir, name);
    writeFileSync(file, await book.toBuffer());
    return openpyxlDump(file).bySheet.Facturen?.conditionalFormats ?? [];
  };

  it('covers rows appended after set-up, and two refreshes leave one rule (read back by openpyxl)', async () => {
    let book = XlsxBook.create();
    await setUp(book, {});
    book = await reload(book);
    const width = (await book.read(['Facturen'])).tables.get('Facturen')?.headers.length ?? 0;
    const last = String.fromCharCode(64 + width); // fewer than 26 columns
    expect(width).toBeGreaterThan(5);
    expect(width).toBeLessThan(27);

    await book.apply([klant, { kind: 'appendRows', table: 'Facturen', rows: invoiceRows(1, 3) }]);
    await refreshAndSort(book, { today: TODAY });
    book = await reload(book);
    expect(await facturenRules(book, 'one.xlsx')).toEqual([`A2:${last}4`]);

    await book.apply([{ kind: 'appendRows', table: 'Facturen', rows: invoiceRows(4, 9) }]);
    await refreshAndSort(book, { today: TODAY });
    book = await reload(book);
    await refreshAndSort(book, { today: TODAY });
    book = await reload(book);
    expect(await facturenRules(book, 'two.xlsx')).toEqual([`A2:${last}13`]);
  });

  it('comes back over the whole body on the next refresh when the file lost it', async () => {
    let book = XlsxBook.create();
    await setUp(book, {});
    await book.apply([klant, { kind: 'appendRows', table: 'Facturen', rows: invoiceRows(1, 6) }]);
    book = await reload(book);
    // As a program that drops conditional formats, or a person clearing rules, would leave it.
    const sheet = book.workbook.getWorksheet('Facturen') as unknown as { conditionalFormattings: unknown[] };
    sheet.conditionalFormattings = [];
    book = await reload(book);
    expect(await facturenRules(book, 'lost.xlsx')).toEqual([]);
    await refreshAndSort(book, { today: TODAY });
    book = await reload(book);
    const rules = await facturenRules(book, 'back.xlsx');
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(/^A2:[A-Z]7$/);
  });
});

/**
 * Known host defects, not the workbook layer's (which issues one rule per refresh, tested above):
 * these hosts add a rule per conditionalFill instead of replacing the earlier one (3 rules after
 * set-up and two refreshes). Marked failing so the day a host replaces its rule, the marker has
 * to go.
 */
describe('hosts that stack the re-issued highlight (known defects)', () => {
  // test/support/memoryBook.ts, case 'conditionalFill': `t.fills.push(fill)` keeps every earlier rule.
  it.failing('memory book: two refreshes leave one rule', async () => {
    const book = new MemoryBook();
    await setUp(book, {});
    await book.apply([klant, { kind: 'appendRows', table: 'Facturen', rows: invoiceRows(1, 3) }]);
    await refreshAndSort(book, { today: TODAY });
    await refreshAndSort(book, { today: TODAY });
    expect(book.snapshot().tables.find((t) => t.name === 'Facturen')?.fills).toHaveLength(1);
  });

  // src/hosts/office/officeBook.ts, case 'conditionalFill': `range.conditionalFormats.add('Custom')`
  // with no earlier rule removed; the fake models Excel's add (test/support/fakeOffice/client.ts).
  it.failing('Office host (fake Excel): two refreshes leave one rule', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Blad1' }] });
    const book = new OfficeBook(fakeApi(fake));
    await setUp(book, {});
    await book.apply([klant, { kind: 'appendRows', table: 'Facturen', rows: invoiceRows(1, 3) }]);
    await refreshAndSort(book, { today: TODAY });
    await refreshAndSort(book, { today: TODAY });
    expect(fake.model.sheet('Facturen')?.conditionalFormats).toHaveLength(1);
  });
});
