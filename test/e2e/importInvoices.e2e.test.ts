/**
 * "Facturen inlezen (UBL)" in the demo: two XML files picked, one refused with its element and
 * reason shown, the valid one imported; the grid then shows the invoice in Facturen and the new
 * customer in Klanten. Waits on what the page shows, never on a delay.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkView, expectClean, gridRow, gridTable, openDemo, ROOT } from './support/demo';
import { useDemoRig } from './support/tablesToXlsx';

const rig = useDemoRig();

const UBL = path.join(ROOT, 'test/fixtures/ubl');
// A number of its own, so it cannot meet one of the sample workbook's invoices.
const valid = readFileSync(path.join(UBL, 'made/be-2026-0101.xml'), 'utf8').replace(
  '<cbc:ID>2026-0101</cbc:ID>',
  '<cbc:ID>UBL-E2E-1</cbc:ID>',
);

it('previews, refuses the bad file located, imports the valid one into Facturen and Klanten', async () => {
  const d = await openDemo(rig());
  await d.pane.getByRole('button', { name: /Meer acties|More actions/ }).click();
  await d.pane
    .getByRole('navigation')
    .getByRole('button', { name: 'Facturen inlezen (UBL)', exact: true })
    .click();
  await d.pane.getByLabel('Kies XML-bestanden').setInputFiles([
    { name: 'factuur.xml', mimeType: 'text/xml', buffer: Buffer.from(valid) },
    { name: 'dollar.xml', mimeType: 'text/xml', buffer: readFileSync(path.join(UBL, 'bad/non-eur.xml')) },
  ]);
  const refused = d.pane.getByRole('list', { name: '1 bestand geweigerd' });
  await refused.waitFor({ timeout: 60_000 });
  await expect(refused.innerText()).resolves.toContain('dollar.xml (Invoice/cbc:DocumentCurrencyCode)');
  await d.pane.getByRole('list', { name: '1 factuur toe te voegen' }).waitFor();
  await checkView(d, 'import-invoices-preview');
  // The located refusals (long element paths) fit a narrow pane: nothing scrolls sideways.
  const overflow: { width: number; scrollWidth: number; clientWidth: number }[] = [];
  for (const width of [450, 320]) {
    await d.page.evaluate((w) => {
      const pane = document.querySelector<HTMLElement>('.demo-pane');
      if (pane) pane.style.width = `${w}px`;
    }, width);
    await d.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
    );
    const m = await d.pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    if (m.scrollWidth > m.clientWidth) overflow.push({ width, ...m });
  }
  expect(overflow).toEqual([]);
  await d.pane.getByRole('button', { name: 'Alleen de geldige inlezen (1)' }).click();
  await d.pane.getByText('1 factuur ingelezen, 1 nieuwe klant.').waitFor({ timeout: 60_000 });
  await d.pane.getByRole('list', { name: '1 factuur staat al in Facturen (overgeslagen)' }).waitFor();
  await checkView(d, 'import-invoices-done');

  const invoice = await gridRow(await gridTable(d, 'Facturen'), 'UBL-E2E-1');
  expect(invoice.join(' | ')).toContain('1.452,00');
  const customers = await gridTable(d, 'Klanten');
  await expect(customers.getByText('De Molen & Zonen BV').count()).resolves.toBe(1);
  await expectClean(d);
});
