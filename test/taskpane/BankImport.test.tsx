/** @jest-environment jsdom */
import './setup';
import './support/patience';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import { isoToSerial } from '../../src/workbook/cells';
import { loadLedger, setUp } from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';
import { renderPane } from './support/render';
import { sampleLedger, testBackend } from './support/fakeOperations';
import { isoDate } from '../../src/domain/dates';

const rabobank = readFileSync(resolve(__dirname, '../fixtures/bank/csv/rabobank.csv'), 'utf8');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

/** A set-up workbook: Bakkerij De Vries owes 2026-017 (with the fixture's payment reference) and 2026-018. */
async function workbook(): Promise<MemoryBook> {
  const book = new MemoryBook();
  await setUp(book, {});
  await book.apply([
    {
      kind: 'appendRows',
      table: 'Klanten',
      rows: [
        {
          Klantnummer: 'K1',
          Naam: 'Bakkerij De Vries',
          'Soort klant': 'Zakelijk',
          IBAN: 'NL36INGB0007654321',
        },
      ],
    },
    {
      kind: 'appendRows',
      table: 'Facturen',
      rows: [
        {
          Factuurnummer: '2026-017',
          Klantnummer: 'K1',
          Factuurdatum: d('2026-02-20'),
          'Bedrag incl. BTW': 1210,
          Betalingskenmerk: '6000000002026017',
        },
        {
          Factuurnummer: '2026-018',
          Klantnummer: 'K1',
          Factuurdatum: d('2026-02-25'),
          'Bedrag incl. BTW': 1000,
        },
      ],
    },
  ]);
  return book;
}

async function openView(book: MemoryBook, displayLanguage = 'nl-NL') {
  render(
    <App
      backend={testBackend({ book, displayLanguage })}
      operations={workbookOperations}
      initialRoute={{ view: 'bankImport' }}
    />,
  );
  await screen.findByRole('heading', {
    level: 2,
    name: displayLanguage.startsWith('nl') ? 'Bankafschrift verwerken' : 'Process bank statement',
  });
}

async function upload(name: string, text: string, label = /Kies een bankafschrift/) {
  await userEvent.upload(screen.getByLabelText(label), new File([text], name, { type: 'text/csv' }));
}

const partial = [
  '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij","Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie","Machtigingskenmerk","Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2","Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"',
  '"NL44RABO0123456789","EUR","RABONL2U","000000000000000201","2026-03-10","2026-03-10","+400,00","+0,00","NL36INGB0007654321","Bakkerij De Vries","","","","cb","","","","","","Factuur 2026-018 deel 1","","","","","",""',
].join('\n');

test('reads a statement, shows proposals with confidence, reason and flags, and books all above the threshold', async () => {
  const book = await workbook();
  const applied = book.calls.apply;
  await openView(book);
  await upload('rabobank.csv', rabobank);
  expect(
    await screen.findByText(/Rekening NL44RABO0123456789, 02-03-2026 t\/m 05-03-2026: 3 boekingen/),
  ).toBeTruthy();
  const paid = screen.getByRole('radio', { name: /2026-017 €\s1\.210,00 — 99% zeker/ });
  expect((paid as HTMLInputElement).checked).toBe(true); // above 90%: chosen already
  expect(screen.getByText(/Betalingskenmerk 6000000002026017/)).toBeTruthy();
  expect(screen.getByText('Afschrijving: genegeerd')).toBeTruthy();
  expect(screen.getByText('Terugboeking')).toBeTruthy();
  expect(book.calls.apply).toBe(applied); // reading wrote nothing

  await userEvent.click(screen.getByRole('button', { name: 'Alles vanaf 90% verwerken (1)' }));
  const result = await screen.findByRole('status');
  expect(within(result).getByText(/1 betaling vastgelegd \(€\s1\.210,00\)\./)).toBeTruthy();
  expect(within(result).getByText('Laatste bankimport: 30-11-2026.')).toBeTruthy();
  const loaded = await loadLedger(book);
  expect(loaded.ledger.payments).toEqual([
    expect.objectContaining({
      invoiceNumber: '2026-017',
      amount: 121000,
      importId: 'NL44RABO0123456789/r:000000000000000101',
    }),
  ]);
  expect(loaded.ledger.settings.lastBankImport).toBe('2026-11-30');
  // Read again after booking: the entry now shows as imported, and nothing is left to book at 90%.
  expect(await screen.findByText('Al eerder ingelezen')).toBeTruthy();
  expect(
    (screen.getByRole('button', { name: /Alles vanaf 90% verwerken \(0\)/ }) as HTMLButtonElement).disabled,
  ).toBe(true);
});

test('a partial payment is shown but not chosen; a person picks it one by one', async () => {
  const book = await workbook();
  await openView(book);
  await upload('partial.csv', partial);
  const option = await screen.findByRole('radio', { name: /2026-018 €\s400,00 — \d+% zeker/ });
  expect(screen.getByText('Deelbetaling')).toBeTruthy();
  expect(screen.getByText(/Deelbetaling: €\s400,00 van €\s1\.000,00/)).toBeTruthy();
  expect((option as HTMLInputElement).checked).toBe(false);
  expect((screen.getByRole('radio', { name: 'Niet verwerken' }) as HTMLInputElement).checked).toBe(true);
  await userEvent.selectOptions(screen.getByLabelText('Automatisch verwerken vanaf zekerheid'), '60');
  expect(
    (screen.getByRole('button', { name: /Alles vanaf 60% verwerken \(0\)/ }) as HTMLButtonElement).disabled,
  ).toBe(true);

  await userEvent.click(option);
  await userEvent.click(screen.getByRole('button', { name: 'Gekozen betalingen verwerken (1)' }));
  expect(await screen.findByText(/1 betaling vastgelegd \(€\s400,00\)\./)).toBeTruthy();
  const loaded = await loadLedger(book);
  expect(loaded.ledger.payments).toEqual([
    expect.objectContaining({ invoiceNumber: '2026-018', amount: 40000 }),
  ]);
});

test('a file that cannot be read says why and where, and writes nothing', async () => {
  const book = await workbook();
  const before = book.calls.apply;
  await openView(book);
  await upload('onbekend.csv', 'Datum;Bedrag;Wie\n01-03-2026;10,00;Jan\n');
  expect(await screen.findByText('Deze CSV komt van een bank die Klant Inzicht niet kent.')).toBeTruthy();
  await upload(
    'kapot.xml',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>',
  );
  expect(await screen.findByText('Het afschrift kon niet gelezen worden')).toBeTruthy();
  expect(screen.getByText(/not well-formed XML/)).toBeTruthy();
  expect(book.calls.apply).toBe(before);
});

test('in English', async () => {
  const book = await workbook();
  await openView(book, 'en-GB');
  await upload('rabobank.csv', rabobank, /Choose a bank statement/);
  expect(await screen.findByRole('radio', { name: /2026-017 €\s?1,210\.00 — 99% sure/ })).toBeTruthy();
  expect(screen.getByText('Money out: ignored')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Process all from 90% (1)' })).toBeTruthy();
});

test('Vandaag links its "payments last processed" nudge to the view', async () => {
  await renderPane(sampleLedger());
  await userEvent.click(screen.getByRole('button', { name: 'Bankafschrift verwerken' }));
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: 'Bankafschrift verwerken' })).toBeTruthy(),
  );
  expect(screen.getByLabelText(/Kies een bankafschrift/)).toBeTruthy();
});
