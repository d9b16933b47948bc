import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coreExample } from '../../examples/core-example';
import { isoDate } from '../../src/domain/dates';

const root = join(__dirname, '..', '..');

describe('the core API example', () => {
  it('prints the due date, status, reminder and overview it promises', () => {
    expect(coreExample()).toEqual([
      'F2026-001 due 2026-03-01 (statutory, 30 days)',
      'F2026-001 on 2026-03-16: overdue, 15 days, open €1,210.00',
      'F2026-002 on 2026-03-16: paid-on-time',
      'reminder herinnering-1 to Bakkerij De Korrel: Betalingsherinnering factuur F2026-001',
      // 121,000 open / (145,200 invoiced / 365) = 304.17 days.
      'open €1,210.00, overdue €1,210.00, DSO 304.2 days',
    ]);
  });

  it('depends on today, not on the clock', () => {
    expect(coreExample(isoDate('2026-02-27'))[1]).toBe(
      'F2026-001 on 2026-02-27: open, 0 days, open €1,210.00',
    );
    expect(coreExample(isoDate('2026-03-01'))[1]).toBe(
      'F2026-001 on 2026-03-01: due-today, 0 days, open €1,210.00',
    );
  });

  it('is quoted verbatim in docs/core-api.md', () => {
    const doc = readFileSync(join(root, 'docs', 'core-api.md'), 'utf8');
    const block = /```ts file=examples\/core-example\.ts\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBe(readFileSync(join(root, 'examples', 'core-example.ts'), 'utf8'));
  });
});
