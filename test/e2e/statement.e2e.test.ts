/**
 * The Klantkaart's statement in Chromium, on the demo page: the PDF the pane downloads is read
 * back with poppler's pdftotext and held to the figures the pane shows beside the button.
 */
import { readFileSync } from 'node:fs';
import { pdfText } from '../pdf/_poppler';
import { checkView, expectClean, openDemo, plainSpaces, startRig, type DemoRig } from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

it('downloads the statement PDF with the figures of the preview', async () => {
  const d = await openDemo(rig);
  await d.pane.getByRole('tab', { name: 'Klant', exact: true }).click();
  await d.pane.getByRole('heading', { name: 'Klantkaart', level: 2 }).waitFor();
  const section = d.pane.getByRole('region', { name: 'Rekeningoverzicht' });
  await section.getByRole('button', { name: 'Pdf downloaden' }).waitFor();
  await section.scrollIntoViewIfNeeded();
  await checkView(d, 'klant-rekeningoverzicht');

  const figure = async (label: string) =>
    plainSpaces(await section.locator(`dt:text-is("${label}") + dd`).innerText());
  const closing = await figure('Eindsaldo');
  const overdue = await figure('Waarvan vervallen');

  const [download] = await Promise.all([
    d.page.waitForEvent('download'),
    section.getByRole('button', { name: 'Pdf downloaden' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^[A-Za-z0-9._-]+_rekeningoverzicht_\d{4}-\d\d-\d\d\.pdf$/);
  await section.getByText(/is gedownload\.$/).waitFor();
  const text = plainSpaces(pdfText(readFileSync(await download.path())));
  expect(text).toContain('Rekeningoverzicht');
  expect(text).toMatch(new RegExp(`Saldo op \\d\\d-\\d\\d-\\d{4}: ${closing.replace(/[.]/g, '\\.')}`));
  expect(text).toContain(`Waarvan vervallen: ${overdue}`);
  expect(text).toMatch(/pagina 1 van \d+/);
  const mail = await section.getByRole('textbox', { name: /Tekst van de e-mail/ }).inputValue();
  expect(plainSpaces(mail)).toContain(closing);
  await expectClean(d);
});
