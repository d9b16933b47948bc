/**
 * Debian's Chromium driven by playwright-core (no browser download). Every page fails its test on
 * a request that leaves localhost and on any console error, and can save screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../../artifacts/screenshots');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost (aborted). */
  foreignRequests: string[];
  consoleErrors: string[];
  screenshot(name: string): Promise<string>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function openGuardedPage(
  browser: Browser,
  opts: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'nl-NL',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname))
      return route.continue();
    foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    page,
    foreignRequests,
    consoleErrors,
    async screenshot(name: string) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
