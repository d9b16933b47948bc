/**
 * The corpus of self-made lists (test/fixtures/xlsx/corpus, made by scripts/make-xlsx-corpus.py
 * with openpyxl, pandas and LibreOffice): every CLI command runs on every list, the statuses and
 * open total come out as the list's JSON says, the person's cells stay as they were (read back
 * with openpyxl), and LibreOffice recalculates the sorted file's live formulas to the same
 * statuses. The lists of Google Sheets and Apple Numbers (gs-*, nu-*) carry those programs' package
 * quirks (no docProps, no styles part, other relationship ids, sheet names with spaces and quotes,
 * 1904 dates). The openpyxl and pandas lists link their parts with absolute targets
 * (Target="/xl/tables/table1.xml"), which the host follows (normalizePackage.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { indexLedger } from '../../src/domain/ledger';
import { invoiceStatus } from '../../src/domain/status';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { loadLedger } from '../../src/workbook/operations';
import { STATUS_LABELS } from '../../src/workbook/schema';
import { libreOfficeCsv } from '../hosts/xlsx/soffice';
import { isoDate } from '../../src/domain/dates';

jest.setTimeout(300_000);

interface Expectation {
  file: string;
  program: string;
  today: string;
  statuses: Record<string, string>;
  open: number;
  kept: [string, string, string, string][];
  checkExit: number;
  fixes?: number;
  /** The sheet of the invoice table, when it is not called Facturen. */
  invoiceSheet?: string;
}

const CORPUS = join(__dirname, '../fixtures/xlsx/corpus');
const STATEMENT = join(__dirname, '../fixtures/bank/camt053/oca-test-camt053.xml');
const lists: Expectation[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as Expectation);

const KIND_LABEL: Record<string, keyof typeof STATUS_LABELS> = {
  open: 'open',
  'due-today': 'dueToday',
  overdue: 'overdue',
  'partly-paid': 'partlyPaid',
  'paid-on-time': 'paid',
  'paid-late': 'paid',
  credited: 'credited',
  disputed: 'disputed',
  'in-arrangement': 'arrangement',
  'written-off': 'writtenOff',
  'credit-note': 'creditNote',
};

/** Cells as openpyxl reads them: the value in `column` of the row whose first cell is `key`. */
function openpyxlCells(file: string, wanted: [string, string, string, string][]): string[] {
  const script = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], data_only=False)
out = []
for sheet, col, key, _ in json.loads(sys.argv[2]):
    ws = wb[sheet]
    hit = None
    for row in ws.iter_rows(min_row=2):
        if row[0].value is not None and str(row[0].value) == key:
            hit = ws[f"{col}{row[0].row}"].value
    out.append(None if hit is None else str(hit))
print(json.dumps(out))
`;
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, file, JSON.stringify(wanted)], { encoding: 'utf8' }),
  ) as string[];
}

describe.each(lists.map((l) => [l.file, l] as const))('corpus %s', (_name, expected) => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ki-corpus-'));
    file = join(dir, expected.file);
    copyFileSync(join(CORPUS, expected.file), file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const io = bufferIo(expected.today);
    const code = await main([...argv, '--today', expected.today], io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };

  it('runs init, check, check --fix, sort, report, remind and import, with the expected figures', async () => {
    const first = await run('check', file);
    expect(first.code).not.toBe(EXIT.internal);
    expect(first.code).not.toBe(EXIT.notAWorkbook);
    const init = await run('init', file);
    expect([init.code, init.err]).toEqual([EXIT.ok, expect.any(String)]);
    const check = await run('check', file);
    expect(check.code).toBe(expected.checkExit);
    const fix = await run('check', file, '--fix');
    expect(fix.code).toBe(expected.checkExit);
    expect(fix.out.split('\n').filter((l) => /^omgezet /.test(l))).toHaveLength(expected.fixes ?? 0);
    expect(fix.out).not.toMatch(/staat als tekst/);
    const sort = await run('sort', file);
    expect(sort.code).toBe(EXIT.ok);
    const report = await run('report', file, '--json');
    expect(report.code).toBe(EXIT.ok);
    const json = JSON.parse(report.out) as { metrics: { totals: { openTotal: number } } };
    expect(json.metrics.totals.openTotal).toBe(Math.round(expected.open * 100));
    const remind = await run('remind', file, '--out', join(dir, 'drafts'));
    // No company IBAN in a self-made list: remind says so (8) rather than drafting without it.
    expect([EXIT.ok, EXIT.workbookProblem]).toContain(remind.code);
    expect(remind.err).not.toMatch(/\n\s+at /);
    const imported = await run('import', file, STATEMENT);
    expect(imported.code).toBe(EXIT.ok);

    // The core, on the sorted file.
    const loaded = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    const index = indexLedger(loaded.ledger);
    const statuses = Object.fromEntries(
      Object.keys(expected.statuses).map((n) => {
        const inv = loaded.ledger.invoices.find((i) => i.number === n);
        if (!inv) return [n, 'missing'];
        const customer = index.customersByNumber.get(inv.customerNumber);
        if (!customer) return [n, 'no customer'];
        const s = invoiceStatus(inv, index, customer, loaded.ledger.settings, isoDate(expected.today));
        return [n, STATUS_LABELS[KIND_LABEL[s.kind] as keyof typeof STATUS_LABELS].nl];
      }),
    );
    expect(statuses).toEqual(expected.statuses);

    // The person's cells, read independently of ExcelJS.
    expect(openpyxlCells(file, expected.kept)).toEqual(expected.kept.map((k) => k[3]));
  });
});

// One test per list: LibreOffice takes its time on a shared machine, and each list gets its own.
it.each(lists.map((l) => [l.file, l] as const))(
  'LibreOffice recalculates the sorted %s to the same statuses',
  async (_name, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'ki-corpus-lo-'));
    try {
      const file = join(dir, expected.file);
      copyFileSync(join(CORPUS, expected.file), file);
      for (const argv of [
        ['init', file],
        ['check', file, '--fix'],
        ['sort', file],
      ]) {
        const io = bufferIo(expected.today);
        await main([...argv, '--today', expected.today], io);
      }
      const facturen = libreOfficeCsv(file).get(expected.invoiceSheet ?? 'Facturen') ?? [];
      const headers = facturen[0] ?? [];
      const status =
        headers.indexOf('Status (Klant Inzicht)') >= 0
          ? headers.indexOf('Status (Klant Inzicht)')
          : headers.indexOf('Status');
      const got = Object.fromEntries(
        facturen
          .slice(1)
          .filter((r) => r[0])
          .map((r) => [r[0], r[status]]),
      );
      // TODAY() in LibreOffice is the real day: statuses are compared where they cannot move with it.
      for (const [n, s] of Object.entries(expected.statuses))
        if (s === 'Betaald' || s === 'Gecrediteerd' || s === 'Deels betaald' || s === 'Vervallen')
          expect([expected.file, n, got[n]]).toEqual([expected.file, n, s]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
