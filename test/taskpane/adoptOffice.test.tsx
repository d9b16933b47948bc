/** @jest-environment jsdom */
/**
 * The pane over the Office host on the fake Excel (as main.tsx wires it, minus Office.onReady,
 * whose isolated module registry would give the lazy views a second React): set-up leaves a
 * person's product-named columns alone and asks; one click hands exactly one over.
 */
import './setup';
import './support/patience';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficeBook } from '../../src/hosts/office/officeBook';
import type { Cell } from '../../src/workbook/book';
import { App } from '../../src/taskpane/App';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { FakeExcel } from '../support/fakeOffice';
import { fakeApi, serial } from '../support/fakeOffice/workbook';
import { testBackend } from './support/fakeOperations';

const VISIBLE = { timeout: 60_000 };

async function column(fake: FakeExcel, table: string, header: string): Promise<Cell[]> {
  const t = (await new OfficeBook(fakeApi(fake)).read([table])).tables.get(table);
  return (t?.values ?? []).map((r) => r[t?.headers.indexOf(header) ?? -1] ?? null);
}

it('asks before it takes a column over, and takes only the one handed over', async () => {
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
            headers: [
              'Factuurnummer',
              'Klantnummer',
              'Factuurdatum',
              'Bedrag incl. BTW',
              'Status',
              'Volgorde',
            ],
            rows: [
              ['F1', 'K1', serial('2026-09-01'), 100, 'bellen', 'PO-7781'],
              ['F2', 'K1', serial('2026-11-01'), 200, 'wacht', 'PO-1234'],
            ],
          },
        ],
      },
    ],
  });
  render(
    <App
      backend={testBackend({ kind: 'office', book: new OfficeBook(fakeApi(fake)) })}
      operations={workbookOperations}
      initialRoute={{ view: 'setup' }}
    />,
  );
  await userEvent.click(await screen.findByRole('button', { name: 'Werkmap inrichten' }, VISIBLE));
  await screen.findByText('De werkmap is ingericht.', {}, VISIBLE);
  expect(
    await screen.findByText(
      'Klant Inzicht gebruikt in plaats daarvan zijn eigen kolom "Volgorde (Klant Inzicht)" ernaast.',
      {},
      VISIBLE,
    ),
  ).toBeTruthy();
  expect(await column(fake, 'Facturen', 'Volgorde')).toEqual(['PO-7781', 'PO-1234']);

  await userEvent.click(screen.getByRole('button', { name: '"Volgorde" overdragen aan Klant Inzicht' }));
  await screen.findByText(/Kolom Volgorde \(tabel Facturen\) is overgedragen aan Klant Inzicht/, {}, VISIBLE);
  const settings = (await new OfficeBook(fakeApi(fake)).read(['Instellingen'])).tables.get('Instellingen');
  expect(settings?.values.find((r) => r[0] === 'kolom.Facturen.Volgorde')?.[1]).toBe('Klant Inzicht');
  await waitFor(
    () => expect(screen.queryByRole('button', { name: '"Volgorde" van mij houden' })).toBeNull(),
    VISIBLE,
  );
  // Status was not part of the click: still asked about, still the person's words.
  expect(screen.getByRole('button', { name: '"Status" van mij houden' })).toBeTruthy();
  expect(await column(fake, 'Facturen', 'Status')).toEqual(['bellen', 'wacht']);
}, 180_000);
