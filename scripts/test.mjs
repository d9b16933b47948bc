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

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

// Debian packages the tests drive besides Chromium: LibreOffice and openpyxl read our .xlsx files
// back, pdftotext our PDFs. As root they are installed when missing; otherwise the tests that need
// one say which command installs it.
function ensureReaders() {
  const need = [];
  if (!commandExists('soffice')) need.push('libreoffice-calc');
  if (spawnSync('/usr/bin/python3', ['-c', 'import openpyxl'], { stdio: 'ignore' }).status !== 0)
    need.push('python3-openpyxl');
  if (!commandExists('pdftotext')) need.push('poppler-utils');
  if (need.length === 0 || !isRoot()) return;
  console.log(`Installing Debian ${need.join(', ')} for the tests that read our files back (apt-get)…`);
  // LibreOffice's recommends pull in a desktop's worth of packages.
  aptInstall(need, ['--no-install-recommends']);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function aptInstall(packages, flags = []) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  return spawnSync(
    'apt-get',
    ['install', '-y', '-qq', ...flags, '-o', 'DPkg::Lock::Timeout=300', ...packages],
    { stdio: 'inherit', env },
  );
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (!isRoot()) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
    return false;
  }
  console.log('Installing Debian chromium for the browser tests (apt-get)…');
  const install = aptInstall(['chromium']);
  return install.status === 0 && existsSync(CHROMIUM);
}

// The browser tests' 320 px measures were set with Liberation Sans present (metric-compatible with
// Arial and Helvetica, which Chromium picks for Fluent's font list); DejaVu Sans alone is wider.
function ensureFonts() {
  if (spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -q 'Liberation Sans'"]).status === 0) return;
  if (!isRoot()) {
    console.error('Liberation Sans is missing. Install it with: sudo apt-get install -y fonts-liberation');
    return;
  }
  console.log('Installing Debian fonts-liberation for the browser tests (apt-get)…');
  aptInstall(['fonts-liberation']);
}

ensureReaders();
runJest('jest.config.js', 'artifacts/jest-unit.json', jestArgs);
if (!unitOnly && existsSync('test/e2e')) {
  if (ensureChromium()) {
    ensureFonts();
    runJest('jest.e2e.config.js', 'artifacts/jest-e2e.json', []);
  } else {
    failed += 1;
    ok = false;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
