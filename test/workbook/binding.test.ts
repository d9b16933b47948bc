/**
 * How a trader's own sheet and table names are read: a part's name counts as a whole word only
 * ("Facturen 2025", "Oude facturen"), never inside another word ("Contactpersonen").
 */
import { findTables, invoiceShaped, namesPart } from '../../src/workbook/binding';

describe('the part a sheet or table name names', () => {
  it.each([
    ['Facturen', 'invoices'],
    ['Facturen 2025', 'invoices'],
    ['Facturen_2025', 'invoices'],
    ['Oude facturen', 'invoices'],
    ['2025-Facturen', 'invoices'],
    // A table's name holds no space: the year goes right against the part's name.
    ['Facturen2025', 'invoices'],
    ['2025Facturen', 'invoices'],
    ['Betalingen2025', 'payments'],
    ['INVOICES (old)', 'invoices'],
    ['Betalingen', 'payments'],
    ['Contact', 'contacts'],
    ['Contacts 2026', 'contacts'],
    ['klanten', 'customers'],
  ])('reads %s as naming %s', (name, part) => {
    expect(namesPart(name)).toBe(part);
  });

  it.each([
    'Contactpersonen',
    'Klantenservice',
    'Facturenarchief',
    'Klantenfacturen',
    'Verkoopfacturen',
    'Blad1',
  ])('reads %s as naming no part', (name) => {
    expect(namesPart(name)).toBeUndefined();
  });

  it('compares accents as they are and the whole name when asked for an exact one', () => {
    expect(namesPart('Factúren')).toBeUndefined();
    expect(namesPart('Facturen 2025', true)).toBeUndefined();
    expect(namesPart(' facturen ', true)).toBe('invoices');
  });
});

describe('an invoice-shaped list on a sheet whose name only holds a part’s name', () => {
  const headers = ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Betaald op'];

  it.each(['Klantenfacturen', 'Contactpersonen', 'Klantenservice'])('is an invoice list on %s', (sheet) => {
    expect(invoiceShaped(headers, [sheet, 'Tabel2'])).toBe(true);
  });

  it('plays the part a sheet named after it says', () => {
    expect(invoiceShaped(headers, ['Betalingen 2026', 'Tabel2'])).toBe(false);
    expect(invoiceShaped(headers, ['Blad1', 'Betalingen2025'])).toBe(false);
    expect(invoiceShaped(headers, ['Oude facturen', 'Tabel2'])).toBe(true);
  });
});

describe('two tables that both read as invoices', () => {
  const plain = ['Factuurnummer', 'Klant', 'Datum', 'Bedrag'];
  const more = [...plain, 'Betaald op', 'Omschrijving'];
  const table = (name: string, sheet: string, headers: string[]) => ({ name, sheet, headers });
  const invoicesOf = (tables: ReturnType<typeof table>[]) => {
    const b = findTables(tables).get('invoices');
    return b && [b.table, b.sheet];
  };

  it.each(['Facturen', 'invoices', ' Facturen '])(
    'takes the one on a sheet named %s over one with more columns, in either order',
    (sheet) => {
      const named = table('Tabel1', sheet, plain);
      const other = table('Tabel2', 'Blad2', more);
      expect(invoicesOf([named, other])).toEqual(['Tabel1', sheet]);
      expect(invoicesOf([other, named])).toEqual(['Tabel1', sheet]);
    },
  );

  it('takes the one named after the part over one on a sheet that only mentions it ("Facturen 2025")', () => {
    const named = table('Tabel1', 'Facturen', plain);
    const lastYear = table('Tabel2', 'Facturen 2025', more);
    expect(invoicesOf([lastYear, named])).toEqual(['Tabel1', 'Facturen']);
    expect(invoicesOf([named, lastYear])).toEqual(['Tabel1', 'Facturen']);
  });

  it('takes the one with more columns when neither is named after the part, the first on a tie', () => {
    const a = table('Tabel1', 'Blad1', plain);
    const b = table('Tabel2', 'Facturen 2025', more);
    expect(invoicesOf([a, b])).toEqual(['Tabel2', 'Facturen 2025']);
    expect(invoicesOf([b, a])).toEqual(['Tabel2', 'Facturen 2025']);
    const c = table('Tabel3', 'Blad3', plain);
    expect(invoicesOf([a, c])).toEqual(['Tabel1', 'Blad1']);
    expect(invoicesOf([c, a])).toEqual(['Tabel3', 'Blad3']);
  });
});
