/**
 * init on a trader's real Excel table (a ListObject, made by openpyxl) with their "Notities" past an
 * empty column, outside the table: offered, then on --extend-tables the table grows over the empty
 * column (headed "Kolom E") and the notes, the product's columns go after them, and each note stays
 * beside its invoice through check and sort. Read back with openpyxl, not ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const READ_BACK = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Facturen']
print(json.dumps({'cells': {c.coordinate: (c.value.isoformat() if hasattr(c.value, 'isoformat') else c.value)
                            for row in ws.iter_rows() for c in row if c.value is not None},
                  'tables': {t.displayName: t.ref for t in ws.tables.values()},
                  'columns': {t.displayName: [c.name for c in t.tableColumns] for t in ws.tables.values()}}))
`;

interface ReadBack {
  cells: Record<string, unknown>;
  tables: Record<string, string>;
  columns: Record<string, string[]>;
}

const readBack = (file: string): ReadBack =>
  JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ_BACK, file], { encoding: 'utf8' })) as ReadBack;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-ranges-table-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-11-30', false);
  const code = await main([...argv, '--today', '2026-11-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function tableWithNotes(file: string, header: string | null = null): void {
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, json, datetime, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', json.loads(sys.argv[2]), 'Notities'])
ws.append(['2026-002', 'De Vries', datetime.date(2026, 6, 1), 605, None, None])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210, None, 'bellen'])
ws.append(['2026-003', 'Smit', datetime.date(2026, 7, 1), 300, None, 'betaalt in delen'])
ws.add_table(Table(displayName='Facturen', ref='A1:D4'))
wb.save(sys.argv[1])`,
    file,
    JSON.stringify(header),
  ]);
}

const notes = (cells: Record<string, unknown>) =>
  Object.fromEntries([2, 3, 4].map((row) => [String(cells[`A${row}`]), cells[`F${row}`] ?? null] as const));

it('offers to take the notes past an empty column into the table, changing nothing', async () => {
  const file = join(dir, 'tabel.xlsx');
  tableWithNotes(file);
  const before = readFileSync(file);
  const r = await run(['init', file]);
  expect([r.code, r.err]).toEqual([EXIT.ok, '']);
  expect(r.out).toContain(
    'Facturen kolommen E:F ("Kolom E", "Notities"): direct rechts van tabel Facturen getypt maar geen deel ervan (de lege kolom E krijgt de kop "Kolom E")',
  );
  expect(r.out).toContain(`"klant-inzicht init ${file} --extend-tables"`);
  expect(r.out).toContain('er is niets gewijzigd');
  expect(readFileSync(file).equals(before)).toBe(true);
  const en = await run(['init', file, '--language', 'en']);
  expect(en.out).toContain(
    'Facturen columns E:F ("Column E", "Notities"): typed directly right of table Facturen but not part of it (empty column E gets the header "Column E")',
  );
});

it('grows the table over the empty column and the notes; the product’s columns go after them', async () => {
  const file = join(dir, 'tabel.xlsx');
  tableWithNotes(file);
  const before = readBack(file);
  const r = await run(['init', file, '--extend-tables']);
  expect([r.code, r.err]).toEqual([EXIT.ok, '']);
  expect(r.out).toContain(
    'tabel Facturen (Facturen) uitgebreid met kolommen E:F ("Kolom E", "Notities"); de lege kolom E kreeg de kop "Kolom E"; elke cel staat waar hij stond',
  );
  expect((await run(['check', file])).out).toContain('0 rijfouten');
  expect((await run(['sort', file])).code).toBe(EXIT.ok);
  const after = readBack(file);
  expect(after.tables.Facturen).toMatch(/^A1:[H-Z]4$/);
  expect(after.columns.Facturen?.slice(0, 6)).toEqual([
    'Factuurnummer',
    'Klant',
    'Datum',
    'Bedrag',
    'Kolom E',
    'Notities',
  ]);
  expect([after.cells.E1, after.cells.F1]).toEqual(['Kolom E', 'Notities']);
  // Sorted (overdue first: 2026-001, 2026-002, 2026-003), each note stays beside its own invoice.
  expect(after.cells.A2).not.toBe(before.cells.A2);
  expect(notes(after.cells)).toEqual(notes(before.cells));
  expect(notes(after.cells)).toEqual({
    '2026-001': 'bellen',
    '2026-002': null,
    '2026-003': 'betaalt in delen',
  });
  // Set up, a column typed right of the table no longer stops init: nothing needs its place.
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, openpyxl
from openpyxl.utils import range_boundaries
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['Facturen']
right = range_boundaries(ws.tables['Facturen'].ref)[2] + 1
ws.cell(1, right).value = 'Extra'; ws.cell(2, right).value = 'x'
wb.save(sys.argv[1])`,
    file,
  ]);
  const again = await run(['init', file]);
  expect([again.code, again.out]).toEqual([EXIT.ok, expect.not.stringContaining('er is niets gewijzigd')]);
});
