/**
 * A person's totals row INSIDE their invoice table ("Totaal", a SUM under the amounts), in a file
 * openpyxl wrote: the product reads it as a totals row (not an invoice) and the sort keeps it last,
 * so the product's own columns must say nothing there either: no due date, no open amount, no
 * status, no next step. The calculated columns keep their formula on every other row; on the
 * totals row the cells are left empty (a per-row exception Excel keeps). The person's cells stay
 * as they were. Read back with openpyxl (formulas) and LibreOffice (what the formulas compute).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { libreOfficeCsv } from '../hosts/xlsx/soffice';

jest.setTimeout(240_000);

const TODAY = '2026-11-22';
const PRODUCT = ['Vervaldatum', 'Openstaand', 'Dagen over tijd', 'Status', 'Volgende stap'];

const MAKE = `
import sys, datetime as dt, openpyxl
from openpyxl.worksheet.table import Table
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Facturen'
rows = [['Factuurnummer', 'Klant', 'Factuurdatum', 'Bedrag'],
        ['F1', 'Jansen', dt.date(2026, 9, 1), 100],
        ['F2', 'De Vries', dt.date(2026, 10, 1), 250]]
for r in rows: ws.append(r)
ws['C2'].number_format = ws['C3'].number_format = 'dd-mm-yyyy'
ws['A4'] = 'Totaal'
ws['C4'] = dt.date(2026, 10, 13)
ws['C4'].number_format = 'dd-mm-yyyy'
ws['D4'] = '=SUM(D2:D3)'
ws.add_table(Table(displayName='Facturen', ref='A1:D4'))
wb.save(sys.argv[1])
`;

const READ = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Facturen']
rows = [[c.value if not hasattr(c.value, 'isoformat') else c.value.date().isoformat() for c in r] for r in ws.iter_rows()]
print(json.dumps({'ref': ws.tables['Facturen'].ref, 'rows': rows}, default=str))
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-totals-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = bufferIo(TODAY, false);
  const code = await main([...argv, '--today', TODAY], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

it("leaves the product's columns empty on a totals row inside the table, and the person's cells as they were", async () => {
  const file = join(dir, 'Facturen.xlsx');
  execFileSync('/usr/bin/python3', ['-c', MAKE, file]);
  expect((await run('init', file)).code).toBe(EXIT.ok);
  expect((await run('sort', file)).code).toBe(EXIT.ok);

  const { ref, rows } = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', READ, file], { encoding: 'utf8' }),
  ) as { ref: string; rows: unknown[][] };
  const headers = rows[0] as string[];
  const totals = rows[rows.length - 1] as unknown[];
  const at = (row: unknown[], h: string): unknown => row[headers.indexOf(h)];
  expect(ref.startsWith('A1:')).toBe(true);
  // The totals row: still last, the person's cells as typed ...
  expect(totals.slice(0, 4)).toEqual(['Totaal', null, '2026-10-13', '=SUM(D2:D3)']);
  // ... and no product formula or value in it, while the invoices keep theirs.
  for (const h of PRODUCT) {
    expect([h, at(totals, h)]).toEqual([h, null]);
    for (const invoice of rows.slice(1, -1)) expect(String(at(invoice, h) ?? '')).not.toBe('');
  }
  expect(String(at(rows[1] as unknown[], 'Status'))).toMatch(/^=/);

  // What the formulas compute, as LibreOffice recalculates the file: nothing on the totals row.
  const csv = libreOfficeCsv(file).get('Facturen') ?? [];
  const last = csv.filter((r) => r.some((v) => v !== '')).at(-1) ?? [];
  expect(last[0]).toBe('Totaal');
  for (const h of PRODUCT) expect([h, last[headers.indexOf(h)]]).toEqual([h, '']);
  const f1 = csv.find((r) => r[0] === 'F1') ?? [];
  expect(f1[headers.indexOf('Status')]).toBe('Vervallen');
});
