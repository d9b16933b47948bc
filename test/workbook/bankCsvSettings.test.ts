import { settingsSnapshot } from '../support/settingsRows';
import type { GenericCsvMapping } from '../../src/domain/bank';
import { bindSnapshot } from '../../src/workbook/binding';
import type { Cell } from '../../src/workbook/book';
import { bankCsvMappingRows, readBankCsvMapping } from '../../src/workbook/bankCsvSettings';
import { tableSpec } from '../../src/workbook/schema';

const read = (rows: [string, Cell][], language: 'nl' | 'en' = 'nl') => {
  const snap = settingsSnapshot(rows);
  return readBankCsvMapping(snap, bindSnapshot(tableSpec('settings'), snap), language);
};

describe('bank CSV mapping in Instellingen', () => {
  it('round-trips a mapping through its rows (columns counted from 1 in the sheet)', () => {
    const mapping: GenericCsvMapping = {
      hasHeader: false,
      delimiter: '\t',
      dateFormat: 'yyyymmdd',
      decimal: ',',
      date: 0,
      amount: 'Bedrag',
      sign: { column: 3, debitValues: ['D', 'Af'] },
      name: 'Naam',
      accountIban: 'NL91ABNA0417164300',
      currency: 'EUR',
    };
    const rows = bankCsvMappingRows(mapping, 'nl');
    expect(rows.find((r) => r.key === 'bankcsv.date')?.value).toBe(1);
    expect(rows.find((r) => r.key === 'bankcsv.delimiter')?.value).toBe('tab');
    expect(read(rows.map((r) => [r.key, r.value]))).toMatchObject({ mapping, errors: [] });
  });

  it('has no mapping when there are no bankcsv rows, and ignores other keys', () => {
    expect(read([['Bedrijfsnaam', 'Klaver']])).toEqual({ errors: [], rowOfKey: new Map() });
  });

  it('locates each bad value at its row and says why, in the workbook language', () => {
    const r = read(
      [
        ['Bedrijfsnaam', 'Klaver'],
        ['bankcsv.dateFormat', 'mm/dd/yyyy'],
        ['bankcsv.decimal', ';'],
        ['bankcsv.amount', 'Bedrag'],
      ],
      'en',
    );
    expect(r.mapping).toBeUndefined();
    expect(r.errors.map((e) => [e.row, e.column?.letter, e.value, e.why.split(':')[0]])).toEqual([
      [3, 'B', 'mm/dd/yyyy', 'bankcsv.dateformat'],
      [4, 'B', ';', 'bankcsv.decimal'],
      [3, 'B', null, 'bankcsv.date'], // missing: reported at the first bankcsv row
      [3, 'B', null, 'bankcsv.accountiban'],
    ]);
    expect(r.errors[0]?.why).toMatch(/choose one of/);
  });
});
