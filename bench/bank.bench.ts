/**
 * Bank benchmarks, deterministic (seeded). Run: npx tsx bench/bank.bench.ts [10000 100000 1000000]
 *
 * 1. Matching in the core: a 10,000-entry statement against 50,000 invoices of 5,000 customers;
 *    the median of 5 runs of index + match (and of match alone), wall clock and CPU time.
 * 2. The statement import through the workbook of a bank CSV of 10,000 / 100,000 / 1,000,000 lines
 *    against 10,000 invoices: the CLI's dry run (every line printed, none kept) and the pane's
 *    preview (every entry kept), each step in its own process (bench/bankImport.ts) so its peak
 *    memory is its own. CPU time and peak memory are ratios to the floor measured in the same
 *    run: the same file read and split into lines and fields; memory added per byte of the file.
 *    Per line is the cost per line relative to the smallest size, whose run also carries the
 *    fixed cost (reading the workbook, indexing its invoices): below 1.00 is linear.
 *
 * Where it went (node --cpu-prof / heap held after a forced GC, 100,000 lines, before session 6):
 * of the import's CPU, matching 32%, the CSV parse 21% (papaparse 10%, entry ids 9.5%), building
 * the shown entries 18% (payment rows for every proposal of every line 5%), the workbook read 9%,
 * and garbage collection 1.8 s beside the import's 4.4 s (some of it start-up); the preview kept
 * ~1 KB per line beside 377 bytes per parsed entry (ids built as trees of concatenated strings
 * took a third of those). The CLI's dry run, once measured, made an Intl.NumberFormat for every
 * amount it printed (formatEuro): 5.5x the preview's CPU at 100,000 lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildMatchIndex,
  matchEntries,
  type MatchContext,
  type MatchInvoice,
} from '../src/domain/bank/match';
import { generateBetalingskenmerk } from '../src/domain/bank/references';
import type { StatementEntry } from '../src/domain/bank/statement';
import { isoDate } from '../src/domain/dates';
import { cents } from '../src/domain/money';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMERS = 5_000;
const INVOICES = 50_000;
const ENTRIES = 10_000;

function iban(n: number): string {
  // Not checksum-valid on purpose for most: the matcher must cope with raw account numbers too.
  return `NL00TEST${String(n).padStart(10, '0')}`;
}

function build(): { ctx: MatchContext; entries: StatementEntry[] } {
  const r = rng(20260301);
  const pick = (n: number) => Math.floor(r() * n);
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => ({
    number: `K${i}`,
    name: `Klant ${['Bakkerij', 'Studio', 'Hotel', 'Garage', 'Bureau'][i % 5]} ${i} B.V.`,
    ibans: [iban(i)],
  }));
  const invoices: MatchInvoice[] = Array.from({ length: INVOICES }, (_, i) => {
    const number = `2026-${String(i).padStart(5, '0')}`;
    return {
      number,
      customerNumber: `K${pick(CUSTOMERS)}`,
      openCents: cents(1000 + pick(500_000)),
      dueDate: isoDate(
        `2026-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`,
      ),
      ...(i % 3 === 0 ? { paymentReference: generateBetalingskenmerk(number) } : {}),
    };
  });
  const entries: StatementEntry[] = Array.from({ length: ENTRIES }, (_, i) => {
    const inv = invoices[pick(INVOICES)] as MatchInvoice;
    const kind = i % 6;
    const cust = Number(inv.customerNumber.slice(1));
    const amountCents = cents(
      kind === 4 ? -(100 + pick(10_000)) : kind === 3 ? Math.max(1, inv.openCents - 500) : inv.openCents,
    );
    return {
      id: `NL91ABNA0417164300/b${i}`,
      bookingDate: isoDate('2026-03-15'),
      amountCents,
      currency: 'EUR',
      direction: amountCents < 0 ? 'debit' : 'credit',
      reversal: false,
      booked: true,
      counterpartyName: kind === 5 ? `KLANT ${customers[cust]?.name.split(' ')[1]} ${cust}` : `Someone ${i}`,
      counterpartyIban: kind === 2 ? iban(cust) : `NL00OTHR${String(i).padStart(10, '0')}`,
      remittance:
        kind === 1
          ? `factuur ${inv.number} dank u`
          : kind === 0 && inv.paymentReference
            ? `kenmerk ${inv.paymentReference}`
            : `betaling ${i} op 15-03-2026 bedrag 1.234,56`,
      structuredReferences: [],
    };
  });
  return { ctx: { invoices, customers }, entries };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** The floor: the entries' and invoices' fields the matcher reads, into plain arrays, one pass each. */
function readPlain(ctx: MatchContext, entries: readonly StatementEntry[]): number {
  const numbers = ctx.invoices.map((i) => i.number);
  const open = Float64Array.from(ctx.invoices, (i) => i.openCents);
  const texts = entries.map((e) => e.remittance);
  const amounts = Float64Array.from(entries, (e) => e.amountCents);
  const ibans = entries.map((e) => e.counterpartyIban ?? '');
  return numbers.length + open.length + texts.length + amounts.length + ibans.length;
}

const { ctx, entries } = build();
const floor: number[] = [];
const floorCpu: number[] = [];
const total: number[] = [];
const matchOnly: number[] = [];
const cpu: number[] = [];
let proposed = 0;
matchEntries(entries.slice(0, 500), ctx); // warm-up (JIT), not measured
for (let run = 0; run < 5; run++) {
  const f0 = performance.now();
  const fc0 = process.cpuUsage();
  readPlain(ctx, entries);
  const fc = process.cpuUsage(fc0);
  floor.push(performance.now() - f0);
  floorCpu.push((fc.user + fc.system) / 1000);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const idx = buildMatchIndex(ctx);
  const t1 = performance.now();
  const results = matchEntries(entries, idx);
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  total.push(t2 - t0);
  matchOnly.push(t2 - t1);
  cpu.push((c.user + c.system) / 1000);
  proposed = results.filter((x) => x.outcome === 'proposed').length;
}
const f = median(floor);
const x = (ms: number): string => `${(ms / f).toFixed(0)}x the floor (${ms.toFixed(0)} ms)`;
console.log(`bank matching: ${ENTRIES} entries x ${INVOICES} invoices (${CUSTOMERS} customers), median of 5`);
console.log(`  floor: the fields the matcher reads into plain arrays, ${f.toFixed(1)} ms`);
console.log(`  index + match: ${x(median(total))}  (runs: ${total.map((t) => t.toFixed(0)).join(', ')} ms)`);
console.log(`  match only:    ${x(median(matchOnly))}`);
// On a shared machine wall time includes waiting for a core; CPU time is the work itself.
const fCpu = median(floorCpu);
console.log(
  `  CPU time (index + match): ${(median(cpu) / fCpu).toFixed(0)}x the floor's CPU time (${median(cpu).toFixed(0)} ms)`,
);
console.log(`  entries with a proposal: ${proposed}`);

// ---------------------------------------------------------------- the import through the workbook

interface Floor {
  bytes: number;
  ms: number;
  wallMs: number;
  baseMB: number;
  peakMB: number;
}
interface Import extends Floor {
  lines: number;
  entries: number;
  wouldBook: number;
}

function step<T>(args: string[]): T | string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/bankImport.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0) return r.stderr.trim().split('\n').slice(-3).join(' ');
  return args[0] === 'write' ? ('' as T) : (JSON.parse(line) as T);
}

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log('\nstatement import through the workbook, 10,000 invoices (bench/bankImport.ts)');
console.log(
  "  dry run: the CLI's (`klant-inzicht import`, every line printed, none kept; the .xlsx not opened)",
);
console.log("  preview: the pane's (previewImport, every entry kept for its list)");
console.log('  floor: the same file read and split into lines and fields, in a process of its own');
console.log(
  '  CPU: the fair figure on a shared machine; wall beside it. Per line: cost per line as a ratio to the',
);
console.log(
  "  first size's (1.00 = linear). Memory: peak resident set; added = peak minus what the process held",
);
console.log('  before reading the file (the workbook read), per byte of the file.');
console.log(
  '   lines |    bytes | step    |   CPU, x floor        | wall     | per line | peak, x floor     | added, x file | booked | load',
);
const dir = mkdtempSync(join(tmpdir(), 'bank-bench-'));
const firsts = new Map<string, Import>();
try {
  for (const n of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
    const file = join(dir, `statement-${n}.csv`);
    const written = step<string>(['write', String(n), file]);
    const floor = written === '' ? step<Floor>(['floor', file]) : written;
    if (typeof floor === 'string') {
      console.log(`${String(n).padStart(8)} | failed: ${floor}`);
      process.exitCode = 1;
      continue;
    }
    console.log(
      `${String(n).padStart(8)} | ${String(floor.bytes).padStart(8)} | floor   | ${(floor.ms / 1000).toFixed(2).padStart(6)} s CPU          | ${(floor.wallMs / 1000).toFixed(2).padStart(6)} s |          | ${floor.peakMB.toFixed(0).padStart(5)} MB          |               |        | ${load()}`,
    );
    for (const kind of ['dryrun', 'preview'] as const) {
      const before = load();
      const run = step<Import>([kind, file]);
      if (typeof run === 'string') {
        console.log(`${String(n).padStart(8)} | failed (${kind}): ${run}`);
        process.exitCode = 1;
        continue;
      }
      const first = firsts.get(kind) ?? run;
      firsts.set(kind, first);
      // Linear means the cost per line stays put as the file grows: this is it, relative to the smallest size.
      const perLine = run.ms / run.lines / (first.ms / first.lines);
      const added = ((run.peakMB - run.baseMB) * 1048576) / run.bytes;
      console.log(
        `${String(run.lines).padStart(8)} | ${String(run.bytes).padStart(8)} | ${kind.padEnd(7)} | ${(run.ms / floor.ms).toFixed(1).padStart(6)}x ${(run.ms / 1000).toFixed(2).padStart(6)} s CPU | ${(run.wallMs / 1000).toFixed(2).padStart(6)} s | ${perLine.toFixed(2).padStart(6)}x  | ${(run.peakMB / floor.peakMB).toFixed(2).padStart(5)}x ${run.peakMB.toFixed(0).padStart(5)} MB | ${added.toFixed(1).padStart(8)}x     | ${String(run.wouldBook).padStart(6)} | ${before}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
