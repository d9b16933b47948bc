/**
 * importInvoices writes only through the port's appendRows (and addColumns), so every Book takes it
 * alike: the same import over the fake Office.js host and the .xlsx host reads back the same ledger.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Book } from '../../../src/workbook/book';
import { loadLedger, setUp } from '../../../src/workbook/operations';
import { importInvoices } from '../../../src/workbook/operations/importInvoices';
import { FakeExcel } from '../../support/fakeOffice';

jest.setTimeout(120_000);

const UBL = join(__dirname, '../../fixtures/ubl');
const files = ['made/be-2026-0101.xml', 'Allowance-example.xml'].map((name) => ({
  name,
  text: readFileSync(join(UBL, name), 'utf8'),
}));

const hosts: [string, () => Book][] = [
  [
    'office (fake Office.js)',
    () => {
      const fake = new FakeExcel({ sheets: [] });
      return new OfficeBook({ run: (o, b) => fake.run(o, b), isSetSupported: fake.isSetSupported });
    },
  ],
  ['xlsx (ExcelJS)', () => XlsxBook.create()],
];

describe.each(hosts)('importInvoices over %s', (_name, make) => {
  it('adds the invoices and customers, and the same files a second time add nothing', async () => {
    const book = make();
    await setUp(book, { language: 'nl' });
    const first = await importInvoices(book, files);
    expect(first.refused).toEqual([]);
    expect(first.written).toBe(true);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(
      loaded.ledger.invoices.map((i) => [i.number, i.customerNumber, i.amountExclVat, i.amountInclVat]),
    ).toEqual([
      ['2026-0101', 'K001', 120000, 145200],
      ['Snippet1', 'K002', 590000, 612500],
    ]);
    expect(loaded.ledger.invoices[0]?.paymentReference).toBe('+++090/9337/55493+++');
    expect(loaded.ledger.customers.map((c) => [c.number, c.name, c.city])).toEqual([
      ['K001', 'De Molen & Zonen BV', 'Gent'],
      ['K002', 'Buyer Official Name', 'Stockholm'],
    ]);
    const again = await importInvoices(book, files);
    expect(again.written).toBe(false);
    expect(again.alreadyThere.map((a) => a.number)).toEqual(['2026-0101', 'Snippet1']);
    expect((await loadLedger(book)).ledger.invoices).toHaveLength(2);
  });
});
