/**
 * init with a consultant's --config on a workbook whose Instellingen carries aliases of its own:
 * the list finder takes both, as the set-up does. The trader's Tabel1 is the invoices only by the
 * config's "Nr. factuur" and the workbook's "Opdrachtgever" together; its notes past an empty
 * column are offered, then taken in, and the set-up adopts Tabel1 (no second Facturen).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-ranges-aliases-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-11-30', false);
  const code = await main([...argv, '--today', '2026-11-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Tabel1 (A1:D4) with notes in F past an empty E, and Instellingen with the given alias rows. */
function workbook(file: string, aliasRows: [string, string][]): void {
  execFileSync('/usr/bin/python3', [
    '-c',
    `import sys, json, datetime, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Blad1'
ws.append(['Nr. factuur', 'Opdrachtgever', 'Datum', 'Bedrag'])
ws.append(['2026-002', 'De Vries', datetime.date(2026, 6, 1), 605])
ws.append(['2026-001', 'Jansen BV', datetime.date(2026, 5, 1), 1210])
ws.append(['2026-003', 'Smit', datetime.date(2026, 7, 1), 300])
ws['F1'] = 'Notities'; ws['F3'] = 'bellen'
ws.add_table(Table(displayName='Tabel1', ref='A1:D4'))
st = wb.create_sheet('Instellingen')
st.append(['Instelling', 'Waarde', 'Toelichting'])
st.append(['Taal', 'Nederlands', None])
for key, value in json.loads(sys.argv[2]): st.append([key, value, 'Andere kolomkoppen'])
st.add_table(Table(displayName='Instellingen', ref=f'A1:C{st.max_row}'))
wb.save(sys.argv[1])`,
    file,
    JSON.stringify(aliasRows),
  ]);
}

const tableColumns = (file: string): Record<string, string[]> =>
  JSON.parse(
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        `import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({t.displayName: [c.name for c in t.tableColumns] for ws in wb for t in ws.tables.values()}))`,
        file,
      ],
      { encoding: 'utf8' },
    ),
  ) as Record<string, string[]>;

it('offers, then takes in, the notes beside a table that is the invoices by config and workbook aliases together', async () => {
  const file = join(dir, 'aliassen.xlsx');
  workbook(file, [['alias.invoices.customerNumber', 'Opdrachtgever']]);
  const config = join(dir, 'consultant.json');
  writeFileSync(config, JSON.stringify({ aliases: { invoices: { number: ['Nr. factuur'] } } }));
  const before = readFileSync(file);
  const offer = await run(['init', file, '--config', config]);
  expect([offer.code, offer.err]).toEqual([EXIT.ok, '']);
  expect(offer.out).toContain('Blad1 kolommen E:F ("Kolom E", "Notities"): direct rechts van tabel Tabel1');
  expect(offer.out).toContain('er is niets gewijzigd');
  expect(readFileSync(file).equals(before)).toBe(true);

  const done = await run(['init', file, '--config', config, '--extend-tables']);
  expect([done.code, done.err]).toEqual([EXIT.ok, '']);
  expect(done.out).toContain('tabel Tabel1 (Blad1) uitgebreid met kolommen E:F ("Kolom E", "Notities")');
  const tables = tableColumns(file);
  expect(tables.Tabel1?.slice(0, 6)).toEqual([
    'Nr. factuur',
    'Opdrachtgever',
    'Datum',
    'Bedrag',
    'Kolom E',
    'Notities',
  ]);
  expect(tables.Facturen).toBeUndefined();
});
