/**
 * The workbook the demo hands out, after the pane wrote into it, opened in LibreOffice Calc: every
 * date shows as a date, every amount as money, every count of days as a number, in the sample's
 * rows and in the rows the pane added alike; and Betaalwijze speaks one vocabulary.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatOf, header, TABLES } from '../../src/workbook/schema';
import { cellsAsShown } from './support/libreoffice';
import {
  expectClean,
  gridHeaders,
  gridRows,
  gridTable,
  openDemo,
  startRig,
  TODAY,
  type DemoRig,
} from './support/demo';

const TODAY_NL = `${TODAY.slice(8, 10)}-${TODAY.slice(5, 7)}-${TODAY.slice(0, 4)}`;
const AS_DATE = /^\d\d-\d\d-\d{4}$/;
// LibreOffice applies the workbook's format in its own locale: separators may be either way.
const AS_MONEY = /^-?€\s?-?\d{1,3}([.,]\d{3})*[.,]\d\d$/;
const AS_INTEGER = /^-?\d+$/;

let rig: DemoRig;
let dir: string;
beforeAll(async () => {
  rig = await startRig();
  dir = mkdtempSync(path.join(tmpdir(), 'face-download-'));
});
afterAll(async () => {
  await rig?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('after a payment in the pane, LibreOffice shows dates as dates and amounts as money in every table', async () => {
  const d = await openDemo(rig);
  await d.pane.getByRole('button', { name: /Meer acties/ }).click();
  await d.pane
    .getByRole('navigation')
    .getByRole('button', { name: 'Betaling registreren', exact: true })
    .click();
  await d.pane.getByRole('heading', { name: 'Betaling registreren' }).waitFor();
  const picker = d.pane.getByRole('combobox', { name: /^Factuur\b/ });
  const first = await picker
    .locator('option')
    .evaluateAll((os) =>
      os
        .map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' }))
        .find((o) => /^\d{4}-\d{4} · /.test(o.text)),
    );
  expect(first).toBeDefined();
  await picker.selectOption(first!.value);
  await d.pane.getByLabel('Ontvangen bedrag').fill('12,34');
  await d.pane.getByRole('button', { name: 'Betaling opslaan' }).click();
  await d.pane.getByText(/^Betaling van .+ is vastgelegd\.$/).waitFor({ timeout: 60_000 });

  // One vocabulary in Betaalwijze: the pane's row says what the sample's rows say.
  const payments = await gridTable(d, 'Betalingen');
  const pHeaders = await gridHeaders(payments);
  const methods = new Set((await gridRows(payments)).map((r) => r[pHeaders.indexOf('Betaalwijze')]));
  expect([...methods].filter((m) => m !== '')).toEqual(['bank']);
  const mine = (await gridRows(payments)).filter(
    (r) => r[pHeaders.indexOf('Datum')] === TODAY_NL && r[pHeaders.indexOf('Bedrag')] === '€ 12,34',
  );
  expect(mine).toHaveLength(1);

  const [download] = await Promise.all([
    d.page.waitForEvent('download'),
    d.page.getByRole('button', { name: 'Werkmap downloaden' }).click(),
  ]);
  const file = path.join(dir, 'demo.xlsx');
  copyFileSync(await download.path(), file);
  await expectClean(d);

  const sheets = cellsAsShown(file);
  // Per table and column: how many cells show otherwise, and the first of them.
  const wrong = new Map<string, { count: number; first: string }>();
  for (const spec of TABLES) {
    const rows = sheets.get(spec.nl);
    if (!rows) continue;
    const headers = rows[0] ?? [];
    for (const c of spec.columns) {
      const at = headers.indexOf(header(c, 'nl'));
      if (at < 0) continue;
      const format = formatOf(c);
      const expected =
        c.type === 'date' ? AS_DATE : c.type === 'cents' ? AS_MONEY : format === '0' ? AS_INTEGER : null;
      if (!expected) continue;
      rows.slice(1).forEach((r, i) => {
        const shown = (r[at] ?? '').trim();
        if (shown === '' || expected.test(shown)) return;
        const key = `${spec.nl}.${header(c, 'nl')}`;
        const seen = wrong.get(key);
        if (seen) seen.count += 1;
        else wrong.set(key, { count: 1, first: `row ${i + 2}: "${shown}"` });
      });
    }
  }
  expect(Object.fromEntries(wrong)).toEqual({});
  // The payment the pane added is among what LibreOffice shows, as money and with its date.
  const lo = sheets.get('Betalingen') ?? [];
  expect(lo.some((r) => r.includes(TODAY_NL) && r.some((c) => /^€\s?12[.,]34$/.test(c)))).toBe(true);
});
