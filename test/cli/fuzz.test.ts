/**
 * Fuzz: 10,000 hostile invoice rows (formula-looking text, control and non-BMP characters, the
 * product's own header words as values, extreme dates and amounts, text where numbers belong)
 * written by openpyxl, run through the CLI's init, check and sort as separate processes, and read
 * back by openpyxl (Debian's python3): every cell the person typed must come back equal, with its
 * type, and every error the CLI reports must name its sheet and cell or row. Seeded: one run in
 * the suite is the same run every time; FUZZ_SEED=n tries another.
 */
import { isoDate } from '../../src/domain/dates';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lcg } from './bigWorkbook';
import { cli, STACK_FRAME, type Run } from './run';

jest.setTimeout(1_800_000);

const PYTHON = '/usr/bin/python3';
const TOOL = join(__dirname, 'fuzzWorkbook.py');
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261130);
const ROWS = 10_000;
const CUSTOMERS = 200;
const TODAY = isoDate('2025-06-30');

type Value = string | number | { date: string } | null;

const TEXT = [
  '=1+1',
  '=HYPERLINK("http://example.invalid","klik")',
  "=cmd|' /C calc'!A0",
  '+31 6 12345678',
  '-12',
  '@SUM(A1:A9)',
  '\t=1',
  '<script>alert(1)</script>',
  '&amp; &lt;b&gt; &#233;',
  ']]><x/>',
  '${jndi:ldap://x}',
  'regel 1\nregel 2',
  'tab\there',
  'C1 \u0085\u009b controls',
  'RTL \u202eevil\u202c',
  'gezin 👨‍👩‍👧 en 𝄞 😀',
  'no-break\u00a0spatie',
  '  spaties rondom  ',
  'Zoë Ĳsselmeer Ærø',
  'Factuurnummer',
  'Actie',
  'Order',
  'Status',
  'Vervaldatum',
  'Openstaand',
  'Controleer invoer',
  '#N/A',
  'TRUE',
  '1.234,56',
  '0031',
];

const FAR_FUTURE: Value[] = [{ date: '9999-12-31' }, '31-12-9999', 2_958_466, 1e9];
const DATES: Value[] = [
  { date: '1900-01-01' },
  { date: '1900-03-01' },
  { date: '1904-02-29' },
  { date: '2024-02-29' },
  '29-02-2025',
  'gisteren',
  '2025-13-01',
  -1,
  0,
  ...FAR_FUTURE,
];

const AMOUNTS: Value[] = [
  0,
  -0.01,
  0.005,
  1e15,
  123_456_789_012.34,
  1e300,
  -1e300,
  '1.234,56',
  '€ -0,01',
  'veel',
  '=1/0',
  '1e999',
];

function isoOf(day: number): string {
  return new Date(Date.UTC(2023, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

interface Spec {
  sheets: {
    name: string;
    table: string;
    headers: string[];
    rows: Value[][];
    merged?: string[];
    hidden?: number[];
  }[];
}

/** The workbook a person might bring: mostly ordinary rows, one in three hostile in some cell. */
function spec(seed: number, structure: boolean): Spec {
  const rnd = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const hostile = () => rnd() < 0.35;
  // Dates near the year 9999 stop a sort today (issue 10 point 9, its own failing case); the
  // structure run leaves them out so that it tests what it names.
  const dates = structure ? DATES.filter((d) => !FAR_FUTURE.includes(d)) : DATES;
  const customers: Value[][] = [];
  for (let c = 1; c <= CUSTOMERS; c += 1)
    customers.push([
      `K${c}`,
      hostile() ? pick(TEXT) : `Klant ${c}`,
      hostile() ? pick(TEXT) : `k${c}@example.nl`,
    ]);
  const invoices: Value[][] = [];
  for (let i = 1; i <= ROWS; i += 1) {
    const excl = Math.round(rnd() * 500_000) / 100;
    const row: Value[] = [
      hostile() && rnd() < 0.2 ? `${pick(TEXT)} ${i}` : `F${i}`,
      hostile() && rnd() < 0.1 ? pick(TEXT) : `K${1 + Math.floor(rnd() * CUSTOMERS)}`,
      hostile() && rnd() < 0.2 ? pick(dates) : { date: isoOf(Math.floor(rnd() * 900)) },
      hostile() ? pick(TEXT) : `Werk ${i}`,
      hostile() && rnd() < 0.2 ? pick(AMOUNTS) : excl,
      hostile() && rnd() < 0.2 ? pick(AMOUNTS) : Math.round(excl * 121) / 100,
      hostile() ? pick(TEXT) : null,
    ];
    if (structure) row.push(pick(['bellen', 'mailen', null]), `PO-${Math.floor(rnd() * 10_000)}`);
    invoices.push(row);
  }
  const headers = [
    'Factuurnummer',
    'Klantnummer',
    'Factuurdatum',
    'Omschrijving',
    'Bedrag excl. BTW',
    'Bedrag incl. BTW',
    'Notities',
  ];
  const merged: string[] = [];
  const hidden: number[] = [];
  if (structure) {
    headers.push('Actie', 'Order');
    // Another program merged description cells of neighbouring rows; someone hid some rows.
    for (let k = 0; k < 20; k += 1) {
      const r = 2 + Math.floor(rnd() * (ROWS - 2));
      if (!merged.some((m) => m.includes(`D${r}:`) || m.endsWith(`D${r}`) || m.endsWith(`D${r + 1}`)))
        merged.push(`D${r}:D${r + 1}`);
      hidden.push(2 + Math.floor(rnd() * ROWS));
    }
  }
  return {
    sheets: [
      { name: 'Klanten', table: 'Klanten', headers: ['Klantnummer', 'Naam', 'E-mail'], rows: customers },
      { name: 'Facturen', table: 'Facturen', headers, rows: invoices, merged, hidden: [...new Set(hidden)] },
    ],
  };
}

interface SheetBack {
  rows: Value[][];
  types: string[][];
  hidden: number[];
  merged: string[];
}

function readBack(file: string): Record<string, SheetBack> {
  const r = spawnSync(PYTHON, [TOOL, 'read', file], { encoding: 'utf8', maxBuffer: 512 << 20 });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${file}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, SheetBack>;
}

/**
 * Every row of the original sheet, as the person's own cells (value and type, by header), must be
 * found in the result; rows may move (sort), columns may be added, nothing typed may change.
 */
function lostRows(before: SheetBack, after: SheetBack | undefined, limit = 5): string[] {
  if (!after) return ['sheet is gone'];
  const headers = (before.rows[0] ?? []).map(String);
  const afterHeaders = (after.rows[0] ?? []).map((h) => String(h));
  const at = headers.map((h) => afterHeaders.indexOf(h));
  const missingHeaders = headers.filter((_, j) => at[j] === -1);
  if (missingHeaders.length) return [`headers gone: ${missingHeaders.join(', ')}`];
  const key = (rows: SheetBack, r: number, cols: number[]) =>
    JSON.stringify(cols.map((c) => [rows.rows[r]?.[c] ?? null, rows.types[r]?.[c] ?? 'n']));
  const have = new Map<string, number>();
  for (let r = 1; r < after.rows.length; r += 1) {
    const k = key(after, r, at);
    have.set(k, (have.get(k) ?? 0) + 1);
  }
  const lost: string[] = [];
  for (let r = 1; r < before.rows.length; r += 1) {
    const k = key(
      before,
      r,
      headers.map((_, j) => j),
    );
    const n = have.get(k) ?? 0;
    if (n > 0) have.set(k, n - 1);
    else if (lost.push(`row ${r + 1}: ${k.slice(0, 300)}`) >= limit) break;
  }
  return lost;
}

/** Every error line names a sheet and a cell or row; nothing internal, no stack frame. */
function unlocated(run: Run): string[] {
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  const bad = lines.filter(
    (l) =>
      (/^(?:error|fout) /.test(l) &&
        !/^(?:error {3}|fout {4})\S.*(![A-Z]{1,3}\d+ \(| (?:row|rij) \d+)/.test(l)) ||
      /interne fout|internal error/.test(l),
  );
  // Located: a sheet with a row, or a sheet with the cells concerned (merged cells, hidden rows).
  const located =
    /\((?:blad|sheet) .*(?:rij|row) \d+/.test(run.stderr) ||
    /\b(?:blad|sheet) \S+.*\b(?:[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?|(?:rij|rijen|row|rows) \d+)/.test(
      run.stderr,
    );
  if (run.status === 8 && !located) bad.push(`exit 8 without a location: ${run.stderr.trim()}`);
  if (STACK_FRAME.test(run.stderr)) bad.push('stack trace on stderr');
  if (run.signal) bad.push(`killed by ${run.signal}`);
  return bad;
}

function build(dir: string, structure: boolean | Spec): string {
  const specFile = join(dir, 'spec.json');
  const file = join(dir, 'Klanten.xlsx');
  writeFileSync(specFile, JSON.stringify(typeof structure === 'boolean' ? spec(SEED, structure) : structure));
  const r = spawnSync(PYTHON, [TOOL, 'build', specFile, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl could not build the workbook: ${r.stderr}`);
  return file;
}

let dir: string;
const keep = () => process.env['FUZZ_KEEP'] === '1';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-fuzz-'));
});
afterEach(() => (keep() ? undefined : rmSync(dir, { recursive: true, force: true })));

describe(`${ROWS.toLocaleString('en')} hostile rows through init, check and sort`, () => {
  let file: string;
  let original: Record<string, SheetBack>;
  let init: Run;
  let fuzzDir: string;
  beforeAll(() => {
    fuzzDir = mkdtempSync(join(tmpdir(), 'ki-fuzz-'));
    file = build(fuzzDir, false);
    original = readBack(file);
    init = cli(['init', file, '--today', TODAY]);
  });
  afterAll(() => (keep() ? undefined : rmSync(fuzzDir, { recursive: true, force: true })));

  it('init keeps every typed cell and reports nothing unlocated', () => {
    expect(original['Facturen']?.rows.length).toBe(ROWS + 1);
    expect(unlocated(init)).toEqual([]);
    expect(init.status).toBe(0);
    const after = readBack(file);
    for (const sheet of ['Klanten', 'Facturen'])
      expect({ sheet, lost: lostRows(original[sheet] as SheetBack, after[sheet]) }).toEqual({
        sheet,
        lost: [],
      });
  });

  it('check locates every error', () => {
    const check = cli(['check', file, '--today', TODAY]);
    expect(unlocated(check)).toEqual([]);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^fout {4}Facturen!/m);
  });

  // Issue 10 point 9: one bad row never stops the others. Notes (what the file cannot hold) may be
  // said; nothing else on stderr.
  it('sort keeps every typed cell, sorts the rows it can read, and locates every error', () => {
    const sort = cli(['sort', file, '--today', TODAY]);
    expect(unlocated(sort)).toEqual([]);
    const notNotes = sort.stderr.split('\n').filter((l) => l !== '' && !/^(?:note|let op): /.test(l));
    expect({ status: sort.status, stderr: notNotes }).toEqual({ status: 1, stderr: [] });
    const after = readBack(file);
    for (const sheet of ['Klanten', 'Facturen'])
      expect({ sheet, lost: lostRows(original[sheet] as SheetBack, after[sheet]) }).toEqual({
        sheet,
        lost: [],
      });
  });
});

// Issue 10 points 1, 2 and 5: the person's "Actie" and "Order" columns, merged cells and
// hand-hidden rows in the table body. Each must either keep the person's data or refuse before
// saving, with the cells named; this test accepts either.
it(`sort of ${ROWS.toLocaleString('en')} hostile rows with merged cells, hidden rows and the person's own "Actie" and "Order" columns keeps them or refuses`, () => {
  const file = build(dir, true);
  const original = readBack(file);
  expect(cli(['init', file, '--today', TODAY]).status).toBe(0);
  const sort = cli(['sort', file, '--today', TODAY]);
  expect(unlocated(sort)).toEqual([]);
  const after = readBack(file);
  const facturen = original['Facturen'] as SheetBack;
  const kept = lostRows(facturen, after['Facturen']).length === 0;
  const refused = sort.status !== 0 && sort.status !== 1;
  expect(kept || refused).toBe(true);
  if (!refused) {
    // The hidden rows still hide the same invoices, and the merges still join the same text.
    const numbersOf = (s: SheetBack, rows: number[]) => rows.map((r) => s.rows[r - 1]?.[0]).sort();
    expect(numbersOf(after['Facturen'] as SheetBack, after['Facturen']?.hidden ?? [])).toEqual(
      numbersOf(facturen, facturen.hidden),
    );
  }
});

const SMALL: Spec = {
  sheets: [
    {
      name: 'Klanten',
      table: 'Klanten',
      headers: ['Klantnummer', 'Naam', 'E-mail'],
      rows: [
        ['K1', 'regel 1\r\nregel 2', 'a@example.nl'],
        ['K2', 'alleen\rCR', 'b@example.nl'],
      ],
    },
  ],
};

// Issue 10 point 7, the cell half: a carriage return typed in a cell survives a save (written as
// _x000D_, as Excel does; raw in the XML every reader would normalise it to a line feed).
it('a carriage return typed in a cell survives a save', () => {
  const file = build(dir, SMALL);
  const original = readBack(file);
  expect(cli(['init', file, '--today', TODAY]).status).toBe(0);
  expect(lostRows(original['Klanten'] as SheetBack, readBack(file)['Klanten'])).toEqual([]);
});

// openpyxl (and other OPC writers) name related parts by absolute path
// (Target="/xl/tables/table1.xml"), which ExcelJS 4.4 does not resolve: the host normalises them.
it('reads a workbook whose relationships use absolute part names, as openpyxl writes them', () => {
  const file = build(dir, {
    sheets: [{ ...(SMALL.sheets[0] as Spec['sheets'][number]), rows: [['K1', 'A', null]] }],
  });
  const check = cli(['check', file, '--today', TODAY]);
  expect(check.stderr).toBe('');
  expect(check.status).toBe(1);
});
