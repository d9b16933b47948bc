/**
 * init on a trader's real Excel table (a ListObject, made by openpyxl) with their "Notities" past an
 * empty column, outside the table: offered, then on --extend-tables the table grows over the empty
 * column (headed "Kolom E") and the notes, the product's columns go after them, and each note stays
 * beside its invoice through check and sort. Read back with openpyxl, not ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const READ_BACK = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
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

const readBack = (file: string, sheet = 'Facturen'): ReadBack =>
  JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ_BACK, file, sheet], { encoding: 'utf8' }),
  ) as ReadBack;

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

/** Table A1:D4 (three invoices) made by openpyxl, with cells typed around it. */
function tableWith(
  file: string,
  spec: { cells: Record<string, string | number>; sheet?: string; table?: string; headers?: string[] },
): void {
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, json, datetime, openpyxl
from openpyxl.worksheet.table import Table
spec = json.loads(sys.argv[2])
wb = openpyxl.Workbook(); ws = wb.active; ws.title = spec.get('sheet', 'Facturen')
ws.append(spec.get('headers', ['Factuurnummer', 'Klant', 'Datum', 'Bedrag']))
ws.append(['2026-002', 'De Vries', datetime.date(2026, 6, 1), 605])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210])
ws.append(['2026-003', 'Smit', datetime.date(2026, 7, 1), 300])
for at, v in spec['cells'].items(): ws[at] = v
ws.add_table(Table(displayName=spec.get('table', 'Facturen'), ref='A1:D4'))
wb.save(sys.argv[1])`,
    file,
    JSON.stringify(spec),
  ]);
}

it('offers no part of a block past an empty column whose other column goes on below the table', async () => {
  const file = join(dir, 'blok.xlsx');
  tableWith(file, {
    cells: { F1: 'Notities', F3: 'bellen', G1: 'Stand', G2: 1, G3: 2, G6: 'eind' },
  });
  const before = readFileSync(file);
  const r = await run(['init', file]);
  // As before notes past an empty column were offered: the set-up needs F1, and says so.
  expect(r.code).toBe(EXIT.workbookProblem);
  expect(r.out).not.toContain('--extend-tables');
  expect(r.err).toContain('kolom F');
  expect((await run(['init', file, '--extend-tables'])).code).toBe(EXIT.workbookProblem);
  expect(readFileSync(file).equals(before)).toBe(true);
  const check = await run(['check', file, '--extend-tables']);
  expect(check.out).toContain('uitbreiden: niets getypt naast een tabel');
  expect(readBack(file).tables).toEqual({ Facturen: 'A1:D4' });
});

it('takes the notes right beside a table, and leaves a headless summary past an empty column alone', async () => {
  const file = join(dir, 'som.xlsx');
  tableWith(file, { cells: { E1: 'Notities', E3: 'bellen', G2: 'Totaal open', H2: 3600 } });
  const offer = await run(['init', file]);
  expect(offer.out).toContain(
    `Facturen kolom E ("Notities"): direct rechts van tabel Facturen getypt maar geen deel ervan; "klant-inzicht init ${file} --extend-tables" neemt hem op in de tabel`,
  );
  expect((await run(['init', file, '--language', 'en'])).out).toContain(
    `--extend-tables" takes it into the table and puts Klant Inzicht's columns after it\n`,
  );
  const check = await run(['check', file]);
  expect(check.out).toContain('Facturen kolom E ("Notities")');
  expect(check.out).not.toContain('geef elke kolom');
  await run(['check', file, '--extend-tables']);
  const after = readBack(file);
  expect(after.tables).toEqual({ Facturen: 'A1:E4' });
  expect([after.cells.E1, after.cells.E3, after.cells.G2, after.cells.H2]).toEqual([
    'Notities',
    'bellen',
    'Totaal open',
    3600,
  ]);
});

it('takes the notes past an empty column, and leaves a summary past a second one alone', async () => {
  const file = join(dir, 'twee.xlsx');
  tableWith(file, { cells: { F1: 'Notities', F3: 'bellen', H2: 'Totaal open', I2: 3600 } });
  const offer = await run(['init', file]);
  expect(offer.out).toContain(
    `Facturen kolommen E:F ("Kolom E", "Notities"): direct rechts van tabel Facturen getypt maar geen deel ervan (de lege kolom E krijgt de kop "Kolom E"); "klant-inzicht init ${file} --extend-tables" neemt ze op`,
  );
  await run(['check', file, '--extend-tables']);
  const after = readBack(file);
  expect(after.tables).toEqual({ Facturen: 'A1:F4' });
  expect([after.cells.E1, after.cells.F1, after.cells.H2, after.cells.I2]).toEqual([
    'Kolom E',
    'Notities',
    'Totaal open',
    3600,
  ]);
});

it('offers the notes beside a table that is the invoices by the consultant’s aliases', async () => {
  const file = join(dir, 'alias.xlsx');
  tableWith(file, {
    sheet: 'Blad1',
    table: 'Tabel1',
    headers: ['Nr. factuur', 'Klant', 'Datum', 'Bedrag'],
    cells: { F1: 'Notities', F3: 'bellen' },
  });
  const config = join(dir, 'consultant.json');
  writeFileSync(config, JSON.stringify({ aliases: { invoices: { number: ['Nr. factuur'] } } }));
  const before = readFileSync(file);
  const r = await run(['init', file, '--config', config]);
  expect([r.code, r.err]).toEqual([EXIT.ok, '']);
  expect(r.out).toContain('Blad1 kolommen E:F ("Kolom E", "Notities"): direct rechts van tabel Tabel1');
  expect(r.out).toContain('er is niets gewijzigd');
  expect(readFileSync(file).equals(before)).toBe(true);
});

it('speaks, and names the empty column, in the workbook’s own language without --language', async () => {
  const file = join(dir, 'english.xlsx');
  tableWith(file, {
    sheet: 'Invoices',
    table: 'Invoices',
    headers: ['Invoice number', 'Customer', 'Date', 'Amount'],
    cells: { F1: 'Notes', F3: 'call' },
  });
  const r = await run(['init', file]);
  expect(r.out).toContain(
    'Invoices columns E:F ("Column E", "Notes"): typed directly right of table Invoices but not part of it (empty column E gets the header "Column E")',
  );
  expect(r.out).toContain('nothing was changed');
  await run(['init', file, '--extend-tables']);
  expect(readBack(file, 'Invoices').columns.Invoices?.slice(4, 6)).toEqual(['Column E', 'Notes']);
});

it('takes only the columns offered on init --extend-tables: a row typed below stays for check', async () => {
  const file = join(dir, 'rij.xlsx');
  tableWith(file, { cells: { F1: 'Notities', F3: 'bellen', A5: '2026-004', B5: 'Bakker', D5: 50 } });
  const offer = await run(['init', file]);
  expect(offer.out).toContain('Facturen kolommen E:F');
  expect(offer.out).not.toMatch(/rij 5|rijen 5/);
  const r = await run(['init', file, '--extend-tables']);
  expect(r.out).toContain('tabel Facturen (Facturen) uitgebreid met kolommen E:F');
  expect(r.out).not.toMatch(/rij 5|rijen 5/);
  const after = readBack(file);
  expect(after.tables.Facturen).toMatch(/^A1:[G-Z]4$/);
  expect([after.cells.A5, after.cells.B5, after.cells.D5, after.cells.F3]).toEqual([
    '2026-004',
    'Bakker',
    50,
    'bellen',
  ]);
});

it('offers nothing past an empty column for a summary in the header row, and changes nothing', async () => {
  const file = join(dir, 'kopsom.xlsx');
  tableWith(file, { cells: { F1: 'Totaal open', G1: 3600 } });
  const before = readFileSync(file);
  for (const language of ['nl', 'en']) {
    const r = await run(['init', file, '--language', language]);
    expect(r.out).not.toContain('--extend-tables');
  }
  const r = await run(['init', file, '--extend-tables']);
  expect(r.code).toBe(EXIT.workbookProblem);
  expect(r.err).toContain('cel F1 op blad "Facturen" nodig, maar daar staat "Totaal open"');
  expect(readFileSync(file).equals(before)).toBe(true);
  expect(readBack(file).tables).toEqual({ Facturen: 'A1:D4' });
});

it('offers no empty column that is another table beside the first: Extra is a wall, with notes of its own', async () => {
  const file = join(dir, 'extra.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, datetime, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Soort', None, 'Notities'])
ws.append(['2026-002', 'De Vries', datetime.date(2026, 6, 1), 605, 'a', None, None])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210, 'b', None, 'bellen'])
ws.append(['2026-003', 'Smit', datetime.date(2026, 7, 1), 300, 'c', None, None])
ws.add_table(Table(displayName='Facturen', ref='A1:D4'))
ws.add_table(Table(displayName='Extra', ref='E1:E4'))
wb.save(sys.argv[1])`,
    file,
  ]);
  const before = readFileSync(file);
  const r = await run(['init', file]);
  expect(r.out).not.toContain('lege kolom E');
  expect(r.out).not.toContain('van tabel Facturen getypt');
  expect(readFileSync(file).equals(before)).toBe(true);
  const check = await run(['check', file, '--extend-tables']);
  expect(check.out).toContain('tabel Extra');
  expect(check.out).not.toContain('tabel Facturen (');
  const after = readBack(file);
  expect(after.tables).toEqual({ Facturen: 'A1:D4', Extra: 'E1:G4' });
  expect([after.cells.E1, after.cells.F1, after.cells.G1, after.cells.G3]).toEqual([
    'Soort',
    'Kolom F',
    'Notities',
    'bellen',
  ]);
});
