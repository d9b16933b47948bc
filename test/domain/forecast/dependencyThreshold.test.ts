import { customersAboveThreshold } from '../../../src/domain/forecast';
import { customerDependency } from '../../../src/domain/metrics';
import { defaultSettings } from '../../../src/domain/model';
import { customer, invoice, prep } from '../metrics/builders';
import { isoDate } from '../../../src/domain/dates';

const today = '2026-06-30';
// Revenue excl. VAT: K1 7000, K2 3000 -> shares 0.7 and 0.3.
const dep = customerDependency(
  prep(
    {
      customers: [customer('K1'), customer('K2')],
      invoices: [
        invoice('A', 'K1', isoDate('2026-03-01'), 7000),
        invoice('B', 'K2', isoDate('2026-03-01'), 3000),
      ],
    },
    today,
  ),
);

describe('customersAboveThreshold', () => {
  it('marks a share above the threshold, not one exactly at it', () => {
    expect([...customersAboveThreshold(dep, 70)]).toEqual([]);
    expect([...customersAboveThreshold(dep, 69)]).toEqual(['K1']);
    expect([...customersAboveThreshold(dep, 29)].sort()).toEqual(['K1', 'K2']);
  });

  it('defaults to 70% in the settings and refuses a threshold outside 1..100 by its field', () => {
    expect(defaultSettings().dependencyThresholdPercent).toBe(70);
    expect(() => defaultSettings({ dependencyThresholdPercent: 0 })).toThrow(/dependencyThresholdPercent/);
    expect(() => customersAboveThreshold(dep, 101)).toThrow(/1 to 100/);
  });
});
