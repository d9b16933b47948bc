/**
 * Benchmark of the .xlsx host and CLI: `check` and `sort` on generated workbooks of 1,000,
 * 10,000 and 50,000 invoices (500 customers), each as a ratio to its floor measured side by side
 * in the same run: ExcelJS's own open + save of the same file (`exceljs`). Each run is a fresh
 * child process, so time and peak memory (max RSS) belong to that command alone. Targets (issue
 * 14): sort within 2x the floor's time and 1.5x its peak memory.
 *
 *   npx tsx bench/xlsx.bench.ts            # all sizes
 *   npx tsx bench/xlsx.bench.ts 1000 10000 # chosen sizes
 *   KI_BENCH_DIR=/tmp/wb npx tsx bench/xlsx.bench.ts 100000  # keep (and reuse) the generated files
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { XlsxBook } from '../src/hosts/xlsx/xlsxBook';
import type { Cell } from '../src/workbook/book';
import { setUp } from '../src/workbook/operations';

const TODAY = '2025-06-30';
const CUSTOMERS = 500;

function serial(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 +
    25_569
  );
}

/** A small deterministic generator, so every run measures the same workbook. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

async function generate(invoices: number, path: string): Promise<void> {
  const rnd = lcg(invoices);
  const book = XlsxBook.create();
  await setUp(book, {});
  const start = serial(TODAY) - 730;
  const customers: Record<string, Cell>[] = [];
  for (let c = 1; c <= CUSTOMERS; c += 1) {
    customers.push({
      Klantnummer: `K${String(c).padStart(4, '0')}`,
      Naam: `Klant ${c} B.V.`,
      'E-mail': `klant${c}@example.nl`,
      'Soort klant': c % 5 === 0 ? 'Particulier' : 'Zakelijk',
      'Betaaltermijn (dagen)': c % 3 === 0 ? 14 : 30,
    });
  }
  const rows: Record<string, Cell>[] = [];
  const payments: Record<string, Cell>[] = [];
  for (let i = 1; i <= invoices; i += 1) {
    const date = start + Math.floor(rnd() * 730);
    const excl = Math.round(50 + rnd() * 5000);
    const incl = Math.round(excl * 121) / 100;
    const number = `F${String(i).padStart(6, '0')}`;
    rows.push({
      Factuurnummer: number,
      Klantnummer: `K${String(1 + Math.floor(rnd() ** 2 * CUSTOMERS)).padStart(4, '0')}`,
      Factuurdatum: date,
      Omschrijving: `Werkzaamheden ${i}`,
      'Bedrag excl. BTW': excl,
      'Bedrag incl. BTW': incl,
    });
    const paidOn = date + 5 + Math.floor(rnd() * 70);
    if (paidOn < serial(TODAY) && rnd() < 0.8)
      payments.push({ Datum: paidOn, Factuurnummer: number, Bedrag: incl });
  }
  await book.apply([
    { kind: 'appendRows', table: 'Klanten', rows: customers },
    { kind: 'appendRows', table: 'Facturen', rows },
    { kind: 'appendRows', table: 'Betalingen', rows: payments },
  ]);
  writeFileSync(path, await book.toBuffer());
}

interface Measured {
  command: string;
  exitCode: number;
  ms: number;
  maxRssMb: number;
}

/** The floor: what ExcelJS itself costs to open and save the same file, with nothing of ours. */
async function excelJsOpenSave(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  writeFileSync(`${file}.exceljs.xlsx`, Buffer.from(await wb.xlsx.writeBuffer()));
  return 0;
}

async function child(command: string, file: string): Promise<void> {
  const sink = { stdout: () => undefined, stderr: () => undefined, stderrIsTty: false, today: () => TODAY };
  const t0 = performance.now();
  const exitCode =
    command === 'exceljs' ? await excelJsOpenSave(file) : await main([command, file, '--today', TODAY], sink);
  const ms = performance.now() - t0;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const m: Measured = { command, exitCode, ms, maxRssMb };
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

/**
 * LibreOffice's headless convert of the same file to .xlsx (open + save in another program), with
 * a profile of its own so parallel runs do not clash; its max RSS through GNU time when present.
 */
function libreOffice(file: string): Measured | undefined {
  const soffice = '/usr/bin/soffice';
  if (!existsSync(soffice)) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'ki-bench-lo-'));
  const profile = `file://${join(out, 'profile')}`;
  const args = [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'xlsx',
    '--outdir',
    out,
    file,
  ];
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', soffice, ...args], { encoding: 'utf8' })
    : spawnSync(soffice, args, { encoding: 'utf8' });
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  const rss = /maxrss=(\d+)/.exec(r.stderr ?? '')?.[1];
  return { command: 'libreoffice', exitCode: r.status ?? -1, ms, maxRssMb: rss ? Number(rss) / 1024 : NaN };
}

function runChild(command: string, file: string): Measured {
  const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [__filename, '--child', command, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measured;
  } catch {
    throw new Error(`child ${command} failed: ${r.stderr}`);
  }
}

async function parent(sizes: number[]): Promise<void> {
  const keep = process.env.KI_BENCH_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'ki-bench-'));
  const results: Record<number, Record<string, Measured>> = {};
  try {
    for (const n of sizes) {
      const original = join(dir, `werkmap-${n}.xlsx`);
      const g0 = performance.now();
      if (!keep || !existsSync(original)) await generate(n, original);
      const genMs = performance.now() - g0;
      // Every command gets the generated file as it was: sort changes it in place.
      const file = join(dir, `run-${n}.xlsx`);
      copyFileSync(original, file);
      const sizeKb = statSync(file).size / 1024;
      results[n] = {};
      for (const command of ['exceljs', 'libreoffice', 'check', 'sort', 'check']) {
        const m = command === 'libreoffice' ? libreOffice(file) : runChild(command, file);
        if (!m) continue;
        const key = results[n]?.[command] ? `${command} (after sort)` : command;
        (results[n] as Record<string, Measured>)[key] = m;
        const floor = results[n]?.exceljs;
        const ratio =
          floor && command !== 'exceljs'
            ? `  = ${(m.ms / floor.ms).toFixed(2)}x time, ${(m.maxRssMb / floor.maxRssMb).toFixed(2)}x memory of ExcelJS open+save`
            : '';
        const lo = results[n]?.libreoffice;
        const vsLo =
          lo && command === 'sort' ? `, ${(m.ms / lo.ms).toFixed(2)}x time of LibreOffice's convert` : '';
        console.log(
          `${String(n).padStart(6)} invoices  ${key.padEnd(18)} ${m.ms.toFixed(0).padStart(7)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB max RSS  exit ${m.exitCode}${ratio}${vsLo}` +
            (command === 'check' && key === 'check'
              ? `   (file ${sizeKb.toFixed(0)} KB, generated in ${genMs.toFixed(0)} ms)`
              : ''),
        );
      }
    }
    const a = results[10_000];
    const b = results[50_000];
    if (a && b) {
      for (const key of ['check', 'sort']) {
        const x = a[key];
        const y = b[key];
        if (x && y) {
          console.log(
            `growth 10k -> 50k  ${key.padEnd(6)} time x${(y.ms / x.ms).toFixed(2)}  max RSS x${(y.maxRssMb / x.maxRssMb).toFixed(2)}`,
          );
        }
      }
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  void child(args[1] ?? 'check', args[2] ?? '');
} else {
  const sizes = args.length ? args.map(Number) : [1_000, 10_000, 50_000];
  void parent(sizes);
}
