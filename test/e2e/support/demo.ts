/**
 * The demo page under test: one static server and one Chromium per test file, a guarded page per
 * test opened at a fixed "today", and the checks every test ends with (no request left
 * localhost, no console error, no serious accessibility violation).
 */
import { isoDate } from '../../../src/domain/dates';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, openGuardedPage, type GuardedPage } from './browser';
import { startStaticServer, type StaticServer } from './server';

export const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'dist');
const OFFICE_JS = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The sample workbook's "today": fixed, so figures and screenshots do not drift with the clock. */
export const TODAY = isoDate('2026-11-22');

export interface DemoRig {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startRig(): Promise<DemoRig> {
  const server = await startStaticServer(DIST, OFFICE_JS);
  const browser = await launchChromium();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface DemoPage extends GuardedPage {
  pane: Locator;
  grid: Locator;
}

/** Opens the demo with the sample workbook and waits until the pane and the grid show it. */
export async function openDemo(
  rig: DemoRig,
  query = '',
  opts: { intercept?: boolean } = {},
): Promise<DemoPage> {
  const g = await openGuardedPage(rig.browser, opts);
  await g.page.goto(`${rig.server.url}/index.html?today=${TODAY}${query}`);
  const pane = g.page.locator('.demo-pane');
  const grid = g.page.locator('.demo-grid');
  await grid.locator('table[data-table]').first().waitFor({ timeout: 60_000 });
  await pane.getByRole('heading', { level: 2 }).first().waitFor({ timeout: 60_000 });
  return { ...g, pane, grid };
}

/** Selects a sheet tab in the grid and returns the table shown for `table`. */
export async function gridTable(d: DemoPage, sheet: string, table = sheet): Promise<Locator> {
  await d.grid.getByRole('tab', { name: sheet, exact: true }).click();
  const t = d.grid.locator(`table[data-table="${table}"]`);
  await drawn(t);
  return t;
}

/** Waits until every row and column of the table's step is drawn (its first frame holds only what the box shows). */
async function drawn(table: Locator): Promise<void> {
  await table.and(table.page().locator(':not([aria-busy="true"])')).waitFor();
}

/** Clicks the grid's "show more rows" under `table` until every row is on the page. */
async function showAllRows(table: Locator): Promise<void> {
  await drawn(table);
  const more = table
    .locator('xpath=ancestor::section[1]')
    .getByRole('button', { name: /^(Meer rijen tonen|Show more rows)$/ });
  while ((await more.count()) > 0) await more.click();
}

/** Every body row of a grid table as cell texts (all rows shown first). */
export async function gridRows(table: Locator): Promise<string[][]> {
  await showAllRows(table);
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return rows.map((r) => r.map(plainSpaces));
}

/** The text of the cells of the grid row whose first column is `key` (after the row number). */
export async function gridRow(table: Locator, key: string): Promise<string[]> {
  await showAllRows(table);
  const row = table.locator('tbody tr').filter({
    has: table.page().locator('td:first-of-type', { hasText: new RegExp(`^${escapeRegExp(key)}$`) }),
  });
  await row.first().waitFor({ timeout: 20_000 });
  return (await row.first().locator('td').allInnerTexts()).map(plainSpaces);
}

/** Header texts of a grid table (without the row-number column). */
export async function gridHeaders(table: Locator): Promise<string[]> {
  await drawn(table);
  const all = await table.locator('thead th').allInnerTexts();
  return all.slice(1).map((h) => h.trim());
}

/** Intl puts a no-break space after "€"; tests compare with plain spaces. */
export function plainSpaces(s: string): string {
  return s.replace(/\u00a0/g, ' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe-core on the whole page; returns the serious and critical violations only. Fluent's focus
 * manager (tabster) inserts 1-px "dummy" elements, aria-hidden yet focusable, that only pass focus
 * on: axe reports them as aria-hidden-focus, which Fluent calls by design (microsoft/fluentui#27517)
 * and Accessibility Insights suppresses (accessibility-insights-web#7605). Those elements, and
 * nothing else, are left out.
 */
async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: object, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(
      { include: [['html']], exclude: [['[data-tabster-dummy]']] },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Screenshot + accessibility check of the current view, named for artifacts/screenshots. */
export async function checkView(d: DemoPage, name: string): Promise<void> {
  await d.screenshot(name);
  const serious = await seriousA11yViolations(d.page);
  expect({ view: name, serious }).toEqual({ view: name, serious: [] });
}

/** What every test ends with: nothing left localhost, nothing logged as an error, nothing missing. */
export async function expectClean(d: GuardedPage): Promise<void> {
  expect(d.foreignRequests).toEqual([]);
  expect(d.consoleErrors).toEqual([]);
  expect(d.failedRequests).toEqual([]);
  await d.context.close();
}
