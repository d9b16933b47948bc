/** Payment plans on the ladder: which instalments were missed by a day. */
import { assertIsoDate, type IsoDate } from '../dates';
import { requireObject } from '../errors';
import { type LedgerIndex, requireLedgerIndex } from '../ledger';
import { addCents, cents, subtractCents, type Cents } from '../money';
import type { Arrangement, Instalment, Invoice } from '../model';
import { activeArrangement } from '../status';

export interface MissedInstalment {
  /** 0-based position in the arrangement, by due date. */
  position: number;
  instalment: Instalment;
  /** Sum of the instalments due up to and including this one. */
  cumulativeDue: Cents;
  /** Payments on the invoice from the day the plan was agreed up to today. */
  paidSinceAgreed: Cents;
  shortfall: Cents;
}

/**
 * Instalments whose due date has passed (due date before today) while the payments on the invoice
 * since the plan was agreed fall short of the instalments due so far. An instalment paid late but
 * made up by today no longer counts as missed. Credit notes do not count as payments.
 */
export function missedInstalments(
  invoice: Invoice,
  index: LedgerIndex,
  today: IsoDate,
  arrangement: Arrangement | undefined = activeArrangement(invoice, index, today),
): MissedInstalment[] {
  requireObject(invoice, 'invoice');
  requireLedgerIndex(index);
  assertIsoDate(today, 'today');
  if (!arrangement) return [];
  let paidSinceAgreed = cents(0);
  for (const p of index.paymentsByInvoice.get(invoice.number) ?? []) {
    if (p.date >= arrangement.agreedOn && p.date <= today)
      paidSinceAgreed = addCents(paidSinceAgreed, p.amount);
  }
  const sorted = [...arrangement.instalments].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  const missed: MissedInstalment[] = [];
  let cumulativeDue = cents(0);
  sorted.forEach((instalment, position) => {
    cumulativeDue = addCents(cumulativeDue, instalment.amount);
    if (instalment.dueDate < today && paidSinceAgreed < cumulativeDue) {
      missed.push({
        position,
        instalment,
        cumulativeDue,
        paidSinceAgreed,
        shortfall: subtractCents(cumulativeDue, paidSinceAgreed),
      });
    }
  });
  return missed;
}
