#!/usr/bin/env node
// klant-inzicht: runs the compiled CLI (dist/cli/klant-inzicht.cjs) when it has been built, else
// the TypeScript source through tsx (a devDependency, present after `npm ci`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const compiled = fileURLToPath(new URL('../dist/cli/klant-inzicht.cjs', import.meta.url));

let cli;
if (existsSync(compiled)) {
  cli = require(compiled);
} else {
  const tsx = require('tsx/cjs/api');
  cli = tsx.require('../src/cli/main.ts', import.meta.url);
}
process.exitCode = await cli.main(process.argv.slice(2), cli.nodeIo());
