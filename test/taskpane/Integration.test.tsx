/** @jest-environment jsdom */
import './setup';
import './support/patience';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { columnSpec, header } from '../../src/workbook/schema';
import { MemoryBook } from '../support/memoryBook';
import { testBackend } from './support/fakeOperations';

/** The pane over the real workbook operations and the in-memory Book: set up, type a customer, invoice. */
test('an empty workbook: set up, then a new invoice lands in Facturen with its due date', async () => {
  const book = new MemoryBook();
  render(<App backend={testBackend({ book })} operations={workbookOperations} />);
  expect(await screen.findByText('Deze werkmap is nog niet ingericht voor Klant Inzicht.')).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Werkmap inrichten' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'Werkmap inrichten' })).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Werkmap inrichten' }));
  expect(await screen.findByText('De werkmap is ingericht.')).toBeTruthy();
  expect(screen.getAllByText('Nieuw aangemaakt').length).toBeGreaterThanOrEqual(5);
  expect(screen.queryByText('Deze werkmap is nog niet ingericht voor Klant Inzicht.')).toBeNull();

  // A person types a customer into Klanten.
  const h = (field: string) => header(columnSpec('customers', field), 'nl');
  await book.apply([
    {
      kind: 'appendRows',
      table: 'Klanten',
      rows: [{ [h('number')]: 'K100', [h('name')]: 'Atelier Noord', [h('kind')]: 'Zakelijk' }],
    },
  ]);

  // ... and asks the pane to read again.
  await userEvent.click(screen.getByRole('button', { name: 'Meer acties en instellingen' }));
  await userEvent.click(screen.getByRole('button', { name: 'Opnieuw lezen' }));
  await userEvent.click(screen.getByRole('button', { name: 'Meer acties en instellingen' }));
  await userEvent.click(screen.getByRole('button', { name: 'Nieuwe factuur' }));
  await screen.findByRole('heading', { level: 2, name: 'Nieuwe factuur' });
  await userEvent.selectOptions(screen.getByLabelText(/^Klant/), 'K100');
  expect(await screen.findByText('Vervaldatum wordt 30-12-2026')).toBeTruthy();
  await userEvent.clear(screen.getByLabelText(/^Factuurnummer/));
  await userEvent.type(screen.getByLabelText(/^Factuurnummer/), '2026-001');
  await userEvent.type(screen.getByLabelText(/^Bedrag excl. btw/), '500');
  await userEvent.click(screen.getByRole('button', { name: 'Factuur opslaan' }));
  expect(await screen.findByText('Factuur 2026-001 is toegevoegd.')).toBeTruthy();

  await userEvent.click(screen.getByRole('tab', { name: 'Facturen' }));
  expect(await screen.findByText('2026-001')).toBeTruthy();
  expect(screen.getByText(/Vervaldatum: 30-12-2026/)).toBeTruthy();
});
