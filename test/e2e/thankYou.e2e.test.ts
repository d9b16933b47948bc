/**
 * Thank-you notes in Chromium, on the demo page with a workbook whose Instellingen asks for them:
 * a customer who paid late before and on time last week gets a draft on Vandaag; "Verstuurd" logs
 * it in Contact (the grid shows the row) and the draft goes. (Off by default: test/taskpane/views/
 * TodayThanks.test.tsx.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Change } from '../../src/workbook/book';
import { serial } from '../cli/sampleWorkbook';
import {
  expectClean,
  gridHeaders,
  gridRows,
  gridTable,
  openDemo,
  ROOT,
  startRig,
  type DemoRig,
} from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

const dir = path.join(ROOT, 'artifacts', 'e2e');

/** The demo's today is 2026-11-22: F1 was paid a month late, F2 on time four days ago. */
async function thanksWorkbook(): Promise<string> {
  const book = XlsxBook.create();
  const changes: Change[] = [
    ...['Klanten', 'Facturen', 'Betalingen', 'Contact', 'Instellingen'].map((sheet): Change => ({
      kind: 'addSheet',
      sheet,
    })),
    {
      kind: 'addTable',
      sheet: 'Klanten',
      table: 'Klanten',
      at: 'A1',
      headers: ['Klantnummer', 'Naam', 'Contactpersoon', 'Soort klant'],
      rows: [['K1', 'Bakkerij Zoe', 'Zoe de Vries', 'Zakelijk']],
    },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Betaaltermijn (dagen)', 'Bedrag incl. BTW'],
      rows: [
        ['F1', 'K1', serial('2026-08-01'), 14, 100],
        ['F2', 'K1', serial('2026-11-05'), 14, 200],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Betalingen',
      table: 'Betalingen',
      at: 'A1',
      headers: ['Datum', 'Factuurnummer', 'Bedrag'],
      rows: [
        [serial('2026-09-15'), 'F1', 100],
        [serial('2026-11-18'), 'F2', 200],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Contact',
      table: 'Contact',
      at: 'A1',
      headers: ['Datum', 'Klantnummer', 'Factuurnummer', 'Kanaal', 'Stap', 'Samenvatting'],
      rows: [],
    },
    {
      kind: 'addTable',
      sheet: 'Instellingen',
      table: 'Instellingen',
      at: 'A1',
      headers: ['Instelling', 'Waarde'],
      rows: [
        ['Bedrijfsnaam', 'Studio Noord'],
        ['IBAN', 'NL91ABNA0417164300'],
        ['Naam afzender', 'Eva'],
        ['Bedankje na betaling op tijd', 'Ja'],
      ],
    },
  ];
  await book.apply(changes);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'bedankjes.xlsx');
  writeFileSync(file, await book.toBuffer());
  return file;
}

it('offers a thank-you on Vandaag when Instellingen asks for it, and logs it as sent', async () => {
  const d = await openDemo(rig);
  await d.page.getByLabel('Eigen werkmap openen (.xlsx)').setInputFiles(await thanksWorkbook());
  await d.page.getByText('Geopend: bedankjes.xlsx').waitFor();
  await d.pane.getByRole('heading', { name: 'Bedankjes' }).waitFor({ timeout: 60_000 });
  await d.pane.getByText(/factuur F2 op tijd is betaald/).waitFor();
  await d.pane.getByRole('button', { name: 'Verstuurd: Bakkerij Zoe' }).click();
  await d.pane.getByText('Vastgelegd: bedankje aan Bakkerij Zoe.').waitFor({ timeout: 60_000 });
  await d.pane.getByRole('button', { name: 'Verstuurd: Bakkerij Zoe' }).waitFor({ state: 'detached' });
  const contacts = await gridTable(d, 'Contact');
  const headers = await gridHeaders(contacts);
  const rows = await gridRows(contacts);
  expect(rows.map((r) => [r[headers.indexOf('Klantnummer')], r[headers.indexOf('Kanaal')]])).toEqual([
    ['K1', 'E-mail'],
  ]);
  await expectClean(d);
});
