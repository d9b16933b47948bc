/**
 * The demo's two ways to its first view. Without ?today= the sample stands on its fixed date and
 * the page draws the first view the build computed (demo-first-view.<hash>.json) before the
 * sample's book exists: the worker building the book is held back here, so a first change must
 * visibly wait for it and then land. With ?today= another day, the worker makes the whole first
 * view, as before.
 */
import { readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import type { GridSheet } from '../../src/demo/gridModel';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { openGuardedPage } from './support/browser';
import { expectClean, gridRows, gridTable, startRig, type DemoPage, type DemoRig } from './support/demo';

let rig: DemoRig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => {
  await rig?.close();
});

/** Opens the demo at `query`, with the worker's script held until `release` is called (if `hold`). */
async function openDemoAt(query: string, hold: boolean): Promise<DemoPage & { release(): void }> {
  const g = await openGuardedPage(rig.browser);
  let release: () => void = () => undefined;
  const released = hold ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
  await g.page.route(/demo-sample-worker\.[0-9a-f]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  await g.page.goto(`${rig.server.url}/index.html${query}`);
  const pane = g.page.locator('.demo-pane');
  const grid = g.page.locator('.demo-grid');
  await grid.locator('table[data-table]').first().waitFor({ timeout: 60_000 });
  await pane.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
  return { ...g, pane, grid, release };
}

/** Whether any script the page fetched holds the .xlsx host (ExcelJS's own part names). */
async function holdsXlsxHost(d: DemoPage): Promise<boolean> {
  const scripts = d.requested.filter((u) => u.endsWith('.js'));
  const texts = await Promise.all(scripts.map(async (u) => (await d.page.request.get(u)).text()));
  return texts.some((t) => t.includes('xl/sharedStrings.xml'));
}

const firstViewFile = (d: DemoPage) => d.requested.filter((u) => /demo-first-view\.[0-9a-f]+\.json$/.test(u));
const workerScript = (d: DemoPage) => d.requested.filter((u) => /demo-sample-worker\.[0-9a-f]+\.js$/.test(u));

describe('demo first view', () => {
  it('without ?today= shows the first view computed ahead; a first change waits for the sample, visibly, and lands', async () => {
    const d = await openDemoAt('', true);
    await d.page.getByText('Voorbeeldgegevens, stand per 22 november 2026').waitFor();
    await d.pane.getByRole('heading', { name: 'Vandaag' }).waitFor();
    await d.pane.getByText('Herinneringen om te versturen').waitFor();
    expect(firstViewFile(d)).toHaveLength(1);
    expect(await holdsXlsxHost(d)).toBe(false);

    // The grid shows the file's rows, cell for cell.
    const shipped = (await (await d.page.request.get(firstViewFile(d)[0] ?? '')).json()) as {
      today: string;
      grid: GridSheet[];
    };
    expect(shipped.today).toBe('2026-11-22');
    const facturen = shipped.grid.flatMap((s) => s.tables).find((t) => t.sheet === 'Facturen');
    expect(facturen?.rows.length).toBeGreaterThan(100);
    const shown = await gridRows(await gridTable(d, 'Facturen'));
    const plain = (s: string) => s.replace(/\u00a0/g, ' ');
    expect(shown).toEqual(facturen?.rows.map((r) => r.map(plain)));

    // A change before the sample's book is there: the page says it waits, the pane is busy.
    const caption = await (await gridTable(d, 'Facturen')).locator('caption').innerText();
    await d.pane.getByRole('button', { name: 'Sorteer werkmap' }).click();
    await d.page.getByRole('status').filter({ hasText: 'De werkmap wordt klaargezet' }).waitFor();
    expect(await d.pane.getAttribute('aria-busy')).toBe('true');
    d.release();
    await d.pane.getByText('Werkmap bijgewerkt en gesorteerd.').waitFor({ timeout: 90_000 });
    await d.page.getByText('De werkmap wordt klaargezet').waitFor({ state: 'detached' });
    expect(workerScript(d)).toHaveLength(1);
    expect(await holdsXlsxHost(d)).toBe(true);
    expect(await (await gridTable(d, 'Facturen')).locator('caption').innerText()).toBe(caption);

    // And the download holds the sample, every customer.
    const [download] = await Promise.all([
      d.page.waitForEvent('download'),
      d.page.getByRole('button', { name: 'Werkmap downloaden' }).click(),
    ]);
    const book = await XlsxBook.fromBuffer(readFileSync(await download.path()));
    expect((await book.read(['Klanten'])).tables.get('Klanten')?.values).toHaveLength(40);

    // A new sample starts from the first view computed ahead again, with a book of its own.
    // Waited for as requests: the old view's heading and button stand until the new ones replace them.
    const refetched = d.page.waitForRequest(/demo-first-view\.[0-9a-f]+\.json$/, { timeout: 90_000 });
    const asked = d.page.waitForRequest(/demo-sample-worker\.[0-9a-f]+\.js$/, { timeout: 90_000 });
    await d.page.getByRole('button', { name: 'Nieuwe voorbeeldwerkmap' }).click();
    await refetched;
    await d.pane.getByRole('heading', { name: 'Vandaag' }).waitFor();
    await d.page
      .getByRole('button', { name: 'Werkmap downloaden' })
      .and(d.page.locator(':enabled'))
      .waitFor();
    expect(firstViewFile(d)).toHaveLength(2);
    await asked;
    expect(workerScript(d)).toHaveLength(2);
    await expectClean(d);
  });

  it('builds the sample once the first view is on screen, with nobody asking', async () => {
    const g = await openGuardedPage(rig.browser);
    const asked = g.page.waitForRequest(/demo-sample-worker\.[0-9a-f]+\.js$/, { timeout: 90_000 });
    await g.page.goto(`${rig.server.url}/index.html?lang=en`);
    await g.page.getByText('Sample data as of 22 November 2026').waitFor({ timeout: 60_000 });
    await g.page.locator('.demo-grid table[data-table]').first().waitFor({ timeout: 60_000 });
    await g.page.getByRole('heading', { name: 'Today' }).waitFor({ timeout: 60_000 });
    expect((await asked).url()).toContain('demo-sample-worker');
    await expectClean(g);
  });

  it("draws the invoices' first frame as wide as its box, and the rest without moving a column", async () => {
    const g = await openGuardedPage(rig.browser);
    // Seen as the first body row is added, before the rest of the rows and columns follow.
    await g.page.addInitScript(() => {
      const w = window as unknown as { __firstFrame?: unknown };
      new MutationObserver((_, observer) => {
        const table = document.querySelector('.demo-grid table[data-table="Facturen"]');
        if (!table?.querySelector('tbody tr')) return;
        observer.disconnect();
        const box = table.closest('.grid-scroll')?.getBoundingClientRect();
        w.__firstFrame = {
          busy: table.getAttribute('aria-busy'),
          widths: [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
          right: Math.max(
            ...[...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right),
          ),
          boxRight: box?.right ?? 0,
        };
      }).observe(document, { childList: true, subtree: true });
    });
    await g.page.goto(`${rig.server.url}/index.html`);
    const first = (await (
      await g.page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)
    ).jsonValue()) as { busy: string | null; widths: number[]; right: number; boxRight: number };
    const d: DemoPage = { ...g, pane: g.page.locator('.demo-pane'), grid: g.page.locator('.demo-grid') };
    const invoices = await gridTable(d, 'Facturen');
    const widths = await invoices
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    // The first frame held fewer columns than the table, reaching past the box's right edge.
    expect(first.busy).toBe('true');
    expect(first.widths.length).toBeLessThan(widths.length);
    expect(first.right).toBeGreaterThanOrEqual(first.boxRight);
    // Every column drawn first kept its width when the rest arrived (to the pixel: layout's
    // fractions of a pixel may differ in the last digits).
    const px = (xs: number[]) => xs.map((x) => Math.round(x));
    expect(px(widths.slice(0, first.widths.length))).toEqual(px(first.widths));
    await expectClean(d);
  });

  it('with ?today= another day, the worker makes the whole first view', async () => {
    const d = await openDemoAt('?today=2026-03-01', false);
    await d.page.getByText('Voorbeeldgegevens, stand per 1 maart 2026').waitFor();
    expect(firstViewFile(d)).toEqual([]);
    expect(workerScript(d)).toHaveLength(1);
    const invoices = await gridTable(d, 'Facturen');
    expect(await invoices.locator('caption').innerText()).toMatch(/Facturen \([\d.]+ rijen\)/);
    await expectClean(d);
  });
});
