/**
 * The list finder reads a workbook as the ledger does: a column a consultant named in Instellingen
 * (`alias.invoices.customerNumber` = "Opdrachtgever") is the invoices' customer column, with no
 * aliases from the caller (the pane passes none). On the .xlsx host (the CLI's), the fake Office.js
 * host (the pane's) and the in-memory Book; each operation still reads the book once.
 */
import ExcelJS from 'exceljs';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Book, Cell } from '../../../src/workbook/book';
import { columnLetter, parseRange } from '../../../src/workbook/a1';
import {
  extendTables,
  findLists,
  findRangeOffers,
  findTableSides,
  tablesFromRanges,
} from '../../../src/workbook/operations/ranges';
import { FakeExcel, type SeedSheet } from '../../support/fakeOffice';
import { makeMemoryBook, type BookFixture } from '../../support/memoryBook';

type Fixture = Required<Pick<BookFixture, 'tables' | 'cells'>>;

/** A real .xlsx file: the tables made by ExcelJS, saved and opened as the CLI opens one. */
async function xlsxBook(f: Fixture): Promise<Book> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string) => wb.getWorksheet(name) ?? wb.addWorksheet(name);
  for (const t of f.tables)
    sheet(t.sheet).addTable({
      name: t.name,
      ref: t.at ?? 'A1',
      headerRow: true,
      columns: t.headers.map((name) => ({ name })),
      rows: t.rows.map((r) => t.headers.map((_, i) => r[i] ?? null)),
    });
  for (const block of f.cells) {
    const at = parseRange(block.at);
    block.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null) sheet(block.sheet).getCell(at.top + i, at.left + j).value = v;
      }),
    );
  }
  return XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function officeBook(f: Fixture): Book {
  const sheets: SeedSheet[] = [];
  const sheet = (name: string): SeedSheet => {
    const found = sheets.find((s) => s.name === name);
    if (found) return found;
    const made: SeedSheet = { name, tables: [], cells: {} };
    sheets.push(made);
    return made;
  };
  for (const t of f.tables)
    sheet(t.sheet).tables?.push({ name: t.name, at: t.at ?? 'A1', headers: t.headers, rows: t.rows });
  for (const block of f.cells) {
    const at = parseRange(block.at);
    const cells = (sheet(block.sheet).cells ??= {});
    block.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null) cells[`${columnLetter(at.left + j)}${at.top + i}`] = v;
      }),
    );
  }
  const fake = new FakeExcel({ sheets });
  return new OfficeBook({ run: (o, b) => fake.run(o, b), isSetSupported: fake.isSetSupported });
}

const hosts: [string, (f: Fixture) => Promise<Book>][] = [
  ['xlsx (ExcelJS)', xlsxBook],
  ['office (fake Office.js)', async (f) => officeBook(f)],
  ['memory', (f) => makeMemoryBook(f)],
];

/** Instellingen as a consultant leaves it: one alias row, or (`alias` false) only the language. */
function settings(alias: boolean): Fixture['tables'][number] {
  const rows: Cell[][] = [['Taal', 'Nederlands', null]];
  if (alias) rows.push(['alias.invoices.customerNumber', 'Opdrachtgever', 'Andere kolomkoppen']);
  return {
    name: 'Instellingen',
    sheet: 'Instellingen',
    headers: ['Instelling', 'Waarde', 'Toelichting'],
    rows,
  };
}

const headers = ['Factuurnummer', 'Opdrachtgever', 'Factuurdatum', 'Bedrag'];
const row: Cell[] = ['2026-001', 'K001', 46000, 1210];

/** The trader's invoices as a plain list, no table. */
const list = (alias: boolean): Fixture => ({
  tables: [settings(alias)],
  cells: [{ sheet: 'Blad1', at: 'A1', rows: [headers, row] }],
});

/** The invoices as an Excel table of their own name, with notes typed to its right. */
const table = (alias: boolean): Fixture => ({
  tables: [settings(alias), { name: 'Tabel1', sheet: 'Blad1', headers, rows: [row] }],
  cells: [{ sheet: 'Blad1', at: 'E1', rows: [['Notities'], ['bellen']] }],
});

describe.each(hosts)('the workbook’s own aliases on %s', (_name, make) => {
  it('offers a plain list whose customer column is named by Instellingen as the invoices', async () => {
    const { offers } = await findLists(await make(list(true)));
    expect(offers.map((o) => [o.part, o.sheet, o.address, o.matched, o.blocked])).toEqual([
      ['invoices', 'Blad1', 'A1:D2', headers, undefined],
    ]);
    expect((await findRangeOffers(await make(list(true)))).map((o) => o.part)).toEqual(['invoices']);
    const book = await make(list(true));
    expect((await tablesFromRanges(book)).map((o) => [o.table, o.address])).toEqual([['Facturen', 'A1:D2']]);
    expect((await book.read(['Facturen'])).tables.get('Facturen')?.headers).toEqual(headers);
    // Without the alias row the list reads as no invoices.
    const { offers: without } = await findLists(await make(list(false)));
    expect(without.filter((o) => o.part === 'invoices')).toEqual([]);
  });

  it('reads a table whose customer column Instellingen names as the invoices, beside it and extended', async () => {
    const { sides } = await findLists(await make(table(true)));
    expect(sides.map((s) => [s.table, s.part, s.missing, s.columns?.headers])).toEqual([
      ['Tabel1', 'invoices', 6, ['Notities']],
    ]);
    expect((await findTableSides(await make(table(true)))).map((s) => s.part)).toEqual(['invoices']);
    const book = await make(table(true));
    const done = await extendTables(book, { columnsOnly: true });
    expect(done.map((s) => [s.table, s.part, s.columns?.headers])).toEqual([
      ['Tabel1', 'invoices', ['Notities']],
    ]);
    expect((await book.read(['Tabel1'])).tables.get('Tabel1')?.headers).toEqual([...headers, 'Notities']);
    // Without the alias row the same table is no part of the product's.
    const { sides: without } = await findLists(await make(table(false)));
    expect(without.map((s) => [s.table, s.part])).toEqual([['Tabel1', undefined]]);
  });
});

describe('the workbook’s aliases beside the caller’s', () => {
  it('takes both: a config alias for the number and the workbook’s for the customer', async () => {
    const typed = ['Nr. factuur', ...headers.slice(1)];
    const fixture: Fixture = {
      tables: [settings(true)],
      cells: [{ sheet: 'Blad1', at: 'A1', rows: [typed, row] }],
    };
    const config = { invoices: { number: ['Nr. factuur'] } };
    const offers = await findRangeOffers(await makeMemoryBook(fixture), { aliases: config });
    expect(offers.map((o) => [o.part, o.matched])).toEqual([['invoices', typed]]);
    // Either alone is not enough.
    expect(await findRangeOffers(await makeMemoryBook(fixture))).toEqual([]);
    const bare = { ...fixture, tables: [settings(false)] };
    expect(await findRangeOffers(await makeMemoryBook(bare), { aliases: config })).toEqual([]);
  });

  it('reads the book once for finding, and once plus one apply for acting', async () => {
    const found = await makeMemoryBook(table(true));
    await findLists(found);
    expect(found.calls).toEqual({ read: 1, apply: 0 });
    const extended = await makeMemoryBook(table(true));
    await extendTables(extended);
    expect(extended.calls).toEqual({ read: 1, apply: 1 });
    const made = await makeMemoryBook(list(true));
    await tablesFromRanges(made);
    expect(made.calls).toEqual({ read: 1, apply: 1 });
  });
});
