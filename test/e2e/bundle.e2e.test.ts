/**
 * The task pane's budget as a test, on the production build globalSetup made: the JavaScript a
 * user downloads before the first view, gzipped. Two counts: the page's own scripts (office.js
 * aside), and, in Chromium with a stand-in office.js, every script the pane has fetched by the
 * time it first asks Excel for the workbook: the entry plus the chunks it awaits before its first
 * render (the Office host; English and the dark theme when Office asks for them), so code moved out
 * of the entry but awaited anyway still counts. `npm run bench` reports every entry point.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, openGuardedPage } from './support/browser';
import { startStaticServer, type StaticServer } from './support/server';

const DIST = path.resolve(__dirname, '../../dist');
const OFFICE_JS = path.resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');
// 204 KB after last round's merges (206,256 bytes); 185,642 once the model's schemas moved to
// zod/mini and the English catalogue to a chunk of its own; 188,784 after this round's merges (the
// error texts by reason and Office code the error bar shows). 182,020 once the later views' Dutch
// texts, the error texts and the dark theme left the entry; the budget keeps about 4 KB of room
// for this round's other pane merges. 187,128 after the fifth round's merges (the settings reader
// now knows the letterhead and segment rows, Klanten the address columns); 186,575 once the
// segment line on Vandaag and the note on the person's columns load only when needed. The budget
// rose by 1 KB to hold that: still far within the 200 KB; the aim stays 170 KB. 180,290
// in the sixth round, once our makeStyles were compiled at build time (no CSS compiler in the
// entry); the budget keeps 4 KB of room for the other merges of that round. 158,282 in the eighth,
// once the workbook reader (codec, tables, settings reader) loads beside the Office host instead
// of in the entry (181,526 before); the budget keeps 4 KB of room above that, so it holds the gain.
// 148,451 in the ninth, once the domain's check of a custom ladder did without zod (ladder/parseStep):
// zod/mini now comes with the workbook reader, not in the entry; 4 KB of room above that.
const BUDGET_BYTES = 148_451 + 4 * 1024;
// The 200 KB for the entry and what the pane awaits before its first read. Measured in the
// sixth round: 194,981 bytes for Dutch on a light Office, 199,049 for English on a dark one (the
// English texts of Vandaag and the dark theme come first); the Office host's chunk was 14,691 of
// it, its write handlers included. With the write path loading at the first apply that chunk is
// 7,012: 187,228 (Dutch, light) and 191,296 (English, dark).
const FIRST_READ_BUDGET_BYTES = 200 * 1024;

function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^">\s]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !src.startsWith('/office-js/'));
}

const gzipped = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;

/**
 * Just enough of office.js for main.tsx: Excel on an Office in `displayLanguage` with a body
 * background of `background`. Excel.run marks the first read and never answers, so the pane stays
 * at its first read and nothing after it is fetched.
 */
function standInOfficeJs(displayLanguage: string, background: string): string {
  return `window.Office = {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: ${JSON.stringify(displayLanguage)},
      officeTheme: { bodyBackgroundColor: ${JSON.stringify(background)} },
      requirements: { isSetSupported: function () { return true; } },
    },
    onReady: function (start) {
      return Promise.resolve().then(function () { return start({ host: 'Excel' }); });
    },
  };
  window.Excel = { run: function () { window.kiFirstRead = true; return new Promise(function () {}); } };`;
}

describe('bundle budget', () => {
  it('finds the pane entry among the page scripts', () => {
    expect(initialScripts('taskpane.html')).toEqual([expect.stringMatching(/^taskpane\.[0-9a-f]+\.js$/)]);
  });

  it('keeps the task pane within its budget gzipped before the first view', () => {
    const bytes = initialScripts('taskpane.html').reduce((sum, f) => sum + gzipped(f), 0);
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('keeps ExcelJS out of the demo page’s first download', () => {
    const first = initialScripts('index.html')
      .map((f) => readFileSync(path.join(DIST, f), 'utf8'))
      .join('\n');
    expect(first).not.toMatch(/sharedStrings\.xml/);
  });
});

describe('the pane in Excel before its first read', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(DIST, OFFICE_JS);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['nl-NL', '#ffffff', []],
    ['en-GB', '#1f1f1f', ['i18n-en', 'theme-dark']],
  ])(
    'Office in %s, body %s: the entry and the chunks it awaits stay within 200 KB gzipped',
    async (displayLanguage, background, named) => {
      const g = await openGuardedPage(browser);
      await g.context.route('**/office-js/office.js', (route) =>
        route.fulfill({
          contentType: 'text/javascript',
          body: standInOfficeJs(displayLanguage, background),
        }),
      );
      await g.page.goto(`${server.url}/taskpane.html`);
      await g.page.waitForFunction(() => (window as { kiFirstRead?: boolean }).kiFirstRead === true, null, {
        timeout: 60_000,
      });
      const scripts = g.requested
        .map((href) => new URL(href).pathname.slice(1))
        .filter((file) => file.endsWith('.js') && !file.startsWith('office-js/'));
      const entry = initialScripts('taskpane.html');
      // The entry, the Office host (a chunk of its own), and the language and theme Office asked for.
      expect(scripts.slice(0, entry.length)).toEqual(entry);
      expect(scripts.length).toBeGreaterThan(entry.length);
      for (const name of named)
        expect(scripts).toContainEqual(expect.stringMatching(new RegExp(`^${name}\\.`)));
      const bytes = scripts.reduce((sum, f) => sum + gzipped(f), 0);
      expect(bytes).toBeLessThanOrEqual(FIRST_READ_BUDGET_BYTES);
      // The pane says it is reading, in Office's language, while the workbook answers.
      await g.page
        .getByText(displayLanguage === 'nl-NL' ? 'Werkmap lezen…' : 'Reading the workbook…')
        .first()
        .waitFor();
      expect(g.consoleErrors).toEqual([]);
      expect(g.failedRequests).toEqual([]);
      await g.context.close();
    },
  );
});
