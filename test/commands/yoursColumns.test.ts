/**
 * "Sorteer werkmap" on a trader's own list whose "Volgorde" column holds their own data: the sort
 * leaves that column's values alone and the result line says so, naming the product's column.
 */
import { OfficeBook } from '../../src/hosts/office/officeBook';
import { setUp } from '../../src/workbook/operations/setUp';
import { OVERVIEW_STATUS_CELL } from '../../src/workbook/operations/overview';
import { FakeExcel } from '../support/fakeOffice';
import { clickCommand } from '../support/fakeOffice/globals';
import { fakeApi, serial } from '../support/fakeOffice/workbook';

function tradersList(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Klanten',
        tables: [{ name: 'Klanten', at: 'A1', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] }],
      },
      {
        name: 'Facturen',
        tables: [
          {
            name: 'Facturen',
            at: 'A1',
            headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Volgorde'],
            rows: [
              ['F1', 'K1', serial('2026-11-01'), 100, 'PO-7781'],
              ['F2', 'K1', serial('2026-01-01'), 200, 'PO-1234'],
            ],
          },
        ],
      },
    ],
  });
}

it('names the person’s column the sort left alone, in the ribbon’s line', async () => {
  const fake = tradersList();
  await setUp(new OfficeBook(fakeApi(fake)));
  await clickCommand(fake, 'SortWorkbook', 'nl-NL');
  const line = String(fake.cell('Overzicht', OVERVIEW_STATUS_CELL).value);
  expect(line).toContain(
    'Uw eigen kolom(men) niet aangeraakt: Facturen: "Volgorde" (het programma schrijft in "Volgorde (Klant Inzicht)").',
  );
  const t = (await new OfficeBook(fakeApi(fake)).read(['Facturen'])).tables.get('Facturen');
  const own = t?.headers.indexOf('Volgorde') ?? -1;
  // Rows move with the sort; the person's values travel with their rows, none rewritten.
  expect(t?.values.map((r) => [r[0], r[own]]).sort()).toEqual([
    ['F1', 'PO-7781'],
    ['F2', 'PO-1234'],
  ]);
});
