/**
 * The Instellingen row for the Belgian enterprise number (settingsTable.ts), kept in a file of its
 * own so this round's other settings tests and this one can change apart.
 */
import { readSettingsRows } from '../support/settingsRows';
import type { Cell } from '../../src/workbook/book';
import { settingsRows } from '../../src/workbook/settingsTable';
import { defaultSettings } from '../../src/domain/model';

const read = (rows: [string, Cell][]) => readSettingsRows(rows);

describe('Instellingen: Ondernemingsnummer (Enterprise number)', () => {
  it('reads the number under its Dutch or English label, or the field name, as typed', () => {
    expect(read([['Ondernemingsnummer', 'BE 0123.456.789']]).settings.enterpriseNumber).toBe(
      'BE 0123.456.789',
    );
    expect(read([['Enterprise number', '0123456789']]).settings.enterpriseNumber).toBe('0123456789');
    expect(read([['enterpriseNumber', '0123 456 789']]).errors).toEqual([]);
  });

  it('is absent when the row is missing or empty', () => {
    expect(read([['Bedrijfsnaam', 'Atelier Hout']]).settings.enterpriseNumber).toBeUndefined();
    expect(read([['Ondernemingsnummer', null]]).settings).not.toHaveProperty('enterpriseNumber');
  });

  it('is written back as a row with its help in the workbook language', () => {
    const settings = defaultSettings({ country: 'BE', enterpriseNumber: '0123.456.789' });
    expect(settingsRows(settings, 'nl')).toContainEqual({
      key: 'Ondernemingsnummer',
      value: '0123.456.789',
      help: expect.stringContaining('eerste herinnering') as unknown as string,
    });
    expect(settingsRows(settings, 'en').find((r) => r.key === 'Enterprise number')?.value).toBe(
      '0123.456.789',
    );
  });
});
