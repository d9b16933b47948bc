/** @jest-environment jsdom */
/**
 * Vandaag's "Sorteer werkmap" over the Office host on the fake Excel, on a trader's list whose
 * "Volgorde" column holds their own data: the result says the column was left alone, and where
 * the product writes instead.
 */
import './setup';
import './support/patience';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeBook } from '../../src/hosts/office/officeBook';
import { setUp } from '../../src/workbook/operations/setUp';
import { App } from '../../src/taskpane/App';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { FakeExcel } from '../support/fakeOffice';
import { fakeApi, serial } from '../support/fakeOffice/workbook';
import { testBackend } from './support/fakeOperations';

const VISIBLE = { timeout: 60_000 };

it('names the person’s column the sort left alone', async () => {
  const fake = new FakeExcel({
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
            rows: [['F1', 'K1', serial('2026-09-01'), 100, 'PO-7781']],
          },
        ],
      },
    ],
  });
  await setUp(new OfficeBook(fakeApi(fake)));
  render(
    <App
      backend={testBackend({ kind: 'office', book: new OfficeBook(fakeApi(fake)) })}
      operations={workbookOperations}
      initialRoute={{ view: 'today' }}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Sorteer werkmap' }, VISIBLE));
  expect(
    await screen.findByText(
      'Werkmap bijgewerkt en gesorteerd. Uw eigen kolom(men) niet aangeraakt: Facturen: "Volgorde" ' +
        '(het programma schrijft in "Volgorde (Klant Inzicht)"). Overdragen kan in het taakvenster onder ' +
        'Werkmap inrichten.',
      {},
      VISIBLE,
    ),
  ).toBeTruthy();
});
