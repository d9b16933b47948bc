/**
 * check --fix on a workbook another program calculated while its dates and amounts were text
 * (test/fixtures/xlsx/stale/README.md says how it was made): the product's formula cells carry
 * cached results from before the fix ("Controleer invoer", #VALUE!). After the fix the file must
 * not keep them (a reader that does not recalculate would show an error that is no longer there),
 * must be marked for a full calculation on load, and must stay readable: read back with openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const FIXTURE = join(__dirname, '../fixtures/xlsx/stale/lo-tekst-berekend.xlsx');
const TODAY = '2026-11-22';

/** Facturen's body as openpyxl reads the cached results (data_only), keyed by header. */
function cachedRows(file: string): Record<string, unknown>[] {
  const script = `
import json, sys, datetime
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1], data_only=True)["Facturen"]
rows = list(ws.iter_rows(values_only=True))
conv = lambda v: v.date().isoformat() if isinstance(v, datetime.datetime) else v
print(json.dumps([dict(zip(rows[0], map(conv, r))) for r in rows[1:]]))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >[];
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-stale-'));
  file = join(dir, 'lo-tekst.xlsx');
  copyFileSync(FIXTURE, file);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = bufferIo(TODAY, false);
  const code = await main([...argv, '--today', TODAY], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

it('the fixture holds the stale results this test is about', () => {
  const [t1] = cachedRows(FIXTURE);
  expect(t1).toMatchObject({ Vervaldatum: '#VALUE!', Openstaand: '#VALUE!', Status: 'Controleer invoer' });
});

it('check --fix leaves no stale cached result in the product columns and the file readable', async () => {
  const fixed = await run('check', file, '--fix');
  expect(fixed.code).toBe(EXIT.ok);
  expect(fixed.out).toContain('3 cellen omgezet');
  expect(fixed.out).toMatch(/0 rijfouten, 2 waarschuwingen/);
  expect(fixed.out).not.toMatch(/#VALUE!|Controleer invoer|staat als tekst/);
  // openpyxl reads the saved file (a NaN cached result once made it throw) ...
  const rows = cachedRows(file);
  // ... the person's cells converted, their other cells as they were ...
  expect(rows.map((r) => [r.Factuurnummer, r.Factuurdatum, r.Bedrag, r['Betaald bedrag']])).toEqual([
    ['T1', '2026-09-01', 1000, 400],
    ['T2', '2026-11-20', 250.5, null],
  ]);
  // ... and no product column still shows what the text gave before the fix.
  for (const r of rows)
    for (const h of ['Vervaldatum', 'Openstaand', 'Dagen over tijd', 'Status'])
      expect([h, r[h]]).not.toEqual([h, expect.stringMatching(/^#|Controleer invoer/)]);
  const zip = await JSZip.loadAsync(await readFile(file));
  expect(await zip.file('xl/workbook.xml')?.async('string')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});
