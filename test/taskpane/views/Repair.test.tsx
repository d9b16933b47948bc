/** @jest-environment jsdom */
/**
 * "Tekst omzetten" through the pane's data layer (the real workbook operations on an in-memory
 * book): nothing changes until asked; then every conversion is shown and logged in the workbook.
 */
import '../setup';
import '../support/patience';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import { LOG_TABLE } from '../../../src/taskpane/views/repairLog';
import { isoToSerial } from '../../../src/workbook/cells';
import { loadLedger, setUp } from '../../../src/workbook/operations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from '../support/fakeOperations';
import { isoDate } from '../../../src/domain/dates';

/** A set-up workbook with one date and one amount typed as text. */
async function workbook(): Promise<MemoryBook> {
  const book = new MemoryBook();
  await setUp(book, {});
  await book.apply([
    { kind: 'appendRows', table: 'Klanten', rows: [{ Klantnummer: 'K1', Naam: 'Bakkerij Zoë' }] },
    {
      kind: 'appendRows',
      table: 'Facturen',
      rows: [
        {
          Factuurnummer: 'F1',
          Klantnummer: 'K1',
          Factuurdatum: '02-11-2026',
          'Bedrag incl. BTW': 'EUR 1.234,56',
        },
        {
          Factuurnummer: 'F2',
          Klantnummer: 'K1',
          Factuurdatum: isoToSerial(isoDate('2026-11-10'), 1900),
          'Bedrag incl. BTW': 100,
        },
      ],
    },
  ]);
  return book;
}

const textWarnings = async (book: MemoryBook) =>
  (await loadLedger(book)).warnings.filter((w) => w.code === 'stored-as-text').length;

test('converts on request, shows each conversion and logs it on a sheet of its own', async () => {
  const book = await workbook();
  expect(await textWarnings(book)).toBe(2);
  const before = book.calls.apply;
  render(
    <App backend={testBackend({ book })} operations={workbookOperations} initialRoute={{ view: 'repair' }} />,
  );
  const run = await screen.findByRole('button', { name: 'Tekst omzetten' });
  expect(book.calls.apply).toBe(before); // opening the view changed nothing
  await userEvent.click(run);
  const status = await screen.findByRole('status');
  expect(
    within(status).getByText('2 cellen omgezet; elke omzetting staat ook op het blad "Klant Inzicht log".'),
  ).toBeTruthy();
  const table = screen.getByRole('table', { name: 'Omgezette cellen' });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) =>
      within(r)
        .queryAllByRole('cell')
        .map((c) => c.textContent),
    );
  expect(rows.filter((r) => r.length > 0)).toEqual([
    ['Facturen', expect.stringMatching(/^[A-Z]+\d+$/), 'Factuurdatum', '02-11-2026', '02-11-2026'],
    ['Facturen', expect.stringMatching(/^[A-Z]+\d+$/), 'Bedrag incl. BTW', 'EUR 1.234,56', '1234.56'],
  ]);
  expect(await textWarnings(book)).toBe(0);
  const log = (await book.read([LOG_TABLE])).tables.get(LOG_TABLE);
  expect(log?.headers).toEqual(['Datum', 'Actie', 'Blad', 'Cel', 'Kolom', 'Voor', 'Na']);
  expect(log?.values.map((r) => [r[0], r[1], r[4], r[5]])).toEqual([
    ['2026-11-30', 'tekst omgezet', 'Factuurdatum', '02-11-2026'],
    ['2026-11-30', 'tekst omgezet', 'Bedrag incl. BTW', 'EUR 1.234,56'],
  ]);

  // A second run finds nothing, says so, and adds nothing to the log.
  await userEvent.click(screen.getByRole('button', { name: 'Tekst omzetten' }));
  expect(
    await screen.findByText(
      'Er stonden geen datums of bedragen als tekst in de werkmap; er is niets veranderd.',
    ),
  ).toBeTruthy();
  expect((await book.read([LOG_TABLE])).tables.get(LOG_TABLE)?.values).toHaveLength(2);
});
