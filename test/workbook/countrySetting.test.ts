/**
 * The country setting: a "Land" row in Instellingen (English "Country"), Nederland by default,
 * read by the workbook layer into settings.country, which picks the Belgian or Dutch rules.
 */
import type { Book, Cell, TableSnapshot } from '../../src/workbook/book';
import { loadLedger, setUp } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

async function settingsTable(book: Book, name: string): Promise<TableSnapshot> {
  return (await book.read([name])).tables.get(name) as TableSnapshot;
}

async function setCountry(book: Book, table: string, key: string, value: Cell): Promise<void> {
  const t = await settingsTable(book, table);
  const row = t.values.findIndex((r) => r[0] === key);
  expect(row).toBeGreaterThanOrEqual(0);
  const values = t.values.map((r, i) => (i === row ? value : (r[1] ?? null)));
  await book.apply([{ kind: 'setColumn', table, column: t.headers[1] as string, values }]);
}

describe('the country setting', () => {
  it('is written as "Land: Nederland" in a Dutch workbook and read as NL', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    const t = await settingsTable(book, 'Instellingen');
    expect(t.values.find((r) => r[0] === 'Land')?.[1]).toBe('Nederland');
    expect((await loadLedger(book)).ledger.settings.country).toBe('NL');
  });

  it.each([['België'], ['Belgie'], ['BE'], ['be']])('reads "%s" as Belgium', async (typed) => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    await setCountry(book, 'Instellingen', 'Land', typed);
    const { ledger, errors } = await loadLedger(book);
    expect(errors).toEqual([]);
    expect(ledger.settings.country).toBe('BE');
  });

  it('is "Country: Netherlands" in an English workbook and reads "Belgium"', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'en' });
    const table = (await book.read([])).allTables.find(
      (x) => x.headers.length >= 2 && x.sheet === 'Settings',
    );
    expect(table).toBeDefined();
    const name = table?.name as string;
    expect((await settingsTable(book, name)).values.find((r) => r[0] === 'Country')?.[1]).toBe('Netherlands');
    await setCountry(book, name, 'Country', 'Belgium');
    expect((await loadLedger(book)).ledger.settings.country).toBe('BE');
  });

  it('reports a country it does not know, located, and keeps Nederland', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    await setCountry(book, 'Instellingen', 'Land', 'Frankrijk');
    const { ledger, errors } = await loadLedger(book);
    expect(ledger.settings.country).toBe('NL');
    expect(errors).toEqual([
      expect.objectContaining({ sheet: 'Instellingen', value: 'Frankrijk', column: expect.anything() }),
    ]);
  });
});
