/** @jest-environment jsdom */
/**
 * The pane over the Office host on the fake Excel: a plain list under the sheet's own AutoFilter
 * (Data > Filter, no table) made a table. Excel's documentation does not say what
 * TableCollection.add does over a sheet filter; the fake throws (the safe assumption). So the
 * product removes a filter that hides nothing first and says so, and refuses, before any write,
 * when the filter hides rows: never a table over hidden rows.
 */
import './setup';
import './support/patience';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeBook } from '../../src/hosts/office/officeBook';
import { App } from '../../src/taskpane/App';
import { errorText } from '../../src/workbook/errorText';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { FakeExcel } from '../support/fakeOffice';
import { fakeApi, serial } from '../support/fakeOffice/workbook';
import { testBackend } from './support/fakeOperations';

const VISIBLE = { timeout: 60_000 };
const OFFER =
  'Blad Lijst, A1:D3: een lijst van 2 rijen met de kolommen Factuurnummer, Klant, Factuurdatum, Bedrag. Die lijkt op Facturen; Klant Inzicht kan er een tabel van maken, zonder een cel te verplaatsen of te verliezen.';

function lijst(): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Lijst',
        cells: {
          A1: 'Factuurnummer',
          B1: 'Klant',
          C1: 'Factuurdatum',
          D1: 'Bedrag',
          A2: 'F1',
          B2: 'Jansen',
          C2: serial('2026-09-01'),
          D2: 100,
          A3: 'F2',
          B3: 'Groot BV',
          C3: serial('2026-10-01'),
          D3: 5000,
        },
      },
    ],
  });
}

function pane(fake: FakeExcel): void {
  render(
    <App
      backend={testBackend({ kind: 'office', book: new OfficeBook(fakeApi(fake)) })}
      operations={workbookOperations}
      initialRoute={{ view: 'setup' }}
    />,
  );
}

it('the fake Excel refuses a table over a sheet filter, as the product must assume', async () => {
  const fake = lijst();
  fake.filterSheet('Lijst', 'A1:D3');
  await expect(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Lijst').tables.add('Lijst!A1:D3', true);
      await ctx.sync();
    }),
  ).rejects.toThrow(/AutoFilter/);
});

it('a sheet filter that hides nothing gives way to the table, and the pane says so', async () => {
  const fake = lijst();
  fake.filterSheet('Lijst', 'A1:D3');
  pane(fake);
  await screen.findByText(OFFER, {}, VISIBLE);
  await userEvent.click(screen.getByRole('button', { name: 'Maak er tabellen van' }));
  await screen.findByText(
    'Tabel Facturen gemaakt van blad Lijst, A1:D3 (2 rijen); elke cel behouden. Het filter van het blad is vervangen door de filterknoppen van de tabel.',
    {},
    VISIBLE,
  );
  expect(fake.model.sheet('Lijst')?.autoFilter).toBeNull();
  expect(fake.table('Facturen').values.map((r) => r[0])).toEqual(['F1', 'F2']);
});

it('a sheet filter that hides rows: the list is held back, with what to do', async () => {
  const fake = lijst();
  fake.filterSheet('Lijst', 'A1:D3', { 1: { filterOn: 'Values', values: ['Jansen'] } });
  pane(fake);
  await screen.findByText(OFFER, {}, VISIBLE);
  expect(
    screen.getByText(
      'Het filter op dit blad verbergt rijen van de lijst; over verborgen rijen maakt Klant Inzicht geen tabel. Wis het filter (Gegevens > Wissen) en probeer het opnieuw.',
    ),
  ).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Maak er tabellen van' })).toBeNull();
  expect(fake.model.tables).toHaveLength(0);
});

it('filtered after the list was read: the pane makes no table and says why', async () => {
  const fake = lijst();
  pane(fake);
  await screen.findByText(OFFER, {}, VISIBLE);
  // The person filters the list while the pane shows the offer.
  fake.filterSheet('Lijst', 'A1:D3', { 1: { filterOn: 'Values', values: ['Jansen'] } });
  await userEvent.click(screen.getByRole('button', { name: 'Maak er tabellen van' }));
  await screen.findByText('Er is geen tabel gemaakt.', {}, VISIBLE);
  // The pane reads the workbook again after the attempt: the offer now says what holds it back.
  await screen.findByText(/^Het filter op dit blad verbergt rijen van de lijst/, {}, VISIBLE);
  expect(fake.model.tables).toHaveLength(0);
  expect(fake.model.sheet('Lijst')?.autoFilter?.criteria.size).toBe(1);
});

it('the Office host refuses, before any write, a table over rows the sheet filter hides', async () => {
  const fake = lijst();
  fake.filterSheet('Lijst', 'A1:D3', { 1: { filterOn: 'Values', values: ['Jansen'] } });
  const before = JSON.stringify(fake.snapshot());
  const error = await new OfficeBook(fakeApi(fake))
    .apply([
      {
        kind: 'rangeToTable',
        sheet: 'Lijst',
        address: 'A1:D3',
        table: 'Facturen',
        headers: ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag'],
      },
    ])
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toMatchObject({ reason: 'sheet-filtered', where: { sheet: 'Lijst', value: 'A1:D3' } });
  expect(errorText(error, 'nl')).toBe(
    'Het filter op blad Lijst verbergt rijen van de lijst A1:D3; Klant Inzicht maakt geen tabel over verborgen rijen, en er is niets gewijzigd. Wis het filter (Gegevens > Wissen) en probeer het opnieuw.',
  );
  expect(errorText(error, 'en')).toBe(
    'The filter on sheet Lijst hides rows of the list A1:D3; Klant Inzicht makes no table over hidden rows, and nothing was changed. Clear the filter (Data > Clear) and try again.',
  );
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  expect([...(fake.model.sheet('Lijst')?.hiddenRows ?? [])]).toEqual([2]);
});
