/** @jest-environment jsdom */
/**
 * "Facturen inlezen (UBL)" through the pane's data layer (the real workbook operations on an
 * in-memory book): picking files changes nothing; the preview names what is added and what is
 * refused (file, element, why); importing writes once and the same files then show as present.
 */
import '../setup';
import '../support/patience';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/taskpane/App';
import { workbookOperations } from '../../../src/taskpane/data/workbookOperations';
import { loadLedger, setUp } from '../../../src/workbook/operations';
import { MemoryBook } from '../../support/memoryBook';
import { testBackend } from '../support/fakeOperations';

const UBL = join(__dirname, '../../fixtures/ubl');
const xml = (path: string, name = path.split('/').pop() as string): File =>
  new File([readFileSync(join(UBL, path), 'utf8')], name, { type: 'text/xml' });

test('previews, refuses the bad file located, imports the valid one, then shows it as present', async () => {
  const book = new MemoryBook();
  await setUp(book, {});
  render(
    <App
      backend={testBackend({ book })}
      operations={workbookOperations}
      initialRoute={{ view: 'importInvoices' }}
    />,
  );
  const input = await screen.findByLabelText('Kies XML-bestanden');
  const before = book.calls.apply;
  await userEvent.upload(input, [xml('made/be-2026-0101.xml'), xml('bad/non-eur.xml')]);

  const toAdd = await screen.findByRole('list', { name: '1 factuur toe te voegen' });
  expect(within(toAdd).getByText(/2026-0101/).textContent).toContain('De Molen & Zonen BV (nieuwe klant)');
  const refused = screen.getByRole('list', { name: '1 bestand geweigerd' });
  expect(refused.textContent).toContain(
    'non-eur.xml (Invoice/cbc:DocumentCurrencyCode): factuur in USD: alleen euro (EUR) wordt ingelezen',
  );
  expect(book.calls.apply).toBe(before); // the preview wrote nothing
  expect((screen.getByRole('button', { name: '1 factuur inlezen' }) as HTMLButtonElement).disabled).toBe(
    true,
  );

  await userEvent.click(screen.getByRole('button', { name: 'Alleen de geldige inlezen (1)' }));
  await screen.findByText('1 factuur ingelezen, 1 nieuwe klant.');
  await screen.findByRole('list', { name: '1 factuur staat al in Facturen (overgeslagen)' });
  const loaded = await loadLedger(book);
  expect(loaded.ledger.invoices.map((i) => [i.number, i.customerNumber, i.amountInclVat])).toEqual([
    ['2026-0101', 'K001', 145200],
  ]);
  expect(loaded.ledger.customers.map((c) => c.name)).toEqual(['De Molen & Zonen BV']);
});

test('English: the texts come from the English catalogue', async () => {
  const book = new MemoryBook();
  await setUp(book, { language: 'en' });
  render(
    <App
      backend={testBackend({ book, displayLanguage: 'en-GB' })}
      operations={workbookOperations}
      initialRoute={{ view: 'importInvoices' }}
    />,
  );
  await userEvent.upload(await screen.findByLabelText('Choose XML files'), [xml('bad/wrong-root.xml')]);
  const refused = await screen.findByRole('list', { name: '1 file refused' });
  expect(refused.textContent).toContain('wrong-root.xml (Order): not a UBL invoice or credit note');
  expect(screen.queryByRole('button', { name: /Import/ })).toBeNull();
});
