import { parseAreas } from '../../../src/hosts/office/a1';
import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { VALUE_REQUESTS } from '../../../src/hosts/office/read';
import type { Cell } from '../../../src/workbook/book';
import { refreshAndSort } from '../../../src/workbook/operations';
import { setUp } from '../../../src/workbook/operations/setUp';
import { FakeExcel, type FakeSeed } from '../../support/fakeOffice';
import { isoDate } from '../../../src/domain/dates';

const api = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});
const LONG = `=IF(B3>0,"${'x'.repeat(3000)}","")`;

/** B:C user values, D a calculated column with one typed cell (row 3 of 5), E a short formula. */
function seed(rows = 5): FakeSeed {
  return {
    sheets: [
      {
        name: "Q1, Q2's",
        tables: [
          {
            name: 'T',
            at: 'B2',
            headers: ['Nr', 'Bedrag', 'Lang', 'Kort'],
            rows: Array.from({ length: rows }, (_, i) => [
              `F${i + 1}`,
              (i + 1) * 10,
              i === 2 ? 'getypt' : { formula: LONG.replace('B3', `B${3 + i}`), value: 'x' },
              i === 4 ? null : { formula: `=C${3 + i}*2`, value: (i + 1) * 20 },
            ]),
          },
        ],
      },
    ],
  };
}

describe('parseAreas', () => {
  it('splits on commas outside quoted sheet names, with or without a space', () => {
    expect(parseAreas("'Q1, Q2''s'!D3:D4, 'Q1, Q2''s'!D6,'Q1, Q2''s'!E3:E6")).toEqual([
      { row: 2, col: 3, rows: 2, cols: 1 },
      { row: 5, col: 3, rows: 1, cols: 1 },
      { row: 2, col: 4, rows: 4, cols: 1 },
    ]);
    expect(parseAreas('Blad1!$A$1:$B$2')).toEqual([{ row: 0, col: 0, rows: 2, cols: 2 }]);
  });
});

describe('OfficeBook.read with formulas: presence', () => {
  it("marks formula cells '=' from one getSpecialCells per table, without the formula text", async () => {
    const fake = new FakeExcel(seed());
    const book = new OfficeBook(api(fake));
    const r = await book.read(['T'], { formulas: 'presence' });
    expect(fake.stats.syncs).toBeLessThanOrEqual(1 + VALUE_REQUESTS);
    const t = r.tables.get('T');
    expect(t?.formulas).toEqual([
      [null, null, '=', '='],
      [null, null, '=', '='],
      [null, null, null, '='],
      [null, null, '=', '='],
      [null, null, '=', null],
    ]);
    expect(t?.values[2]).toEqual(['F3', 30, 'getypt', 60]);
    // The 3 KB formulas are not in the response; with text they are.
    expect(fake.stats.maxResponseBytes).toBeLessThan(2_000);
    await book.read(['T']);
    expect(fake.stats.maxResponseBytes).toBeGreaterThan(4 * 3_000);
    const text = (await book.read(['T'])).tables.get('T');
    expect(text?.formulas[1]?.[2]).toBe(LONG.replace('B3', 'B4'));
  });

  it('a table without formulas reads all null; blocks (forced by a tiny budget) give the same marks', async () => {
    const fake = new FakeExcel(seed(40));
    const once = (await new OfficeBook(api(fake)).read(['T'], { formulas: 'presence' })).tables.get('T');
    fake.resetStats();
    const small = new OfficeBook(api(fake), { responseBudget: 300 });
    const blocks = (await small.read(['T'], { formulas: 'presence' })).tables.get('T');
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(blocks?.formulas).toEqual(once?.formulas);
    expect(blocks?.values).toEqual(once?.values);
    const plain = new FakeExcel({
      sheets: [
        {
          name: 'S',
          tables: [
            {
              name: 'P',
              at: 'A1',
              headers: ['a', 'b'],
              rows: [
                [1, 'x'],
                [2, 'y'],
              ],
            },
          ],
        },
      ],
    });
    const p = (await new OfficeBook(api(plain)).read(['P'], { formulas: 'presence' })).tables.get('P');
    expect(p?.formulas).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('falls back to formula text on Excel without ExcelApi 1.9 (no getSpecialCells)', async () => {
    const fake = new FakeExcel(seed(), { apiVersion: '1.8' });
    const t = (await new OfficeBook(api(fake)).read(['T'], { formulas: 'presence' })).tables.get('T');
    expect(t?.formulas[0]?.[3]).toBe('=C3*2');
    expect(t?.formulas[2]?.[2]).toBeNull();
  });
});

async function refreshSyncs(invoices: number): Promise<{ syncs: number; maxResponse: number }> {
  const fake = new FakeExcel({ sheets: [{ name: 'Blad1' }] });
  const book = new OfficeBook(api(fake));
  await setUp(book);
  const customers = Math.max(5, Math.round(invoices / 50));
  const klanten: Record<string, Cell>[] = Array.from({ length: customers }, (_, i) => ({
    Klantnummer: `K${i + 1}`,
    Naam: `Klant ${i + 1}`,
  }));
  const facturen: Record<string, Cell>[] = Array.from({ length: invoices }, (_, i) => ({
    Factuurnummer: `F${String(i + 1).padStart(6, '0')}`,
    Klantnummer: `K${(i % customers) + 1}`,
    Factuurdatum: 45_700 + (i % 600),
    'Bedrag incl. BTW': 100 + (i % 977),
  }));
  const betalingen: Record<string, Cell>[] = facturen
    .filter((_, i) => i % 3 === 0)
    .map((f) => ({
      Datum: 46_300,
      Factuurnummer: f.Factuurnummer ?? null,
      Bedrag: f['Bedrag incl. BTW'] ?? null,
    }));
  await book.apply([
    { kind: 'appendRows', table: 'Klanten', rows: klanten },
    { kind: 'appendRows', table: 'Facturen', rows: facturen },
    { kind: 'appendRows', table: 'Betalingen', rows: betalingen },
  ]);
  await refreshAndSort(book, { today: isoDate('2026-11-23') }); // writes the live formulas
  fake.resetStats();
  const r = await refreshAndSort(book, { today: isoDate('2026-11-23') });
  expect(r.invoices.total).toBe(invoices);
  return { syncs: fake.stats.syncs, maxResponse: fake.stats.maxResponseBytes };
}

describe('refresh & sort on the fake Office.js', () => {
  it('takes the same number of context.sync calls for 100 and for 5,000 invoices', async () => {
    const small = await refreshSyncs(100);
    const large = await refreshSyncs(5_000);
    // Read: geometry + the value requests; apply: pre-flight + writes. The bound is the contract.
    expect(small.syncs).toBeLessThanOrEqual(1 + VALUE_REQUESTS + 2);
    expect(large.syncs).toBe(small.syncs);
    // Formula text would be ~3 KB per invoice (15 MB here); presence keeps it well under 5 MB.
    expect(large.maxResponse).toBeLessThan(2_000_000);
  }, 60_000);
});
