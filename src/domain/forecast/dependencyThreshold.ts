/**
 * Which customers bring more than the settings' threshold of the 12-month revenue (default 70%):
 * the dependency chart marks them. From metrics.customerDependency, compared in whole cents
 * (revenue × 100 > threshold × the revenue shares are taken of), so a share exactly at the
 * threshold is not above it whatever floating point would make of the fraction.
 */
import { DomainError } from '../errors';
import type { DependencyMetrics } from '../metrics/dependency';

export function customersAboveThreshold(
  dependency: DependencyMetrics,
  thresholdPercent: number,
): Set<string> {
  if (!Number.isInteger(thresholdPercent) || thresholdPercent < 1 || thresholdPercent > 100) {
    throw new DomainError('invalid-input', 'expected a whole percentage from 1 to 100', {
      path: 'settings.dependencyThresholdPercent',
      value: thresholdPercent,
    });
  }
  const above = new Set<string>();
  for (const c of dependency.customers)
    if (c.revenue > 0 && c.revenue * 100 > thresholdPercent * dependency.positiveRevenue)
      above.add(c.customerNumber);
  return above;
}
