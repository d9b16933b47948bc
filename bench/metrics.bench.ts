/**
 * Benchmark of the overview the pane shows: every metric of overviewMetrics plus the aging of open
 * receivables, over ledgers of 1,000 / 10,000 / 50,000 invoices generated deterministically (seeded
 * PRNG, fixed today), with credit notes, partial payments and reminders, and the due date from the
 * terms module as the pane resolves it; then the pane's derive over the same ledgers (every invoice's
 * status and ladder state, and the day's reminder plan: what "Vandaag" stands on).
 *
 *   node --expose-gc --import tsx bench/metrics.bench.ts [1000 10000 50000] [--baseline DIR|REV]
 *
 * Each figure is the median CPU time of 5 runs, printed as a ratio to its floor measured in the same
 * run: the same ledger read into plain arrays (one pass over invoices, payments and contacts). Peak
 * memory is the heap the run adds before garbage collection. With --baseline DIR (a copy of another
 * revision's src/, e.g. `git archive main src | tar -x -C DIR`) or --baseline REV (a commit: its
 * src/ is taken out with git archive into a temporary directory outside the work tree, removed
 * afterwards), that revision runs side by side and the ratio new/old is printed too. `npm run bench`
 * compares with a221495, the code before issue 14's work on speed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays, isoDate, type IsoDate } from '../src/domain/dates';
import { cents, subtractCents } from '../src/domain/money';
import * as current from '../src/domain/index';
import {
  defaultSettings,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Ledger,
  type Payment,
} from '../src/domain/model';

type MetricsLedger = Pick<Ledger, 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements'>;
type Core = typeof current;
type Derive = typeof import('../src/taskpane/data/derive').derive;

/**
 * Runs per figure after a warm-up. 3: `npm run bench` must finish in 10 minutes on a shared
 * 2-core machine, where 5 runs (and two extra rounds against the baseline) took 7 of them.
 */
const RUNS = 3;
const TODAY: IsoDate = isoDate('2026-11-22');

/** mulberry32: small, seeded, good enough to spread test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number, INVOICES: number): MetricsLedger {
  const CUSTOMERS = Math.max(50, Math.round(INVOICES / 100));
  const rnd = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const customers: Customer[] = [];
  for (let c = 0; c < CUSTOMERS; c++) {
    customers.push({
      number: `K${String(c).padStart(4, '0')}`,
      name: `Klant ${c}`,
      kind: rnd() < 0.8 ? 'business' : 'consumer',
      paymentTermDays: [14, 30, 30, 45][int(0, 3)] as number,
      ibans: [],
    });
  }
  // A few large customers and a long tail, as a sole trader's book looks.
  const pickCustomer = () => customers[Math.floor(CUSTOMERS * rnd() ** 2.5)] as Customer;
  const lateness = customers.map(() => int(-5, 40));
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const contacts: ContactEntry[] = [];
  for (let i = 0; i < INVOICES; i++) {
    const cust = pickCustomer();
    const ci = Number(cust.number.slice(1));
    const invoiceDate = addDays(TODAY, -int(0, 1095));
    const excl = int(5_000, 500_000);
    const inv: Invoice = {
      number: `F${i}`,
      customerNumber: cust.number,
      invoiceDate,
      amountExclVat: cents(excl),
      amountInclVat: cents(Math.round(excl * 1.21)),
      product: rnd() < 0.1 ? undefined : `Product ${int(1, 20)}`,
      deliveryDate: rnd() < 0.6 ? addDays(invoiceDate, -int(0, 14)) : undefined,
    };
    invoices.push(inv);
    const due = addDays(invoiceDate, cust.paymentTermDays ?? 30);
    const late = (lateness[ci] as number) + int(-5, 15);
    const paidOn = addDays(due, late);
    if (rnd() < 0.03) {
      const cnExcl = -Math.round(excl * 0.2);
      invoices.push({
        number: `C${i}`,
        customerNumber: cust.number,
        invoiceDate: addDays(invoiceDate, 3),
        amountExclVat: cents(cnExcl),
        amountInclVat: cents(Math.round(cnExcl * 1.21)),
        creditsInvoice: inv.number,
      });
    }
    if (paidOn <= TODAY && rnd() < 0.95) {
      // One in ten is paid in two parts.
      const first = cents(rnd() < 0.1 ? Math.round(inv.amountInclVat / 2) : 0);
      if (first > 0) payments.push({ date: addDays(paidOn, -10), amount: first, invoiceNumber: inv.number });
      payments.push({
        date: paidOn,
        amount: subtractCents(inv.amountInclVat, first),
        invoiceNumber: inv.number,
      });
    }
    if (late > 7)
      contacts.push({
        date: addDays(due, 7),
        customerNumber: cust.number,
        invoiceNumber: inv.number,
        channel: 'email',
        ladderStep: 'herinnering-1',
        summary: '',
      });
  }
  return { customers, invoices, payments, contacts, arrangements: [] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The floor: the ledger's fields into plain arrays, one pass per list. */
function readPlain(ledger: MetricsLedger): number {
  const n = ledger.invoices.length;
  const numbers = new Array<string>(n);
  const customers = new Array<string>(n);
  const dates = new Array<string>(n);
  const amounts = new Float64Array(n);
  ledger.invoices.forEach((inv, i) => {
    numbers[i] = inv.number;
    customers[i] = inv.customerNumber;
    dates[i] = inv.invoiceDate;
    amounts[i] = inv.amountInclVat;
  });
  const m = ledger.payments.length;
  const payDates = new Array<string>(m);
  const payAmounts = new Float64Array(m);
  const payInvoices = new Array<string | undefined>(m);
  ledger.payments.forEach((p, i) => {
    payDates[i] = p.date;
    payAmounts[i] = p.amount;
    payInvoices[i] = p.invoiceNumber;
  });
  const contactDates = ledger.contacts.map((c) => c.date);
  return (
    numbers.length +
    customers.length +
    dates.length +
    amounts.length +
    payDates.length +
    payAmounts.length +
    payInvoices.length +
    contactDates.length
  );
}

interface PaneOverview {
  open: number;
  overdue: number;
  dso: number | null;
  aging: Record<string, { count: number; open: number }>;
}

/** What Overzicht needs: every overview metric and the aging, the way `core` offers them. */
function paneOverview(core: Core, ledger: MetricsLedger, index?: current.LedgerIndex): PaneOverview {
  const settings = defaultSettings();
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  // The pane's resolver: the terms module's, each distinct question once where the core offers that.
  const cached = (core.metrics as Partial<typeof current.metrics>).cachedDueDateOf;
  const dueDateOf = cached
    ? cached(customers, settings)
    : (inv: Invoice) => core.dueDateOf(inv, customers.get(inv.customerNumber) as Customer, settings);
  const o = core.metrics.overviewMetrics(ledger, { today: TODAY, dueDateOf, ...(index ? { index } : {}) });
  const withAging = o as { aging?: { buckets: PaneOverview['aging'] } };
  const aging =
    withAging.aging?.buckets ??
    core.agingReport(ledger.invoices, core.indexLedger(ledger), customers, settings, TODAY).buckets;
  return { open: o.totals.openTotal, overdue: o.totals.overdueCount, dso: o.dso.dso, aging };
}

/** What the pane's derive (every invoice's status and ladder state, the day's plan) gave, in short. */
function paneDerive(derive: Derive, ledger: MetricsLedger): string {
  const d = derive({ ...ledger, settings: defaultSettings() }, TODAY);
  const kinds = new Map<string, number>();
  for (const r of d.rows)
    kinds.set(r.dunning?.kind ?? 'error', (kinds.get(r.dunning?.kind ?? 'error') ?? 0) + 1);
  return JSON.stringify({
    plan: d.plan.length,
    due: d.plan.reduce((n, g) => n + g.invoices.length, 0),
    kinds: [...kinds],
  });
}

/**
 * The fastest of RUNS wall-clock times: on a shared machine the least disturbed run is the best
 * estimate of the work itself (process CPU time also counts the collector's threads cleaning up
 * after earlier runs, which swamps a floor of a few milliseconds).
 */
function measure<T>(f: () => T): { cpu: number; wall: number; peak: number; result: T } {
  const cpu: number[] = [];
  const wall: number[] = [];
  let peak = 0;
  let result: T | undefined;
  f(); // warm-up (JIT), not measured
  for (let r = 0; r < RUNS; r++) {
    result = undefined;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
  }
  return { cpu: median(cpu), wall: Math.min(...wall), peak, result: result as T };
}

/**
 * A directory as given, or a revision's src/ taken out of git into a temporary directory (with this
 * tree's node_modules linked in, so its imports resolve), removed when the process exits.
 */
function sourceOf(dirOrRevision: string): string {
  if (existsSync(dirOrRevision)) return dirOrRevision;
  const dir = mkdtempSync(join(tmpdir(), 'metrics-baseline-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const tar = execFileSync('git', ['archive', dirOrRevision, 'src'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--baseline');
  const baseDir = at >= 0 ? args[at + 1] : undefined;
  const sizes = args.filter((a, i) => /^\d+$/.test(a) && i !== at + 1).map(Number);
  const baseSrc = baseDir ? sourceOf(baseDir) : undefined;
  const baseline: Core | undefined = baseSrc
    ? ((await import(resolve(baseSrc, 'src/domain/index.ts'))) as Core)
    : undefined;
  const { derive } = await import('../src/taskpane/data/derive');
  const baseDerive = baseSrc
    ? ((await import(resolve(baseSrc, 'src/taskpane/data/derive.ts'))) as { derive: Derive }).derive
    : undefined;
  const derives: string[] = [];
  if (baseDir) console.log(`baseline: ${baseDir}`);
  if (!gc) console.log('(run with node --expose-gc for steadier memory figures)');
  console.log(`fastest of ${RUNS} runs, wall clock, as a multiple of the floor measured in the same run`);
  console.log(
    "   size | floor: plain arrays | overview + aging, peak heap | given the pane's index" +
      (baseline ? ' | baseline, peak heap      | new / baseline' : ''),
  );
  for (const n of sizes.length > 0 ? sizes : [1_000, 10_000, 50_000]) {
    const ledger = generate(20261122, n);
    const floor = measure(() => readPlain(ledger));
    const now = { ...measure(() => paneOverview(current, ledger)) };
    const index = current.indexLedger(ledger);
    const given = measure(() => paneOverview(current, ledger, index));
    const x = (m: { wall: number }) =>
      `${m.wall.toFixed(0).padStart(5)} ms ${(m.wall / floor.wall).toFixed(0).padStart(4)}x`;
    let tail = '';
    if (baseline) {
      // Right after the current code's runs, so a busy spell on the machine hits both alike.
      const old = measure(() => paneOverview(baseline, ledger));
      tail = `           | ${x(old)}, ${mb(old.peak).padStart(8)} | ${(now.wall / old.wall).toFixed(2)}x (CPU ${(now.cpu / old.cpu).toFixed(2)}x)`;
      if (JSON.stringify(old.result) !== JSON.stringify(now.result)) {
        console.error(
          'MISMATCH between baseline and current:',
          JSON.stringify(old.result),
          JSON.stringify(now.result),
        );
        process.exitCode = 1;
      }
    }
    console.log(
      `${String(ledger.invoices.length).padStart(7)} | ${floor.wall.toFixed(2).padStart(8)} ms         | ${x(now)}, ${mb(now.peak).padStart(8)}  | ${x(given)}${tail}`,
    );
    console.log(
      `        check: open ${now.result.open} c, overdue ${now.result.overdue}, DSO ${now.result.dso}, aging ${JSON.stringify(now.result.aging)}`,
    );
    // The pane's derive over the same ledger (what "Vandaag" stands on), printed after the table.
    const d = measure(() => paneDerive(derive, ledger));
    let line = `${String(n).padStart(7)} | ${x(d)}, ${mb(d.peak).padStart(8)}`;
    if (baseDerive) {
      const old = measure(() => paneDerive(baseDerive, ledger));
      line += ` | baseline ${x(old)} | ${(d.wall / old.wall).toFixed(2)}x (CPU ${(d.cpu / old.cpu).toFixed(2)}x)`;
      if (old.result !== d.result) {
        console.error('MISMATCH in derive between baseline and current:', old.result, d.result);
        process.exitCode = 1;
      }
    }
    derives.push(`${line}\n        check: ${d.result}`);
  }
  console.log("\nthe pane's derive (statuses, ladder states, the day's plan), same floor:");
  for (const line of derives) console.log(line);
}

void main();
