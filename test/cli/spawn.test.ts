/** The CLI as a person runs it: a separate process through tsx, with real exit codes. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(120_000);

it('runs check through npx tsx src/cli/main.ts with exit codes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-spawn-'));
  try {
    const file = join(dir, 'werkmap.xlsx');
    writeFileSync(file, await sampleWorkbook([['2025-009', 'K1', 'morgen', null, 1, 1]]));
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
        cwd: join(__dirname, '../..'),
        encoding: 'utf8',
      });
    const bad = run('check', file, '--today', '2025-06-30');
    expect(bad.stdout).toMatch(/Facturen!C6 \(Factuurdatum\)/);
    expect(bad.status).toBe(1);
    const missing = run('check', join(dir, 'weg.xlsx'));
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/bestand niet gevonden/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('runs through bin/klant-inzicht.mjs (compiled CLI when built, else the source through tsx)', () => {
  const root = join(__dirname, '../..');
  const help = spawnSync(process.execPath, ['bin/klant-inzicht.mjs', '--help'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(help.status).toBe(0);
  // No workbook named: the house's default language, Dutch.
  expect(help.stdout).toMatch(/klant-inzicht <opdracht> BESTAND/);
  const missing = spawnSync(process.execPath, ['bin/klant-inzicht.mjs', 'report', join(root, 'nope.xlsx')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(missing.status).toBe(3);
});

it('finishes its work and prints no stack trace when the reader of its output goes away (| head)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-spawn-pipe-'));
  try {
    const file = join(dir, 'werkmap.xlsx');
    writeFileSync(file, await sampleWorkbook([['2025-009', 'K1', 'morgen', null, 1, 1]]));
    const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'check', file, '--today', '2025-06-30'], {
      cwd: join(__dirname, '../..'),
    });
    // The reader closes at once, as `head -0` would: every line the CLI writes meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
