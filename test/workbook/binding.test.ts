/**
 * How a trader's own sheet and table names are read: a part's name counts as a whole word only
 * ("Facturen 2025", "Oude facturen"), never inside another word ("Contactpersonen").
 */
import { invoiceShaped, namesPart } from '../../src/workbook/binding';

describe('the part a sheet or table name names', () => {
  it.each([
    ['Facturen', 'invoices'],
    ['Facturen 2025', 'invoices'],
    ['Facturen_2025', 'invoices'],
    ['Oude facturen', 'invoices'],
    ['2025-Facturen', 'invoices'],
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
    expect(invoiceShaped(headers, ['Oude facturen', 'Tabel2'])).toBe(true);
  });
});
