/**
 * Saves through the CLI as a separate process: a workbook reached through a symbolic link, and a
 * save killed with SIGKILL between writing the temp file and renaming it.
 */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, cliProcess, processState, until } from './run';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(180_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-saving-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TEMP = /^\..+\.\d+\.[0-9a-z]+\.tmp$/;

it('sort through a symbolic link saves into the real file and keeps the link a link', async () => {
  mkdirSync(join(dir, 'echt'));
  const real = join(dir, 'echt', 'Facturen.xlsx');
  const original = Buffer.from(await sampleWorkbook());
  writeFileSync(real, original);
  const link = join(dir, 'snelkoppeling.xlsx');
  symlinkSync(join('echt', 'Facturen.xlsx'), link);

  const r = cli(['sort', link, '--today', '2025-06-30']);
  expect(r.stderr).not.toMatch(/klant-inzicht:/);
  expect(r.status).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect(readlinkSync(link)).toBe(join('echt', 'Facturen.xlsx'));
  // The real file holds the sorted workbook: it changed, and reading it through either name agrees.
  expect(readFileSync(real).equals(original)).toBe(false);
  expect(readFileSync(link).equals(readFileSync(real))).toBe(true);
  const check = cli(['check', real, '--today', '2025-06-30']);
  expect(check.status).toBe(0);
  expect(check.stdout).toMatch(/3 klanten, 4 facturen/);
  expect(readdirSync(dir).filter((n) => TEMP.test(n))).toEqual([]);
  expect(readdirSync(join(dir, 'echt')).filter((n) => TEMP.test(n))).toEqual([]);
});

it('a save killed with SIGKILL leaves the workbook whole; the next run removes the temp file and says so', async () => {
  const file = join(dir, 'Facturen.xlsx');
  const original = Buffer.from(await sampleWorkbook());
  writeFileSync(file, original);
  // The hook stops the process (SIGSTOP) once the temp file is written and flushed, just before
  // the rename: the widest window a kill can hit. The kill itself is real.
  const child = cliProcess(['sort', file, '--today', '2025-06-30'], {
    KLANT_INZICHT_TEST_STOP_BEFORE_RENAME: '1',
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
  const pid = child.pid as number;
  await until(() => processState(pid) === 'T');
  const temps = readdirSync(dir).filter((n) => TEMP.test(n));
  expect(temps).toHaveLength(1);
  expect(temps[0]).toContain(`.${pid}.`);
  process.kill(pid, 'SIGKILL');
  expect(await exited).toBe('SIGKILL');

  // The kill left the temp file behind and the workbook as it was.
  expect(readdirSync(dir).filter((n) => TEMP.test(n))).toEqual(temps);
  expect(readFileSync(file).equals(original)).toBe(true);

  const next = cli(['check', file, '--today', '2025-06-30']);
  expect(next.status).toBe(0);
  expect(next.stderr).toContain(`${temps[0]} verwijderd, een tijdelijk bestand van een onderbroken opslag`);
  expect(readdirSync(dir).sort()).toEqual(['Facturen.xlsx']);
  expect(readFileSync(file).equals(original)).toBe(true);
});

it('leaves alone a temp file whose process is still saving', async () => {
  const file = join(dir, 'Facturen.xlsx');
  writeFileSync(file, await sampleWorkbook());
  // Our own (running) test process stands in for a save in progress.
  const busy = `.Facturen.xlsx.${process.pid}.abc123.tmp`;
  writeFileSync(join(dir, busy), 'half');
  const r = cli(['check', file, '--today', '2025-06-30']);
  expect(r.status).toBe(0);
  expect(r.stderr).not.toContain(busy);
  expect(readdirSync(dir)).toContain(busy);
});
