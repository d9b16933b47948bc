/**
 * init on lists exported by Google Sheets and Numbers (no table parts: plain ranges): offered
 * without changing the file, made tables on --tables-from-ranges, every cell read back by
 * openpyxl (not ExcelJS) as it was.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const FIXTURES = join(__dirname, '../fixtures/xlsx/ranges');
const READ_BACK = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {'cells': {}, 'tables': {}, 'formats': {}}
for ws in wb.worksheets:
    out['cells'][ws.title] = {c.coordinate: (c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value)
                              for row in ws.iter_rows() for c in row if c.value is not None}
    out['formats'][ws.title] = {c.coordinate: [bool(c.font.b), c.number_format]
                                for row in ws.iter_rows() for c in row if c.value is not None}
    out['tables'][ws.title] = sorted([t.displayName, t.ref] for t in ws.tables.values())
print(json.dumps(out))
`;

interface ReadBack {
  cells: Record<string, Record<string, unknown>>;
  tables: Record<string, [string, string][]>;
  formats: Record<string, Record<string, [boolean, string]>>;
}

function readBack(file: string): ReadBack {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ_BACK, file], { encoding: 'utf8' }),
  ) as ReadBack;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-ranges-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-11-30', false);
  const code = await main([...argv, '--today', '2026-11-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe.each([
  ['google-sheets.xlsx', [['Facturen', 'Facturen', 'A1:E4', 3]], ['Klanten', 'Klanten', 'A1:C4', 3]],
  ['numbers.xlsx', [['Blad 1 - Tabel 1', 'Facturen', 'A1:E4', 3]], null],
] as const)('init on %s', (name, lists, customers) => {
  const all = customers ? [...lists, customers] : [...lists];

  it('offers each list as a table and changes nothing without --tables-from-ranges', async () => {
    const file = join(dir, name);
    copyFileSync(join(FIXTURES, name), file);
    const before = readFileSync(file);
    const r = await run(['init', file]);
    expect(r.code).toBe(EXIT.ok);
    for (const [sheet, , address, rows] of all)
      expect(r.out).toContain(`${sheet}!${address} (${rows} rijen, kolommen `);
    for (const [, table] of all) expect(r.out).toContain(`lijkt op ${table}`);
    expect(r.out).toContain(`"klant-inzicht init ${file} --tables-from-ranges" maakt er een tabel van`);
    expect(r.out).toContain('er is niets gewijzigd');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('makes them tables on --tables-from-ranges, says so, and keeps every cell as it was', async () => {
    const file = join(dir, name);
    copyFileSync(join(FIXTURES, name), file);
    const before = readBack(file);
    const r = await run(['init', file, '--tables-from-ranges']);
    expect(r.code).toBe(EXIT.ok);
    for (const [sheet, table, address, rows] of all)
      expect(r.out).toContain(
        `tabel ${table} gemaakt van ${sheet}!${address}: kopregel ongewijzigd, ${rows} rijen en ${address.startsWith('A1:E') ? 5 : 3} kolommen, elke cel behouden`,
      );
    const after = readBack(file);
    for (const [sheet, cells] of Object.entries(before.cells))
      for (const [cell, value] of Object.entries(cells))
        expect([sheet, cell, after.cells[sheet]?.[cell]]).toEqual([sheet, cell, value]);
    for (const [sheet, cells] of Object.entries(before.formats))
      for (const [cell, format] of Object.entries(cells))
        expect([sheet, cell, after.formats[sheet]?.[cell]]).toEqual([sheet, cell, format]);
    expect(before.formats.Facturen?.A1 ?? before.formats['Blad 1 - Tabel 1']?.C2).toBeDefined();
    for (const [sheet, table] of all) expect(after.tables[sheet]?.map((t) => t[0])).toContain(table);
    // Adopted as the product's own: a second init finds nothing left to offer.
    const again = await run(['init', file]);
    expect(again.out).not.toContain('lijkt op');
  });
});
