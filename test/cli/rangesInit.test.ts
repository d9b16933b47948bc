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

describe('init on a trader’s own list (eigen-lijst.xlsx)', () => {
  const SHEET_READ = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Facturen']
print(json.dumps({'filter': ws.auto_filter.ref, 'freeze': ws.freeze_panes, 'merged': [str(m) for m in ws.merged_cells.ranges],
                  'hidden': ws.column_dimensions['G'].hidden, 'tables': {t.displayName: t.ref for t in ws.tables.values()},
                  'totals': [ws[c].value for c in ('A10', 'D10', 'E10')]}))
`;
  const sheetFacts = (file: string) =>
    JSON.parse(execFileSync('/usr/bin/python3', ['-c', SHEET_READ, file], { encoding: 'utf8' })) as Record<
      string,
      unknown
    >;

  it('finds the list under its title, over its blank row, above its totals; keeps all of it', async () => {
    const file = join(dir, 'eigen-lijst.xlsx');
    copyFileSync(join(FIXTURES, 'eigen-lijst.xlsx'), file);
    const before = readBack(file);
    const r = await run(['init', file, '--tables-from-ranges']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(
      'tabel Facturen gemaakt van Facturen!A3:G9: kopregel ongewijzigd, 5 rijen en 7 kolommen, elke cel behouden',
    );
    const check = await run(['check', file]);
    expect(check.code).toBe(EXIT.ok);
    expect(check.out).not.toMatch(/direct onder tabel|^fout /m);
    expect(check.out).toContain('0 rijfouten');
    expect((await run(['sort', file])).code).toBe(EXIT.ok);
    const report = await run(['report', file, '--json']);
    const totals = (
      JSON.parse(report.out) as { metrics: { totals: { openTotal: number; overdueTotal: number } } }
    ).metrics.totals;
    // 2026-02 and 2026-04 overdue, 2026-03 not yet due; 2026-01 ticked paid; the credit note apart.
    expect([totals.openTotal, totals.overdueTotal]).toEqual([121000, 96800]);
    const after = readBack(file);
    for (const cell of ['A1', 'A10', 'D10', 'E10'])
      expect([cell, after.cells.Facturen?.[cell]]).toEqual([cell, before.cells.Facturen?.[cell]]);
    // Sorted, each row keeps its own cells: the hidden note stays beside its invoice.
    const rowOf = (cells: Record<string, unknown> | undefined, number: string): unknown[] => {
      const r = Object.entries(cells ?? {})
        .find(([k, v]) => /^A\d+$/.test(k) && v === number)?.[0]
        .slice(1);
      return ['A', 'B', 'D', 'E', 'F', 'G'].map((c) => cells?.[`${c}${r}`]);
    };
    for (const n of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'])
      expect(rowOf(after.cells.Facturen, n)).toEqual(rowOf(before.cells.Facturen, n));
    const facts = sheetFacts(file);
    // The sheet's filter gave way to the table's own buttons (Excel deletes a table under both).
    expect(facts).toMatchObject({
      filter: null,
      freeze: 'A4',
      merged: ['A1:G1'],
      hidden: true,
      totals: ['Totaal', '=SUM(D4:D9)', '=SUM(E4:E9)'],
    });
    expect(String((facts.tables as Record<string, string>).Facturen)).toMatch(/^A3:[A-Z]+9$/);
  });
});

// A filter stored over the whole list, or as its header row alone.
it.each(['A1:D3', 'A1:D1'])(
  'makes no table over rows the sheet filter %s hides, says why, and changes nothing',
  async (ref) => {
    const file = join(dir, `gefilterd-${ref.replace(':', '-')}.xlsx`);
    execFileSync('/usr/bin/python3', [
      '-c',
      `import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnr', 'Klant', 'Datum', 'Bedrag'])
ws.append(['1', 'Jansen BV', datetime.date(2026, 5, 1), 1210])
ws.append(['2', 'De Vries', datetime.date(2026, 5, 2), 605])
ws.auto_filter.ref = '${ref}'
ws.auto_filter.add_filter_column(1, ['Jansen BV'])
ws.row_dimensions[3].hidden = True
wb.save(sys.argv[1])`,
      file,
    ]);
    const facts = () =>
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          `import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Facturen']
print(json.dumps({'filter': ws.auto_filter.ref, 'tables': list(ws.tables), 'hidden': ws.row_dimensions[3].hidden,
                  'cells': [[str(c.value) for c in row] for row in ws.iter_rows()]}))`,
          file,
        ],
        { encoding: 'utf8' },
      );
    const before = facts();
    const r = await run(['init', file, '--tables-from-ranges']);
    expect(r.out).toContain(
      'Facturen!A1:D3 (2 rijen, kolommen Factuurnr, Klant, Datum, Bedrag) lijkt op Facturen, maar wordt geen tabel: het filter van het blad verbergt rijen',
    );
    expect(r.out).not.toContain('tabel Facturen gemaakt');
    // The list, its filter and its hidden row as they were; no table over them.
    expect(facts()).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ filter: ref, tables: [], hidden: true });
  },
);

it('says no table was made when the set-up after it fails, and changes nothing', async () => {
  // A remark three empty columns away: outside the list, and in the way of the product's columns.
  const file = join(dir, 'opmerking.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnr', 'Klant', 'Datum', 'Bedrag', None, None, None, 'Opmerking'])
ws.append(['1', 'Jansen BV', datetime.date(2026, 5, 1), 1210, None, None, None, 'bellen'])
wb.save(sys.argv[1])`,
    file,
  ]);
  const before = readFileSync(file);
  const r = await run(['init', file, '--tables-from-ranges']);
  expect(r.code).toBe(EXIT.workbookProblem);
  expect(r.out).not.toContain('gemaakt');
  expect(r.err).toContain('cel H1 op blad "Facturen" nodig, maar daar staat "Opmerking"');
  expect(readFileSync(file).equals(before)).toBe(true);
});

it('adopts a list whose notes stand past an empty column, keeping the notes where they are', async () => {
  const file = join(dir, 'notities.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', None, 'Notities'])
ws.append(['2026-002', 'De Vries', datetime.date(2026, 6, 1), 605, None, None])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210, None, 'bellen'])
ws.append(['2026-003', 'Smit', datetime.date(2026, 7, 1), 300, None, 'betaalt in delen'])
wb.save(sys.argv[1])`,
    file,
  ]);
  const before = readBack(file);
  const offered = await run(['init', file]);
  expect(offered.out).toContain(
    'Facturen!A1:F4 (3 rijen, kolommen Factuurnummer, Klant, Datum, Bedrag, (zonder kop), Notities) lijkt op Facturen',
  );
  expect(offered.out).toContain('(de lege kolom E krijgt de kop "Kolom E")');
  const r = await run(['init', file, '--tables-from-ranges']);
  expect(r.code).toBe(EXIT.ok);
  expect(r.out).toContain(
    'tabel Facturen gemaakt van Facturen!A1:F4: kopregel ongewijzigd (behalve: de lege kolom E kreeg de kop "Kolom E"), 3 rijen en 6 kolommen, elke cel behouden',
  );
  expect((await run(['check', file])).out).toContain('0 rijfouten');
  expect((await run(['sort', file])).code).toBe(EXIT.ok);
  const after = readBack(file);
  expect(after.tables.Facturen?.[0]?.[1]).toMatch(/^A1:[G-Z]4$/);
  expect([after.cells.Facturen?.E1, after.cells.Facturen?.F1]).toEqual(['Kolom E', 'Notities']);
  // Sorted or not, each note stays beside its own invoice.
  const notes = (cells: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      [2, 3, 4].map((row) => [String(cells?.[`A${row}`]), cells?.[`F${row}`] ?? null] as const),
    );
  expect(notes(after.cells.Facturen)).toEqual(notes(before.cells.Facturen));
  expect(notes(after.cells.Facturen)).toEqual({
    '2026-001': 'bellen',
    '2026-002': null,
    '2026-003': 'betaalt in delen',
  });
});

it('says which column has cells but no header, and makes no table of that list', async () => {
  const file = join(dir, 'zonder-kop.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', None, 'Notities'])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210, 'x', 'bellen'])
wb.save(sys.argv[1])`,
    file,
  ]);
  const before = readBack(file);
  const r = await run(['init', file, '--tables-from-ranges']);
  expect(r.out).toContain(
    'lijkt op Facturen, maar wordt geen tabel: een kolom zonder kop: geef elke kolom een kop (kolom E)',
  );
  expect(readBack(file).cells.Facturen).toEqual(before.cells.Facturen);
});

it('names every column with cells but no header, in the plural', async () => {
  const file = join(dir, 'zonder-koppen.xlsx');
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Facturen'
ws.append(['Factuurnummer', 'Klant', 'Datum', 'Bedrag', None, None, 'Notities'])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210, 'x', 'y', 'bellen'])
wb.save(sys.argv[1])`,
    file,
  ]);
  expect((await run(['init', file, '--tables-from-ranges'])).out).toContain('een kop (kolommen E, F)');
  expect((await run(['init', file, '--language', 'en'])).out).toContain('a header (columns E, F)');
});
