/**
 * A column handed over once stays handed over: init --adopt-columns records it in Instellingen, and
 * a later sort without the flag still writes it. The record and the columns are read back by
 * openpyxl, and openpyxl (another program) changing the record gives the column back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { DEBIAN_PYTHON, openpyxlDump, type DumpedWorkbook } from '../hosts/xlsx/openpyxl';
import { serial } from './sampleWorkbook';

jest.setTimeout(120_000);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-adopt-'));
  file = join(dir, 'Facturen.xlsx');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2025-06-30', false);
  const code = await main([...argv, '--today', '2025-06-30'], io);
  return { code, out: io.out.join('') };
}

async function traderFile(): Promise<void> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag', 'Status', 'Volgorde'],
      rows: [
        ['F1', 'Jansen', serial('2025-03-01'), 100, 'bellen', 'PO-7781'],
        ['F2', 'Jansen', serial('2025-06-20'), 200, 'wacht', 'PO-1234'],
        ['F3', 'Jansen', serial('2025-01-10'), 300, 'klaar', 'PO-9999'],
      ],
    },
  ]);
  writeFileSync(file, await book.toBuffer());
}

/** A column of a sheet's table as openpyxl reads it: the header row finds the column. */
function column(dump: DumpedWorkbook, sheet: string, header: string): unknown[] {
  const cells = dump.bySheet[sheet]?.cells ?? {};
  const at = Object.entries(cells).find(([a, c]) => /^[A-Z]+1$/.test(a) && c.value === header)?.[0];
  if (!at) throw new Error(`no column ${header} on ${sheet}`);
  const letter = at.replace(/\d+/g, '');
  const out: unknown[] = [];
  for (let r = 2; cells[`${letter}${r}`] !== undefined || cells[`A${r}`] !== undefined; r++)
    out.push(cells[`${letter}${r}`]?.value ?? null);
  return out;
}

/** Instellingen's value for a key, as openpyxl reads it. */
function setting(dump: DumpedWorkbook, key: string): unknown {
  const cells = dump.bySheet.Instellingen?.cells ?? {};
  const at = Object.entries(cells).find(([a, c]) => a.startsWith('A') && c.value === key)?.[0];
  return at ? cells[`B${at.slice(1)}`]?.value : undefined;
}

it('init --adopt-columns records the hand-over; sort without the flag keeps writing the column', async () => {
  await traderFile();
  const init = await run(['init', file, '--adopt-columns']);
  expect(init.code).toBe(EXIT.ok);
  expect(init.out).toContain(
    'kolom Facturen.Volgorde overgedragen aan het programma; vastgelegd in Instellingen (kolom.Facturen.Volgorde)',
  );
  let dump = openpyxlDump(file);
  expect(setting(dump, 'kolom.Facturen.Volgorde')).toBe('Klant Inzicht');
  expect(setting(dump, 'kolom.Facturen.Status')).toBe('Klant Inzicht');

  const sort = await run(['sort', file]);
  expect(sort.code).toBe(EXIT.ok);
  expect(sort.out).not.toMatch(/van u/);
  dump = openpyxlDump(file);
  expect(column(dump, 'Facturen', 'Factuurnummer')).toEqual(['F3', 'F1', 'F2']);
  expect(column(dump, 'Facturen', 'Volgorde')).toEqual([1, 2, 3]);
  expect(dump.bySheet.Facturen?.tables.Facturen?.columns).not.toContain('Volgorde (Klant Inzicht)');
});

it('without the flag the columns stay theirs; a record openpyxl writes hands one over, "Eigen" gives it back', async () => {
  await traderFile();
  expect((await run(['init', file])).out).toMatch(
    /van u, niet overgenomen: blad Facturen, tabel Facturen, kolom Volgorde — bevat uw eigen gegevens; het programma schrijft in zijn eigen kolom Volgorde \(Klant Inzicht\)/,
  );
  await run(['sort', file]);
  let dump = openpyxlDump(file);
  expect(column(dump, 'Facturen', 'Volgorde')).toEqual(['PO-9999', 'PO-7781', 'PO-1234']);

  // Another program appends the record to the Instellingen table and saves.
  const edit = (value: string) =>
    execFileSync(DEBIAN_PYTHON, [
      '-c',
      `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Instellingen']
t = ws.tables['Instellingen']
rows = [r for r in ws.iter_rows(min_row=2) if r[0].value == 'kolom.Facturen.Volgorde']
if rows:
    rows[0][1].value = sys.argv[2]
else:
    n = ws.max_row + 1
    ws.cell(n, 1, 'kolom.Facturen.Volgorde'); ws.cell(n, 2, sys.argv[2])
    t.ref = 'A1:C%d' % n
wb.save(sys.argv[1])
`,
      file,
      value,
    ]);
  edit('Klant Inzicht');
  const handed = await run(['sort', file]);
  expect(handed.code).toBe(EXIT.ok);
  dump = openpyxlDump(file);
  expect(column(dump, 'Facturen', 'Volgorde')).toEqual([1, 2, 3]);
  // Status was never handed over: every word the person typed is still there.
  expect(column(dump, 'Facturen', 'Status')).toEqual(['klaar', 'bellen', 'wacht']);

  edit('Eigen');
  const back = await run(['sort', file]);
  expect(back.out).toContain('van u (vastgelegd): blad Facturen, tabel Facturen, kolom Volgorde');
  // The product writes its own column again; the person's Volgorde is left with what it held.
  dump = openpyxlDump(file);
  expect(column(dump, 'Facturen', 'Volgorde')).toEqual([1, 2, 3]);
  expect(column(dump, 'Facturen', 'Volgorde (Klant Inzicht)')).toEqual([1, 2, 3]);
  expect(setting(dump, 'kolom.Facturen.Volgorde')).toBe('Eigen');
});
