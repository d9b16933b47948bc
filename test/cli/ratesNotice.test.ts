import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(30_000);

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-rates-'));
  file = join(dir, 'Klanten.xlsx');
  writeFileSync(file, await sampleWorkbook());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(today: string) {
  const io = bufferIo(today, false);
  const code = await main(['check', file, '--today', today], io);
  return { code, out: io.out.join('') };
}

describe('check: the statutory rates notice (issue 12)', () => {
  it('is silent within the last half-year the rate table knows', async () => {
    const r = await check('2026-06-30');
    expect(r.out).not.toMatch(/rentes daarna kunnen verouderd zijn/);
  });

  it('says the rates may be outdated, and how to add one, from the day after; the exit code stays', async () => {
    const r = await check('2026-07-01');
    expect(r.out).toMatch(
      /melding de wettelijke rentes zijn bekend tot en met 2026-06-30; rentes daarna kunnen verouderd zijn/,
    );
    expect(r.out).toMatch(/rate\.N\.kind, rate\.N\.from, rate\.N\.percent en rate\.N\.source/);
    expect(r.code).toBe((await check('2026-06-30')).code);
    expect([EXIT.ok, EXIT.rowErrors]).toContain(r.code);
  });
});
