#!/usr/bin/env node
// The whole test suite behind `npm test`: jest (unit, contract and component tests), then the
// browser tests in Debian's Chromium, then the closing line "tests: N passed, N failed" CI reads.
// Arguments are passed to the unit run; `--unit` skips the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const unitOnly = args.includes('--unit');
const jestArgs = args.filter((a) => a !== '--unit');

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
let ok = true;

function runJest(config, outFile, extra) {
  const run = spawnSync('npx', ['jest', '-c', config, '--json', `--outputFile=${outFile}`, ...extra], {
    stdio: 'inherit',
  });
  try {
    const results = JSON.parse(readFileSync(outFile, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
  } catch {
    failed += 1;
  }
  if (run.status !== 0) ok = false;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
    return false;
  }
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync(
    'apt-get',
    ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', 'chromium'],
    { stdio: 'inherit', env },
  );
  return install.status === 0 && existsSync(CHROMIUM);
}

runJest('jest.config.js', 'artifacts/jest-unit.json', jestArgs);
if (!unitOnly && existsSync('test/e2e')) {
  if (ensureChromium()) runJest('jest.e2e.config.js', 'artifacts/jest-e2e.json', []);
  else {
    failed += 1;
    ok = false;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
