/**
 * A consultant hands over segments: `init --config` writes them into Instellingen as the rows the
 * pane and the CLI read (segment.N.naam / .regel / .ladder.M.*), checked by the same rule reader
 * and ladder checks, each refusal naming its place in the config. Read back with openpyxl.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { loadLedger } from '../../src/workbook/operations';
import { cli } from './run';

jest.setTimeout(180_000);

const PYTHON = '/usr/bin/python3';

// The Instellingen table's rows (key, value) as openpyxl reads them from the file.
const READ_SETTINGS = `
import json, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb['Instellingen']
rows = [[c.value for c in r[:2]] for r in ws.iter_rows(min_row=2)]
print(json.dumps([r for r in rows if isinstance(r[0], str)]))
`;

const CONFIG = {
  company: { name: 'Boekhouding Klaver' },
  segments: [
    {
      name: 'Structureel laat',
      rule: 'meer dan 2 keer te laat betaald in 12 maanden',
      ladder: [
        { id: 'bellen', kind: 'friendly', afterDays: 0, newTermDays: 7, channel: 'phone' },
        { id: 'herinnering', kind: 'second', afterDays: 1, newTermDays: 7 },
        { id: 'aanmaning', kind: 'final', afterDays: 1, newTermDays: 14, channel: 'letter' },
      ],
    },
    { name: 'Grote klanten', rule: 'omzet in 12 maanden boven 10000 en zakelijk' },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-init-segments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function init(config: unknown): { file: string; r: ReturnType<typeof cli> } {
  const file = join(dir, 'klant.xlsx');
  const path = join(dir, 'consultant.json');
  writeFileSync(path, JSON.stringify(config));
  return { file, r: cli(['init', file, '--config', path]) };
}

it('writes the segments into Instellingen, which openpyxl and the workbook layer read back', async () => {
  const { file, r } = init(CONFIG);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(EXIT.ok);
  const py = spawnSync(PYTHON, ['-c', READ_SETTINGS, file], { encoding: 'utf8' });
  expect(py.stderr).toBe('');
  const rows = new Map(JSON.parse(py.stdout) as [string, unknown][]);
  expect(rows.get('segment.1.naam')).toBe('Structureel laat');
  expect(rows.get('segment.1.regel')).toBe('meer dan 2 keer te laat betaald in 12 maanden');
  expect(rows.get('segment.1.ladder.1.id')).toBe('bellen');
  expect(rows.get('segment.1.ladder.1.afterDays')).toBe(0);
  expect(rows.get('segment.1.ladder.1.channel')).toBe('Bellen');
  expect(rows.get('segment.1.ladder.3.kind')).toBe('final');
  expect(rows.get('segment.1.ladder.3.channel')).toBe('Brief');
  expect(rows.get('segment.2.naam')).toBe('Grote klanten');
  expect(rows.get('segment.2.regel')).toBe('omzet in 12 maanden boven 10000 en zakelijk');
  expect([...rows.keys()].filter((k) => k.startsWith('segment.2.ladder'))).toEqual([]);
  // The CLI reads them without a problem (from source too: its segment reader is registered).
  const check = cli(['check', file, '--today', '2026-11-30']);
  expect(check.stderr).toBe('');
  expect(check.stdout).toMatch(/0 rijfouten, 0 waarschuwingen/);
  // And the workbook layer reads them back as the config gave them.
  const loaded = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
  expect(loaded.errors).toEqual([]);
  expect(loaded.ledger.settings.segments?.map((s) => [s.name, s.ladder?.map((st) => st.id)])).toEqual([
    ['Structureel laat', ['bellen', 'herinnering', 'aanmaning']],
    ['Grote klanten', undefined],
  ]);
});

it.each([
  [
    'a rule it cannot read',
    { segments: [{ name: 'Laat', rule: 'meer dan twee keer te laat' }] },
    /configuratie .*consultant\.json is niet geldig: segments\.0\.rule: "twee" \(teken 10\) past hier niet/,
  ],
  [
    "collection without the consumer's fourteen-day letter on a segment's ladder",
    {
      segments: [
        {
          name: 'Particulier',
          rule: 'consument',
          ladder: [
            { id: 'h1', kind: 'friendly', afterDays: 1, newTermDays: 7 },
            { id: 'h2', kind: 'second', afterDays: 1, newTermDays: 7 },
            { id: 'i', kind: 'collection', afterDays: 1, newTermDays: 0 },
          ],
        },
      ],
    },
    /segments\.0\.ladder\.2\.kind: stap 3: vóór incasso hoort de veertiendagenbrief/,
  ],
  [
    'the same on the main ladder',
    {
      ladder: [
        { id: 'h1', kind: 'friendly', afterDays: 1, newTermDays: 7 },
        { id: 'h2', kind: 'second', afterDays: 1, newTermDays: 7 },
        { id: 'i', kind: 'collection', afterDays: 1, newTermDays: 0 },
      ],
    },
    /ladder\.2\.kind: stap 3: vóór incasso hoort de veertiendagenbrief/,
  ],
  [
    'a segment name twice',
    {
      segments: [
        { name: 'Laat', rule: 'consument' },
        { name: 'laat', rule: 'zakelijk' },
      ],
    },
    /segments\.1\.name: de segmentnaam laat komt twee keer voor/,
  ],
  ['a segment without a rule', { segments: [{ name: 'Laat' }] }, /het veld segments\.0\.rule klopt niet/],
])('refuses %s, naming its place in the config, and writes no workbook', (_what, config, message) => {
  const { file, r } = init(config);
  expect(r.status).toBe(EXIT.usage);
  expect(r.stderr).toMatch(message);
  expect(spawnSync('test', ['-e', file]).status).not.toBe(0);
});
