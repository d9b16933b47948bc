/**
 * Issue 10 point 4 through the command line: a workbook with parts the CLI cannot write back is
 * refused (exit 6), naming what would go, --force lets an .xlsx through, and never an .xlsm: its name
 * would promise macros the saved file no longer has. The refused file stays byte for byte.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-loss-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2025-06-30', false);
  const code = await main([...argv, '--today', '2025-06-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** The sample workbook with an external link, and macros when asked. */
async function lossy(name: string, macros: boolean): Promise<string> {
  const zip = await JSZip.loadAsync(await sampleWorkbook());
  zip.file('xl/externalLinks/externalLink1.xml', '<externalLink/>');
  if (macros) zip.file('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
  const file = join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return file;
}

it('refuses a save that would lose an external link, names it, and goes ahead with --force', async () => {
  const file = await lossy('Facturen.xlsx', false);
  const before = readFileSync(file);
  const refused = await run(['sort', file]);
  expect(refused.code).toBe(EXIT.wouldLoseContent);
  expect(refused.err).toMatch(
    /bevat koppelingen naar andere werkmappen, wat opslaan met dit programma zou laten verdwijnen/,
  );
  expect(refused.err).toMatch(/--force/);
  expect(readFileSync(file).equals(before)).toBe(true);
  expect((await run(['sort', file, '--force'])).code).toBe(EXIT.ok);
});

it('refuses an .xlsm even with --force, and leaves it byte for byte', async () => {
  const file = await lossy('Facturen.xlsm', true);
  const before = readFileSync(file);
  const r = await run(['sort', file, '--force']);
  expect(r.code).toBe(EXIT.wouldLoseContent);
  expect(r.err).toMatch(/macro's .*ook niet met --force/);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(readFileSync(file).equals(before)).toBe(true);
});
