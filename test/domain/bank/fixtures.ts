import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The shared fixtures beside the clone (CI) — required: a missing folder fails, it does not skip. */
const SHARED_DIR = path.resolve(__dirname, '../../../../shared/fixtures/bank');
/** The copies kept in the repo. */
const LOCAL_DIR = path.resolve(__dirname, '../../fixtures/bank');

function fixtureDir(which: 'shared' | 'local'): string {
  const dir = which === 'shared' ? SHARED_DIR : LOCAL_DIR;
  if (!existsSync(dir)) {
    throw new Error(
      `bank fixtures not found at ${dir}: the ${which} fixture folder must exist (see test/fixtures/bank/SOURCES.md)`,
    );
  }
  return dir;
}

export function readFixture(which: 'shared' | 'local', relative: string): string {
  return readFileSync(path.join(fixtureDir(which), relative), 'utf8');
}

export function listFixtures(which: 'shared' | 'local', sub: string): string[] {
  return readdirSync(path.join(fixtureDir(which), sub)).sort();
}
