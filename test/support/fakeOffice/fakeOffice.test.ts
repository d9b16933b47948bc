/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load -- these tests read before load/sync on purpose, to prove the fake throws as Office.js does */
/** The fake must behave like Office.js where the host's correctness depends on it. */
import { FakeExcel, FakeOfficeError } from './index';

function invoices(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Facturen',
        tables: [
          {
            name: 'Facturen',
            at: 'A1',
            headers: ['Nummer', 'Bedrag', 'Dubbel'],
            rows: [
              ['F3', 30, { formula: '=B2*2', value: 60 }],
              ['F1', 10, { formula: '=B3*2', value: 20 }],
              ['F2', 20, { formula: '=B4*2', value: 40 }],
            ],
          },
        ],
      },
    ],
  });
}

describe('fake Office.js: load and sync', () => {
  it('throws PropertyNotLoaded for a property read before load+sync, with the Office.js message', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.tables.getItem('Facturen').getDataBodyRange();
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values[1]).toEqual(['F1', 10, 20]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it('queues commands until sync, counts syncs and request bytes', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Facturen').getRange('B2');
      range.values = [[99]];
      expect(fake.cell('Facturen', 'B2').value).toBe(30);
      await ctx.sync();
    });
    expect(fake.cell('Facturen', 'B2').value).toBe(99);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(20);
  });

  it('getItem fails at sync with ItemNotFound; getItemOrNullObject gives isNullObject', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const missing = ctx.workbook.tables.getItemOrNullObject('Klanten');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      ctx.workbook.tables.getItem('Klanten');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('loads collection items through navigation paths', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const tables = ctx.workbook.tables.load('items/name,items/worksheet/name,items/columns/items/name');
      await ctx.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name, t.columns.items.map((c) => c.name)])).toEqual(
        [['Facturen', 'Facturen', ['Nummer', 'Bedrag', 'Dubbel']]],
      );
    });
  });

  it('counts bare load() calls', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem('Facturen').load();
      await ctx.sync();
    });
    expect(fake.stats.bareLoads).toBe(1);
  });
});

describe('fake Office.js: cell semantics', () => {
  it('null leaves a cell, "" clears it, "=..." becomes a formula, a leading apostrophe keeps text', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Facturen');
      ws.getRange('A2:A5').values = [[null], [''], ['=1+1'], ["'=1+1"]];
      ws.getRange('B2:B4').values = [['0612345678'], ['1/2/2024'], ['-abc']];
      await ctx.sync();
      const back = ws.getRange('A5').load('values,formulas');
      await ctx.sync();
      expect(back.values).toEqual([['=1+1']]);
      expect(back.formulas).toEqual([['=1+1']]);
    });
    expect(fake.cell('Facturen', 'A2').value).toBe('F3');
    expect(fake.cell('Facturen', 'A3').value).toBeNull();
    expect(fake.cell('Facturen', 'A4').formula).toBe('=1+1');
    expect(fake.cell('Facturen', 'A5')).toMatchObject({ value: '=1+1', formula: null, quotePrefix: true });
    expect(fake.cell('Facturen', 'B2').value).toBe(612345678);
    expect(fake.cell('Facturen', 'B3').value).toBe(45293); // 2 Jan 2024, US order
    expect(fake.cell('Facturen', 'B4').formula).toBe('=-abc');
  });

  it('table sort permutes whole rows and formulas follow their row', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      ctx.workbook.tables.getItem('Facturen').sort.apply([{ key: 0, ascending: true }]);
      await ctx.sync();
    });
    const t = fake.table('Facturen');
    expect(t.values.map((r) => r[0])).toEqual(['F1', 'F2', 'F3']);
    expect(t.formulas.map((r) => r[2])).toEqual(['=B2*2', '=B3*2', '=B4*2']);
    expect(t.values.map((r) => r[2])).toEqual([20, 40, 60]);
  });

  it('writing over a filtered table lands on the visible rows only (the wrong rows)', async () => {
    const fake = new FakeExcel({
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
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B2:B4').values = [[10], [20], [30]];
      await ctx.sync();
    });
    expect(fake.table('T').values.map((r) => r[1])).toEqual([10, 2, 20]);
  });

  it('refuses writes on a protected sheet (AccessDenied) and over merged cells (InvalidOperation)', async () => {
    const fake = invoices();
    fake.protectSheet('Facturen');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Facturen').getRange('A2').values = [['x']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    fake.protectSheet('Facturen', false);
    fake.mergeCells('Facturen', 'E1:F1');
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Facturen').getRange('E1').values = [['x']];
      const err = await ctx.sync().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FakeOfficeError);
      expect(err).toMatchObject({ code: 'InvalidOperation', debugInfo: { code: 'InvalidOperation' } });
    });
  });

  it('rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and changes nothing', async () => {
    const fake = invoices();
    const big = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Facturen').getRange('H1:H60000').values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(fake.cell('Facturen', 'H1').value).toBeNull();
  });

  it('applies commands before a failing one (no rollback), like Excel', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Facturen').getRange('A2').values = [['changed']];
      ctx.workbook.tables.getItem('Nope');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(fake.cell('Facturen', 'A2').value).toBe('changed');
  });

  it('fails a batch during cell edit unless delayForCellEdit, which waits for the user', async () => {
    const fake = invoices();
    fake.startCellEdit();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Facturen').getRange('A2').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    let done = false;
    const waiting = fake
      .run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem('Facturen').getRange('A2').values = [['y']];
        await ctx.sync();
      })
      .then(() => {
        done = true;
      });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    fake.finishCellEdit();
    await waiting;
    expect(fake.cell('Facturen', 'A2').value).toBe('y');
  });

  it('an older Excel has no newer members, and isSetSupported says so', async () => {
    const fake = invoices();
    fake.apiVersion = '1.8';
    expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await fake.run(async (ctx) => {
      expect(() => ctx.workbook.tables.getItem('Facturen').autoFilter).toThrow(TypeError);
    });
  });

  it('charts: add, name, find by name', async () => {
    const fake = invoices();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Facturen');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('A1:B4'), 'Auto');
      chart.name = 'Omzet';
      chart.title.text = 'Omzet per klant';
      chart.setPosition('E2', 'L20');
      const found = ws.charts.getItemOrNullObject('Omzet').load('name');
      await ctx.sync();
      expect(found.isNullObject).toBe(false);
    });
    expect(fake.snapshot().sheets[0]?.charts).toEqual([
      {
        name: 'Omzet',
        type: 'ColumnClustered',
        title: 'Omzet per klant',
        source: 'Facturen!A1:B4',
        seriesBy: 'Auto',
        from: 'E2',
        to: 'L20',
      },
    ]);
  });
});

describe('fake formula shifting', () => {
  it('moves relative rows only, leaving text, sheet names, structured refs and functions alone', async () => {
    const { shiftRows } = await import('./shift');
    expect(shiftRows('=A2+$B2+C$2+$D$2+SUM(E2:E9)', 3)).toBe('=A5+$B5+C$2+$D$2+SUM(E5:E12)');
    expect(shiftRows(`="A2"&'Blad 2'!A2&Facturen[@Bedrag]&LOG10(A2)&Klanten!$A:$A`, 1)).toBe(
      `="A2"&'Blad 2'!A3&Facturen[@Bedrag]&LOG10(A3)&Klanten!$A:$A`,
    );
  });
});
