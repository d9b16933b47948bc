/** The Instellingen rows of a letter's letterhead (settingsLetterhead.ts). */
import { readSettingsRows } from '../support/settingsRows';
import type { Cell } from '../../src/workbook/book';
import { settingsRows } from '../../src/workbook/settingsTable';
import { defaultSettings } from '../../src/domain/model';

const read = (rows: [string, Cell][]) => readSettingsRows(rows);

describe('Instellingen: letterhead', () => {
  it('reads the business address, VAT number and website under their Dutch labels', () => {
    const read1 = read([
      ['Adres (straat en nummer)', 'Markt 3'],
      ['Postcode', 9000],
      ['Plaats', 'Gent'],
      ['Btw-nummer', 'BE0123456789'],
      ['Website', 'www.atelierhout.be'],
    ]);
    expect(read1.errors).toEqual([]);
    expect(read1.settings).toMatchObject({
      companyStreet: 'Markt 3',
      companyPostcode: '9000',
      companyCity: 'Gent',
      vatNumber: 'BE0123456789',
      companyWebsite: 'www.atelierhout.be',
    });
  });

  it('reads the English labels and leaves absent rows absent', () => {
    const s = read([
      ['Address (street and number)', 'Keizersgracht 1'],
      ['City', 'Amsterdam'],
    ]).settings;
    expect(s.companyStreet).toBe('Keizersgracht 1');
    expect(s.companyCity).toBe('Amsterdam');
    expect(s).not.toHaveProperty('companyPostcode');
    expect(s).not.toHaveProperty('vatNumber');
  });

  it('writes each field back as a row in the workbook language', () => {
    const settings = defaultSettings({
      companyStreet: 'Markt 3',
      companyPostcode: '9000',
      vatNumber: 'NL001234567B01',
    });
    const nl = settingsRows(settings, 'nl');
    expect(nl.find((r) => r.key === 'Adres (straat en nummer)')?.value).toBe('Markt 3');
    expect(nl.find((r) => r.key === 'Postcode')?.value).toBe('9000');
    expect(settingsRows(settings, 'en').find((r) => r.key === 'VAT number')?.value).toBe('NL001234567B01');
  });
});
