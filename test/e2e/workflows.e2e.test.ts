/**
 * What a person does in the pane, in the demo page, each checked where they would look: the
 * pane's own message AND the workbook (the grid beside it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import {
  checkView,
  expectClean,
  gridHeaders,
  gridRow,
  gridRows,
  gridTable,
  openDemo,
  plainSpaces,
  ROOT,
  startRig,
  TODAY,
  type DemoPage,
  type DemoRig,
} from './support/demo';

const TODAY_NL = `${TODAY.slice(8, 10)}-${TODAY.slice(5, 7)}-${TODAY.slice(0, 4)}`;

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

async function more(d: DemoPage, view: string): Promise<void> {
  await d.pane.getByRole('button', { name: /Meer acties|More actions/ }).click();
  await d.pane.getByRole('navigation').getByRole('button', { name: view, exact: true }).click();
}

/** A workbook a trader already keeps: a customers table under its own name and headers. */
async function ownWorkbook(): Promise<string> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Mijn klanten' },
    {
      kind: 'addTable',
      sheet: 'Mijn klanten',
      table: 'Tabel1',
      at: 'A1',
      headers: ['Klantnr', 'Bedrijfsnaam', 'E-mailadres', 'Soort', 'Mijn kolom'],
      rows: [
        ['K1', 'Bakkerij Test', 'bakker@example.nl', 'Zakelijk', 'eigen notitie'],
        ['K2', 'Jan Jansen', 'jan@example.nl', 'Particulier', 'nog een'],
      ],
    },
  ]);
  const dir = path.join(ROOT, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'eigen-werkmap.xlsx');
  writeFileSync(file, await book.toBuffer());
  return file;
}

describe('workflows in the demo', () => {
  it('sets up a workbook the visitor opens: adopts their table, keeps their column, adds the rest', async () => {
    const d = await openDemo(rig);
    await d.page.getByLabel('Eigen werkmap openen (.xlsx)').setInputFiles(await ownWorkbook());
    await d.page.getByText('Geopend: eigen-werkmap.xlsx').waitFor();
    await d.pane.getByText('Deze werkmap is nog niet ingericht voor Klant Inzicht.').waitFor();
    await checkView(d, 'setup-before');
    await d.pane.getByRole('button', { name: 'Werkmap inrichten' }).first().click();
    const run = d.pane.getByRole('button', { name: 'Werkmap inrichten', exact: true }).last();
    await run.click();
    await d.pane.getByText('De werkmap is ingericht.').waitFor({ timeout: 30_000 });
    await checkView(d, 'setup-done');

    const tabs = await d.grid.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual(
      expect.arrayContaining([
        'Mijn klanten',
        'Facturen',
        'Betalingen',
        'Contact',
        'Regelingen',
        'Instellingen',
      ]),
    );
    const own = await gridTable(d, 'Mijn klanten', 'Tabel1');
    const headers = await gridHeaders(own);
    expect(headers.slice(0, 5)).toEqual(['Klantnr', 'Bedrijfsnaam', 'E-mailadres', 'Soort', 'Mijn kolom']);
    expect(headers).toContain('Openstaand');
    expect(await gridRow(own, 'K1')).toEqual(expect.arrayContaining(['Bakkerij Test', 'eigen notitie']));
    const invoices = await gridTable(d, 'Facturen');
    expect(await invoices.locator('tbody tr').count()).toBeLessThanOrEqual(1);
    await expectClean(d);
  });

  it('adds an invoice, then sorts the workbook', async () => {
    const d = await openDemo(rig);
    await more(d, 'Nieuwe factuur');
    await d.pane.getByRole('heading', { name: 'Nieuwe factuur' }).waitFor();
    await d.pane
      .getByRole('combobox', { name: /^Klant\b/ })
      .selectOption({ label: 'Bakkerij De Korenschoof (K1001)' });
    const number = await d.pane.getByLabel('Factuurnummer').inputValue();
    // A number in the workbook's own style, not used yet (the grid is checked below).
    expect(number).toMatch(/^\d{4}-\d{4}$/);
    await d.pane.getByLabel('Omschrijving').fill('Demo-test: onderhoud');
    await d.pane.getByLabel('Bedrag excl. btw').fill('1.000,00');
    await checkView(d, 'new-invoice');
    await d.pane.getByRole('button', { name: 'Factuur opslaan' }).click();
    await d.pane.getByText(`Factuur ${number} is toegevoegd.`).waitFor({ timeout: 30_000 });

    const invoices = await gridTable(d, 'Facturen');
    const headers = await gridHeaders(invoices);
    const row = await gridRow(invoices, number);
    expect(row[headers.indexOf('Omschrijving')]).toBe('Demo-test: onderhoud');
    expect(row[headers.indexOf('Bedrag excl. BTW')]).toBe('€ 1.000,00');
    expect(row[headers.indexOf('Bedrag incl. BTW')]).toBe('€ 1.210,00');
    expect(row[headers.indexOf('Factuurdatum')]).toBe(TODAY_NL);
    expect(row[headers.indexOf('Openstaand')]).toBe('€ 1.210,00');
    expect(row[headers.indexOf('Status')]).toBe('Open');
    // Appended at the bottom until the workbook is sorted.
    const before = await gridRows(invoices);
    expect(before.at(-1)?.[0]).toBe(number);

    await d.pane.getByRole('tab', { name: 'Vandaag' }).click();
    await d.pane.getByRole('button', { name: 'Sorteer werkmap' }).click();
    await d.pane.getByText('Werkmap bijgewerkt en gesorteerd.').waitFor({ timeout: 30_000 });
    const after = await gridRows(await gridTable(d, 'Facturen'));
    expect(after).toHaveLength(before.length);
    // The order column counts down the rows, and the workbook's rows follow it.
    expect(after.map((r) => r[headers.indexOf('Volgorde')])).toEqual(after.map((_, i) => String(i + 1)));
    // Overdue first, most days overdue on top; the new invoice left the bottom for the open group.
    const days = after.map((r) => Number(r[headers.indexOf('Dagen over tijd')] || 0));
    expect(days[0]).toBeGreaterThan(300);
    expect(days.slice(0, 5)).toEqual([...days.slice(0, 5)].sort((a, b) => b - a));
    expect(after.at(-1)?.[0]).not.toBe(number);
    expect(after.find((r) => r[0] === number)?.[headers.indexOf('Status')]).toBe('Open');
    await expectClean(d);
  });

  it('drafts a reminder and marks it sent: the contact log and the ladder move on', async () => {
    const d = await openDemo(rig);
    const firstDraft = d.pane.getByRole('button', { name: /opstellen voor|^Opstellen$/ }).first();
    const label = (await firstDraft.getAttribute('aria-label')) ?? '';
    await firstDraft.click();
    await d.pane.getByRole('heading', { name: 'Herinnering' }).waitFor();
    const subject = d.pane.getByLabel('Onderwerp');
    await subject.waitFor();
    expect((await subject.inputValue()).length).toBeGreaterThan(5);
    expect(await d.pane.getByLabel('Tekst').inputValue()).toMatch(/factuur|Factuur/);
    await checkView(d, 'reminder');
    const contacts = await gridTable(d, 'Contact');
    const before = (await gridRows(contacts)).length;
    await d.pane.getByRole('button', { name: 'Markeer als verzonden' }).click();
    const done = d.pane.getByText(/^Vastgelegd: herinnering aan .+ is verzonden\.$/);
    await done.waitFor({ timeout: 30_000 });
    const customer =
      /voor (.+)$/.exec(label)?.[1] ??
      (await done.innerText()).replace(/^Vastgelegd: herinnering aan (.+) is verzonden\.$/, '$1');

    const after = await gridTable(d, 'Contact');
    const headers = await gridHeaders(after);
    await after.locator('tbody tr').nth(Math.min(before, 99)).waitFor({ timeout: 20_000 });
    const rows = await gridRows(after);
    expect(rows.length).toBeGreaterThan(before);
    const logged = rows.filter(
      (r) => r[headers.indexOf('Datum')] === TODAY_NL && r[headers.indexOf('Stap')] !== '',
    );
    expect(logged.length).toBeGreaterThan(0);
    // The customer's number in the log belongs to the customer the reminder was for.
    const custTable = await gridTable(d, 'Klanten');
    const custHeaders = await gridHeaders(custTable);
    const custRows = await gridRows(custTable);
    const numberOf = custRows.find((r) => r[custHeaders.indexOf('Naam')] === customer)?.[
      custHeaders.indexOf('Klantnummer')
    ];
    expect(logged.map((r) => r[headers.indexOf('Klantnummer')])).toContain(numberOf);
    await expectClean(d);
  });

  it('records a payment: the invoice is paid in the pane and in the workbook', async () => {
    const d = await openDemo(rig);
    await more(d, 'Betaling registreren');
    await d.pane.getByRole('heading', { name: 'Betaling registreren' }).waitFor();
    const picker = d.pane.getByRole('combobox', { name: /^Factuur\b/ });
    const options = await picker
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    const choice = options.find((o) => /^\d{4}-\d{4} · /.test(o.text));
    expect(choice).toBeDefined();
    await picker.selectOption(choice!.value);
    const invoiceNumber = choice!.text.split(' · ')[0]!;
    const open = /€\s?[\d.]+,\d\d/.exec(choice!.text.split(' · ').at(-1) ?? '')?.[0] ?? '';
    await d.pane.getByLabel('Ontvangen bedrag').fill(open.replace(/€\s?/, ''));
    await checkView(d, 'payment');
    await d.pane.getByRole('button', { name: 'Betaling opslaan' }).click();
    await d.pane
      .getByText(new RegExp(`^Betaling van .+ op factuur ${invoiceNumber} is vastgelegd\\.$`))
      .waitFor({ timeout: 30_000 });

    const payments = await gridTable(d, 'Betalingen');
    const pHeaders = await gridHeaders(payments);
    const pRows = await gridRows(payments);
    const mine = pRows.filter(
      (r) =>
        r[pHeaders.indexOf('Factuurnummer')] === invoiceNumber && r[pHeaders.indexOf('Datum')] === TODAY_NL,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]![pHeaders.indexOf('Bedrag')]).toBe(plainSpaces(open));
    const invoices = await gridTable(d, 'Facturen');
    const headers = await gridHeaders(invoices);
    const all = await gridRows(invoices);
    const row = all.find((r) => r[0] === invoiceNumber)!;
    expect(row[headers.indexOf('Openstaand')]).toBe('€ 0,00');
    expect(row[headers.indexOf('Status')]).toBe('Betaald');
    await expectClean(d);
  });

  it("switches the pane's language in its settings: the pane speaks English and the workbook keeps the choice", async () => {
    const d = await openDemo(rig);
    await more(d, 'Instellingen');
    await d.pane.getByRole('heading', { name: 'Instellingen' }).waitFor();
    await d.pane.getByLabel('Taal van dit paneel').selectOption('en');
    await d.pane.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await d.pane.getByRole('tab', { name: 'Today' }).waitFor({ timeout: 30_000 });
    await checkView(d, 'settings-english');
    const settings = await gridTable(d, 'Instellingen');
    const headers = await gridHeaders(settings);
    const rows = await gridRows(settings);
    const row = rows.find((r) => /taal.*paneel/i.test(r[headers.indexOf('Instelling')] ?? ''));
    expect(row?.[headers.indexOf('Waarde')]).toMatch(/^(en|English|Engels)$/);
    await d.pane.getByRole('tab', { name: 'Today' }).click();
    await d.pane.getByRole('heading', { name: 'Today' }).waitFor();
    await expectClean(d);
  });
});
