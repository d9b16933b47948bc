#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (they print their own tables, each figure a ratio to a
// floor measured in the same run). Each step's wall time and CPU time (its processes' user +
// system, through GNU time) are printed after it and summed at the end with the load average: on a
// shared machine the wall clock says how long it took, the CPU time how much work it was.
//
//   npm run bench                 # every step
//   npm run bench -- xlsx bank    # the steps whose name or command mentions one of the words
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const steps = [
  [
    'core overview + aging (1k / 10k / 50k invoices), side by side with a221495 (before issue 14)',
    ['node', '--expose-gc', '--import', 'tsx', 'bench/metrics.bench.ts', '--baseline', 'a221495'],
  ],
  [
    'bank matching (10k entries x 50k invoices) and statement import (10k / 100k / 1M lines)',
    ['npx', 'tsx', 'bench/bank.bench.ts'],
  ],
  ['.xlsx host: sort (1k / 10k / 50k invoices)', ['npx', 'tsx', 'bench/xlsx.bench.ts']],
  [
    'forecast back-test: pay dates vs paid-on-due-date and customer average',
    ['npx', 'tsx', 'bench/forecast.bench.ts'],
  ],
  // 50,000 invoices through the fake Office.js took 7 minutes of the 10 under load (the fake's own
  // cost); the syncs stay 6 at every size: `npx tsx bench/office.bench.ts 50000` shows it there.
  [
    'Office host through the fake: syncs and bytes (100 / 1k / 10k invoices)',
    ['npx', 'tsx', 'bench/office.bench.ts', '100', '1000', '10000'],
  ],
  ['front end: bundle sizes and first view', ['node', 'bench/frontend.bench.mjs']],
];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs a step, under GNU time when there is one, and returns its exit status, wall and CPU s. */
function run(cmd, args, scratch) {
  const timed = existsSync('/usr/bin/time');
  const out = join(scratch, 'time');
  const t0 = Date.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-o', out, '-f', '%U %S', cmd, ...args], { stdio: 'inherit' })
    : spawnSync(cmd, args, { stdio: 'inherit' });
  const wall = (Date.now() - t0) / 1000;
  let cpu = NaN;
  if (timed && existsSync(out)) {
    const [user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpu = user + sys;
    rmSync(out);
  }
  return { status: r.status, wall, cpu };
}

const only = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'ki-bench-run-'));
const done = [];
const started = Date.now();
try {
  for (const [name, [cmd, ...args]] of steps) {
    if (only.length > 0 && !only.some((o) => name.includes(o) || args.join(' ').includes(o))) continue;
    console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}   (load average ${load()})`);
    const r = run(cmd, args, scratch);
    done.push({ name, ...r });
    console.log(
      `(${r.wall.toFixed(0)} s, CPU ${r.cpu.toFixed(0)} s${r.status === 0 ? '' : `, exit ${r.status}`})`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const wall = (Date.now() - started) / 1000;
const cpu = done.reduce((s, d) => s + d.cpu, 0);
console.log('\nstep                                                     wall s   CPU s');
for (const d of done) {
  console.log(
    `${d.name.slice(0, 55).padEnd(55)} ${d.wall.toFixed(0).padStart(7)} ${d.cpu.toFixed(0).padStart(7)}${d.status === 0 ? '' : `  exit ${d.status}`}`,
  );
}
// The machine may be shared: the load beside the time says how far to trust it.
console.log(`bench: ${wall.toFixed(0)} s in all, CPU ${cpu.toFixed(0)} s, load average ${load()}`);
process.exit(done.every((d) => d.status === 0) ? 0 : 1);
