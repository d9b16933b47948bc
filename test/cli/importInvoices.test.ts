/**
 * `import-invoices` as a person runs it: files in, the saved workbook read back by openpyxl (Debian's
 * python3, another program than the ExcelJS that wrote it), every line in the workbook's language.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { DEBIAN_PYTHON } from '../hosts/xlsx/openpyxl';

jest.setTimeout(180_000);

const UBL = join(__dirname, '../fixtures/ubl');
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-ubl-'));
  file = join(dir, 'Klanten.xlsx');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-11-30', false);
  const code = await main([...argv, '--today', '2026-11-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** Each table's body rows as {header: value}, read by openpyxl from the table's own range. */
const READ_TABLES = `
import json, sys, datetime
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    for name, t in ws.tables.items():
        ref = t.ref if hasattr(t, 'ref') else t
        rows = [[c.value for c in r] for r in ws[ref]]
        conv = lambda v: v.isoformat()[:10] if isinstance(v, datetime.datetime) else v
        out[name] = [dict(zip(rows[0], [conv(v) for v in r])) for r in rows[1:]]
print(json.dumps(out))
`;

function tables(): Record<string, Record<string, unknown>[]> {
  const json = execFileSync(DEBIAN_PYTHON, ['-c', READ_TABLES, file], { encoding: 'utf8' });
  return JSON.parse(json) as Record<string, Record<string, unknown>[]>;
}

const ubl = (name: string): string => join(UBL, name);

describe('klant-inzicht import-invoices', () => {
  it('adds the invoice and its new customer; openpyxl reads them back; a second run adds nothing', async () => {
    expect((await run(['init', file])).code).toBe(EXIT.ok);
    const first = await run(['import-invoices', file, ubl('made/be-2026-0101.xml')]);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain('+ 2026-0101');
    expect(first.out).toContain('1 factuur toegevoegd, 1 nieuwe klant');
    const t = tables();
    expect(t['Klanten']).toEqual([
      expect.objectContaining({
        Klantnummer: 'K001',
        Naam: 'De Molen & Zonen BV',
        Contactpersoon: 'An Peeters',
        'E-mail': 'an@demolen.be',
        Adres: 'Kerkstraat 12',
        Postcode: '9000',
        Plaats: 'Gent',
        Land: 'België',
      }),
    ]);
    expect(t['Facturen']).toEqual([
      expect.objectContaining({
        Factuurnummer: '2026-0101',
        Klantnummer: 'K001',
        Factuurdatum: '2026-10-05',
        'Bedrag incl. BTW': 1452,
        // Starts with "+": text, never a formula.
        Betalingskenmerk: '+++090/9337/55493+++',
      }),
    ]);
    const before = readFileSync(file);
    const again = await run(['import-invoices', file, ubl('made/be-2026-0101.xml')]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toContain('= 2026-0101  al in Facturen (rij 2)');
    expect(again.out).toContain('niets nieuws');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a refused file stops the import (exit 1, nothing written) unless --skip-invalid', async () => {
    await run(['init', file]);
    const before = readFileSync(file);
    const files = [ubl('made/be-2026-0101.xml'), ubl('bad/three-decimals.xml'), ubl('bad/xxe-entity.xml')];
    const held = await run(['import-invoices', file, ...files]);
    expect(held.code).toBe(EXIT.rowErrors);
    expect(held.out).toContain(
      'bad/three-decimals.xml (Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount): bedrag met 3 decimalen',
    );
    expect(held.out).toContain('bad/xxe-entity.xml (/): XML met een DOCTYPE');
    expect(held.out).toContain('niets geschreven');
    expect(readFileSync(file).equals(before)).toBe(true);

    const skipped = await run(['import-invoices', file, ...files, '--skip-invalid']);
    expect(skipped.code).toBe(EXIT.rowErrors);
    expect(skipped.out).toContain('1 factuur toegevoegd');
    expect(tables()['Facturen']?.map((r) => r['Factuurnummer'])).toEqual(['2026-0101']);
  });

  it('--dry-run writes nothing; an English workbook hears English', async () => {
    await run(['init', file, '--language', 'en']);
    const before = readFileSync(file);
    const r = await run(['import-invoices', file, ubl('base-creditnote-correction.xml'), '--dry-run']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('+ Snippet1 (credit note)  2017-11-13  -€1,656.25');
    expect(r.out).toContain('dry run: nothing written');
    expect(readFileSync(file).equals(before)).toBe(true);
    const bad = await run(['import-invoices', file, ubl('bad/non-eur.xml')]);
    expect(bad.out).toContain('invoice in USD: only euro (EUR) is read');
  });

  it('writes text from the file that starts with = + - @ as text, never as a formula', async () => {
    await run(['init', file]);
    const hostile = join(dir, 'hostile.xml');
    writeFileSync(
      hostile,
      readFileSync(ubl('made/be-2026-0101.xml'), 'utf8')
        .replace('De Molen &amp; Zonen BV', '=HYPERLINK(&quot;http://example.invalid&quot;)')
        .replace('Huisstijl ontwerp', '@SUM(A1:A9)'),
    );
    expect((await run(['import-invoices', file, hostile])).code).toBe(EXIT.ok);
    const types = execFileSync(
      DEBIAN_PYTHON,
      [
        '-c',
        `import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value[:1] in '=@':
                out.append([ws.title, c.coordinate, c.data_type, c.value])
print(json.dumps(out))`,
        file,
      ],
      { encoding: 'utf8' },
    );
    const cells = JSON.parse(types) as [string, string, string, string][];
    const ours = cells.filter(([, , , v]) => v.includes('example.invalid') || v === '@SUM(A1:A9)');
    expect(ours.map(([sheet, , type, v]) => [sheet, type, v])).toEqual(
      expect.arrayContaining([
        ['Klanten', 's', '=HYPERLINK("http://example.invalid")'],
        ['Facturen', 's', '@SUM(A1:A9)'],
      ]),
    );
  });

  it('a missing invoice file is exit 3; no invoice file at all is a usage error', async () => {
    await run(['init', file]);
    expect((await run(['import-invoices', file, join(dir, 'nope.xml')])).code).toBe(EXIT.missingFile);
    expect((await run(['import-invoices', file])).code).toBe(EXIT.usage);
  });
});
