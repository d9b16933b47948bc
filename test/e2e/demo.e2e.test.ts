/**
 * The demo page as a visitor meets it: the pane beside the sample workbook, each primary view
 * (screenshot + accessibility), the grid's sheets, the demo's own language switch, downloading the
 * workbook, and taskpane.html outside Office sending the visitor here.
 */
import { readFileSync } from 'node:fs';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { ARTIFACTS, nextFrames, openGuardedPage } from './support/browser';
import {
  checkView,
  expectClean,
  gridHeaders,
  gridRow,
  gridTable,
  openDemo,
  plainSpaces,
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

describe('demo page', () => {
  it('shows the pane beside the sample workbook, and each view passes the checks', async () => {
    const d = await openDemo(rig);
    // The pane's first view reads the sample: reminders are due today.
    await d.pane.getByRole('heading', { name: 'Vandaag' }).waitFor();
    await d.pane.getByText('Herinneringen om te versturen').waitFor();
    expect(await d.pane.getByRole('button', { name: /^Opstellen|opstellen voor/ }).count()).toBeGreaterThan(
      0,
    );

    // The grid: one tab per sheet, and the live columns calculated.
    const tabs = await d.grid.getByRole('tab').allInnerTexts();
    expect(tabs).toEqual([
      'Overzicht',
      'Facturen',
      'Klanten',
      'Betalingen',
      'Contact',
      'Regelingen',
      'Instellingen',
    ]);
    const invoices = await gridTable(d, 'Facturen');
    const headers = await gridHeaders(invoices);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Factuurnummer',
        'Klantnummer',
        'Vervaldatum',
        'Openstaand',
        'Dagen over tijd',
        'Status',
      ]),
    );
    const first = await invoices.locator('tbody tr').first().locator('td').allInnerTexts();
    const col = (h: string) => first[headers.indexOf(h)] ?? '';
    expect(col('Status')).toBe('Vervallen');
    expect(Number(col('Dagen over tijd'))).toBeGreaterThan(300);
    expect(col('Openstaand')).toMatch(/^€\s[\d.]+,\d\d$/);
    expect(await invoices.locator('caption').innerText()).toMatch(/Facturen \([\d.]+ rijen\)/);
    const customers = await gridTable(d, 'Klanten');
    expect(await customers.locator('tbody tr').count()).toBe(40);
    // Overzicht holds no table: the grid shows its cells as they stand in the sheet.
    await d.grid.getByRole('tab', { name: 'Overzicht', exact: true }).click();
    const overview = d.grid.locator('table[data-sheet="Overzicht"]');
    await overview.waitFor();
    expect(await d.grid.getByText(/geen tabellen|is leeg/).count()).toBe(0);
    const openRow = (
      await overview
        .locator('tbody tr')
        .filter({ hasText: /^\s*\d+\s*Openstaand\b/ })
        .first()
        .locator('td')
        .allInnerTexts()
    ).map(plainSpaces);
    expect(openRow[0]).toBe('Openstaand');
    expect(openRow[1]).toMatch(/^€ [\d.]+,\d\d$/);
    expect(await overview.locator('thead th').allInnerTexts()).toEqual(
      expect.arrayContaining(['A', 'B', 'C']),
    );
    await checkView(d, 'demo-vandaag');

    for (const [tab, heading, shot] of [
      ['Overzicht', 'Overzicht', 'demo-overzicht'],
      ['Facturen', 'Facturen', 'demo-facturen'],
      ['Klant', 'Klantkaart', 'demo-klant'],
    ] as const) {
      await d.pane.getByRole('tab', { name: tab, exact: true }).click();
      await d.pane.getByRole('heading', { name: heading, level: 2 }).waitFor();
      await nextFrames(d.page);
      await checkView(d, shot);
    }
    await expectClean(d);
  });

  it('every view the navigation offers fits a pane of 320 to 450 px: nothing scrolls sideways', async () => {
    const d = await openDemo(rig);
    await d.page.setViewportSize({ width: 1280, height: 2400 });
    // The views come from the navigation itself (the tabs, then the "Meer" list), so a view added
    // there is measured here without anyone listing it.
    const more = d.pane.getByRole('button', { name: /^Meer/ });
    const tabs = (await d.pane.getByRole('tablist').getByRole('tab').allInnerTexts()).map((v) => v.trim());
    await more.click();
    const listed = await d.pane.getByRole('navigation').getByRole('button').allInnerTexts();
    await more.click();
    // "Opnieuw lezen" re-reads the workbook: an action in that list, not a view.
    const secondary = listed.map((v) => v.trim()).filter((v) => v !== 'Opnieuw lezen');
    expect(secondary).toEqual(expect.arrayContaining(['Nieuwe factuur', 'Facturen inlezen (UBL)']));
    const views: { name: string; open: () => Promise<void> }[] = [
      ...tabs.map((name) => ({
        name,
        open: () => d.pane.getByRole('tab', { name, exact: true }).click(),
      })),
      ...secondary.map((name) => ({
        name,
        open: async () => {
          await more.click();
          await d.pane.getByRole('navigation').getByRole('button', { name, exact: true }).click();
        },
      })),
    ];
    expect(views.length).toBeGreaterThanOrEqual(14);
    const overflow: { view: string; width: number; scrollWidth: number; clientWidth: number }[] = [];
    // The view's heading: the first level-2 heading in the pane's main part (none while it loads).
    const heading = () =>
      d.page.evaluate(() => document.querySelector('.demo-pane main h2')?.textContent ?? null);
    for (const v of views) {
      const before = await heading();
      const selected = await d.pane.getByRole('tab', { name: v.name, exact: true, selected: true }).count();
      if (selected === 0) {
        await v.open();
        await d.page.waitForFunction(
          (prev) => {
            const h = document.querySelector('.demo-pane main h2');
            return h !== null && h.textContent !== prev;
          },
          before,
          { timeout: 60_000 },
        );
      }
      const shown = (await heading()) ?? v.name;
      if (shown === 'Betalingsregeling') {
        // With instalment lines: the rows of date and amount fields must fit too.
        await d.pane.getByRole('combobox', { name: /^Factuur/ }).selectOption({ index: 1 });
        await d.pane.getByRole('button', { name: 'Termijnen voorstellen' }).click();
        await d.pane.getByLabel('Datum termijn 3').waitFor();
      }
      for (const width of [450, 320, 350]) {
        await d.page.evaluate((w) => {
          const pane = document.querySelector<HTMLElement>('.demo-pane');
          if (pane) pane.style.width = `${w}px`;
        }, width);
        await nextFrames(d.page);
        const m = await d.pane.evaluate((el) => ({
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
        }));
        if (m.scrollWidth > m.clientWidth) overflow.push({ view: shown, width, ...m });
      }
      const shot = v.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      await d.pane.screenshot({ path: `${ARTIFACTS}/pane-350-${shot}.png` });
    }
    expect(overflow).toEqual([]);
    await expectClean(d);
  });

  it('switches the page and the pane to English and back', async () => {
    const d = await openDemo(rig);
    await d.page.getByRole('button', { name: /English/ }).click();
    await d.pane.getByRole('heading', { name: 'Today' }).waitFor();
    await d.page.getByRole('button', { name: 'Download workbook' }).waitFor();
    expect(await d.page.getAttribute('html', 'lang')).toBe('en');
    const invoices = await gridTable(d, 'Facturen');
    expect(await invoices.locator('caption').innerText()).toMatch(/\([\d,]+ rows\)/);
    await checkView(d, 'demo-english');
    await d.page.getByRole('button', { name: /Nederlands/ }).click();
    await d.pane.getByRole('heading', { name: 'Vandaag' }).waitFor();
    await expectClean(d);
  });

  it('downloads the workbook as an .xlsx that opens with the same tables', async () => {
    const d = await openDemo(rig);
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByRole('button', { name: 'Werkmap downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('klant-inzicht-voorbeeld.xlsx');
    const file = await download.path();
    const book = await XlsxBook.fromBuffer(readFileSync(file));
    const read = await book.read(['Facturen', 'Klanten']);
    expect(read.tables.get('Klanten')?.values).toHaveLength(40);
    const invoices = await gridTable(d, 'Facturen');
    const shown = await invoices.locator('caption').innerText();
    expect(shown).toContain(`(${read.tables.get('Facturen')?.values.length.toLocaleString('nl-NL')} rijen)`);
    const firstNumber = read.tables.get('Facturen')?.values[0]?.[0];
    expect(await gridRow(invoices, String(firstNumber))).toContain(String(firstNumber));
    await expectClean(d);
  });

  it('shows the first view without the .xlsx host, and loads it at the first edit', async () => {
    const d = await openDemo(rig);
    // What of the .xlsx host a script holds: ExcelJS's own part names.
    const holdsXlsxHost = async () => {
      const scripts = d.requested.filter((u) => u.endsWith('.js'));
      const texts = await Promise.all(scripts.map(async (u) => (await d.page.request.get(u)).text()));
      return texts.some((t) => t.includes('xl/sharedStrings.xml'));
    };
    await d.pane.getByRole('heading', { name: 'Vandaag' }).waitFor();
    expect(await holdsXlsxHost()).toBe(false);
    const invoices = await gridTable(d, 'Facturen');
    const before = await invoices.locator('caption').innerText();
    await d.pane.getByRole('button', { name: 'Sorteer werkmap' }).click();
    await d.pane.getByText('Werkmap bijgewerkt en gesorteerd.').waitFor({ timeout: 60_000 });
    expect(await holdsXlsxHost()).toBe(true);
    // The workbook the edit landed in is the sample: every row still there.
    expect(await (await gridTable(d, 'Facturen')).locator('caption').innerText()).toBe(before);
    await expectClean(d);
  });

  it.each(['index.html', 'taskpane.html'])(
    '%s without request interception: no console error, the favicon it names is served',
    async (page) => {
      // A page of its own: leaving a demo already open would abort its lazy chunks (the rate table
      // after Vandaag), which would count as failed requests.
      const d = await openGuardedPage(rig.browser, { intercept: false });
      await d.page.goto(`${rig.server.url}/${page}`);
      await d.page.locator('.demo-grid table[data-table]').first().waitFor({ timeout: 60_000 });
      await d.page.waitForLoadState('networkidle');
      // What a person's browser logs first: a missing favicon is a 404 and a console error.
      expect({ console: d.consoleErrors, failed: d.failedRequests }).toEqual({ console: [], failed: [] });
      const icon = await d.page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBeTruthy();
      const served = await d.page.request.get(new URL(icon ?? '', d.page.url()).href);
      expect([served.status(), served.headers()['content-type']]).toEqual([200, 'image/png']);
      expect(d.requested.filter((u) => u.endsWith('/favicon.ico'))).toEqual([]);
      await expectClean(d);
    },
  );

  it('taskpane.html outside Office goes straight to the demo, without office.js telemetry', async () => {
    const d = await openGuardedPage(rig.browser);
    await d.page.goto(`${rig.server.url}/taskpane.html`);
    await d.page.waitForURL(/\/index\.html$/, { timeout: 20_000 });
    await d.page.locator('.demo-grid table[data-table]').first().waitFor({ timeout: 60_000 });
    // office.js schedules its telemetry frame ~3 s after loading: stay long enough to see none.
    await d.page.waitForTimeout(4000);
    expect(d.page.frames().filter((f) => /oaspapps|microsoft|office\.com/.test(f.url()))).toEqual([]);
    await expectClean(d);
  });
});
