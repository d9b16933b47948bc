// Builds the pages once for all browser tests (set E2E_SKIP_BUILD=1 to reuse dist/).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const root = path.resolve(__dirname, '../../..');
  execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'officeJs=local'], {
    cwd: root,
    stdio: 'inherit',
  });
}
