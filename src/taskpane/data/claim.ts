/** The claim a reminder names; only the (lazily loaded) reminder view needs the legal module. */
import type { IsoDate } from '../../domain/dates';
import type { DunningGroup } from '../../domain/dunning';
import { collectionCosts } from '../../domain/legal/collectionCosts';
import { claimOn } from '../../domain/legal/claim';
import type { Ledger } from '../../domain/model';
import { sumCents } from '../../domain/money';
import type { ReminderClaim } from '../../domain/reminders';

/**
 * The legal amounts a final notice or hand-over names, when the settings charge them: interest per
 * invoice, collection costs once over the principal together (the statutory scale is per claim).
 * For a consumer's final notice the costs are the ones that WILL be owed after the fourteen days,
 * which is what the letter must state.
 */
export function reminderClaim(group: DunningGroup, ledger: Ledger, today: IsoDate): ReminderClaim | undefined {
  const { settings } = ledger;
  const kind = group.step.kind;
  if (kind !== 'final' && kind !== 'collection') return undefined;
  if (!settings.chargeInterest && !settings.chargeCollectionCosts) return undefined;
  const customerKind = group.customer.kind;
  const interestCents = sumCents(
    group.invoices.map((a) => claimOn(a.open, a.invoiceDueDate, today, customerKind, { ...settings, chargeCollectionCosts: false }).interest),
  );
  let costsCents = 0;
  let costsVatCents = 0;
  const consumerBE = customerKind === 'consumer' && settings.country === 'BE';
  if (settings.chargeCollectionCosts && !consumerBE) {
    const c = collectionCosts(group.open, { vat: settings.collectionCostsVat, country: settings.country });
    costsCents = c.amount;
    costsVatCents = c.vat;
  }
  return { interestCents, costsCents, costsVatCents };
}

