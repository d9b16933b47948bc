/**
 * Every failure through the CLI as a separate process: an exit code from the README's list, one
 * line in the workbook's language, no stack trace, no half-written file.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { MAX_STATEMENT_BYTES } from '../../src/cli/import';
import { bigWorkbook } from './bigWorkbook';
import { BIN, cli, ROOT, STACK_FRAME } from './run';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(300_000);

const FIXTURES = resolve(__dirname, '../fixtures/bank');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-failures-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the CLI with its files on a tmpfs just big enough for the workbook, in a private mount
 * namespace (unshare), so writing anything more fails with ENOSPC like a full disk. Reports the
 * exit code, the output and what the folder holds afterwards.
 */
function onFullDisk(workbook: Uint8Array, args: (d: string) => string[], extraPages = 0) {
  const src = join(dir, 'src.xlsx');
  writeFileSync(src, workbook);
  const mnt = join(dir, 'disk');
  spawnSync('mkdir', [mnt]);
  const pages = Math.ceil(workbook.length / 4096) + 1 + extraPages;
  const script = [
    'set -u',
    `mount -t tmpfs -o size=${pages * 4096} tmpfs "$MNT" || exit 99`,
    'cp "$SRC" "$MNT/w.xlsx"',
    '"$@" 1>"$OUT" 2>"$ERR"; echo "EXIT=$?"',
    'ls -A "$MNT"',
    'cmp -s "$SRC" "$MNT/w.xlsx" && echo SAME',
  ].join('\n');
  const out = join(dir, 'stdout');
  const err = join(dir, 'stderr');
  const r = spawnSync(
    'unshare',
    ['--user', '--map-root-user', '--mount', 'sh', '-c', script, 'sh', process.execPath, BIN, ...args(mnt)],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, MNT: mnt, SRC: src, OUT: out, ERR: err } },
  );
  expect(r.stderr).toBe('');
  const lines = r.stdout.trim().split('\n');
  return {
    status: Number(/^EXIT=(\d+)$/.exec(lines[0] ?? '')?.[1]),
    files: lines.slice(1).filter((l) => l !== 'SAME'),
    unchanged: lines.includes('SAME'),
    stdout: readFileSync(out, 'utf8'),
    stderr: readFileSync(err, 'utf8'),
  };
}

describe('a full disk', () => {
  it('sort: exit 5, one Dutch line, the workbook unchanged and no temp file left', async () => {
    const r = onFullDisk(await sampleWorkbook(), (d) => ['sort', join(d, 'w.xlsx'), '--today', '2025-06-30']);
    expect(r.stderr).toMatch(
      /^klant-inzicht: de schijf is vol \(bij .*w\.xlsx\): de werkmap .*w\.xlsx is niet opgeslagen en ongewijzigd; er is geen ander bestand geschreven/m,
    );
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.status).toBe(EXIT.lockedOrReadOnly);
    expect(r.unchanged).toBe(true);
    expect(r.files).toEqual(['w.xlsx']);
  });

  it('sort of an English workbook says it in English', async () => {
    const file = join(dir, 'en.xlsx');
    expect(cli(['init', file, '--language', 'en']).status).toBe(0);
    const r = onFullDisk(readFileSync(file), (d) => ['sort', join(d, 'w.xlsx'), '--today', '2025-06-30']);
    expect(r.stderr).toMatch(
      /^klant-inzicht: the disk is full \(at .*w\.xlsx\): the workbook .*w\.xlsx was not saved and is unchanged; no other file was written/m,
    );
    expect(r.status).toBe(EXIT.lockedOrReadOnly);
    expect(r.files).toEqual(['w.xlsx']);
  });

  it('report --html and remind: a clear line, no half-written report or draft', async () => {
    const wb = await sampleWorkbook();
    const html = onFullDisk(wb, (d) => ['report', join(d, 'w.xlsx'), '--html', join(d, 'r.html')]);
    expect(html.stderr).toMatch(/^klant-inzicht: de schijf is vol/m);
    expect(html.stderr).not.toMatch(STACK_FRAME);
    expect(html.status).toBe(EXIT.lockedOrReadOnly);
    expect(html.files).toEqual(['w.xlsx']);
    const remind = onFullDisk(wb, (d) => [
      'remind',
      join(d, 'w.xlsx'),
      '--out',
      join(d, 'uit'),
      '--today',
      '2025-06-30',
    ]);
    expect(remind.stderr).toMatch(/^klant-inzicht: de schijf is vol/m);
    expect(remind.stderr).not.toMatch(STACK_FRAME);
    expect(remind.status).toBe(EXIT.lockedOrReadOnly);
    // Whatever drafts fitted are whole files; no temp file of the one that did not.
    expect(remind.files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

/** The pages (4 KB) the files of a command take on a roomy disk, in the order of `order`. */
function pagesOf(
  workbook: Uint8Array,
  args: (d: string) => string[],
  pick: (name: string) => boolean,
): number {
  const roomy = join(dir, 'roomy');
  mkdirSync(roomy);
  writeFileSync(join(roomy, 'w.xlsx'), workbook);
  const r = cli(args(roomy));
  expect(r.status).toBe(EXIT.ok);
  const names = readdirSync(roomy).filter(pick);
  expect(names.length).toBeGreaterThan(1);
  return names.reduce((n, name) => n + Math.ceil(statSync(join(roomy, name)).size / 4096), 0);
}

/**
 * The failure line says which file was not written (it is not there), names or counts the files
 * written whole before it (each there), and what became of the workbook.
 */
function saysWhatExists(r: ReturnType<typeof onFullDisk>): { failed: string; written: string[] } {
  const line = r.stderr.trim();
  const failed = /de schijf is vol \(bij ([^)]+)\): \1 is niet geschreven/.exec(line)?.[1] ?? '';
  expect(failed).not.toBe('');
  const outputs = r.files.filter((f) => f !== 'w.xlsx');
  expect(outputs).not.toContain(basename(failed));
  const listed = /wel geschreven, en compleet: (.*?)(?: en (\d+) meer)?;/.exec(line);
  const named = listed?.[1]?.split(', ').map((f) => basename(f)) ?? [];
  for (const f of named) expect(outputs).toContain(f);
  expect(named.length + Number(listed?.[2] ?? 0)).toBe(outputs.length);
  expect(line).toMatch(/de werkmap is niet gewijzigd; maak ruimte vrij/);
  expect(r.unchanged).toBe(true);
  expect(outputs.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return { failed, written: named };
}

describe('a full disk says what was and was not written', () => {
  it('remind --pdf: the drafts fitted, the first letter did not; the workbook not touched', async () => {
    // The sample's customers with a postal address, so each message gets its letter.
    const book = await XlsxBook.fromBuffer(await sampleWorkbook());
    await book.apply([
      { kind: 'addColumns', table: 'Klanten', headers: ['Adres', 'Postcode', 'Plaats'] },
      ...(
        [
          ['Adres', ['Dorpsstraat 1', 'Kerkstraat 2', 'Markt 3']],
          ['Postcode', ['3511 AB', '8011 AA', '1011 AB']],
          ['Plaats', ['Utrecht', 'Zwolle', 'Amsterdam']],
        ] as const
      ).map(([column, values]) => ({
        kind: 'setColumn' as const,
        table: 'Klanten',
        column,
        values: [...values],
      })),
    ]);
    const wb = await book.toBuffer();
    const args = (d: string) => [
      'remind',
      join(d, 'w.xlsx'),
      '--out',
      d,
      '--pdf=all',
      '--today',
      '2025-06-30',
    ];
    // Room for every .eml, none for a letter (the .eml files are all written before the letters).
    const r = onFullDisk(
      wb,
      args,
      pagesOf(wb, args, (f) => f.endsWith('.eml')),
    );
    expect(r.status).toBe(EXIT.lockedOrReadOnly);
    const { failed, written } = saysWhatExists(r);
    expect(failed).toMatch(/\.pdf$/);
    expect(written.every((f) => f.endsWith('.eml'))).toBe(true);
    expect(r.stderr).not.toMatch(/ongewijzigd/);
  });

  it('statement: the statements that fitted are named, the one that did not is not there', async () => {
    const wb = await sampleWorkbook();
    const args = (d: string) => [
      'statement',
      join(d, 'w.xlsx'),
      '--all-open',
      '--out',
      d,
      '--today',
      '2025-06-30',
    ];
    const all = pagesOf(wb, args, (f) => f.endsWith('.pdf') || f.endsWith('.eml'));
    const r = onFullDisk(wb, args, Math.floor(all / 2));
    expect(r.status).toBe(EXIT.lockedOrReadOnly);
    const { written } = saysWhatExists(r);
    expect(written.length).toBeGreaterThan(0);
  });

  it('import-invoices: the workbook not saved and unchanged, no other file written', async () => {
    const ubl = join(__dirname, '../fixtures/ubl/made/be-2026-0101.xml');
    const r = onFullDisk(await sampleWorkbook(), (d) => ['import-invoices', join(d, 'w.xlsx'), ubl]);
    expect(r.status).toBe(EXIT.lockedOrReadOnly);
    expect(r.stderr).toMatch(
      /^klant-inzicht: de schijf is vol \(bij .*w\.xlsx\): de werkmap .*w\.xlsx is niet opgeslagen en ongewijzigd; er is geen ander bestand geschreven; maak ruimte vrij/m,
    );
    expect(r.unchanged).toBe(true);
    expect(r.files).toEqual(['w.xlsx']);
  });
});

/** The sample workbook with one part's stated uncompressed size off by one: JSZip's "Bug : ..." case. */
function damaged(bytes: Uint8Array, part: string): Buffer {
  const b = Buffer.from(bytes);
  const name = Buffer.from(part);
  for (let p = b.length - 22; p >= 0; p -= 1) {
    if (b.readUInt32LE(p) !== 0x02014b50) continue;
    const n = b.readUInt16LE(p + 28);
    if (!b.subarray(p + 46, p + 46 + n).equals(name)) continue;
    const local = b.readUInt32LE(p + 42);
    b.writeUInt32LE(b.readUInt32LE(p + 24) + 1, p + 24);
    b.writeUInt32LE(b.readUInt32LE(local + 22) + 1, local + 22);
    return b;
  }
  throw new Error(`no part ${part}`);
}

it('a damaged zip: "the file is damaged", never the zip library\'s own words', async () => {
  const file = join(dir, 'kapot.xlsx');
  writeFileSync(file, damaged(await sampleWorkbook(), 'xl/styles.xml'));
  const r = cli(['check', file]);
  expect(r.status).toBe(EXIT.notAWorkbook);
  expect(r.stderr).toBe(
    `klant-inzicht: ${file}: Dit bestand is beschadigd: de inhoud klopt niet met wat het bestand zelf zegt. Open het in Excel om het te laten herstellen, of neem een reservekopie.\n`,
  );
});

describe('statements', () => {
  it('XML nested 5,000 deep: refused with the limit, located, no stack trace', async () => {
    const file = join(dir, 'w.xlsx');
    writeFileSync(file, await sampleWorkbook());
    const camt = readFileSync(join(FIXTURES, 'camt053/oca-test-camt053.xml'), 'utf8');
    const deep = join(dir, 'diep.xml');
    writeFileSync(deep, camt.replace('<Ntry>', `<Ntry>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`));
    const r = cli(['import', file, deep]);
    expect(r.status).toBe(EXIT.rowErrors);
    expect(r.stdout).toMatch(/^fout {4}.*diep\.xml \(rij \d+\): XML dieper genest dan 64 niveaus/m);
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a statement over the size limit is refused from its size alone, naming the limit', async () => {
    const file = join(dir, 'w.xlsx');
    writeFileSync(file, await sampleWorkbook());
    const big = join(dir, 'groot.xml');
    // A sparse file: its size is over the limit without a byte written (or read).
    const fd = openSync(big, 'w');
    ftruncateSync(fd, MAX_STATEMENT_BYTES + 1);
    closeSync(fd);
    const r = cli(['import', file, big]);
    expect(r.status).toBe(EXIT.notAWorkbook);
    expect(r.stderr).toBe(
      `klant-inzicht: bankafschrift ${big} is te groot: 50 MB, de grens is 50 MB; niet gelezen. Exporteer een kortere periode\n`,
    );
  });
});

it('a workbook too large for the heap is refused before loading, not aborted by V8 (exit 134)', async () => {
  const file = join(dir, 'groot.xlsx');
  const bytes = await bigWorkbook(3000);
  writeFileSync(file, bytes);
  const r = cli(['sort', file, '--today', '2025-06-30'], { nodeArgs: ['--max-old-space-size=96'] });
  expect(r.signal).toBeNull();
  expect(r.status).toBe(EXIT.workbookProblem);
  expect(r.stderr).toMatch(
    /^klant-inzicht: .*groot\.xlsx is te groot om in het geheugen te verwerken: nodig is ongeveer [\d,]+ MB, beschikbaar [\d,]+ MB; er is niets opgeslagen/,
  );
  expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
  // Reading alone needs far less (30 heap bytes per XML byte against sort's 80): check of the same
  // workbook runs under 128 MB. At 96 MB its estimate sits at the edge: the loader takes a share.
  const check = cli(['check', file, '--today', '2025-06-30'], { nodeArgs: ['--max-old-space-size=128'] });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(EXIT.ok);
  expect(check.stdout).toMatch(/200 klanten, 3000 facturen, 0 betalingen gelezen; 0 rijfouten/);
});

it('strips ESC, CR and other control characters from what reaches the terminal', async () => {
  const file = join(dir, 'w.xlsx');
  writeFileSync(file, await sampleWorkbook());
  const csv = join(dir, 'rabobank.csv');
  writeFileSync(
    csv,
    readFileSync(join(FIXTURES, 'csv/rabobank.csv'), 'utf8').replace(
      'Bakkerij De Vries',
      'Bak\u001b[2J\u0007De\rV\u009b\u202e',
    ),
  );
  const r = cli(['import', file, csv]);
  expect(r.status).toBe(EXIT.ok);
  expect(r.stdout).toContain('Bak\uFFFD[2J\uFFFDDe\uFFFDV\uFFFD\uFFFD');
  // eslint-disable-next-line no-control-regex -- the control characters are what is tested
  expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  const named = cli(['check', join(dir, 'nep\u001b[31m.xlsx')]);
  expect(named.status).toBe(EXIT.missingFile);
  expect(named.stderr).toBe(`klant-inzicht: bestand niet gevonden: ${join(dir, 'nep\uFFFD[31m.xlsx')}\n`);
});
