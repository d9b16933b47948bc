/**
 * Refresh & sort through the Office host on the fake Office.js: how many context.sync calls,
 * how large the largest request is (Excel on the web refuses requests over 5 MB), and the time.
 * Beside it the naive pattern (a row at a time, a sync per row) on 1,000 invoices.
 *
 *   npx tsx bench/office.bench.ts            # 1,000 / 10,000 / 50,000 invoices
 *   npx tsx bench/office.bench.ts 1000       # selected sizes
 */
import { OfficeBook } from '../src/hosts/office/officeBook';
import type { OfficeApi } from '../src/hosts/office/officeApi';
import { refreshAndSort } from '../src/workbook/operations';
import { setUp } from '../src/workbook/operations/setUp';
import type { Cell } from '../src/workbook/book';
import { FakeExcel, PAYLOAD_LIMIT } from '../test/support/fakeOffice';

const TODAY = '2026-11-23';
const api = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});

/** Deterministic pseudo-random numbers, so every run measures the same workbook. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function serial(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) -
      Date.UTC(1899, 11, 30)) /
      86_400_000,
  );
}

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

async function workbook(invoices: number): Promise<{ fake: FakeExcel; book: OfficeBook }> {
  const fake = new FakeExcel({ sheets: [{ name: 'Blad1' }] }, { evaluate: standInResult });
  const book = new OfficeBook(api(fake));
  await setUp(book);
  const rand = rng(invoices);
  const customers = Math.max(10, Math.round(invoices / 50));
  const start = serial('2025-01-01');
  const klanten: Record<string, Cell>[] = Array.from({ length: customers }, (_, i) => ({
    Klantnummer: `K${String(i + 1).padStart(5, '0')}`,
    Naam: `Klant ${i + 1}`,
    'E-mail': `klant${i + 1}@example.nl`,
  }));
  const facturen: Record<string, Cell>[] = [];
  const betalingen: Record<string, Cell>[] = [];
  for (let i = 0; i < invoices; i++) {
    const number = `F${String(i + 1).padStart(6, '0')}`;
    const date = start + Math.floor(rand() * 690);
    const amount = Math.round(rand() * 500_000) / 100 + 10;
    facturen.push({
      Factuurnummer: number,
      Klantnummer: `K${String(1 + Math.floor(rand() * customers)).padStart(5, '0')}`,
      Factuurdatum: date,
      Omschrijving: `Werkzaamheden ${i + 1}`,
      'Bedrag incl. BTW': amount,
    });
    if (rand() < 0.6 && date + 20 < serial(TODAY))
      betalingen.push({ Datum: date + 20, Factuurnummer: number, Bedrag: amount });
  }
  await book.apply([
    { kind: 'appendRows', table: 'Klanten', rows: klanten },
    { kind: 'appendRows', table: 'Facturen', rows: facturen },
    { kind: 'appendRows', table: 'Betalingen', rows: betalingen },
  ]);
  fake.resetStats();
  return { fake, book };
}

interface Figures {
  invoices: number;
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  totalBytes: number;
  ms: number;
  fakeMs: number;
  errors: number;
}

async function measure(invoices: number): Promise<Figures> {
  const { fake, book } = await workbook(invoices);
  // The first refresh writes the live formulas; measure the second, the one a user runs daily.
  await refreshAndSort(book, { today: TODAY });
  fake.resetStats();
  const t0 = performance.now();
  const result = await refreshAndSort(book, { today: TODAY });
  const ms = performance.now() - t0;
  const s = fake.stats;
  const first = fake.table('Facturen').values[0];
  if (!first || result.invoices.total !== invoices)
    throw new Error(`refresh saw ${result.invoices.total} of ${invoices} invoices`);
  return {
    invoices,
    syncs: s.syncs,
    largestRequest: s.maxRequestBytes,
    largestResponse: s.maxResponseBytes,
    totalBytes: s.totalRequestBytes,
    ms,
    fakeMs: s.fakeMs,
    errors: result.errors.length,
  };
}

/** The pattern to avoid: read and write each invoice row on its own, a sync per row. */
async function naive(invoices: number): Promise<number> {
  const { fake } = await workbook(invoices);
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
  const runs = sizes.length > 0 ? sizes : [1_000, 10_000, 50_000];
  console.log(`refreshAndSort through OfficeBook on the fake Office.js (request limit ${kb(PAYLOAD_LIMIT)})`);
  console.log(
    'invoices | syncs | largest request | largest response | total sent | wall ms | of which fake ms | host+workbook ms | row errors',
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
        kb(f.totalBytes),
        f.ms.toFixed(0),
        f.fakeMs.toFixed(0),
        (f.ms - f.fakeMs).toFixed(0),
        f.errors,
      ].join(' | '),
    );
    if (f.largestRequest > PAYLOAD_LIMIT) throw new Error('a request passed the 5 MB limit');
  }
  const baseline = results.find((r) => r.invoices === 1_000) ?? (await measure(1_000));
  const naiveSyncs = await naive(1_000);
  console.log(
    `naive row-at-a-time on 1,000 invoices: ${naiveSyncs} syncs vs ${baseline.syncs} (${(naiveSyncs / baseline.syncs).toFixed(0)}x more round trips)`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
