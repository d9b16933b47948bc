#!/usr/bin/env node
// `npm run sideload:desktop`: registers manifest.xml with Excel desktop and opens Excel, through
// Microsoft's office-addin-debugging. Only Windows and Mac have Excel desktop; on Linux this says
// so and points to Excel on the web. Starts `npm start`'s dev server when it is not running yet.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  console.log(
    [
      `Excel desktop does not exist on ${process.platform}, so there is no desktop sideload here.`,
      'Use Excel on the web instead:',
      '  1. npm start   (serves the add-in on https://localhost:3000)',
      '  2. open a workbook in Excel on the web > Home > Add-ins > Upload My Add-in > manifest.xml',
      'Or try the pane without Excel at https://localhost:3000/index.html (the demo page).',
    ].join('\n'),
  );
  process.exit(0);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// office-addin-debugging starts our dev server itself unless one already answers on the port.
const run = spawnSync(
  npx,
  [
    '--yes',
    'office-addin-debugging',
    'start',
    'manifest.xml',
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'node scripts/start.mjs',
    '--dev-server-port',
    '3000',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  },
);
process.exit(run.status ?? 1);
