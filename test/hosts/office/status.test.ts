import { STATUS_SHEET, writeStatus } from '../../../src/hosts/office/status';
import { FakeExcel } from '../../support/fakeOffice';
import { fakeApi } from '../../support/fakeOffice/workbook';

const PLACE = { marker: 'KI_Kengetallen', cell: 'A2', overviewSheets: ['Overzicht', 'Overview'] };

describe('writeStatus', () => {
  it('finds the overview by its marker name, whatever the sheet is called, in one request', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'Mijn overzicht', cells: { A1: 'Klant Inzicht', A3: 'Kengetal' } }],
      names: { KI_Kengetallen: 'Mijn overzicht!A3:B10' },
    });
    const address = await writeStatus(
      { ...PLACE, text: '=2 rij(en) met fouten', reveal: true, overviewWritten: true },
      fakeApi(fake),
    );
    expect(address).toBe("'Mijn overzicht'!A2");
    expect(fake.cell('Mijn overzicht', 'A2')).toMatchObject({
      value: '=2 rij(en) met fouten',
      formula: null,
    });
    expect(fake.model.activeSheet).toBe('Mijn overzicht');
    expect(fake.stats.syncs).toBeLessThanOrEqual(1);
  });

  it('after a failed refresh: uses an empty overview sheet of ours, in either language', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Facturen' }, { name: 'Overview' }] });
    await writeStatus(
      { ...PLACE, text: 'Sorting did not complete', reveal: false, overviewWritten: false },
      fakeApi(fake),
    );
    expect(fake.cell('Overview', 'A2').value).toBe('Sorting did not complete');
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
  });

  it('never writes into a sheet named Overzicht that holds a person’s own content', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'Overzicht', cells: { A1: 'Mijn notities', A2: 'bel Jansen' } }],
    });
    await writeStatus(
      { ...PLACE, text: 'Sorteren is niet gelukt', reveal: false, overviewWritten: false },
      fakeApi(fake),
    );
    expect(fake.cell('Overzicht', 'A2').value).toBe('bel Jansen');
    expect(fake.cell(STATUS_SHEET, 'A2').value).toBe('Sorteren is niet gelukt');
    // The next failure reuses that sheet rather than adding another.
    await writeStatus({ ...PLACE, text: 'opnieuw', reveal: false, overviewWritten: false }, fakeApi(fake));
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(['Overzicht', STATUS_SHEET]);
    expect(fake.cell(STATUS_SHEET, 'A2').value).toBe('opnieuw');
  });

  it('looks the place up when the marker vanished after the refresh', async () => {
    const fake = new FakeExcel({ sheets: [{ name: 'Overzicht' }] });
    await writeStatus({ ...PLACE, text: 'klaar', reveal: false, overviewWritten: true }, fakeApi(fake));
    expect(fake.cell('Overzicht', 'A2').value).toBe('klaar');
  });
});
