/**
 * The letter by post in Chromium, on the demo page with a workbook that has postal addresses: the
 * reminder view downloads the 14-day letter as a PDF (read back with pdftotext), and "Per post
 * verstuurd" adds a Contact row with channel Brief that the grid shows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serial } from '../cli/sampleWorkbook';
import { pdfText } from '../pdf/readPdf';
import { expectClean, gridHeaders, gridRows, gridTable, openDemo, ROOT } from './support/demo';
import { openWorkbook, tablesToXlsx, useDemoRig } from './support/tablesToXlsx';

const rig = useDemoRig();

const contact = (date: string, step: string) => [serial(date), 'K2', 'F3', 'E-mail', step, ''];

const letterWorkbook = () =>
  tablesToXlsx('brieven.xlsx', [
    {
      name: 'Klanten',
      headers: ['Klantnummer', 'Naam', 'Soort klant', 'Adres', 'Postcode', 'Plaats'],
      rows: [['K2', 'Piet de Vries', 'Particulier', 'Kerkstraat 1', '8011 AA', 'Zwolle']],
    },
    {
      name: 'Facturen',
      headers: [
        'Factuurnummer',
        'Klantnummer',
        'Factuurdatum',
        'Betaaltermijn (dagen)',
        'Bedrag excl. BTW',
        'Bedrag incl. BTW',
      ],
      rows: [['F3', 'K2', serial('2026-09-01'), 14, 500, 500]],
    },
    {
      name: 'Contact',
      headers: ['Datum', 'Klantnummer', 'Factuurnummer', 'Kanaal', 'Stap', 'Samenvatting'],
      rows: [contact('2026-09-20', 'herinnering-1'), contact('2026-10-05', 'herinnering-2')],
    },
    {
      name: 'Instellingen',
      headers: ['Instelling', 'Waarde'],
      rows: [
        ['Bedrijfsnaam', 'Studio Lind'],
        ['IBAN', 'NL91ABNA0417164300'],
        ['Naam afzender', 'Eva Lind'],
        ['Plaats', 'Amsterdam'],
        ['Incassokosten rekenen', 'Ja'],
      ],
    },
  ]);

it('downloads the 14-day letter as a PDF and logs it as posted', async () => {
  const d = await openDemo(rig());
  await openWorkbook(d, await letterWorkbook());
  await d.pane.getByRole('button', { name: /opstellen voor Piet de Vries/ }).click();
  await d.pane.getByRole('heading', { name: 'Brief per post' }).waitFor({ timeout: 60_000 });
  await d.pane.getByText(/Dit is de veertiendagenbrief/).waitFor();

  const [download] = await Promise.all([
    d.page.waitForEvent('download'),
    d.pane.getByRole('button', { name: 'Brief (pdf)' }).click(),
  ]);
  const pdf = path.join(ROOT, 'artifacts', 'e2e', 'brief.pdf');
  await download.saveAs(pdf);
  expect(download.suggestedFilename()).toBe('brief-K2-2026-11-22.pdf');
  const text = pdfText(readFileSync(pdf));
  expect(text).toContain('Piet de Vries');
  expect(text).toContain('8011 AA ZWOLLE');
  expect(text).toContain('Amsterdam, 22 november 2026');
  expect(text).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');

  await d.pane.getByRole('button', { name: 'Per post verstuurd' }).click();
  await d.pane
    .getByText('Vastgelegd: brief aan Piet de Vries per post verstuurd.')
    .waitFor({ timeout: 60_000 });
  const contacts = await gridTable(d, 'Contact');
  const headers = await gridHeaders(contacts);
  const rows = await gridRows(contacts);
  expect(rows.map((r) => r[headers.indexOf('Kanaal')])).toEqual(['E-mail', 'E-mail', 'Brief']);
  await expectClean(d);
});
