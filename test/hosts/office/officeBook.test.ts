import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { OfficeHostError } from '../../../src/hosts/office/errors';
import { VALUE_REQUESTS } from '../../../src/hosts/office/read';
import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import type { Change } from '../../../src/workbook/book';
import type { FakeSeed, SeedSheet } from '../../support/fakeOffice';
import { FakeExcel } from '../../support/fakeOffice';

function api(fake: FakeExcel): OfficeApi {
  return { run: (options, batch) => fake.run(options, batch), isSetSupported: fake.isSetSupported };
}

const HEADERS = ['Nummer', 'Klant', 'Bedrag', 'Dubbel', 'Notitie', 'Status'];

function seed(rows = 3): FakeSeed {
  return {
    sheets: [
      {
        name: 'Facturen',
        tables: [
          {
            name: 'Facturen',
            at: 'B2',
            headers: HEADERS,
            rows: Array.from({ length: rows }, (_, i) => [
              `F${rows - i}`,
              i % 2 === 0 ? 'Jansen' : 'de Vries',
              (rows - i) * 100,
              { formula: `=D${3 + i}*2`, value: (rows - i) * 200 },
              i === 0 ? 'door gebruiker getypt' : null,
              null,
            ]),
          },
        ],
      },
      { name: 'Overzicht', cells: { A1: 'Overzicht' } },
    ],
  };
}

async function failure(p: Promise<unknown>): Promise<OfficeHostError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof OfficeHostError)) throw new Error(`expected OfficeHostError, got ${String(e)}`);
  return e;
}

describe('OfficeBook.read', () => {
  it('reads tables, sheets and the table list in one request of geometry and the planned value requests', async () => {
    const fake = new FakeExcel(seed());
    const book = new OfficeBook(api(fake));
    const result = await book.read(['Facturen', 'Klanten']);
    expect(fake.stats.syncs).toBeLessThanOrEqual(1 + VALUE_REQUESTS);
    expect(fake.stats.bareLoads).toBe(0);
    expect(result.sheets).toEqual(['Facturen', 'Overzicht']);
    expect(result.allTables).toEqual([{ name: 'Facturen', sheet: 'Facturen', headers: HEADERS }]);
    expect(result.dateSystem).toBe(1900);
    expect(result.tables.has('Klanten')).toBe(false);
    const t = result.tables.get('Facturen');
    expect(t?.firstRow).toBe(3);
    expect(t?.firstColumn).toBe(2);
    expect(t?.headers).toEqual(HEADERS);
    expect(t?.values[0]).toEqual(['F3', 'Jansen', 300, 600, 'door gebruiker getypt', null]);
    expect(t?.formulas[0]).toEqual([null, null, null, '=D3*2', null, null]);
  });

  it('reports the 1904 date system', async () => {
    const fake = new FakeExcel(seed());
    fake.model.dateSystem = 1904;
    expect((await new OfficeBook(api(fake)).read([])).dateSystem).toBe(1904);
  });

  it('drops the lone blank row Excel keeps in an empty table', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'S', tables: [{ name: 'Leeg', at: 'A1', headers: ['A', 'B'], rows: [] }] }],
    });
    const t = (await new OfficeBook(api(fake)).read(['Leeg'])).tables.get('Leeg');
    expect(t?.values).toEqual([]);
  });

  it('reads a table too large for one response in planned blocks, none refused, each under 4 MB', async () => {
    const rows = 30_000;
    const fake = new FakeExcel({
      sheets: [
        {
          name: 'Facturen',
          tables: [
            {
              name: 'Facturen',
              at: 'A1',
              headers: ['Nummer', 'Notitie', 'Dubbel'],
              rows: Array.from({ length: rows }, (_, i) => [
                `F${i}`,
                `notitie ${i} ${'n'.repeat(80)}`,
                { formula: `=A${i + 2}`, value: `F${i}` },
              ]),
            },
          ],
        },
      ],
    });
    const book = new OfficeBook(api(fake));
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.values).toHaveLength(rows);
    expect(t?.values[rows - 1]?.[0]).toBe(`F${rows - 1}`);
    expect(t?.formulas[rows - 1]?.[2]).toBe(`=A${rows + 1}`);
    // Planned from the geometry: no request is refused, every response stays under 4 MB.
    const syncs = fake.stats.syncs;
    const total = fake.stats.requests.reduce((sum, r) => sum + r.responseBytes, 0);
    expect(total).toBeGreaterThan(4 * 1024 * 1024); // more than one response could carry
    expect(syncs).toBeGreaterThanOrEqual(1 + VALUE_REQUESTS);
    expect(syncs).toBeLessThan(10);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});

describe('OfficeBook.apply', () => {
  it('writes owned columns in bulk, leaves typed cells alone, sorts with Excel: 2 syncs', async () => {
    const fake = new FakeExcel(seed());
    const book = new OfficeBook(api(fake));
    await book.apply([
      { kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['open', 'betaald', '=HACK()'] },
      { kind: 'setColumn', table: 'Facturen', column: 'Notitie', values: [null, 'nieuw', null] },
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Nummer', ascending: true }] },
    ]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.bareLoads).toBe(0);
    const t = fake.table('Facturen');
    expect(t.values.map((r) => [r[0], r[4], r[5]])).toEqual([
      ['F1', null, '=HACK()'],
      ['F2', 'nieuw', 'betaald'],
      ['F3', 'door gebruiker getypt', 'open'],
    ]);
    // Formulas moved with their rows and still point at their own row.
    expect(t.formulas.map((r) => r[3])).toEqual(['=D3*2', '=D4*2', '=D5*2']);
    expect(t.formulas[0]?.[5]).toBeNull();
    expect(t.quotePrefixed[0]?.[5]).toBe(true);
  });

  it('stores risky text as text and reads it back unchanged', async () => {
    const fake = new FakeExcel(seed());
    const book = new OfficeBook(api(fake));
    const risky = [
      '=SUM(A1)',
      '+31 6 1234',
      '-korting',
      '@piet',
      '0612345678',
      '1/2/2024',
      'TRUE',
      "'quoted",
    ];
    const fake2 = new FakeExcel(seed(risky.length));
    const book2 = new OfficeBook(api(fake2));
    await book2.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Notitie', values: risky }]);
    const back = (await book2.read(['Facturen'])).tables.get('Facturen');
    expect(back?.values.map((r) => r[4])).toEqual(risky);
    expect(back?.formulas.map((r) => r[4])).toEqual(risky.map(() => null));
    expect(book).toBeDefined();
  });

  it('splits a large write into blocks under the budget; syncs do not grow with rows otherwise', async () => {
    const rows = 20_000;
    const fake = new FakeExcel(seed(rows));
    const book = new OfficeBook(api(fake), { requestBudget: 300_000 });
    const values = Array.from({ length: rows }, (_, i) => `status ${i} ${'x'.repeat(20)}`);
    await book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Status', values }]);
    const stats = fake.stats;
    expect(stats.maxRequestBytes).toBeLessThan(300_000 + 2_000);
    const expectedBlocks = Math.ceil((values.join('').length + rows * 6) / 300_000);
    expect(stats.syncs).toBeGreaterThanOrEqual(1 + expectedBlocks);
    expect(stats.syncs).toBeLessThanOrEqual(2 + expectedBlocks);
    expect(fake.table('Facturen').values[rows - 1]?.[5]).toBe(values[rows - 1]);

    const small = new FakeExcel(seed(rows));
    await new OfficeBook(api(small)).apply([
      { kind: 'setColumn', table: 'Facturen', column: 'Status', values: values.map(() => 'ok') },
    ]);
    expect(small.stats.syncs).toBe(2);
  });

  it('appends rows in one bulk rows.add, filling calculated columns; fills the blank row of an empty table', async () => {
    const fake = new FakeExcel(seed());
    fake.seed({
      sheets: [
        { name: 'Klanten', tables: [{ name: 'Klanten', at: 'A1', headers: ['Naam', 'Plaats'], rows: [] }] },
      ],
    });
    const book = new OfficeBook(api(fake));
    await book.apply([
      {
        kind: 'appendRows',
        table: 'Facturen',
        rows: [
          { Nummer: 'F4', Bedrag: 400 },
          { Nummer: 'F5', Bedrag: 500, Klant: '=x' },
        ],
      },
      {
        kind: 'appendRows',
        table: 'Klanten',
        rows: [{ Naam: 'Jansen' }, { Naam: 'de Vries', Plaats: 'Gent' }],
      },
    ]);
    expect(fake.stats.syncs).toBe(2);
    const t = fake.table('Facturen');
    expect(t.values.slice(3).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['F4', null, 400],
      ['F5', '=x', 500],
    ]);
    expect(t.formulas.slice(3).map((r) => r[3])).toEqual(['=D6*2', '=D7*2']);
    expect(fake.table('Klanten').values).toEqual([
      ['Jansen', null],
      ['de Vries', 'Gent'],
    ]);
  });

  it.each(['1.17', '1.8'])(
    'fills calculated columns on ExcelApi %s (copyFrom, or one formula per row before 1.9)',
    async (version) => {
      const fake = new FakeExcel(seed(), { apiVersion: version });
      const big = new FakeExcel(seed(300), { apiVersion: version });
      await new OfficeBook(api(big)).apply([
        {
          kind: 'setColumnFormula',
          table: 'Facturen',
          column: 'Status',
          formula: '=IF(D3>150,"groot","klein")',
        },
      ]);
      expect(big.table('Facturen').formulas[299]?.[5]).toBe('=IF(D302>150,"groot","klein")');
      // Filled by Excel, the request does not grow with the rows; before 1.9 every row is sent.
      expect(big.stats.maxRequestBytes > 300 * 28).toBe(version === '1.8');
      await new OfficeBook(api(fake)).apply([
        {
          kind: 'setColumnFormula',
          table: 'Facturen',
          column: 'Status',
          formula: '=IF(D3>150,"groot","klein")',
        },
        {
          kind: 'appendRows',
          table: 'Facturen',
          rows: [
            { Nummer: 'F4', Bedrag: 400 },
            { Nummer: 'F5', Bedrag: 50 },
          ],
        },
      ]);
      const t = fake.table('Facturen');
      expect(t.formulas.map((r) => r[5])).toEqual(
        [3, 4, 5, 6, 7].map((r) => `=IF(D${r}>150,"groot","klein")`),
      );
      expect(t.formulas.map((r) => r[3])).toEqual([3, 4, 5, 6, 7].map((r) => `=D${r}*2`));
    },
  );

  it('does nothing for a column formula on a table without body rows (the port says so)', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'S', tables: [{ name: 'Leeg', at: 'A1', headers: ['A', 'B'], rows: [] }] }],
    });
    await new OfficeBook(api(fake)).apply([
      { kind: 'setColumnFormula', table: 'Leeg', column: 'B', formula: '=A2*2' },
    ]);
    expect(fake.table('Leeg').formulas).toEqual([[null, null]]);
  });

  const filteredSeed = (): FakeSeed => ({
    sheets: [
      {
        name: 'S',
        tables: [
          {
            name: 'T',
            at: 'A1',
            headers: ['K', 'V'],
            rows: [
              ['a', 1],
              ['b', 2],
              ['a', 3],
            ],
            filter: { K: ['a'] },
          },
        ],
      },
    ],
  });

  it('refuses a filtered table before writing anything, and never reads the criteria back', async () => {
    const fake = new FakeExcel(filteredSeed());
    const before = fake.snapshot();
    const e = await failure(
      new OfficeBook(api(fake)).apply([{ kind: 'setColumn', table: 'T', column: 'V', values: [10, 20, 30] }]),
    );
    expect(e.reason).toBe('filter-active');
    expect(e.where).toMatchObject({ sheet: 'S', path: 'T' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('clears filters only when asked (clearFilters), then writes', async () => {
    const fake = new FakeExcel(filteredSeed());
    const book = new OfficeBook(api(fake));
    expect(await book.clearFilters(['T', 'Missing'])).toEqual(['T']);
    expect(fake.table('T').filter).toEqual({});
    await book.apply([{ kind: 'setColumn', table: 'T', column: 'V', values: [10, 20, 30] }]);
    expect(fake.table('T').values.map((r) => r[1])).toEqual([10, 20, 30]);
    expect(await book.clearFilters(['T'])).toEqual([]);
  });

  it('refuses to sort a table with rows hidden by hand, before writing anything', async () => {
    const seed = filteredSeed();
    const table = seed.sheets[0]?.tables?.[0];
    if (table) delete table.filter;
    const fake = new FakeExcel({ ...seed, sheets: [{ ...(seed.sheets[0] as SeedSheet), hiddenRows: [3] }] });
    const before = fake.snapshot();
    const e = await failure(
      new OfficeBook(api(fake)).apply([
        { kind: 'setColumn', table: 'T', column: 'V', values: [10, 20, 30] },
        { kind: 'sortTable', table: 'T', keys: [{ column: 'V', ascending: false }] },
      ]),
    );
    expect(e.reason).toBe('hidden-rows');
    expect(fake.snapshot()).toEqual(before);
    expect(fake.table('T').values.map((r) => r[1])).toEqual([1, 2, 3]);
  });

  const refusals: [string, (fake: FakeExcel) => void, Change[], string, RegExp][] = [
    [
      'a protected sheet',
      (f) => f.protectSheet('Facturen'),
      [{ kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['a', 'b', 'c'] }],
      'sheet-protected',
      /Facturen.*protected/,
    ],
    [
      'a renamed table',
      (f) => f.renameTable('Facturen', 'Facturen2024'),
      [{ kind: 'sortTable', table: 'Facturen', keys: [] }],
      'table-missing',
      /"Facturen"/,
    ],
    [
      'a renamed column',
      (f) => f.renameColumn('Facturen', 'Status', 'Stand'),
      [{ kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['a', 'b', 'c'] }],
      'column-missing',
      /"Status"/,
    ],
    [
      'merged cells below the table',
      (f) => f.mergeCells('Facturen', 'B6:C6'),
      [{ kind: 'appendRows', table: 'Facturen', rows: [{ Nummer: 'F9' }] }],
      'merged-cells',
      /B6:C6/,
    ],
    [
      'rows added since the read',
      () => undefined,
      [{ kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['a', 'b'] }],
      'row-count-mismatch',
      /3 rows now/,
    ],
  ];
  it.each(refusals)(
    'refuses %s with a clear message and leaves the workbook as it was',
    async (_label, arrange, changes, reason, message) => {
      const fake = new FakeExcel(seed());
      arrange(fake);
      const before = fake.snapshot();
      // A valid change first: it must not be written either.
      const valid: Change = { kind: 'numberFormat', table: 'Facturen', column: 'Nummer', format: '@' };
      const e = await failure(
        new OfficeBook(api(fake)).apply(reason === 'table-missing' ? changes : [valid, ...changes]),
      );
      expect(e.reason).toBe(reason);
      expect(e.message).toMatch(message);
      expect(fake.snapshot()).toEqual(before);
    },
  );

  it('names the missing requirement set on an older Excel, before writing', async () => {
    const fake = new FakeExcel(seed(), { apiVersion: '1.5' });
    const before = fake.snapshot();
    const e = await failure(
      new OfficeBook(api(fake)).apply([
        { kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['a', 'b', 'c'] },
        {
          kind: 'conditionalFill',
          table: 'Facturen',
          columns: 'row',
          formula: '=$G3="open"',
          fill: '#FFC7CE',
        },
      ]),
    );
    expect(e.reason).toBe('api-missing');
    expect(e.message).toMatch(/ExcelApi 1\.6 \(conditional formats\)/);
    expect(fake.snapshot()).toEqual(before);
    const old = new FakeExcel(seed(), { apiVersion: '1.3' });
    expect((await failure(new OfficeBook(api(old)).read(['Facturen']))).message).toMatch(/ExcelApi 1\.4/);
    const e17 = await failure(
      new OfficeBook(api(new FakeExcel(seed(), { apiVersion: '1.6' }))).apply([
        { kind: 'freezeHeader', sheet: 'Facturen', rows: 2 },
      ]),
    );
    expect(e17.message).toMatch(/ExcelApi 1\.7 \(freeze panes\)/);
  });

  it('waits while the user is typing in a cell (delayForCellEdit) instead of failing', async () => {
    const fake = new FakeExcel(seed());
    fake.startCellEdit();
    let done = false;
    const p = new OfficeBook(api(fake))
      .apply([{ kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['a', 'b', 'c'] }])
      .then(() => {
        done = true;
      });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    fake.finishCellEdit();
    await p;
    expect(fake.table('Facturen').values.map((r) => r[5])).toEqual(['a', 'b', 'c']);
  });

  it('creates a chart once and updates it by name afterwards', async () => {
    const fake = new FakeExcel(seed());
    const book = new OfficeBook(api(fake));
    const chart = (title: string): Change => ({
      kind: 'upsertChart',
      sheet: 'Overzicht',
      chart: { name: 'Afhankelijkheid', type: 'pie', title, source: 'A20:B25', from: 'D2', to: 'J18' },
    });
    await book.apply([chart('Omzetaandeel')]);
    await book.apply([chart('Omzetaandeel 2026')]);
    const charts = fake.snapshot().sheets.find((s) => s.name === 'Overzicht')?.charts;
    expect(charts).toEqual([
      {
        name: 'Afhankelijkheid',
        type: 'Pie',
        title: 'Omzetaandeel 2026',
        source: 'Overzicht!A20:B25',
        seriesBy: 'Columns',
        from: 'D2',
        to: 'J18',
      },
    ]);
  });

  it('sets up a sheet and table, formats, validation, conditional fill, freeze; then replaces a generated sheet', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Blad1' }] });
    const book = new OfficeBook(api(fake));
    await book.apply([
      { kind: 'addSheet', sheet: 'Klanten' },
      {
        kind: 'addTable',
        sheet: 'Klanten',
        table: 'Klanten',
        at: 'A1',
        headers: ['Naam', 'Termijn'],
        rows: [['Jansen', 30]],
        style: 'TableStyleLight9',
      },
      { kind: 'addColumns', table: 'Klanten', headers: ['Taal'] },
      { kind: 'setColumnFormula', table: 'Klanten', column: 'Taal', formula: '=IF(B2>14,"nl","en")' },
      { kind: 'numberFormat', table: 'Klanten', column: 'Termijn', format: '0' },
      { kind: 'listValidation', table: 'Klanten', column: 'Taal', source: ['nl', 'en'] },
      {
        kind: 'conditionalFill',
        table: 'Klanten',
        columns: ['Termijn'],
        formula: '=$B2>60',
        fill: '#FFC7CE',
      },
      { kind: 'freezeHeader', sheet: 'Klanten', rows: 1 },
      { kind: 'addSheet', sheet: 'Overzicht' },
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [
          {
            at: 'A1',
            values: [
              ['Klant', 'Open'],
              ['Jansen', 1250],
            ],
            name: 'OpenPerKlant',
            numberFormats: [null, '#,##0.00'],
            bold: 'firstRow',
          },
        ],
      },
    ]);
    expect(fake.stats.syncs).toBe(2);
    const t = fake.table('Klanten');
    expect(t.headers).toEqual(['Naam', 'Termijn', 'Taal']);
    expect(t.values).toEqual([['Jansen', 30, null]]);
    expect(t.formulas[0]?.[2]).toBe('=IF(B2>14,"nl","en")');
    const snap = fake.snapshot();
    const klanten = snap.sheets.find((s) => s.name === 'Klanten');
    expect(klanten?.frozenRows).toBe(1);
    expect(klanten?.conditionalFormats).toEqual([
      { address: 'Klanten!B2', formula: '=$B2>60', fill: '#FFC7CE', font: null },
    ]);
    expect(klanten?.validations).toEqual([
      { address: 'Klanten!C2', rule: { list: { inCellDropDown: true, source: 'nl,en' } } },
    ]);
    expect(snap.names).toEqual({ OpenPerKlant: 'Overzicht!A1:B2' });
    expect(fake.cell('Overzicht', 'A1')).toMatchObject({ value: 'Klant', bold: true });
    expect(fake.cell('Overzicht', 'B2')).toMatchObject({
      value: 1250,
      numberFormat: '#,##0.00',
      bold: false,
    });

    // Running the overview again replaces the name instead of failing on a duplicate.
    await book.apply([
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [{ at: 'A1', values: [['Klant'], ['Jansen'], ['Peeters']], name: 'OpenPerKlant' }],
      },
    ]);
    expect(fake.snapshot().names).toEqual({ OpenPerKlant: 'Overzicht!A1:A3' });
    expect(fake.cell('Overzicht', 'B2').value).toBeNull();

    const e = await failure(book.apply([{ kind: 'replaceSheet', sheet: 'Klanten', blocks: [] }]));
    expect(e.message).toMatch(/holds table/);
  });
});
