/* eslint-disable no-control-regex -- control characters in names are what this test is about */
/**
 * report --json is data for a script: a customer name with control or bidi characters comes back
 * exactly as typed, as valid JSON with those characters escaped, while the text report (for a
 * person at a terminal) still shows each of them as U+FFFD (issue 10).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { jsonText } from '../../src/cli/jsonText';
import { forTerminal } from '../../src/cli/terminalText';
import { cli } from './run';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(120_000);

// ESC (a colour change), CR (could overwrite the line), U+202E (right-to-left override), U+FFFE.
const TYPED = 'Jansen \u001b[31mB.V.\r \u202Eoof\uFFFE';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-json-'));
  file = join(dir, 'w.xlsx');
  // Excel stores characters XML forbids as _xHHHH_ escapes; ExcelJS reads them back as typed.
  const zip = await JSZip.loadAsync(await sampleWorkbook());
  const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  const escaped = TYPED.replace(
    /[\u001b\r\uFFFE]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  zip.file('xl/sharedStrings.xml', strings.replace('Jansen B.V.', escaped));
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every string anywhere in a JSON value. */
function stringsIn(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(stringsIn);
  if (v && typeof v === 'object') return Object.values(v).flatMap(stringsIn);
  return [];
}

it('report --json round-trips the typed name, with nothing raw a terminal would act on', () => {
  const r = cli(['report', file, '--json', '--today', '2025-06-30']);
  expect(r.status).toBe(0);
  expect(r.stdout).not.toMatch(/[\u001b\r\u202e\ufffe\ufffd]/);
  expect(r.stdout).toContain('\\u001b[31m');
  expect(r.stdout).toContain('\\u202e');
  expect(r.stdout).toContain('\\ufffe');
  const names = stringsIn(JSON.parse(r.stdout)).filter((s) => s.startsWith('Jansen'));
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names)).toEqual(new Set([TYPED]));
});

it('the text report still shows each such character as U+FFFD', () => {
  const r = cli(['report', file, '--today', '2025-06-30']);
  expect(r.status).toBe(0);
  expect(r.stdout).not.toMatch(/[\u001b\r\u202e]/);
  expect(r.stdout).toContain('Jansen \uFFFD[31mB.V.\uFFFD \uFFFDoof');
});

it('jsonText escapes exactly what the terminal filter would touch, and stays JSON.stringify otherwise', () => {
  const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('') + '\uFFFE\uFFFF';
  const text = jsonText({ all });
  expect(JSON.parse(text)).toEqual({ all });
  expect(forTerminal(text)).toBe(text);
  expect(jsonText({ a: 'plain €' })).toBe(JSON.stringify({ a: 'plain €' }, null, 2));
});
