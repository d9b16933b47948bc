/**
 * Thank-you notes in Chromium, on the demo page with a workbook whose Instellingen asks for them:
 * a customer who paid late before and on time last week gets a draft on Vandaag; "Verstuurd" logs
 * it in Contact (the grid shows the row) and the draft goes. (Off by default: test/taskpane/views/
 * TodayThanks.test.tsx.)
 */
import { serial } from '../cli/sampleWorkbook';
import { expectClean, gridHeaders, gridRows, gridTable, openDemo } from './support/demo';
import { openWorkbook, tablesToXlsx, useDemoRig } from './support/tablesToXlsx';

const rig = useDemoRig();

/** The demo's today is 2026-11-22: F1 was paid a month late, F2 on time four days ago. */
const thanksWorkbook = () =>
  tablesToXlsx('bedankjes.xlsx', [
    {
      name: 'Klanten',
      headers: ['Klantnummer', 'Naam', 'Contactpersoon', 'Soort klant'],
      rows: [['K1', 'Bakkerij Zoe', 'Zoe de Vries', 'Zakelijk']],
    },
    {
      name: 'Facturen',
      headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Betaaltermijn (dagen)', 'Bedrag incl. BTW'],
      rows: [
        ['F1', 'K1', serial('2026-08-01'), 14, 100],
        ['F2', 'K1', serial('2026-11-05'), 14, 200],
      ],
    },
    {
      name: 'Betalingen',
      headers: ['Datum', 'Factuurnummer', 'Bedrag'],
      rows: [
        [serial('2026-09-15'), 'F1', 100],
        [serial('2026-11-18'), 'F2', 200],
      ],
    },
    {
      name: 'Contact',
      headers: ['Datum', 'Klantnummer', 'Factuurnummer', 'Kanaal', 'Stap', 'Samenvatting'],
      rows: [],
    },
    {
      name: 'Instellingen',
      headers: ['Instelling', 'Waarde'],
      rows: [
        ['Bedrijfsnaam', 'Studio Noord'],
        ['IBAN', 'NL91ABNA0417164300'],
        ['Naam afzender', 'Eva'],
        ['Bedankje na betaling op tijd', 'Ja'],
      ],
    },
  ]);

it('offers a thank-you on Vandaag when Instellingen asks for it, and logs it as sent', async () => {
  const d = await openDemo(rig());
  await openWorkbook(d, await thanksWorkbook());
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
