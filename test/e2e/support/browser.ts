/**
 * Debian's Chromium driven by playwright-core (no browser download). Every page fails its test on
 * a request that leaves localhost, on any console error and on any request answered with an error,
 * and can save screenshots. Request interception (the default) blocks foreign requests, but it also
 * keeps Chromium from asking for the favicon; `intercept: false` watches without routing, so a
 * missing favicon shows up as the console error a person's browser would log.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
  /** Requests that tried to leave localhost (aborted when intercepting). */
  foreignRequests: string[];
  consoleErrors: string[];
  /** Local requests that failed or were answered with a status of 400 or more. */
  failedRequests: string[];
  /** Every URL the page asked for, in order. */
  requested: string[];
  screenshot(name: string): Promise<string>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function openGuardedPage(
  browser: Browser,
  opts: { locale?: string; colorScheme?: 'light' | 'dark'; intercept?: boolean } = {},
): Promise<GuardedPage> {
  const context = await browser.newContext({
    locale: opts.locale ?? 'nl-NL',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  const requested: string[] = [];
  const isLocal = (href: string) => {
    const url = new URL(href);
    return url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
  };
  if (opts.intercept ?? true) {
    await context.route('**/*', (route) => {
      const href = route.request().url();
      if (isLocal(href)) return route.continue();
      foreignRequests.push(href);
      return route.abort('blockedbyclient');
    });
  } else {
    context.on('request', (request) => {
      if (!isLocal(request.url())) foreignRequests.push(request.url());
    });
  }
  context.on('request', (request) => void requested.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400 && isLocal(response.url()))
      failedRequests.push(`${response.status()} ${response.url()}`);
  });
  context.on('requestfailed', (request) => {
    if (isLocal(request.url()))
      failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
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
    failedRequests,
    requested,
    async screenshot(name: string) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}

/** Waits until the browser has painted twice: style and layout changes made before are applied. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
