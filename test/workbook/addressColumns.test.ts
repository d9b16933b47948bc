/** Klanten's postal address (street, postcode, city, country): read when the person keeps the columns, never created. */
import { loadLedger, setUp } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';

describe('Klanten address columns', () => {
  it('reads street, postcode, city and country from the person’s own headers; a number postcode as text', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: [
            'Klantnummer',
            'Naam',
            'Soort klant',
            'Straat en huisnummer',
            'Postcode',
            'Woonplaats',
            'Land',
          ],
          rows: [
            ['K1', 'Bakkerij', 'Particulier', 'Dorpsstraat 12a', '1234 AB', 'Utrecht', null],
            ['K2', 'Smit', 'Particulier', ' Kerkstraat 1 ', 2000, 'Antwerpen', 'België'],
            ['K3', 'Jansen', 'Zakelijk', null, null, null, null],
          ],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.customers.map((c) => [c.number, c.street, c.postcode, c.city, c.country])).toEqual([
      ['K1', 'Dorpsstraat 12a', '1234 AB', 'Utrecht', undefined],
      ['K2', 'Kerkstraat 1', '2000', 'Antwerpen', 'België'],
      ['K3', undefined, undefined, undefined, undefined],
    ]);
  });

  it('reads English headers too', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Customers',
          sheet: 'Customers',
          headers: ['Customer no.', 'Name', 'Customer type', 'Address', 'Postal code', 'City', 'Country'],
          rows: [['K1', 'Baker', 'Consumer', '1 High Street', 'SW1A 1AA', 'London', 'United Kingdom']],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.customers[0]).toMatchObject({
      street: '1 High Street',
      postcode: 'SW1A 1AA',
      city: 'London',
      country: 'United Kingdom',
    });
  });

  it('is not added to a new Klanten table', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    const klanten = book.snapshot().tables.find((t) => t.name === 'Klanten');
    expect(klanten?.headers).toContain('Naam');
    for (const header of ['Adres', 'Postcode', 'Plaats', 'Land'])
      expect(klanten?.headers).not.toContain(header);
  });
});
