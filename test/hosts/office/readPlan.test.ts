/**
 * The read plan: sizes first, then values in a fixed number of requests under the budget; and a
 * formula cell is never taken for a typed value, even if Excel shortens RangeAreas.address.
 */
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { planSlices, VALUE_REQUESTS } from '../../../src/hosts/office/read';
import type { FakeSeed, SeedCell } from '../../support/fakeOffice';
import { FakeExcel } from '../../support/fakeOffice';
import { fakeApi } from '../../support/fakeOffice/workbook';

/** Column C: a formula, typed over in every third row (many areas); D: a formula throughout. */
function seed(rows: number): FakeSeed {
  return {
    sheets: [
      {
        name: 'Blad1',
        tables: [
          {
            name: 'T',
            at: 'A1',
            headers: ['Nummer', 'Leeg', 'Bedrag', 'Dubbel'],
            rows: Array.from({ length: rows }, (_, i): SeedCell[] => [
              `F${i + 1}`,
              null,
              i % 3 === 0 ? 500 : { formula: `=LEN(A${i + 2})*10`, value: 30 },
              { formula: `=C${i + 2}*2`, value: 60 },
            ]),
          },
        ],
      },
    ],
  };
}

describe('planSlices', () => {
  it('spreads the rows over exactly VALUE_REQUESTS groups when they fit, more only when needed', () => {
    const small = planSlices([{ rows: 10, perRow: 50 }], 1_000_000);
    expect(small).toHaveLength(VALUE_REQUESTS);
    expect(small.flat().reduce((n, s) => n + s.rows, 0)).toBe(10);
    const large = planSlices(
      [
        { rows: 50_000, perRow: 110 },
        { rows: 30_000, perRow: 30 },
      ],
      3_000_000,
    );
    expect(large.length).toBe(Math.ceil((50_000 * 110 + 30_000 * 30) / 3_000_000));
    for (const group of large) {
      const bytes = group.reduce((n, s) => n + s.rows * (s.table === 0 ? 110 : 30), 0);
      expect(bytes).toBeLessThanOrEqual(3_000_000 + 110);
    }
    // Every row of every table exactly once, in order.
    for (const t of [0, 1]) {
      const parts = large.flat().filter((s) => s.table === t);
      let next = 0;
      for (const p of parts) {
        expect(p.r0).toBe(next);
        next += p.rows;
      }
      expect(next).toBe(t === 0 ? 50_000 : 30_000);
    }
    expect(planSlices([{ rows: 0, perRow: 10 }], 100)).toEqual([]);
  });
});

describe('formula presence when Excel shortens RangeAreas.address', () => {
  const truth = async (): Promise<(string | null)[][]> => {
    const t = (
      await new OfficeBook(fakeApi(new FakeExcel(seed(60)))).read(['T'], { formulas: 'presence' })
    ).tables.get('T');
    return t?.formulas ?? [];
  };

  it('checks areaCount and reads the areas per column when the list was cut', async () => {
    const expected = await truth();
    expect(expected.flat().filter((f) => f === '=')).toHaveLength(100);
    // The whole body's list (~21 areas) is cut; each column's own list still fits.
    const fake = new FakeExcel(seed(60), { areasAddressLimit: 400 });
    const t = (await new OfficeBook(fakeApi(fake)).read(['T'], { formulas: 'presence' })).tables.get('T');
    expect(t?.formulas).toEqual(expected);
    expect(t?.values[1]).toEqual(['F2', null, 30, 60]);
  });

  it('falls back to reading the formula text when even a column’s list is cut', async () => {
    const expected = await truth();
    const fake = new FakeExcel(seed(60), { areasAddressLimit: 40 });
    const t = (await new OfficeBook(fakeApi(fake)).read(['T'], { formulas: 'presence' })).tables.get('T');
    expect(t?.formulas.map((r) => r.map((f) => (f === null ? null : '=')))).toEqual(expected);
  });

  it('does not load a column that holds nothing, and still reports it empty', async () => {
    const fake = new FakeExcel(seed(60));
    const t = (await new OfficeBook(fakeApi(fake)).read(['T'], { formulas: 'presence' })).tables.get('T');
    expect(t?.values.every((r) => r[1] === null)).toBe(true);
    expect(fake.stats.syncs).toBe(1 + VALUE_REQUESTS);
  });
});
