/** The CLI on a trader's own list: check --fix, --adopt-columns, and e-mail cells that must not stop remind. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Cell } from '../../src/workbook/book';
import { sampleWorkbook, serial } from './sampleWorkbook';

jest.setTimeout(60_000);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-trader-'));
  file = join(dir, 'Facturen.xlsx');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2025-06-30', false);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

async function table(
  name: string,
): Promise<{ headers: string[]; values: Cell[][]; formulas: (string | null)[][] }> {
  const { readFile } = await import('node:fs/promises');
  const book = await XlsxBook.fromBuffer(await readFile(file));
  const r = await book.read([name]);
  const t = r.tables.get(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

it('check --fix converts text dates and amounts, lists each, keeps a backup; plain check changes nothing', async () => {
  writeFileSync(file, await sampleWorkbook([['2025-005', 'K1', '22-06-2025', 'Extra', 100, 'EUR 1.234,56']]));
  const plain = await run(['check', file]);
  expect(plain.out).toMatch(/2 waarschuwingen/);
  expect(readdirSync(dir)).toEqual(['Facturen.xlsx']);
  const fixed = await run(['check', file, '--fix']);
  expect(fixed.code).toBe(EXIT.ok);
  expect(fixed.out).toContain('omgezet Facturen!C6 (Factuurdatum): "22-06-2025" -> 22-06-2025');
  expect(fixed.out).toContain('omgezet Facturen!F6 (Bedrag incl. BTW): "EUR 1.234,56" -> 1234.56');
  expect(fixed.out).toMatch(/0 rijfouten, 0 waarschuwingen/);
  expect(existsSync(join(dir, 'Facturen (voor herstel 2025-06-30).xlsx'))).toBe(true);
  const t = await table('Facturen');
  expect(t.values[4]?.[2]).toBe(serial('2025-06-22'));
  expect(t.values[4]?.[5]).toBe(1234.56);
});

it("init and sort leave a person's Volgorde (PO numbers) and Actie columns theirs, the product's own beside them", async () => {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: ['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag', 'Actie', 'Volgorde'],
      rows: [
        ['F1', 'Jansen', serial('2025-03-01'), 100, 'bellen', 'PO-7781'],
        ['F2', 'Jansen', serial('2025-05-01'), 200, null, 'PO-1234'],
      ],
    },
  ]);
  writeFileSync(file, await book.toBuffer());
  expect((await run(['init', file])).out).toMatch(
    /van u, niet overgenomen: blad Facturen, tabel Facturen, kolom Volgorde/,
  );
  expect((await run(['sort', file])).code).toBe(EXIT.ok);
  const t = await table('Facturen');
  const po = t.values.map((r) => r[t.headers.indexOf('Volgorde')]).sort();
  expect(po).toEqual(['PO-1234', 'PO-7781']);
  expect(t.values.map((r) => r[t.headers.indexOf('Actie')])).toContain('bellen');
  expect(t.headers).toContain('Volgorde (Klant Inzicht)');
  expect(t.headers).toContain('Volgende stap');
});

it('remind drafts for everyone when one e-mail cell holds two addresses, and says which', async () => {
  const { readFile } = await import('node:fs/promises');
  writeFileSync(file, await sampleWorkbook());
  const book = await XlsxBook.fromBuffer(await readFile(file));
  await book.apply([
    {
      kind: 'setColumn',
      table: 'Klanten',
      column: 'E-mail',
      values: ['zoe@bakkerij.nl; boekhouding@bakkerij.nl', null, null],
    },
  ]);
  writeFileSync(file, await book.toBuffer());
  const check = await run(['check', file]);
  expect(check.out).toMatch(/let op {2}Klanten!D2 \(E-mail\): bevat 2 adressen/);
  const out = join(dir, 'out');
  const r = await run(['remind', file, '--out', out, '--today', '2025-06-30']);
  expect(r.code).toBe(EXIT.ok);
  expect(r.out).toMatch(/K1 \(Bakkerij Zoë\): e-mail bevat 2 adressen/);
});

it('check finds a date like 31-12-9999 at its cell, and sort still runs for the other rows', async () => {
  writeFileSync(file, await sampleWorkbook([['2025-005', 'K1', '31-12-9999', 'Nooit', 100, 121]]));
  const c = await run(['check', file]);
  expect(c.code).toBe(EXIT.rowErrors);
  expect(c.out).toMatch(/fout {4}Facturen!C6 \(Factuurdatum\): 31-12-9999 ligt buiten 1900-2199/);
  const s = await run(['sort', file, '--today', '2025-06-30']);
  expect(s.code).toBe(EXIT.rowErrors);
  expect(s.out).toMatch(/gesorteerd: 4 facturen/);
});

it('report --json gives the dates in the overview as YYYY-MM-DD', async () => {
  writeFileSync(file, await sampleWorkbook());
  const r = await run(['report', file, '--json', '--today', '2025-06-30']);
  const json = JSON.parse(r.out) as { overview: Record<string, unknown[][]> };
  const cells = Object.values(json.overview).flat(2);
  expect(cells.filter((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)).length).toBeGreaterThan(
    0,
  );
  expect(
    cells.filter((v) => typeof v === 'number' && v > 40_000 && v < 50_000 && Number.isInteger(v)),
  ).toEqual([]);
});
