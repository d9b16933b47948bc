/**
 * The host contract for plain ranges and rows typed beside a table: every Book reports the same
 * surroundings for the same cells, and turns them into (part of) a table keeping every value.
 * Called from each host's contract test with one line.
 */
import type { Book, Cell, ReadResult } from '../../src/workbook/book';
import type { BookFixture } from '../support/memoryBook';

type MakeBook = (fixture?: BookFixture) => Promise<Book>;

const invoices: BookFixture = {
  tables: [
    {
      name: 'Facturen',
      sheet: 'Facturen',
      headers: ['Factuurnummer', 'Klant', 'Bedrag'],
      rows: [['F1', 'Jansen', 100]],
    },
  ],
  cells: [
    // Typed straight under the table, and a note column beside it.
    {
      sheet: 'Facturen',
      at: 'A3',
      rows: [
        ['F2', 'Groot BV', 5000],
        ['F3', null, 7],
      ],
    },
    { sheet: 'Facturen', at: 'D1', rows: [['Notitie'], ['bellen']] },
    // An empty row, then a line that is not part of it.
    { sheet: 'Facturen', at: 'A6', rows: [['los']] },
  ],
};

/** Facturen at A1:C3: two rows. */
const twoRows: NonNullable<BookFixture['tables']> = [
  {
    name: 'Facturen',
    sheet: 'Facturen',
    headers: ['Factuurnummer', 'Klant', 'Bedrag'],
    rows: [
      ['F1', 'Jansen', 100],
      ['F2', 'Smit', 50],
    ],
  },
];

const plain: BookFixture = {
  sheets: ['Leeg'],
  cells: [
    {
      sheet: 'Lijst',
      at: 'B2',
      rows: [
        ['Klant', 'Factuur', 'Bedrag'],
        ['Jansen', 'F1', 12.5],
        ['De Vries', null, 40],
      ],
    },
    { sheet: 'Lijst', at: 'B7', rows: [['elders']] },
  ],
};

async function read(book: Book, names: string[] = []): Promise<ReadResult> {
  return book.read(names, { surroundings: true });
}

export function describeRangesContract(name: string, makeBook: MakeBook): void {
  describe(`${name}: plain ranges and rows beside tables`, () => {
    it('reports the rows typed directly below a table and the column to its right', async () => {
      const r = await read(await makeBook(invoices));
      const beside = r.surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside).toEqual({
        table: 'Facturen',
        sheet: 'Facturen',
        address: 'A1:C2',
        below: {
          firstRow: 3,
          values: [
            ['F2', 'Groot BV', 5000],
            ['F3', null, 7],
          ],
        },
        right: { firstColumn: 4, columns: 1, headers: ['Notitie'], filledCells: 1 },
      });
    });

    it('reports nothing beside a table that has nothing beside it', async () => {
      const r = await read(await makeBook({ tables: invoices.tables ?? [] }));
      expect(r.surroundings?.beside).toEqual([
        { table: 'Facturen', sheet: 'Facturen', address: 'A1:C2', below: null, right: null },
      ]);
    });

    it('finds a plain range by the block around its first row, on sheets without a table', async () => {
      const r = await read(await makeBook(plain));
      expect(r.surroundings?.plainRanges).toEqual([
        {
          sheet: 'Lijst',
          address: 'B2:D4',
          firstRow: 2,
          firstColumn: 2,
          headers: ['Klant', 'Factuur', 'Bedrag'],
          values: [
            ['Jansen', 'F1', 12.5],
            ['De Vries', null, 40],
          ],
        },
      ]);
    });

    it('turns a plain range into a table with every value where it was', async () => {
      const book = await makeBook(plain);
      await book.apply([
        {
          kind: 'rangeToTable',
          sheet: 'Lijst',
          address: 'B2:D4',
          table: 'Lijst1',
          headers: ['Klant', 'Factuur', 'Bedrag'],
        },
      ]);
      const r = await read(book, ['Lijst1']);
      const t = r.tables.get('Lijst1');
      expect(t?.headers).toEqual(['Klant', 'Factuur', 'Bedrag']);
      expect(t?.values).toEqual([
        ['Jansen', 'F1', 12.5],
        ['De Vries', null, 40],
      ]);
      expect([t?.firstRow, t?.firstColumn]).toEqual([3, 2]);
      expect(r.allTables).toEqual([
        { name: 'Lijst1', sheet: 'Lijst', headers: ['Klant', 'Factuur', 'Bedrag'] },
      ]);
      // The line below the empty row is still there, outside the table.
      expect(r.surroundings?.beside).toEqual([
        { table: 'Lijst1', sheet: 'Lijst', address: 'B2:D4', below: null, right: null },
      ]);
      expect(r.surroundings?.plainRanges).toEqual([]);
    });

    it('takes in a note column past an empty one, and names the empty column when asked', async () => {
      const book = await makeBook({
        cells: [
          {
            sheet: 'Lijst',
            at: 'B2',
            rows: [
              ['Klant', 'Bedrag', null, 'Notities'],
              ['Jansen', 12.5, null, 'bellen'],
              ['De Vries', 40, null, null],
            ],
          },
        ],
      });
      const headers = ['Klant', 'Bedrag', '', 'Notities'];
      expect((await read(book)).surroundings?.plainRanges).toMatchObject([{ address: 'B2:E4', headers }]);
      await book.apply([
        {
          kind: 'rangeToTable',
          sheet: 'Lijst',
          address: 'B2:E4',
          table: 'Lijst1',
          headers,
          // A name for a typed header is ignored: only the empty one is named.
          names: ['Naam', 'Bedrag', 'Kolom D', 'Notities'],
        },
      ]);
      const t = (await read(book, ['Lijst1'])).tables.get('Lijst1');
      expect(t?.headers).toEqual(['Klant', 'Bedrag', 'Kolom D', 'Notities']);
      expect(t?.values).toEqual([
        ['Jansen', 12.5, null, 'bellen'],
        ['De Vries', 40, null, null],
      ]);
    });

    it('names an empty column whose header cell holds only spaces, in the cell as in the table', async () => {
      const book = await makeBook({
        cells: [
          {
            sheet: 'Lijst',
            at: 'B2',
            rows: [
              ['Klant', 'Bedrag', ' ', 'Notities'],
              ['Jansen', 12.5, null, 'bellen'],
            ],
          },
        ],
      });
      const range = (await read(book)).surroundings?.plainRanges[0];
      expect(range?.address).toBe('B2:E3');
      await book.apply([
        {
          kind: 'rangeToTable',
          sheet: 'Lijst',
          address: 'B2:E3',
          table: 'Lijst1',
          headers: range?.headers ?? [],
          names: ['Klant', 'Bedrag', 'Kolom D', 'Notities'],
        },
      ]);
      expect((await read(book, ['Lijst1'])).tables.get('Lijst1')?.headers).toEqual([
        'Klant',
        'Bedrag',
        'Kolom D',
        'Notities',
      ]);
    });

    it('refuses a range whose header row changed since it was read, changing nothing', async () => {
      const book = await makeBook(plain);
      await expect(
        book.apply([
          {
            kind: 'rangeToTable',
            sheet: 'Lijst',
            address: 'B2:D4',
            table: 'Lijst1',
            headers: ['Klant', 'Nr', 'Bedrag'],
          },
        ]),
      ).rejects.toThrow();
      const r = await read(book);
      expect(r.allTables).toEqual([]);
      expect(r.surroundings?.plainRanges.map((p) => p.address)).toEqual(['B2:D4']);
    });

    it('extends a table over the rows below and the column to its right, keeping every value', async () => {
      const book = await makeBook(invoices);
      await book.apply([{ kind: 'extendTable', table: 'Facturen', address: 'A1:C2', rows: 2, columns: 1 }]);
      const r = await read(book, ['Facturen']);
      const t = r.tables.get('Facturen');
      expect(t?.headers).toEqual(['Factuurnummer', 'Klant', 'Bedrag', 'Notitie']);
      const rows: Cell[][] = [
        ['F1', 'Jansen', 100, 'bellen'],
        ['F2', 'Groot BV', 5000, null],
        ['F3', null, 7, null],
      ];
      expect(t?.values).toEqual(rows);
      const beside = r.surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.below).toBeNull();
      expect(beside?.right).toBeNull();
    });

    it('reports a note column past an empty one beside a table, and takes both in, naming the empty one', async () => {
      const book = await makeBook({
        tables: invoices.tables ?? [],
        cells: [{ sheet: 'Facturen', at: 'E1', rows: [['Notities'], ['bellen']] }],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toEqual({
        firstColumn: 4,
        columns: 2,
        headers: [null, 'Notities'],
        filledCells: 1,
        empty: [4],
      });
      // A header is written only into an empty header cell: asked over a typed one, nothing changes.
      const asked = {
        kind: 'extendTable',
        table: 'Facturen',
        address: 'A1:C2',
        rows: 0,
        columns: 2,
      } as const;
      await expect(book.apply([{ ...asked, names: ['Kolom D', 'Anders'] }])).rejects.toThrow();
      expect((await read(book, ['Facturen'])).tables.get('Facturen')?.headers).toEqual([
        'Factuurnummer',
        'Klant',
        'Bedrag',
      ]);
      await book.apply([{ ...asked, names: ['Kolom D', ''] }]);
      const r = await read(book, ['Facturen']);
      expect(r.tables.get('Facturen')?.headers).toEqual([
        'Factuurnummer',
        'Klant',
        'Bedrag',
        'Kolom D',
        'Notities',
      ]);
      expect(r.tables.get('Facturen')?.values).toEqual([['F1', 'Jansen', 100, null, 'bellen']]);
      expect(r.surroundings?.beside.find((b) => b.table === 'Facturen')?.right).toBeNull();
    });

    it('leaves a block going on below the table out: a summary past an empty column is no note column', async () => {
      const book = await makeBook({
        tables: invoices.tables ?? [],
        cells: [{ sheet: 'Facturen', at: 'E1', rows: [['Open'], [100], ['Vervallen']] }],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toBeNull();
    });

    it('takes a block past an empty column whole or not at all: not notes without the column going on below', async () => {
      const book = await makeBook({
        tables: twoRows,
        cells: [
          {
            sheet: 'Facturen',
            at: 'E1',
            rows: [
              ['Notities', 'Stand'],
              ['bellen', 5],
              [null, null],
              [null, null],
              [null, 7],
            ],
          },
        ],
      });
      const r = await read(book);
      expect(r.surroundings?.beside.find((b) => b.table === 'Facturen')?.right).toBeNull();
    });

    it('keeps the notes right beside a table and leaves a headless summary past an empty column alone', async () => {
      const book = await makeBook({
        tables: twoRows,
        cells: [
          { sheet: 'Facturen', at: 'D1', rows: [['Notities'], ['bellen']] },
          { sheet: 'Facturen', at: 'F2', rows: [['Totaal open', 3600]] },
        ],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toEqual({ firstColumn: 4, columns: 1, headers: ['Notities'], filledCells: 1 });
    });

    it('takes notes past an empty column and leaves a summary past a second one alone', async () => {
      const book = await makeBook({
        tables: twoRows,
        cells: [
          { sheet: 'Facturen', at: 'E1', rows: [['Notities'], ['bellen']] },
          { sheet: 'Facturen', at: 'G2', rows: [['Totaal open', 3600]] },
        ],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toEqual({
        firstColumn: 4,
        columns: 2,
        headers: [null, 'Notities'],
        filledCells: 1,
        empty: [4],
      });
    });

    it('leaves a summary in the header row past an empty column alone: notes stand beside rows', async () => {
      const book = await makeBook({
        tables: twoRows,
        cells: [{ sheet: 'Facturen', at: 'E1', rows: [['Totaal open', 3600]] }],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toBeNull();
    });

    it('stops at a one-column table beside a table, which keeps its own notes past an empty column', async () => {
      const book = await makeBook({
        tables: [
          ...twoRows,
          { name: 'Extra', sheet: 'Facturen', at: 'D1', headers: ['Soort'], rows: [['a'], ['b']] },
        ],
        cells: [{ sheet: 'Facturen', at: 'F1', rows: [['Notities'], ['bellen']] }],
      });
      const around = (await read(book)).surroundings?.beside ?? [];
      expect(around.find((b) => b.table === 'Facturen')?.right).toBeNull();
      expect(around.find((b) => b.table === 'Extra')?.right).toEqual({
        firstColumn: 5,
        columns: 2,
        headers: [null, 'Notities'],
        filledCells: 1,
        empty: [5],
      });
      await book.apply([
        {
          kind: 'extendTable',
          table: 'Extra',
          address: 'D1:D3',
          rows: 0,
          columns: 2,
          names: ['Kolom E', ''],
        },
      ]);
      const r = await read(book, ['Facturen', 'Extra']);
      expect(r.tables.get('Extra')?.headers).toEqual(['Soort', 'Kolom E', 'Notities']);
      expect(r.tables.get('Extra')?.values).toEqual([
        ['a', null, 'bellen'],
        ['b', null, null],
      ]);
      expect(r.tables.get('Facturen')?.headers).toEqual(['Factuurnummer', 'Klant', 'Bedrag']);
    });

    it('sees no columns beside a table in another table one empty column away, and grows over none', async () => {
      const book = await makeBook({
        tables: [
          ...twoRows,
          { name: 'Extra', sheet: 'Facturen', at: 'E1', headers: ['Soort', 'Stand'], rows: [['a', 1]] },
        ],
      });
      const beside = (await read(book)).surroundings?.beside.find((b) => b.table === 'Facturen');
      expect(beside?.right).toBeNull();
      const forced = book.apply([
        {
          kind: 'extendTable',
          table: 'Facturen',
          address: 'A1:C3',
          rows: 0,
          columns: 3,
          names: ['Kolom D', '', ''],
        },
      ]);
      await expect(forced).rejects.toMatchObject({
        reason: 'table-in-way',
        where: { sheet: 'Facturen', path: 'Facturen', value: 'A1:F3' },
      });
      const r = await read(book, ['Facturen', 'Extra']);
      expect(r.tables.get('Facturen')?.headers).toEqual(['Factuurnummer', 'Klant', 'Bedrag']);
      expect(r.tables.get('Extra')?.headers).toEqual(['Soort', 'Stand']);
      // Nothing was written, not even the empty column's header.
      expect(r.surroundings?.beside.find((b) => b.table === 'Facturen')?.right).toBeNull();
    });

    it('lists the sheets the product wrote by its KI_ names, whatever they are called', async () => {
      const book = await makeBook({ sheets: ['Mijn Overzicht', 'Notities'] });
      await book.apply([
        {
          kind: 'replaceSheet',
          sheet: 'Mijn Overzicht',
          blocks: [{ at: 'A3', values: [['Open', 1]], name: 'KI_Test' }],
        },
        {
          kind: 'replaceSheet',
          sheet: 'Notities',
          blocks: [{ at: 'A1', values: [['eigen']], name: 'Mijn_Naam' }],
        },
      ]);
      expect((await book.read([])).productSheets).toEqual(['Mijn Overzicht']);
    });

    it('refuses to extend a table that moved or grew since it was read, changing nothing', async () => {
      const book = await makeBook(invoices);
      await expect(
        book.apply([{ kind: 'extendTable', table: 'Facturen', address: 'A1:C3', rows: 1, columns: 0 }]),
      ).rejects.toThrow();
      const t = (await read(book, ['Facturen'])).tables.get('Facturen');
      expect(t?.values).toEqual([['F1', 'Jansen', 100]]);
    });
  });
}
