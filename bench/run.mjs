#!/usr/bin/env node
// `npm run bench`: every benchmark in turn (they print their own tables). Figures are ratios and
// counts where they can be; times are for comparison on the same machine only.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const steps = [
  [
    'core overview + aging (1k / 10k / 50k invoices), side by side with a221495 (before issue 14)',
    ['node', '--expose-gc', '--import', 'tsx', 'bench/metrics.bench.ts', '--baseline', 'a221495'],
  ],
  [
    'bank matching (10k entries x 50k invoices) and statement import (10k / 100k / 1M lines)',
    ['npx', 'tsx', 'bench/bank.bench.ts'],
  ],
  ['.xlsx host: check and sort', ['npx', 'tsx', 'bench/xlsx.bench.ts']],
  [
    'forecast back-test: pay dates vs paid-on-due-date and customer average',
    ['npx', 'tsx', 'bench/forecast.bench.ts'],
  ],
  ['Office host through the fake: syncs and bytes', ['npx', 'tsx', 'bench/office.bench.ts']],
  ['front end: bundle sizes and first view', ['node', 'bench/frontend.bench.mjs']],
];
const only = process.argv.slice(2);
let failed = 0;
const started = Date.now();
for (const [name, [cmd, ...args]] of steps) {
  if (only.length > 0 && !only.some((o) => name.includes(o) || args.join(' ').includes(o))) continue;
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
// The machine may be shared: the load beside the time says how far to trust it.
console.log(
  `\nbench: ${((Date.now() - started) / 1000).toFixed(0)} s in all, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
process.exit(failed === 0 ? 0 : 1);
