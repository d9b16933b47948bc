/**
 * What "Sorteer werkmap" refuses, through the real entry on the fake Excel: a person's filter is
 * never cleared behind their back (its criteria do not reliably read back: office-js #1226,
 * #3030), rows hidden by hand are never half-sorted, and nothing is written before the refusal.
 */
import { OVERVIEW_STATUS_CELL } from '../../src/workbook/operations/overview';
import type { FilterCriteriaModel } from '../support/fakeOffice/model';
import { clickCommand } from '../support/fakeOffice/globals';
import { klantInzichtWorkbook } from '../support/fakeOffice/workbook';

const CRITERIA: [string, FilterCriteriaModel][] = [
  ['dynamic (above average)', { filterOn: 'Dynamic', dynamicCriteria: 'AboveAverage' }],
  [
    'custom with two criteria',
    { filterOn: 'Custom', criterion1: '>100', criterion2: '<3000', operator: 'And' },
  ],
  ['cell colour', { filterOn: 'CellColor', color: '#FFC7CE' }],
  ['icon', { filterOn: 'Icon', icon: { set: 'ThreeArrows', index: 0 } }],
];

describe.each(CRITERIA)('a Facturen filter: %s', (_label, criteria) => {
  it('is kept exactly, and the click says what to do; nothing is written', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 20 });
    await clickCommand(fake, 'SortWorkbook'); // a first refresh: the overview exists
    fake.filterColumn('Facturen', 'Bedrag incl. BTW', criteria);
    const before = fake.table('Facturen');
    await clickCommand(fake, 'SortWorkbook');
    const after = fake.table('Facturen');
    expect(after.filter).toEqual(before.filter);
    expect(after.values).toEqual(before.values);
    expect(after.hiddenRows).toEqual(before.hiddenRows);
    const text = String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value);
    expect(text).toMatch(/Facturen/);
    expect(text).toMatch(/gefilterd/);
    expect(text).toMatch(/Filters wissen en sorteren/);
  });
});

describe('Filters wissen en sorteren', () => {
  it('clears the filters the person asked to clear, then sorts', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 20 });
    fake.filterColumn('Facturen', 'Bedrag incl. BTW', CRITERIA[0]?.[1] as FilterCriteriaModel);
    await clickCommand(fake, 'ClearFiltersAndSort');
    expect(fake.table('Facturen').filter).toEqual({});
    expect(fake.table('Facturen').hiddenRows).toEqual([]);
    expect(String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value)).toMatch(/^Bijgewerkt en gesorteerd/);
  });
});

describe.each(['1.9', '1.13', '1.17'])('rows hidden by hand on ExcelApi %s', (apiVersion) => {
  it('are refused before any write, with what to do', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 20 });
    await clickCommand(fake, 'SortWorkbook');
    fake.apiVersion = apiVersion;
    fake.hideRows('Facturen', [5, 6]);
    const before = fake.table('Facturen');
    await clickCommand(fake, 'SortWorkbook');
    expect(fake.table('Facturen').values).toEqual(before.values);
    expect(fake.table('Facturen').hiddenRows).toEqual([5, 6]);
    const text = String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value);
    expect(text).toMatch(/verborgen rijen/);
    expect(text).toMatch(/Facturen/);
  });
});

describe('a sheet called Overzicht that the person made', () => {
  it('is never cleared; the click says so and what to do', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 20 });
    fake.seed({ sheets: [{ name: 'Overzicht', cells: { A1: 'Mijn notities', A2: 'bel Jansen', C7: 42 } }] });
    await clickCommand(fake, 'SortWorkbook');
    expect(fake.cell('Overzicht', 'A1').value).toBe('Mijn notities');
    expect(fake.cell('Overzicht', 'A2').value).toBe('bel Jansen');
    expect(fake.cell('Overzicht', 'C7').value).toBe(42);
    const text = String(fake.cell('Klant Inzicht', 'A2').value);
    expect(text).toMatch(/^Sorteren is niet gelukt; er is niets gewijzigd\. Blad Overzicht bevat gegevens/);
  });

  it('is cleared and rebuilt when it is the product’s own overview', async () => {
    const { fake } = await klantInzichtWorkbook({ customers: 3, invoices: 20 });
    await clickCommand(fake, 'SortWorkbook');
    await clickCommand(fake, 'SortWorkbook');
    expect(String(fake.cell('Overzicht', 'A2').value)).toMatch(/^Bijgewerkt en gesorteerd/);
  });
});
