/** Klanten's credit limit: read when the person keeps the column, never created by set-up. */
import { loadLedger, setUp } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

describe('Kredietlimiet', () => {
  it('is read in cents from a Klanten column the person keeps; an empty cell means no limit', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'Soort klant', 'Kredietlimiet'],
          rows: [
            ['K1', 'Bakkerij', 'Zakelijk', 1000],
            ['K2', 'Smit', 'Zakelijk', null],
          ],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.customers.map((c) => [c.number, c.creditLimit])).toEqual([
      ['K1', 100000],
      ['K2', undefined],
    ]);
  });

  it('is not added to a new Klanten table', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    const klanten = book.snapshot().tables.find((t) => t.name === 'Klanten');
    expect(klanten?.headers).toBeDefined();
    expect(klanten?.headers).not.toContain('Kredietlimiet');
  });
});
