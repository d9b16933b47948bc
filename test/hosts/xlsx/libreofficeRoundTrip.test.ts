import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Cell } from '../../../src/workbook/book';
import { libreOfficeCsv } from './soffice';

jest.setTimeout(180_000);

describe('a workbook written by XlsxBook opens in LibreOffice Calc', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ki-lo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with every value, text that looks like a formula as text, and our formulas calculated', async () => {
    const customers: Cell[][] = [
      ['K002', 'Zoë’s Bakkerij', 'Zakelijk', 30],
      ['K001', '=HYPERLINK("http://x")', 'Particulier', 14],
      ['K003', '+31 6 1234 5678', 'Zakelijk', null],
      ['K004', '@home; "quoted", comma', 'Particulier', 0],
    ];
    const invoices: Cell[][] = [
      ['F-3', 'K001', 45688, 1210.5, null],
      ['F-1', 'K002', 45292, -100, null],
      ['F-2', 'K003', 45351, 0.07, null],
    ];
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'Klanten' },
      { kind: 'addSheet', sheet: 'Facturen' },
      { kind: 'addSheet', sheet: 'Overzicht' },
      {
        kind: 'addTable',
        sheet: 'Klanten',
        table: 'Klanten',
        at: 'A1',
        headers: ['Klantnummer', 'Naam', 'Soort klant', 'Termijn'],
        rows: customers,
      },
      {
        kind: 'addTable',
        sheet: 'Facturen',
        table: 'Facturen',
        at: 'A1',
        headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag', 'Vervaldatum'],
        rows: invoices,
      },
      { kind: 'numberFormat', table: 'Facturen', column: 'Factuurdatum', format: 'dd-mm-yyyy' },
      { kind: 'setColumnFormula', table: 'Facturen', column: 'Vervaldatum', formula: '=$C2+30' },
      { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Factuurnummer', ascending: true }] },
      {
        kind: 'appendRows',
        table: 'Facturen',
        rows: [{ Factuurnummer: 'F-4', Klantnummer: 'K004', Factuurdatum: 45700, Bedrag: 99.99 }],
      },
      {
        kind: 'replaceSheet',
        sheet: 'Overzicht',
        blocks: [
          {
            at: 'B2',
            values: [
              ['Klant', 'Aandeel'],
              ['K001', 0.5],
              [true, false],
            ],
            name: 'Aandelen',
          },
        ],
      },
    ]);
    const path = join(dir, 'geschreven.xlsx');
    writeFileSync(path, await book.toBuffer());

    const csv = libreOfficeCsv(path);
    expect([...csv.keys()].sort()).toEqual(['Facturen', 'Klanten', 'Overzicht']);
    const text = (v: Cell): string => (v === null ? '' : String(v));
    expect(csv.get('Klanten')).toEqual([
      ['Klantnummer', 'Naam', 'Soort klant', 'Termijn'],
      ...customers.map((r) => r.map(text)),
    ]);
    // LibreOffice shows date cells as dates (its default locale is en-US here): serial 45292 is
    // 1 Jan 2024, and the due-date formula (+30 days) was calculated on load.
    expect(csv.get('Facturen')).toEqual([
      ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag', 'Vervaldatum'],
      ['F-1', 'K002', '01/01/2024', '-100', '01/31/2024'],
      ['F-2', 'K003', '02/29/2024', '0.07', '03/30/2024'],
      ['F-3', 'K001', '01/31/2025', '1210.5', '03/02/2025'],
      ['F-4', 'K004', '02/12/2025', '99.99', '03/14/2025'],
    ]);
    expect(csv.get('Overzicht')).toEqual([
      ['', '', ''],
      ['', 'Klant', 'Aandeel'],
      ['', 'K001', '0.5'],
      ['', 'TRUE', 'FALSE'],
    ]);
  });
});
