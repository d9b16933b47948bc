/**
 * A customer's exposure before a new invoice: what is open today, what it would be with the new
 * invoice, the customer's credit limit (optional, from Klanten) and the overdue invoices. The pane
 * says so before saving; it never stops the invoice. Open and overdue are counted per invoice as
 * invoiceStatus counts them (credit notes, payments, disputes and plans included; a written-off
 * invoice is no longer open).
 */
import { assertIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import { requireLedgerIndex, type LedgerIndex } from '../ledger';
import { addCents, cents, type Cents } from '../money';
import type { Customer, Settings } from '../model';
import { invoiceStatus, RECEIVABLE_KINDS } from '../status';

export interface CreditExposure {
  /** The customer's credit limit; null when none is set. */
  limit: Cents | null;
  open: Cents;
  /** open + the new invoice's amount incl. VAT. */
  openAfter: Cents;
  /** A limit is set and openAfter exceeds it. */
  overLimit: boolean;
  overdueCount: number;
  overdue: Cents;
}

export function creditExposure(
  customer: Customer,
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
  newAmount: Cents,
): CreditExposure {
  requireObject(customer, 'customer');
  requireLedgerIndex(index);
  assertIsoDate(today, 'today');
  if (!Number.isSafeInteger(newAmount)) {
    throw new DomainError('invalid-input', 'expected an amount in whole cents', {
      path: 'newAmount',
      value: newAmount,
    });
  }
  let open = cents(0);
  let overdue = cents(0);
  let overdueCount = 0;
  for (const inv of index.invoicesByCustomer.get(customer.number) ?? []) {
    if (inv.invoiceDate > today) continue;
    const s = invoiceStatus(inv, index, customer, settings, today);
    if (!RECEIVABLE_KINDS.includes(s.kind) || s.open <= 0) continue;
    open = addCents(open, s.open);
    if (s.overdue) {
      overdue = addCents(overdue, s.open);
      overdueCount += 1;
    }
  }
  const limit = customer.creditLimit ?? null;
  const openAfter = addCents(open, newAmount);
  return { limit, open, openAfter, overLimit: limit !== null && openAfter > limit, overdueCount, overdue };
}
