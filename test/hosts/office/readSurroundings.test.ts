/**
 * The Office host's surroundings read: a fixed number of requests whatever the size, none over
 * 4 MB, values read only where the addresses say something is typed.
 */
import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { FakeExcel, type FakeSeed, type SeedCell } from '../../support/fakeOffice';

const api = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});
const LIMIT = 4_000_000;

/** Facturen with `n` rows, two rows typed below it, a note column; a plain list of `n` rows. */
function seed(n: number): FakeSeed {
  const rows: SeedCell[][] = Array.from({ length: n }, (_, i) => [`F${i + 1}`, `Klant ${i % 40}`, 100 + i]);
  const plain: Record<string, SeedCell> = { A1: 'Klant', B1: 'Bedrag' };
  for (let i = 0; i < n; i++) {
    plain[`A${i + 2}`] = `Klant ${i}`;
    plain[`B${i + 2}`] = i;
  }
  return {
    sheets: [
      {
        name: 'Facturen',
        tables: [{ name: 'Facturen', at: 'A1', headers: ['Nr', 'Klant', 'Bedrag'], rows }],
        cells: {
          [`A${n + 2}`]: 'F-extra',
          [`C${n + 2}`]: 5000,
          [`B${n + 3}`]: 'Groot BV',
          D1: 'Notitie',
          D2: 'x',
        },
      },
      { name: 'Lijst', cells: plain },
    ],
  };
}

async function readAround(
  n: number,
): Promise<{ fake: FakeExcel; result: Awaited<ReturnType<OfficeBook['read']>> }> {
  const fake = new FakeExcel(seed(n));
  const book = new OfficeBook(api(fake));
  const result = await book.read(['Facturen'], { formulas: 'presence', surroundings: true });
  return { fake, result };
}

describe('reading what lies beside the tables through Office.js', () => {
  it('costs the same number of requests at 100 and 50,000 rows, none over 4 MB', async () => {
    const small = await readAround(100);
    const large = await readAround(50_000);
    expect(large.fake.stats.syncs).toBe(small.fake.stats.syncs);
    expect(large.fake.stats.maxResponseBytes).toBeLessThan(LIMIT);
    expect(large.fake.stats.maxRequestBytes).toBeLessThan(LIMIT);
    for (const { result } of [small, large]) {
      const n = result.tables.get('Facturen')?.values.length ?? 0;
      expect(result.surroundings?.beside).toEqual([
        {
          table: 'Facturen',
          sheet: 'Facturen',
          address: `A1:C${n + 1}`,
          below: {
            firstRow: n + 2,
            values: [
              ['F-extra', null, 5000],
              [null, 'Groot BV', null],
            ],
          },
          right: { firstColumn: 4, columns: 1, headers: ['Notitie'], filledCells: 1 },
        },
      ]);
      const list = result.surroundings?.plainRanges[0];
      expect([list?.address, list?.values.length]).toEqual([`A1:B${n + 1}`, n]);
    }
  });

  it('is one request of addresses more than a read without it, and absent when not asked', async () => {
    const fake = new FakeExcel(seed(100));
    const book = new OfficeBook(api(fake));
    const plain = await book.read(['Facturen'], { formulas: 'presence' });
    const without = fake.stats.syncs;
    fake.resetStats();
    await book.read(['Facturen'], { formulas: 'presence', surroundings: true });
    expect(plain.surroundings).toBeUndefined();
    expect(fake.stats.syncs).toBe(without + 1);
  });

  it('is absent on an Excel without getSpecialCells (ExcelApi 1.9), never reported empty', async () => {
    const fake = new FakeExcel(seed(10), { apiVersion: '1.8' });
    const r = await new OfficeBook(api(fake)).read(['Facturen'], { surroundings: true });
    expect(r.surroundings).toBeUndefined();
  });
});
