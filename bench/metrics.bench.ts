/**
 * Benchmark of the one-pass overview: 50,000 invoices over 500 customers, generated
 * deterministically (seeded PRNG, fixed today), with credit notes, partial payments and reminders.
 *
 *   npx tsx bench/metrics.bench.ts
 *   node --expose-gc --import tsx bench/metrics.bench.ts   (adds the heap retained after GC)
 *
 * Reports the median of 5 runs of overviewMetrics, as wall time and as process CPU time (steadier
 * on a shared machine), once with a plain due-date resolver and once with the terms module's.
 */
import { performance } from 'node:perf_hooks';
import { addDays, type IsoDate } from '../src/domain/dates';
import { overviewMetrics, type DueDateOf, type MetricsLedger } from '../src/domain/metrics';
import {
  defaultSettings,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Payment,
} from '../src/domain/model';
import { dueDateOf as termsDueDateOf } from '../src/domain/terms';

const INVOICES = 50_000;
const CUSTOMERS = 500;
const RUNS = 5;
const TODAY: IsoDate = '2026-11-22';

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

function generate(seed: number): MetricsLedger {
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
      amountExclVat: excl,
      amountInclVat: Math.round(excl * 1.21),
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
        amountExclVat: cnExcl,
        amountInclVat: Math.round(cnExcl * 1.21),
        creditsInvoice: inv.number,
      });
    }
    if (paidOn <= TODAY && rnd() < 0.95) {
      // One in ten is paid in two parts.
      const first = rnd() < 0.1 ? Math.round(inv.amountInclVat / 2) : 0;
      if (first > 0) payments.push({ date: addDays(paidOn, -10), amount: first, invoiceNumber: inv.number });
      payments.push({ date: paidOn, amount: inv.amountInclVat - first, invoiceNumber: inv.number });
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

const ledger = generate(20261122);
const settings = defaultSettings();
const customersByNumber = new Map(ledger.customers.map((c) => [c.number, c]));
const simpleDue: DueDateOf = (inv) =>
  inv.dueDate ?? addDays(inv.invoiceDate, customersByNumber.get(inv.customerNumber)?.paymentTermDays ?? 30);
const termsDue: DueDateOf = (inv) => {
  const customer = customersByNumber.get(inv.customerNumber);
  return customer ? termsDueDateOf(inv, customer, settings) : addDays(inv.invoiceDate, 30);
};

console.log(
  `ledger: ${ledger.invoices.length} invoices/credit notes, ${ledger.payments.length} payments, ${ledger.contacts.length} contacts, ${ledger.customers.length} customers`,
);
for (const [label, dueDateOf] of [
  ['simple due-date resolver', simpleDue],
  ['terms.dueDateOf resolver', termsDue],
] as const) {
  const times: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  let result: ReturnType<typeof overviewMetrics> | undefined;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let r = 0; r < RUNS; r++) {
    result = undefined;
    gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = overviewMetrics(ledger, { today: TODAY, dueDateOf });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  gc?.();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  console.log(
    `${label}: median ${median(times).toFixed(0)} ms wall (${times.map((t) => t.toFixed(0)).join(', ')}), median ${median(cpu).toFixed(0)} ms CPU of ${RUNS} runs`,
  );
  console.log(
    `  heap used: ${mb(heapBefore)} with the ledger loaded, ${mb(peak)} highest seen right after a run (garbage included)` +
      (gc ? `, result retains ${mb(retained)} after GC` : ' (run with --expose-gc for the retained figure)'),
  );
  if (result) {
    console.log(
      `  check: open ${result.totals.openTotal} c, overdue ${result.totals.overdueCount}, DSO ${result.dso.dso}, HHI ${result.dependency.hhi?.toFixed(0)} (${result.dependency.concentration}), customers with behaviour ${result.behaviour.customers.length}, late-invoiced ${result.invoicingDelay.late.length}`,
    );
  }
}
