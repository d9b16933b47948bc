import {
  extendTables,
  findRangeOffers,
  findTableSides,
  tablesFromRanges,
} from '../../../src/workbook/operations/ranges';
import { makeMemoryBook } from '../../support/memoryBook';

const invoiceHeaders = ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag'];

describe('rows and columns typed beside a table', () => {
  it('names the part, the rows and the columns, and holds back a column without a header', async () => {
    const book = await makeMemoryBook({
      tables: [
        { name: 'Tabel1', sheet: 'Facturen', headers: invoiceHeaders, rows: [['F1', 'Jansen', 46000, 100]] },
      ],
      cells: [
        { sheet: 'Facturen', at: 'A3', rows: [['F2', 'Groot', 46001, 5000]] },
        { sheet: 'Facturen', at: 'E2', rows: [['zonder kop']] },
      ],
    });
    const [side] = await findTableSides(book);
    expect(side).toEqual({
      table: 'Tabel1',
      sheet: 'Facturen',
      part: 'invoices',
      address: 'A1:D2',
      rows: { first: 3, last: 3 },
      columns: { first: 'E', last: 'E', headers: [null], filledCells: 1 },
      columnsBlocked: 'no-header',
      // Vervaldatum, Openstaand, Dagen over tijd, Status, Volgende stap, Volgorde: set-up adds them.
      missing: 6,
    });
    const done = await extendTables(book);
    expect(done.map((s) => [s.table, s.rows, s.columns])).toEqual([['Tabel1', { first: 3, last: 3 }, null]]);
    const t = (await book.read(['Tabel1'])).tables.get('Tabel1');
    expect(t?.values).toEqual([
      ['F1', 'Jansen', 46000, 100],
      ['F2', 'Groot', 46001, 5000],
    ]);
    expect(t?.headers).toEqual(invoiceHeaders);
    // The headerless column is still beside the table, still reported.
    expect((await findTableSides(book)).map((s) => s.columnsBlocked)).toEqual(['no-header']);
  });

  it('holds back columns whose header repeats one of the table', async () => {
    const book = await makeMemoryBook({
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: invoiceHeaders,
          rows: [['F1', 'Jansen', 46000, 100]],
        },
      ],
      cells: [{ sheet: 'Facturen', at: 'E1', rows: [['bedrag'], [3]] }],
    });
    expect((await findTableSides(book))[0]?.columnsBlocked).toBe('duplicate-header');
    expect(await extendTables(book)).toEqual([]);
    expect(book.calls.apply).toBe(0);
  });
});

describe('plain ranges that read as a product table', () => {
  const list = {
    cells: [
      {
        sheet: 'Blad1',
        at: 'A1',
        rows: [
          invoiceHeaders,
          ['F1', 'Jansen', 46000, 100],
          [null, null, null, null],
          ['los', null, null, null],
        ],
      },
    ],
  };

  it('offers a range whose headers cover every required column, with its rows and name', async () => {
    const offers = await findRangeOffers(await makeMemoryBook(list));
    expect(offers).toEqual([
      {
        part: 'invoices',
        sheet: 'Blad1',
        address: 'A1:D2',
        rows: 1,
        headers: invoiceHeaders,
        matched: invoiceHeaders,
        table: 'Facturen',
      },
    ]);
    expect(await findRangeOffers(await makeMemoryBook(list), { language: 'en' })).toMatchObject([
      { table: 'Invoices' },
    ]);
  });

  it('offers nothing for a list that reads as no part, or a part the workbook already has', async () => {
    const notes = await makeMemoryBook({
      cells: [{ sheet: 'Notities', at: 'B2', rows: [['Wat'], ['bellen']] }],
    });
    expect(await findRangeOffers(notes)).toEqual([]);
    const has = await makeMemoryBook({
      ...list,
      tables: [{ name: 'Facturen', sheet: 'Facturen', headers: invoiceHeaders, rows: [] }],
    });
    expect(await findRangeOffers(has)).toEqual([]);
  });

  it('blocks a range with a repeated header or a taken name, and makes tables of the rest', async () => {
    const repeated = await makeMemoryBook({
      cells: [
        {
          sheet: 'Blad1',
          at: 'A1',
          rows: [
            [...invoiceHeaders, 'Klant'],
            ['F1', 'J', 46000, 1, 'x'],
          ],
        },
      ],
    });
    expect((await findRangeOffers(repeated))[0]?.blocked).toBe('duplicate-header');
    expect(await tablesFromRanges(repeated)).toEqual([]);
    const book = await makeMemoryBook(list);
    expect((await tablesFromRanges(book)).map((o) => o.table)).toEqual(['Facturen']);
    const r = await book.read(['Facturen']);
    expect(r.tables.get('Facturen')?.values).toEqual([['F1', 'Jansen', 46000, 100]]);
  });
});

describe('a trader’s invoice lists are read as invoices, never as payments', () => {
  // "Betaald" (ja/nee) is also a payments amount header: the list must not be taken for payments.
  const thisYear = ['Factuurnr', 'Klant', 'Datum', 'Bedrag excl', 'Bedrag incl', 'Betaald', 'Betaald op'];
  const lastYear = ['Factuurnr', 'Klant', 'Datum', 'Bedrag', 'Betaald op'];
  const sheetOf = (sheet: string, headers: string[]) => ({
    sheet,
    at: 'A1',
    rows: [headers, ['2026-001', 'Jansen BV', 46000, ...headers.slice(3).map(() => 1)]],
  });

  it('reads "Bedrag excl" and "Bedrag incl" as the amounts, so the list is an invoice list', async () => {
    const offers = await findRangeOffers(await makeMemoryBook({ cells: [sheetOf('Facturen', thisYear)] }));
    expect(offers.map((o) => [o.sheet, o.part, o.blocked])).toEqual([['Facturen', 'invoices', undefined]]);
    expect(offers[0]?.matched).toEqual(thisYear);
  });

  it('holds last year’s list back as a second Facturen, whichever sheet comes first', async () => {
    const book = await makeMemoryBook({
      cells: [sheetOf('Facturen 2025', lastYear), sheetOf('Facturen', thisYear)],
    });
    const offers = await findRangeOffers(book);
    expect(offers.map((o) => [o.sheet, o.part, o.blocked])).toEqual([
      ['Facturen', 'invoices', undefined],
      ['Facturen 2025', 'invoices', 'name-taken'],
    ]);
    expect((await tablesFromRanges(book)).map((o) => [o.sheet, o.table])).toEqual([['Facturen', 'Facturen']]);
  });

  it('offers no invoice-shaped list as payments when the invoices are a table already', async () => {
    const book = await makeMemoryBook({
      tables: [{ name: 'Facturen', sheet: 'Facturen', headers: invoiceHeaders, rows: [] }],
      cells: [sheetOf('Blad2', lastYear)],
    });
    expect(await findRangeOffers(book)).toEqual([]);
  });

  it('still offers a payments list on a sheet named after payments', async () => {
    const book = await makeMemoryBook({
      tables: [{ name: 'Facturen', sheet: 'Facturen', headers: invoiceHeaders, rows: [] }],
      cells: [sheetOf('Betalingen', ['Factuurnr', 'Klant', 'Datum', 'Bedrag'])],
    });
    expect((await findRangeOffers(book)).map((o) => [o.sheet, o.part])).toEqual([['Betalingen', 'payments']]);
  });
});

describe('a trader’s list with an empty column before a column of their own', () => {
  const headers = ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', null, 'Notities'];
  const list = (rows: (string | number | null)[][], head: (string | null)[] = headers) => ({
    cells: [{ sheet: 'Facturen', at: 'A1', rows: [head, ...rows] }],
  });
  const rows = [
    ['2026-001', 'Jansen BV', 46000, 1210, null, 'bellen'],
    ['2026-002', 'De Vries', 46001, 605, null, null],
  ];

  it('offers the whole list, notes included, naming the empty column', async () => {
    const offers = await findRangeOffers(await makeMemoryBook(list(rows)));
    expect(offers).toEqual([
      {
        part: 'invoices',
        sheet: 'Facturen',
        address: 'A1:F3',
        rows: 2,
        headers: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', '', 'Notities'],
        matched: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag'],
        table: 'Facturen',
        named: [{ column: 'E', header: 'Kolom E' }],
      },
    ]);
    expect((await findRangeOffers(await makeMemoryBook(list(rows)), { language: 'en' }))[0]?.named).toEqual([
      { column: 'E', header: 'Column E' },
    ]);
  });

  it('makes it a table with the notes kept where they were and the empty column given a header', async () => {
    const book = await makeMemoryBook(list(rows));
    expect((await tablesFromRanges(book)).map((o) => [o.table, o.address])).toEqual([['Facturen', 'A1:F3']]);
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.headers).toEqual(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Kolom E', 'Notities']);
    expect(t?.values).toEqual(rows);
  });

  it('holds back a list with a column of cells under no header', async () => {
    const book = await makeMemoryBook(list([['2026-001', 'Jansen BV', 46000, 1210, 'x', 'bellen']]));
    const [offer] = await findRangeOffers(book);
    expect([offer?.address, offer?.blocked, offer?.headless, offer?.named]).toEqual([
      'A1:F2',
      'no-header',
      ['E'],
      undefined,
    ]);
    expect(await tablesFromRanges(book)).toEqual([]);
  });

  it('promises no header for an empty column of a list it holds back', async () => {
    // E with a cell under no header (holds the list back), F empty (would be named).
    const book = await makeMemoryBook(
      list(
        [['2026-001', 'Jansen BV', 46000, 1210, 'x', null, 'bellen']],
        ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', null, null, 'Notities'],
      ),
    );
    const [offer] = await findRangeOffers(book);
    expect([offer?.address, offer?.blocked, offer?.headless, offer?.named]).toEqual([
      'A1:G2',
      'no-header',
      ['E'],
      undefined,
    ]);
  });
});
