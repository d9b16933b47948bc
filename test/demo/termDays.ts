import type { Customer } from '../../src/domain/model';

/** The generator's term per customer: the agreed one, else 14 days for consumers, 30 for business. */
export function termDays(c: Customer): number {
  return c.paymentTermDays ?? (c.kind === 'consumer' ? 14 : 30);
}
