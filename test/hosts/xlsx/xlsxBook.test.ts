import ExcelJS from 'exceljs';
import { DomainError } from '../../../src/domain/errors';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { readZipPart } from '../../../src/hosts/xlsx/zipPart';
import type { Change, TableSnapshot } from '../../../src/workbook/book';

/** Saves and reopens, so every assertion is about what the file holds. */
async function reload(book: XlsxBook): Promise<XlsxBook> {
  return XlsxBook.fromBuffer(await book.toBuffer());
}

async function table(book: XlsxBook, name: string): Promise<TableSnapshot> {
  const t = (await book.read([name])).tables.get(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

async function bookWith(changes: Change[]): Promise<XlsxBook> {
  const book = XlsxBook.create();
  await book.apply([{ kind: 'addSheet', sheet: 'Facturen' }, ...changes]);
  return reload(book);
}

const invoices: Change = {
  kind: 'addTable',
  sheet: 'Facturen',
  table: 'Facturen',
  at: 'B3',
  headers: ['Nummer', 'Bedrag', 'Dubbel'],
  rows: [
    ['F3', 30, null],
    ['F1', 10, null],
    ['F2', 20, null],
  ],
};

describe('XlsxBook read', () => {
  it('returns a table with headers, values, positions, sheets and the date system', async () => {
    const book = await bookWith([invoices]);
    const r = await book.read(['Facturen', 'Bestaatniet']);
    expect(r.sheets).toEqual(['Facturen']);
    expect(r.dateSystem).toBe(1900);
    expect(r.allTables).toEqual([
      { name: 'Facturen', sheet: 'Facturen', headers: ['Nummer', 'Bedrag', 'Dubbel'] },
    ]);
    expect(r.tables.has('Bestaatniet')).toBe(false);
    const t = r.tables.get('Facturen');
    expect(t).toMatchObject({ name: 'Facturen', sheet: 'Facturen', firstRow: 4, firstColumn: 2 });
    expect(t?.values).toEqual([
      ['F3', 30, null],
      ['F1', 10, null],
      ['F2', 20, null],
    ]);
    expect(t?.formulas).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('finds tables case-insensitively and keeps the requested key', async () => {
    const book = await bookWith([invoices]);
    expect((await book.read(['facturen'])).tables.get('facturen')?.name).toBe('Facturen');
  });

  it('gives date cells as serial numbers in both date systems', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('Data');
      ws.addTable({
        name: 'T',
        ref: 'A1',
        columns: [{ name: 'Datum' }],
        rows: [[new Date(Date.UTC(2025, 0, 31))]],
      });
      ws.getCell('A2').numFmt = 'dd-mm-yyyy';
      const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const r = await book.read(['T']);
      expect(r.dateSystem).toBe(date1904 ? 1904 : 1900);
      // 2025-01-31 is serial 45688 in the 1900 system, 1462 less in the 1904 system.
      expect(r.tables.get('T')?.values).toEqual([[date1904 ? 45688 - 1462 : 45688]]);
    }
  });

  it('reads rich text, hyperlinks, errors and booleans as plain cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addTable({
      name: 'T',
      ref: 'A1',
      columns: [{ name: 'Rijk' }, { name: 'Link' }, { name: 'Fout' }, { name: 'Waar' }],
      rows: [
        [
          { richText: [{ text: 'Jan ' }, { text: 'Jansen', font: { bold: true } }] },
          { text: 'site', hyperlink: 'https://example.nl' },
          { error: '#N/A' },
          true,
        ],
      ],
    });
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect((await table(book, 'T')).values).toEqual([['Jan Jansen', 'site', '#N/A', true]]);
  });

  it('treats a header with one blank body row as an empty table', async () => {
    const book = await bookWith([{ ...invoices, rows: [] }]);
    const t = await table(book, 'Facturen');
    expect(t.values).toEqual([]);
    expect(t.firstRow).toBe(4);
  });

  it('keeps blank rows inside a table as rows of nulls (never drops a row)', async () => {
    const book = await bookWith([
      {
        ...invoices,
        rows: [
          ['F1', 1, null],
          [null, null, null],
          ['F2', 2, null],
        ],
      },
    ]);
    expect((await table(book, 'Facturen')).values).toEqual([
      ['F1', 1, null],
      [null, null, null],
      ['F2', 2, null],
    ]);
  });

  it('rejects bytes that are not an .xlsx workbook', async () => {
    await expect(
      XlsxBook.fromBuffer(new TextEncoder().encode('Nummer;Bedrag\nF1;10\n')),
    ).rejects.toMatchObject({
      code: 'unsupported',
    });
    // A zip that is not a workbook.
    const zipLike = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    await expect(XlsxBook.fromBuffer(zipLike)).rejects.toBeInstanceOf(DomainError);
  });
});

describe('XlsxBook apply', () => {
  it('stores strings starting with = + - @ as text, never as formulas', async () => {
    const risky = ['=1+1', '+31 6 1234', '-5', '@SUM(A1)', '=HYPERLINK("http://x","y")'];
    const book = await bookWith([{ ...invoices, rows: risky.map((s) => [s, null, null]) }]);
    await book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Dubbel', values: risky }]);
    const back = await reload(book);
    const t = await table(back, 'Facturen');
    expect(t.values.map((r) => [r[0], r[2]])).toEqual(risky.map((s) => [s, s]));
    expect(t.formulas.flat().every((f) => f === null)).toBe(true);
    // The file itself holds them as strings (t="s"), not as <f> elements.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await back.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Facturen')?.getCell('B4').type).toBe(ExcelJS.ValueType.String);
  });

  it('setColumn leaves null cells untouched, clears on empty text, and checks the row count', async () => {
    const book = await bookWith([invoices]);
    await book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'bedrag', values: [null, '', 11] }]);
    expect((await table(await reload(book), 'Facturen')).values.map((r) => r[1])).toEqual([30, null, 11]);
    await expect(
      book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Bedrag', values: [1] }]),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Nope', values: [1, 2, 3] }]),
    ).rejects.toThrow(/no column "Nope"/);
  });

  it('setColumnFormula writes one formula per row, shifted from the first body row', async () => {
    const book = await bookWith([
      invoices,
      { kind: 'setColumnFormula', table: 'Facturen', column: 'Dubbel', formula: '=$C4*2' },
    ]);
    expect((await table(book, 'Facturen')).formulas.map((r) => r[2])).toEqual(['=$C4*2', '=$C5*2', '=$C6*2']);
    await expect(
      book.apply([{ kind: 'setColumnFormula', table: 'Facturen', column: 'Dubbel', formula: 'C4*2' }]),
    ).rejects.toThrow(/must start with "="/);
  });

  it('sortTable moves whole rows with formulas (re-pointed), styles and notes, stably', async () => {
    const book = await bookWith([
      {
        ...invoices,
        rows: [
          ['F3', 30, null],
          ['F1', 10, null],
          ['F2b', 20, null],
          ['F2a', 20, null],
          ['leeg', null, null],
        ],
      },
      { kind: 'setColumnFormula', table: 'Facturen', column: 'Dubbel', formula: '=$C4*2' },
    ]);
    const ws = book.workbook.getWorksheet('Facturen');
    if (!ws) throw new Error('sheet');
    // A style is replaced, never edited in place: a loaded workbook shares style objects.
    ws.getCell('B4').style = { ...ws.getCell('B4').style, font: { bold: true } }; // F3
    ws.getCell('B4').note = 'grote klant';
    ws.getCell('A4').value = 'buiten de tabel';
    await book.apply([
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Bedrag', ascending: true }] },
    ]);
    const back = await reload(book);
    const t = await table(back, 'Facturen');
    expect(t.values.map((r) => r[0])).toEqual(['F1', 'F2b', 'F2a', 'F3', 'leeg']);
    expect(t.formulas.map((r) => r[2])).toEqual(['=$C4*2', '=$C5*2', '=$C6*2', '=$C7*2', '=$C8*2']);
    const ws2 = back.workbook.getWorksheet('Facturen');
    expect(ws2?.getCell('B7').font?.bold).toBe(true);
    expect(ws2?.getCell('B7').note).toBe('grote klant');
    expect(ws2?.getCell('B4').font?.bold).toBeFalsy();
    expect(ws2?.getCell('A4').value).toBe('buiten de tabel');

    await back.apply([
      {
        kind: 'sortTable',
        table: 'Facturen',
        keys: [
          { column: 'Bedrag', ascending: false },
          { column: 'Nummer', ascending: true },
        ],
      },
    ]);
    // Blanks stay last when descending too; ties broken by the second key.
    expect((await table(back, 'Facturen')).values.map((r) => r[0])).toEqual([
      'F3',
      'F2a',
      'F2b',
      'F1',
      'leeg',
    ]);
  });

  it('sorts numbers before text, then booleans; text ignoring case, character by character like Excel', async () => {
    const book = await bookWith([
      {
        ...invoices,
        rows: [
          ['F9', 1, null],
          [true, 1, null],
          ['f10', 1, null],
          [7, 1, null],
          ['a', 1, null],
        ],
      },
    ]);
    await book.apply([
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Nummer', ascending: true }] },
    ]);
    expect((await table(book, 'Facturen')).values.map((r) => r[0])).toEqual([7, 'a', 'f10', 'F9', true]);
  });

  it('appendRows grows the table, copies styles and continues calculated columns', async () => {
    const book = await bookWith([
      invoices,
      { kind: 'setColumnFormula', table: 'Facturen', column: 'Dubbel', formula: '=$C4*2' },
      { kind: 'numberFormat', table: 'Facturen', column: 'Bedrag', format: '#,##0.00' },
      { kind: 'listValidation', table: 'Facturen', column: 'Nummer', source: ['F1', 'F2', 'F3', 'F4'] },
    ]);
    await book.apply([
      { kind: 'appendRows', table: 'Facturen', rows: [{ nummer: 'F4', Bedrag: 40 }, { Nummer: '=F5' }] },
    ]);
    const back = await reload(book);
    const t = await table(back, 'Facturen');
    expect(t.values.map((r) => [r[0], r[1]])).toEqual([
      ['F3', 30],
      ['F1', 10],
      ['F2', 20],
      ['F4', 40],
      ['=F5', null],
    ]);
    expect(t.formulas.map((r) => r[2])).toEqual(['=$C4*2', '=$C5*2', '=$C6*2', '=$C7*2', '=$C8*2']);
    const ws = back.workbook.getWorksheet('Facturen');
    expect(ws?.getCell('C7').numFmt).toBe('#,##0.00');
    expect(
      (ws as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations.find('B8'),
    ).toMatchObject({
      type: 'list',
    });
    await expect(
      back.apply([{ kind: 'appendRows', table: 'Facturen', rows: [{ Onbekend: 1 }] }]),
    ).rejects.toThrow(/no column "Onbekend"/);
  });

  it('appendRows fills the blank row of an empty table first', async () => {
    const book = await bookWith([{ ...invoices, rows: [] }]);
    await book.apply([{ kind: 'appendRows', table: 'Facturen', rows: [{ Nummer: 'F1' }, { Nummer: 'F2' }] }]);
    const t = await table(await reload(book), 'Facturen');
    expect(t.values).toEqual([
      ['F1', null, null],
      ['F2', null, null],
    ]);
  });

  it('appendRows refuses to overwrite content below the table and leaves it intact', async () => {
    const book = await bookWith([invoices]);
    book.workbook.getWorksheet('Facturen')!.getCell('C8').value = 'notitie';
    await expect(
      book.apply([{ kind: 'appendRows', table: 'Facturen', rows: [{ Nummer: 'a' }, { Nummer: 'b' }] }]),
    ).rejects.toThrow(/C8.*notitie/);
    // One row still fits.
    await book.apply([{ kind: 'appendRows', table: 'Facturen', rows: [{ Nummer: 'a' }] }]);
    const back = await reload(book);
    expect((await table(back, 'Facturen')).values).toHaveLength(4);
    expect(back.workbook.getWorksheet('Facturen')?.getCell('C8').value).toBe('notitie');
  });

  it('appendRows moves a totals row down with the table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addTable({
      name: 'T',
      ref: 'A1',
      totalsRow: true,
      columns: [
        { name: 'Naam', totalsRowLabel: 'Totaal' },
        { name: 'Bedrag', totalsRowFunction: 'sum' },
      ],
      rows: [
        ['a', 1],
        ['b', 2],
      ],
    });
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await book.apply([{ kind: 'appendRows', table: 'T', rows: [{ Naam: 'c', Bedrag: 3 }] }]);
    const back = await reload(book);
    expect((await table(back, 'T')).values).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const sheet = back.workbook.getWorksheet('Data');
    expect(sheet?.getCell('A5').value).toBe('Totaal');
    expect(sheet?.getCell('B5').formula).toBe('SUBTOTAL(109,T[Bedrag])');
  });

  it('addColumns extends the table to the right and refuses to cover a typed value', async () => {
    const book = await bookWith([invoices]);
    await book.apply([{ kind: 'addColumns', table: 'Facturen', headers: ['Notitie', 'Status'] }]);
    const back = await reload(book);
    const t = await table(back, 'Facturen');
    expect(t.headers).toEqual(['Nummer', 'Bedrag', 'Dubbel', 'Notitie', 'Status']);
    expect(t.values[0]).toEqual(['F3', 30, null, null, null]);
    back.workbook.getWorksheet('Facturen')!.getCell('G5').value = 42;
    await expect(back.apply([{ kind: 'addColumns', table: 'Facturen', headers: ['X'] }])).rejects.toThrow(
      /G5/,
    );
    await expect(
      back.apply([{ kind: 'addColumns', table: 'Facturen', headers: ['notitie'] }]),
    ).rejects.toMatchObject({
      code: 'duplicate',
    });
  });

  it('addTable and addSheet refuse duplicates and overlaps', async () => {
    const book = await bookWith([invoices]);
    await expect(book.apply([{ kind: 'addSheet', sheet: 'facturen' }])).rejects.toMatchObject({
      code: 'duplicate',
    });
    await expect(book.apply([{ ...invoices, at: 'H1' }])).rejects.toMatchObject({ code: 'duplicate' });
    await expect(book.apply([{ ...invoices, table: 'Ander', at: 'C2' }])).rejects.toThrow(/overlap/);
    await expect(book.apply([{ ...invoices, table: 'Twee woorden', at: 'H1' }])).rejects.toThrow(
      /not a valid table name/,
    );
  });

  it('addSheet places a sheet at a position', async () => {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'B' },
      { kind: 'addSheet', sheet: 'C' },
      { kind: 'addSheet', sheet: 'A', position: 0 },
    ]);
    expect((await (await reload(book)).read([])).sheets).toEqual(['A', 'B', 'C']);
  });

  it('writes conditional fills once, however often a refresh repeats them, and grows them with the table', async () => {
    const fill: Change = {
      kind: 'conditionalFill',
      table: 'Facturen',
      columns: 'row',
      formula: '=$C4>15',
      fill: '#FFC7CE',
      font: '9C0006',
    };
    const book = await bookWith([invoices, fill, fill, { ...fill, columns: ['Bedrag'] }]);
    await book.apply([fill, { kind: 'appendRows', table: 'Facturen', rows: [{ Nummer: 'F4' }] }]);
    const back = await reload(book);
    const cfs = (
      back.workbook.getWorksheet('Facturen') as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0]?.formulae[0]])).toEqual([['B4:D7', '$C4>15']]);
  });

  it('freezes the header row and writes list validations', async () => {
    const book = await bookWith([
      invoices,
      { kind: 'freezeHeader', sheet: 'Facturen', rows: 3 },
      {
        kind: 'listValidation',
        table: 'Facturen',
        column: 'Nummer',
        source: { formula: '=Klanten!$A$2:$A$100' },
      },
    ]);
    const ws = book.workbook.getWorksheet('Facturen');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const dv = (
      ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation } }
    ).dataValidations.find('B6');
    expect(dv).toMatchObject({ type: 'list', formulae: ['Klanten!$A$2:$A$100'] });
    await expect(
      book.apply([{ kind: 'listValidation', table: 'Facturen', column: 'Nummer', source: ['a,b'] }]),
    ).rejects.toThrow(/comma/);
  });

  it('replaceSheet clears old content, writes blocks with formats and defines names', async () => {
    const book = XlsxBook.create();
    // The port's replaceSheet takes a sheet that exists (every Book refuses a missing one alike).
    await book.apply([
      { kind: 'addSheet', sheet: 'Overzicht' },
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [{ at: 'A1', values: [['oud'], ['oud']], name: 'Omzet' }],
      },
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [
          {
            at: 'B2',
            values: [
              ['Klant', 'Omzet'],
              ['Bakker', 1234.5],
            ],
            name: 'Omzet',
            numberFormats: [null, '#,##0.00'],
            bold: 'firstRow',
          },
        ],
      },
    ]);
    const back = await reload(book);
    const ws = back.workbook.getWorksheet('Overzicht');
    expect(ws?.getCell('A1').value).toBeNull();
    expect(ws?.getCell('A2').value).toBeNull();
    expect(ws?.getCell('B2').value).toBe('Klant');
    expect(ws?.getCell('B2').font?.bold).toBe(true);
    expect(ws?.getCell('C3').numFmt).toBe('#,##0.00');
    expect(back.workbook.definedNames.model).toEqual([{ name: 'Omzet', ranges: ['Overzicht!$B$2:$C$3'] }]);
  });

  it('records charts instead of faking them, once per name', async () => {
    const book = XlsxBook.create();
    const chart = {
      name: 'Afhankelijkheid',
      type: 'pie' as const,
      title: 'Omzetaandeel',
      source: 'A1:B5',
      from: 'D1',
      to: 'J15',
    };
    await book.apply([
      { kind: 'addSheet', sheet: 'Overzicht' },
      { kind: 'upsertChart', sheet: 'Overzicht', chart },
      { kind: 'upsertChart', sheet: 'Overzicht', chart: { ...chart, title: 'Nieuw' } },
    ]);
    expect(book.charts).toEqual([{ sheet: 'Overzicht', chart: { ...chart, title: 'Nieuw' } }]);
    expect(book.notes[0]).toMatch(/ExcelJS cannot write charts/);
    await expect(book.apply([{ kind: 'upsertChart', sheet: 'Nergens', chart }])).rejects.toThrow(/no sheet/);
  });

  it('preserves sheets, cells and styles it does not know', async () => {
    const wb = new ExcelJS.Workbook();
    const mine = wb.addWorksheet('Eigen');
    mine.getCell('A1').value = 'eigen werk';
    mine.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
    mine.getCell('C3').value = new Date(Date.UTC(2024, 1, 29));
    mine.getCell('C3').numFmt = 'dd-mm-yyyy';
    const ws = wb.addWorksheet('Facturen');
    ws.addTable({
      name: 'Facturen',
      ref: 'A1',
      columns: [{ name: 'Nummer' }, { name: 'Mijn kolom' }],
      rows: [
        ['F2', 'b'],
        ['F1', 'a'],
      ],
    });
    ws.getCell('E1').value = 'naast de tabel';
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    await book.apply([
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Nummer', ascending: true }] },
      { kind: 'addColumns', table: 'Facturen', headers: ['Status'] },
    ]);
    const back = await reload(book);
    const own = back.workbook.getWorksheet('Eigen');
    expect(own?.getCell('A1').value).toBe('eigen werk');
    expect(own?.getCell('B2').value).toEqual({ formula: 'SUM(1,2)', result: 3 });
    // Date cells read as serials (29 Feb 2024 = 45351), and stay dates in the file.
    expect(own?.getCell('C3').value).toBe(45351);
    expect(own?.getCell('C3').numFmt).toBe('dd-mm-yyyy');
    expect(back.workbook.getWorksheet('Facturen')?.getCell('E1').value).toBe('naast de tabel');
    expect((await table(back, 'Facturen')).values).toEqual([
      ['F1', 'a', null],
      ['F2', 'b', null],
    ]);
  });

  it('turns shared formulas into plain ones before moving rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addTable({
      name: 'T',
      ref: 'A1',
      columns: [{ name: 'N' }, { name: 'D' }],
      rows: [
        [3, null],
        [1, null],
        [2, null],
      ],
    });
    ws.getCell('B2').value = {
      formula: 'A2*2',
      result: 6,
      shareType: 'shared',
      ref: 'B2:B4',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('B3').value = { sharedFormula: 'B2', result: 2 } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('B4').value = { sharedFormula: 'B2', result: 4 } as ExcelJS.CellSharedFormulaValue;
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect((await table(book, 'T')).formulas.map((r) => r[1])).toEqual(['=A2*2', '=A3*2', '=A4*2']);
    await book.apply([{ kind: 'sortTable', table: 'T', keys: [{ column: 'N', ascending: true }] }]);
    const t = await table(await reload(book), 'T');
    expect(t.values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
    expect(t.formulas.map((r) => r[1])).toEqual(['=A2*2', '=A3*2', '=A4*2']);
  });

  it('fixes ExcelJS reading tables that Excel wrote without headerRowCount', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addTable({ name: 'T', ref: 'A1', columns: [{ name: 'Naam' }], rows: [['x']] });
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    // Simulate Excel's file: the attribute is left out, ExcelJS then reads headerRow as false.
    const model = (
      book.workbook.getWorksheet('Data') as unknown as {
        tables: Record<string, { model: { headerRow: boolean } }>;
      }
    ).tables.T!.model;
    model.headerRow = false;
    const again = await XlsxBook.fromBuffer(await book.toBuffer());
    expect((await table(again, 'T')).headers).toEqual(['Naam']);
    expect((await table(again, 'T')).values).toEqual([['x']]);
  });
});

describe('filled-down formula columns are written as shared formulas', () => {
  async function filled(): Promise<XlsxBook> {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'S' },
      {
        kind: 'addTable',
        sheet: 'S',
        table: 'T',
        at: 'A1',
        headers: ['Bedrag', 'BTW', 'Eigen'],
        rows: [[100], [200], [300], [400]],
      },
      { kind: 'setColumnFormula', table: 'T', column: 'BTW', formula: '=ROUND($A2*0.21,2)+SUM(T[Bedrag])' },
    ]);
    // A user's own filled-down formulas stay cell by cell (LibreOffice evaluates groups differently).
    const ws = book.workbook.getWorksheet('S') as ExcelJS.Worksheet;
    for (let r = 2; r <= 5; r += 1)
      ws.getCell(r, 3).value = { formula: `A${r}*2` } as ExcelJS.CellFormulaValue;
    return book;
  }

  it('stores one master and shared followers, and reads back the same per-cell formulas', async () => {
    const book = await filled();
    const before = await table(book, 'T');
    const bytes = await book.toBuffer();
    const xml = (await readZipPart(bytes, 'xl/worksheets/sheet1.xml')) ?? '';
    expect(xml).toContain('<f t="shared" ref="B2:B5" si="0">ROUND($A2*0.21,2)+SUM(T[Bedrag])</f>');
    expect(xml.match(/<f t="shared" si="0"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<f>A5*2</f>');
    const again = await table(await XlsxBook.fromBuffer(bytes), 'T');
    expect(again.formulas).toEqual(before.formulas);
    expect(again.formulas.map((r) => r[1])).toEqual(
      [2, 3, 4, 5].map((r) => `=ROUND($A${r}*0.21,2)+SUM(T[Bedrag])`),
    );
  });

  it('holds no formula text per follower in memory, and a second save writes the same sheet', async () => {
    const book = await filled();
    const first = await book.toBuffer();
    const ws = book.workbook.getWorksheet('S') as ExcelJS.Worksheet;
    expect(ws.getCell('B3').value).toEqual({ sharedFormula: 'B2' });
    expect(ws.getCell('B3').formula).toBe('ROUND($A3*0.21,2)+SUM(T[Bedrag])');
    const sheetXml = async (b: Uint8Array): Promise<string | null> =>
      readZipPart(b, 'xl/worksheets/sheet1.xml');
    expect(await sheetXml(await book.toBuffer())).toEqual(await sheetXml(first));
  });

  it("keeps the followers' formulas when a value is typed over the master", async () => {
    const book = await filled();
    await book.apply([{ kind: 'setColumn', table: 'T', column: 'BTW', values: ['eigen', null, null, null] }]);
    const t = await table(await reload(book), 'T');
    expect(t.values.map((r) => r[1])).toEqual(['eigen', null, null, null]);
    expect(t.formulas.map((r) => r[1] ?? null)).toEqual(
      [null, 3, 4, 5].map((r) => (r === null ? null : `=ROUND($A${r}*0.21,2)+SUM(T[Bedrag])`)),
    );
  });

  it('falls back to a formula per row where ExcelJS would shift a follower differently', async () => {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'S' },
      { kind: 'addTable', sheet: 'S', table: 'T', at: 'A1', headers: ['N', 'Tekst'], rows: [[1], [2], [3]] },
      // ExcelJS shifts the A1 inside the text literal too; Excel (and shiftFormula) do not.
      { kind: 'setColumnFormula', table: 'T', column: 'Tekst', formula: '="A1 "&$A2' },
    ]);
    const xml = (await readZipPart(await book.toBuffer(), 'xl/worksheets/sheet1.xml')) ?? '';
    expect(xml).not.toContain('t="shared"');
    expect((await table(book, 'T')).formulas.map((r) => r[1])).toEqual([
      '="A1 "&$A2',
      '="A1 "&$A3',
      '="A1 "&$A4',
    ]);
  });
});
