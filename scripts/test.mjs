#!/usr/bin/env node
// The whole test suite behind `npm test`: jest (unit, contract and component tests), then the
// closing line "tests: N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

mkdirSync('artifacts', { recursive: true });
const jestArgs = ['jest', '--json', '--outputFile=artifacts/jest-results.json', ...process.argv.slice(2)];
const jest = spawnSync('npx', jestArgs, { stdio: 'inherit' });

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync('artifacts/jest-results.json', 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
