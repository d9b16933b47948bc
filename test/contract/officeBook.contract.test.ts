/**
 * The host contract for OfficeBook, run against the fake Office.js object model (seeded from the
 * fixture; every check reads back through the port, so it judges what the fake Excel holds).
 */
import { OfficeBook } from '../../src/hosts/office/officeBook';
import type { SeedCell, SeedSheet } from '../support/fakeOffice';
import { FakeExcel } from '../support/fakeOffice';
import type { BookFixture } from '../support/memoryBook';
import { describeBookContract, type ContractBook } from './bookContract';

function fakeFrom(fixture: BookFixture = {}): FakeExcel {
  const sheets: SeedSheet[] = [];
  const sheet = (name: string): SeedSheet => {
    let s = sheets.find((x) => x.name === name);
    if (!s) {
      s = { name, tables: [] };
      sheets.push(s);
    }
    return s;
  };
  for (const name of fixture.sheets ?? []) sheet(name);
  for (const t of fixture.tables ?? []) {
    const rows: SeedCell[][] = t.rows.map((r, i) =>
      t.headers.map((_, j) => {
        const f = t.formulas?.[i]?.[j];
        return f ? { formula: f, value: r[j] ?? null } : (r[j] ?? null);
      }),
    );
    sheet(t.sheet).tables?.push({ name: t.name, at: t.at ?? 'A1', headers: t.headers, rows });
  }
  const fake = new FakeExcel({ sheets });
  if (fixture.dateSystem === 1904) fake.model.dateSystem = 1904;
  return fake;
}

describeBookContract('office (fake Office.js)', async (fixture): Promise<ContractBook> => {
  const fake = fakeFrom(fixture);
  const book = new OfficeBook({
    run: (options, batch) => fake.run(options, batch),
    isSetSupported: fake.isSetSupported,
  });
  return Object.assign(book, {
    snapshot: () => ({
      sheets: fake
        .snapshot()
        .sheets.map((s) => ({ name: s.name, charts: s.charts.map((c) => ({ name: c.name })) })),
    }),
    numberFormatAt: (sheet: string, address: string) => {
      const f = fake.cell(sheet, address).numberFormat;
      return f === 'General' ? null : f;
    },
  });
});
