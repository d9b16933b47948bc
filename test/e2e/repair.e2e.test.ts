/**
 * "Tekst omzetten" in the demo (issue 9, point 5): a workbook with a date and an amount typed as
 * text; the pane converts them on request, lists each, and the grid shows the log sheet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { setUp } from '../../src/workbook/operations';
import { checkView, expectClean, openDemo, ROOT, startRig, type DemoRig } from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

async function textWorkbook(): Promise<string> {
  const book = XlsxBook.create();
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
      ],
    },
  ]);
  const dir = path.join(ROOT, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'tekst-werkmap.xlsx');
  writeFileSync(file, await book.toBuffer());
  return file;
}

it('converts text dates and amounts on request, lists them and logs them in the workbook', async () => {
  const d = await openDemo(rig);
  await d.page.getByLabel('Eigen werkmap openen (.xlsx)').setInputFiles(await textWorkbook());
  await d.page.getByText('Geopend: tekst-werkmap.xlsx').waitFor();
  await d.pane.getByRole('button', { name: /Meer acties|More actions/ }).click();
  await d.pane.getByRole('navigation').getByRole('button', { name: 'Tekst omzetten', exact: true }).click();
  await d.pane.getByRole('button', { name: 'Tekst omzetten', exact: true }).last().click();
  await d.pane
    .getByText('2 cellen omgezet; elke omzetting staat ook op het blad "Klant Inzicht log".')
    .waitFor({ timeout: 60_000 });
  const table = d.pane.getByRole('table', { name: 'Omgezette cellen' });
  await expect(table.getByText('EUR 1.234,56').count()).resolves.toBe(1);
  await checkView(d, 'repair-done');
  expect(await d.grid.getByRole('tab').allInnerTexts()).toContain('Klant Inzicht log');
  await expectClean(d);
});
