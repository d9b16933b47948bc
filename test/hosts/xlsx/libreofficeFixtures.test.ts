/**
 * Workbooks saved by LibreOffice Calc (made by scripts/make-xlsx-fixtures.sh), read through
 * XlsxBook. LibreOffice 7.4 saves database ranges as real Excel tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';

const fixture = (name: string): Promise<XlsxBook> =>
  XlsxBook.fromBuffer(readFileSync(join(__dirname, '../../fixtures/xlsx', name)));

describe('LibreOffice fixtures', () => {
  it('lo-klantbestand: tables, typed and text dates, Dutch amounts as text, blank rows, formulas, user columns', async () => {
    const book = await fixture('lo-klantbestand.xlsx');
    const r = await book.read(['Klanten', 'Facturen']);
    expect(r.sheets).toEqual(['Klanten', 'Facturen', 'Betalingen', 'Notities']);
    expect(r.dateSystem).toBe(1900);
    expect(r.allTables.map((t) => [t.name, t.sheet])).toEqual([
      ['Klanten', 'Klanten'],
      ['Facturen', 'Facturen'],
    ]);
    expect(book.lossRisks).toEqual([]);
    const klanten = r.tables.get('Klanten');
    expect(klanten?.headers).toEqual([
      'Klantnr',
      'Klantnaam',
      'Contactpersoon',
      'E-mail',
      'Soort',
      'Betaaltermijn',
      'Mijn notitie',
    ]);
    expect(klanten?.values[2]).toEqual([
      'K003',
      'Marieke Smit',
      null,
      'm.smit@example.nl',
      'Particulier',
      null,
      '=altijd laat',
    ]);
    expect(klanten?.formulas[2]?.every((f) => f === null)).toBe(true);

    const f = r.tables.get('Facturen');
    expect(f).toMatchObject({ firstRow: 2, firstColumn: 1 });
    expect(f?.headers).toEqual([
      'Factuurnr',
      'Klant',
      'Datum',
      'Omschrijving',
      'Bedrag excl. BTW',
      'BTW',
      'Bedrag incl. BTW',
      'Eigen kolom',
    ]);
    expect(f?.values.map((row) => row[2])).toEqual([45663, '15-02-2025', null, '3 maart 2025', 45747]);
    expect(f?.values.map((row) => row[4])).toEqual([1000, '1.234,56', null, 500, -100]);
    expect(f?.values[0]).toEqual([
      '2025-001',
      'K001',
      45663,
      'Website onderhoud januari',
      1000,
      210,
      1210,
      'ok',
    ]);
    expect(f?.values[2]).toEqual([null, null, null, null, null, null, null, null]);
    expect(f?.formulas[0]?.slice(5, 7)).toEqual(['=ROUND(E2*0.21,2)', '=E2+F2']);
    expect(f?.values[3]?.[7]).toBe('+31 6 1234 5678');
  });

  it('lo-klantbestand: sorting keeps the blank row last and other sheets intact', async () => {
    const book = await fixture('lo-klantbestand.xlsx');
    await book.apply([
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Factuurnr', ascending: false }] },
    ]);
    const back = await XlsxBook.fromBuffer(await book.toBuffer());
    const f = (await back.read(['Facturen'])).tables.get('Facturen');
    expect(f?.values.map((row) => row[0])).toEqual(['2025-004', '2025-003', '2025-002', '2025-001', null]);
    expect(f?.formulas[0]?.slice(5, 7)).toEqual(['=ROUND(E2*0.21,2)', '=E2+F2']);
    expect(f?.formulas[3]?.slice(5, 7)).toEqual(['=ROUND(E5*0.21,2)', '=E5+F5']);
    const notes = back.workbook.getWorksheet('Notities');
    expect(notes?.getCell('A2').value).toBe('Niet aankomen');
    expect(notes?.getCell('B2').value).toBe(42);
    const pay = back.workbook.getWorksheet('Betalingen');
    expect(pay?.getCell('A3').value).toBe('20-03-2025');
    expect(pay?.getCell('C3').value).toBe('1.000,00');
  });

  it('lo-platte-lijst: a header row without a table is not reported as a table', async () => {
    const book = await fixture('lo-platte-lijst.xlsx');
    const r = await book.read(['Facturen']);
    expect(r.sheets).toEqual(['Blad1']);
    expect(r.allTables).toEqual([]);
    expect(r.tables.size).toBe(0);
  });

  it('lo-datum-1904: reports the 1904 date system LibreOffice writes as date1904="true"', async () => {
    const book = await fixture('lo-datum-1904.xlsx');
    const r = await book.read(['Facturen']);
    expect(r.dateSystem).toBe(1904);
    // 2025-01-31 is serial 44226 in the 1904 system.
    expect(r.tables.get('Facturen')?.values).toEqual([['M-1', 44226, 12.5]]);
    // Saving keeps the date system, so the date stays 31 January 2025.
    const back = await XlsxBook.fromBuffer(await book.toBuffer());
    expect((await back.read(['Facturen'])).dateSystem).toBe(1904);
    expect((await back.read(['Facturen'])).tables.get('Facturen')?.values[0]?.[1]).toBe(44226);
  });
});
