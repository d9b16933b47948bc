/**
 * "Sorteer werkmap" as a person clicks it: through the function file's real entry
 * (src/commands/main.ts), loaded afresh per click as Office does, on the fake Office.js, status
 * line included. Prints the context.sync calls, the largest request and response (the contract:
 * at most 6 syncs, the same at every size, nothing over 4 MB) and the time. Beside it the naive
 * pattern (a row at a time, a sync per row) on 1,000 invoices.
 *
 *   npx tsx bench/office.bench.ts            # 100 / 1,000 / 10,000 / 50,000 invoices
 *   npx tsx bench/office.bench.ts 1000       # selected sizes
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Cell } from '../src/workbook/book';
import { ruleMarker } from '../src/workbook/productRule';
import { fakeCommandEvent, FakeExcel, type FakeOfficeGlobal } from '../test/support/fakeOffice';
import { klantInzichtWorkbook } from '../test/support/fakeOffice/workbook';

const MAX_SYNCS = 6;
const MAX_BYTES = 4 * 1024 * 1024;
const ROOT = path.resolve(__dirname, '..');
const load = createRequire(__filename);

/**
 * The fake does not calculate; real Excel returns each live cell's result in `values`, so the
 * response must carry them. This stand-in gives results of realistic size per live column
 * (Facturen Q:T = due date serial, open amount, days overdue, status; Klanten M = open amount).
 */
function standInResult(formula: string, _sheet: string, row: number, col: number): Cell {
  if (formula.startsWith('=ROUND(SUMIFS(')) return 1234.56;
  return (
    [
      46_000 + (row % 500),
      Math.round((row * 7919) % 500_000) / 100,
      row % 90,
      row % 3 === 0 ? 'Deels betaald' : 'Betaald',
    ][col - 16] ?? 0
  );
}

/** One click in a fresh runtime: the entry and everything it imports are loaded anew. */
async function click(fake: FakeExcel): Promise<void> {
  for (const id of Object.keys(load.cache)) if (id.startsWith(path.join(ROOT, 'src'))) delete load.cache[id];
  const office: FakeOfficeGlobal = fake.officeGlobal('nl-NL');
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Office = office;
  g.Excel = { run: fake.run };
  load(path.join(ROOT, 'src/commands/main.ts'));
  const handler = office.associated.get('SortWorkbook');
  if (!handler) throw new Error('SortWorkbook is not associated');
  const event = fakeCommandEvent();
  await handler(event);
  if (event.completedCalls !== 1) throw new Error('the command did not complete once');
}

interface Figures {
  invoices: number;
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  ms: number;
  fakeMs: number;
  status: string;
  /** The product's overdue rules on Facturen after the click, and the range of each. */
  highlight: string;
}

async function measure(invoices: number): Promise<Figures> {
  const { fake } = await klantInzichtWorkbook({
    customers: Math.max(10, Math.round(invoices / 50)),
    invoices,
    options: { evaluate: standInResult },
  });
  // The first click writes the live formulas; measure the second, the one a person makes daily.
  await click(fake);
  fake.resetStats();
  const t0 = performance.now();
  await click(fake);
  const ms = performance.now() - t0;
  const s = fake.stats;
  return {
    invoices,
    syncs: s.syncs,
    largestRequest: s.maxRequestBytes,
    largestResponse: s.maxResponseBytes,
    ms,
    fakeMs: s.fakeMs,
    status: String(fake.cell('Overzicht', 'A2').value),
    highlight: productRules(fake),
  };
}

function productRules(fake: FakeExcel): string {
  const rules = (fake.snapshot().sheets.find((s) => s.name === 'Facturen')?.conditionalFormats ?? []).filter(
    (c) => ruleMarker(c.formula) === 'overdue',
  );
  return `${rules.length} over ${rules.map((r) => r.address.replace(/^.*!/, '')).join(', ')} (body ${fake
    .table('Facturen')
    .address.replace(/^.*!/, '')
    .replace(/^([A-Z]+)1:/, '$12:')})`;
}

/** The pattern to avoid: read and write each invoice row on its own, a sync per row. */
async function naive(invoices: number): Promise<number> {
  const { fake } = await klantInzichtWorkbook({ customers: 20, invoices });
  await fake.run({ delayForCellEdit: true }, async (ctx) => {
    const table = ctx.workbook.tables.getItem('Facturen');
    const body = table.getDataBodyRange().load('rowCount');
    const headers = table.getHeaderRowRange().load('values');
    await ctx.sync();
    const names = (headers.values[0] ?? []).map(String);
    const step = names.indexOf('Volgende stap');
    for (let r = 0; r < body.rowCount; r++) {
      const row = body.getRow(r).load('values');
      await ctx.sync(); // the anti-pattern measured here
      row.getCell(0, step).values = [[`stap ${String(row.values[0]?.[0])}`]];
      await ctx.sync(); // the anti-pattern measured here
    }
    table.sort.apply([{ key: 0, ascending: true }]);
    await ctx.sync();
  });
  return fake.stats.syncs;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const runs = sizes.length > 0 ? sizes : [100, 1_000, 10_000, 50_000];
  console.log(`one "Sorteer werkmap" click through src/commands/main.ts on the fake Office.js`);
  console.log(
    'invoices | syncs | largest request | largest response | wall ms | of which fake ms | overdue rules | status',
  );
  const results: Figures[] = [];
  for (const n of runs) {
    const f = await measure(n);
    results.push(f);
    console.log(
      [
        f.invoices,
        f.syncs,
        kb(f.largestRequest),
        kb(f.largestResponse),
        f.ms.toFixed(0),
        f.fakeMs.toFixed(0),
        f.highlight,
        f.status.slice(0, 60),
      ].join(' | '),
    );
  }
  const broken = results.filter(
    (r) => r.syncs > MAX_SYNCS || r.largestRequest > MAX_BYTES || r.largestResponse > MAX_BYTES,
  );
  const counts = new Set(results.map((r) => r.syncs));
  console.log(
    `contract (<= ${MAX_SYNCS} syncs, the same at every size, nothing over 4 MB): ${
      broken.length === 0 && counts.size === 1 ? 'kept' : 'BROKEN'
    }`,
  );
  const baseline = results.find((r) => r.invoices === 1_000) ?? (await measure(1_000));
  const naiveSyncs = await naive(1_000);
  console.log(
    `naive row-at-a-time on 1,000 invoices: ${naiveSyncs} syncs vs ${baseline.syncs} (${(naiveSyncs / baseline.syncs).toFixed(0)}x more round trips)`,
  );
  if (broken.length > 0 || counts.size > 1) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
