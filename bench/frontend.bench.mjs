#!/usr/bin/env node
// Front-end benchmarks: (1) the JavaScript a user downloads before the first view, gzipped, per
// entry point, read from webpack's stats (the entry's initial chunks; lazy chunks listed apart);
// (2) navigation to the first usable view of the demo page with the sample workbook in headless
// Chromium (the pane's first view and the grid on screen, and the pane answering a click), median of
// 5 cold runs, side by side in the same run and with the browser tests' flags: a blank page's load,
// the demo's own empty shell (its header on screen, in the same navigation) and its first usable
// view, with where the time went (the page's marks: worker asked, page script run, first view
// received, the worker's answers) and the load average before and after, since the machine may be
// shared. The demo is timed on the visitor's path (no ?today=: the sample's fixed date, whose first
// view the build computed) and, on a second line, on today's path (?today= another day: the worker
// makes the whole first view).
//
//   npx webpack --mode production --json=artifacts/webpack-stats.json && node bench/frontend.bench.mjs
//
// Without a stats file that matches dist/, it runs that webpack build itself. Writes
// artifacts/bench-frontend.json. Options: --runs N, --skip-timing, --skip-sizes; --baseline DIR also times the
// demo of another build (an older commit's dist/) run by run beside this one; --profile writes a
// CPU profile of one navigation to artifacts/demo-first-view.cpuprofile and prints its self time
// by source file (through dist/'s source maps).
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STATS = path.join(ROOT, 'artifacts', 'webpack-stats.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUDGET_KB = { taskpane: 200 };
// Today's path: a day other than the sample's fixed date (src/demo/params.ts), so the worker makes
// the whole first view.
const OTHER_DAY = '2026-11-30';
const PATHS = { visitor: 'index.html', today: `index.html?today=${OTHER_DAY}` };
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const skipTiming = args.includes('--skip-timing');
// Timing only, of dist/ as it stands (a build made for the browser tests, say): no stats needed.
const skipSizes = args.includes('--skip-sizes');
const baselineArg = args.indexOf('--baseline');
const BASELINE = baselineArg >= 0 ? path.resolve(args[baselineArg + 1]) : null;
const profile = args.includes('--profile');
const load = () => loadavg().map((x) => Math.round(x * 10) / 10);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ------------------------------------------------------------------ stats

function statsMatchDist(stats) {
  // Every asset the stats name must be the file in dist/ (same size): else dist/ was rebuilt since.
  return (stats.assets ?? []).every((a) => {
    const file = path.join(DIST, a.name);
    return existsSync(file) && statSync(file).size === a.size;
  });
}

function loadStats() {
  if (existsSync(STATS)) {
    const stats = JSON.parse(readFileSync(STATS, 'utf8'));
    if (statsMatchDist(stats)) return stats;
    console.log('webpack stats do not match dist/: rebuilding');
  }
  mkdirSync(path.dirname(STATS), { recursive: true });
  console.log('npx webpack --mode production --json=artifacts/webpack-stats.json …');
  execFileSync('npx', ['webpack', '--mode', 'production', `--json=${STATS}`], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(STATS, 'utf8'));
}

function gz(file) {
  return gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

function sizes(stats) {
  const out = {};
  const jsOf = (files) => [...new Set(files)].filter((f) => f.endsWith('.js'));
  for (const [name, entry] of Object.entries(stats.entrypoints)) {
    const initialFiles = jsOf(entry.assets.map((a) => (typeof a === 'string' ? a : a.name)));
    const initialChunkIds = new Set(entry.chunks);
    // Lazy chunks reachable from this entry: children of its chunks, transitively.
    const byId = new Map(stats.chunks.map((c) => [c.id, c]));
    const lazy = new Set();
    const queue = [...initialChunkIds];
    while (queue.length) {
      const c = byId.get(queue.shift());
      for (const child of c?.children ?? []) {
        if (!initialChunkIds.has(child) && !lazy.has(child)) {
          lazy.add(child);
          queue.push(child);
        }
      }
    }
    const lazyFiles = jsOf([...lazy].flatMap((id) => byId.get(id)?.files ?? [])).filter(
      (f) => !initialFiles.includes(f),
    );
    const initialGz = initialFiles.reduce((s, f) => s + gz(f), 0);
    out[name] = {
      initialFiles: initialFiles.map((f) => ({
        file: f,
        gzipKB: kb(gz(f)),
        rawKB: kb(statSync(path.join(DIST, f)).size),
      })),
      initialGzipKB: kb(initialGz),
      budgetKB: BUDGET_KB[name] ?? null,
      withinBudget: BUDGET_KB[name] ? kb(initialGz) <= BUDGET_KB[name] : null,
      lazyFiles: lazyFiles.map((f) => ({ file: f, gzipKB: kb(gz(f)) })),
      lazyGzipKB: kb(lazyFiles.reduce((s, f) => s + gz(f), 0)),
    };
  }
  return out;
}

// ------------------------------------------------------------------ timing

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.resolve(dir, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function timeRuns(browser, url, measure, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    // As the browser tests open a page (test/e2e/support/browser.ts).
    const context = await browser.newContext({
      locale: 'nl-NL',
      colorScheme: 'light',
      viewport: { width: 1280, height: 900 },
    });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    const requested = [];
    context.on('request', (request) => void requested.push(request.url()));
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await measure(page, requested));
    await context.close();
  }
  return times;
}

// The first usable view: the pane's first view (its heading) and the grid's first table on screen,
// and the pane answering a click: once both show, the page clicks the pane's first unselected tab
// and waits until that tab shows as selected. Polled each animation frame in the page, so every time
// is the page's own clock since navigation, from the same run. The shell: the demo's header on
// screen, before any workbook: the earlier of the poll's first sight of it and the page's first
// contentful paint (before React draws, the page has nothing to show) as the browser times it (its
// paintTime: the frame's rendering, before the compositor). The poll alone sees the header only at
// the first animation frame after it is drawn, and that frame waits for whatever work follows:
// once the first view is at hand it comes in the very next task, and the poll then put the shell
// after the first view's work, which flattered the ratio. The poll's time is kept (shellSeen).
const firstView = (page, requested) =>
  page
    .waitForFunction(
      () => {
        const w = window;
        const at = (w.__kiBench ??= {});
        const now = performance.now();
        if (at.shell === undefined && document.querySelector('.demo-bar h1')) at.shell = now;
        if (at.tab === undefined) {
          const pane = document.querySelector('.demo-pane h2');
          const grid = document.querySelector('.demo-grid table[data-table] tbody tr');
          const tab = document.querySelector('.demo-pane [role="tab"][aria-selected="false"]');
          if (!pane || !grid || !tab) return false;
          at.painted = now;
          at.tab = tab;
          tab.click();
          return false;
        }
        if (at.tab.getAttribute('aria-selected') !== 'true') return false;
        const marks = Object.fromEntries(
          performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
        );
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const seen = at.shell ?? now;
        const shell = Math.min(seen, fcp ? (fcp.paintTime ?? fcp.startTime) : seen);
        return { first: now, painted: at.painted, shell, shellSeen: seen, marks };
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    )
    .then((h) => h.jsonValue())
    .then((times) => ({ ...times, scripts: scriptsOf(requested) }));

/** The scripts a page asked for so far, and whether one of them holds the .xlsx host (ExcelJS). */
function scriptsOf(requested) {
  const files = requested
    .map((u) => new URL(u).pathname)
    .filter((p) => p.endsWith('.js'))
    .map((p) => path.join(DIST, p));
  return {
    count: files.length,
    xlsxHost: files.some((f) => existsSync(f) && readFileSync(f, 'utf8').includes('xl/sharedStrings.xml')),
  };
}

const blankLoad = (page) =>
  page
    .waitForFunction(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd : false;
    })
    .then((h) => h.jsonValue());

/** Median of each page mark over the runs that have it. */
function markMedians(views) {
  const names = [...new Set(views.flatMap((v) => Object.keys(v.marks ?? {})))];
  return Object.fromEntries(
    names.map((n) => [n, Math.round(median(views.map((v) => v.marks[n]).filter((x) => x !== undefined)))]),
  );
}

function summary(views) {
  const demo = views.map((v) => v.first);
  const shell = views.map((v) => v.shell);
  const shellSeen = views.map((v) => v.shellSeen);
  const painted = views.map((v) => v.painted);
  return {
    demoFirstViewMs: demo.map(Math.round),
    demoFirstViewMedianMs: Math.round(median(demo)),
    // Pane and grid on screen, before the click that makes the view "usable".
    demoPaintedMedianMs: Math.round(median(painted)),
    demoShellMs: shell.map(Math.round),
    demoShellMedianMs: Math.round(median(shell)),
    // When the poll first saw the header (the measure before session 8; see firstView).
    demoShellSeenMedianMs: Math.round(median(shellSeen)),
    // Target (issue 13): at most 1.5.
    firstViewToShell: Math.round((median(demo) / median(shell)) * 10) / 10,
    marksMedianMs: markMedians(views),
    // What the first view needed: scripts asked for, and whether ExcelJS was among them (it
    // should come only when the visitor edits, downloads or opens a workbook).
    scriptsBeforeFirstView: views.map((v) => v.scripts.count),
    xlsxHostBeforeFirstView: views.some((v) => v.scripts.xlsxHost),
  };
}

async function timing() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const loadBefore = load();
  const blankDir = mkdtempSync(path.join(tmpdir(), 'ki-blank-'));
  writeFileSync(
    path.join(blankDir, 'blank.html'),
    '<!doctype html><html lang="nl"><title>blank</title><p>blank</p></html>',
  );
  const dist = await serve(DIST);
  const blank = await serve(blankDir);
  const baseline = BASELINE ? await serve(BASELINE) : null;
  const browser = await chromium.launch({
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
  try {
    // One warm-up navigation so Chromium's own start-up is not in the first run.
    await timeRuns(browser, `${blank.url}/blank.html`, blankLoad);
    // Run by run: a blank page, this build's demo, the baseline's demo, so a change in the machine's
    // load falls on all of them alike.
    const blankTimes = [];
    const views = [];
    const baseViews = [];
    const todayViews = [];
    const baseTodayViews = [];
    const one = (url, measure) => timeRuns(browser, url, measure, 1).then((xs) => xs[0]);
    for (let i = 0; i < RUNS; i += 1) {
      blankTimes.push(await one(`${blank.url}/blank.html`, blankLoad));
      views.push(await one(`${dist.url}/${PATHS.visitor}`, firstView));
      if (baseline) baseViews.push(await one(`${baseline.url}/${PATHS.visitor}`, firstView));
      todayViews.push(await one(`${dist.url}/${PATHS.today}`, firstView));
      if (baseline) baseTodayViews.push(await one(`${baseline.url}/${PATHS.today}`, firstView));
    }
    const blankMedian = median(blankTimes);
    const withBlank = (s) => ({
      ...s,
      ratio: Math.round((s.demoFirstViewMedianMs / blankMedian) * 10) / 10,
      shellToBlank: Math.round((s.demoShellMedianMs / blankMedian) * 10) / 10,
    });
    return {
      runs: RUNS,
      loadAverageBefore: loadBefore,
      loadAverageAfter: load(),
      ...withBlank(summary(views)),
      todaysPath: withBlank(summary(todayViews)),
      baseline: baseline
        ? { dist: BASELINE, ...withBlank(summary(baseViews)), todaysPath: withBlank(summary(baseTodayViews)) }
        : undefined,
      blankLoadMs: blankTimes.map((t) => Math.round(t * 10) / 10),
      blankLoadMedianMs: Math.round(blankMedian * 10) / 10,
      profile: profile ? await profileOnce(browser, `${dist.url}/${PATHS.visitor}`) : undefined,
    };
  } finally {
    await browser.close();
    dist.server.close();
    blank.server.close();
    baseline?.server.close();
  }
}

/**
 * One navigation to the first view under Chromium's sampling profiler (CDP Profiler); the profile
 * goes to artifacts/, its self time by source file (through the source maps) into the result.
 */
async function profileOnce(browser, url) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  await firstView(page, []);
  const { profile: cpu } = await cdp.send('Profiler.stop');
  await context.close();
  mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(path.join(ROOT, 'artifacts', 'demo-first-view.cpuprofile'), JSON.stringify(cpu));
  return selfTimeBySource(cpu);
}

async function selfTimeBySource(cpu) {
  let SourceMapConsumer = null;
  try {
    ({ SourceMapConsumer } = createRequire(import.meta.url)('source-map'));
  } catch {
    // Without the source-map package, minified file names only.
  }
  const consumers = new Map();
  const sourceOf = async (frame) => {
    const file = frame.url.split('/').pop() ?? '';
    if (!file.endsWith('.js')) return frame.functionName || frame.url || '(native)';
    if (!consumers.has(file)) {
      const map = path.join(DIST, `${file}.map`);
      consumers.set(
        file,
        SourceMapConsumer && existsSync(map)
          ? await new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')))
          : null,
      );
    }
    const at = consumers
      .get(file)
      ?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    return at?.source ? at.source.replace(/^webpack:\/\/[^/]*\//, '') : file;
  };
  const self = new Map();
  cpu.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (cpu.timeDeltas[i + 1] ?? 0)));
  const bySource = new Map();
  for (const node of cpu.nodes) {
    const us = self.get(node.id);
    if (!us) continue;
    const source = await sourceOf(node.callFrame);
    bySource.set(source, (bySource.get(source) ?? 0) + us);
  }
  return [...bySource]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([source, us]) => ({ source, ms: Math.round(us / 1000) }));
}

// ------------------------------------------------------------------ main

const result = { date: new Date().toISOString(), bundles: skipSizes ? {} : sizes(loadStats()) };
console.log('\nJavaScript before the first view (gzip -9), per entry point:');
for (const [name, s] of Object.entries(result.bundles)) {
  const budget = s.budgetKB ? `  budget ${s.budgetKB} KB: ${s.withinBudget ? 'OK' : 'OVER'}` : '';
  console.log(
    `  ${name.padEnd(9)} ${String(s.initialGzipKB).padStart(7)} KB  (${s.initialFiles.map((f) => f.file).join(', ')})${budget}`,
  );
  if (s.lazyFiles.length)
    console.log(`  ${''.padEnd(9)} lazy: ${s.lazyGzipKB} KB in ${s.lazyFiles.length} chunks`);
}
if (!skipTiming) {
  result.timing = await timing();
  const t = result.timing;
  console.log(
    `\nLoad average (1, 5, 15 min) before ${t.loadAverageBefore.join(', ')}; after ${t.loadAverageAfter.join(', ')}`,
  );
  console.log(
    `Blank page load (median of ${t.runs}): ${t.blankLoadMedianMs} ms  [${t.blankLoadMs.join(', ')}]`,
  );
  const show = (label, s) => {
    console.log(
      `${label}: first usable view ${s.demoFirstViewMedianMs} ms [${s.demoFirstViewMs.join(', ')}] (painted ${s.demoPaintedMedianMs}), empty shell ${s.demoShellMedianMs} ms (poll saw it at ${s.demoShellSeenMedianMs}); first view / shell ${s.firstViewToShell}x (target 1.5x), first view / blank ${s.ratio}x, shell / blank ${s.shellToBlank}x`,
    );
    const marks = Object.entries(s.marksMedianMs);
    if (marks.length) console.log(`  marks (median ms): ${marks.map(([n, ms]) => `${n} ${ms}`).join(', ')}`);
    console.log(
      `  scripts before the first view ${s.scriptsBeforeFirstView.join(', ')}; ExcelJS among them: ${s.xlsxHostBeforeFirstView ? 'yes' : 'no'}`,
    );
  };
  show(`Demo (this build, ${PATHS.visitor})`, t);
  show(`  today's path (this build, ${PATHS.today})`, t.todaysPath);
  if (t.baseline) {
    show(`Demo (baseline ${t.baseline.dist}, ${PATHS.visitor})`, t.baseline);
    show(`  today's path (baseline, ${PATHS.today})`, t.baseline.todaysPath);
  }
  if (t.profile) {
    console.log('Profile of one navigation, self time by source (artifacts/demo-first-view.cpuprofile):');
    for (const p of t.profile) console.log(`  ${String(p.ms).padStart(6)} ms  ${p.source}`);
  }
}
mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(path.join(ROOT, 'artifacts', 'bench-frontend.json'), JSON.stringify(result, null, 2));
const over = Object.values(result.bundles).some((s) => s.withinBudget === false);
process.exitCode = over ? 1 : 0;
