/**
 * What a Belgian reminder states (settings.country 'BE'), for actions.reminderInput.
 *
 * Business customers (wet van 2 augustus 2002): on the final notice and the hand-over, interest
 * from the day after each due date at the published half-year rates (simple interest, art. 5) and
 * the flat EUR 40 per invoice (art. 6) — both owed without notice, so the letter states them as owed.
 *
 * Consumers (Boek XIX WER): the first reminder is free and announces the damages that the trader's
 * terms allow once the waiting term has run out, capped by bracket (legal/be/consumer). From the
 * second step on, an invoice whose first reminder's waiting term has run out carries those damages
 * and interest at the art. 5 rate from the day its waiting term ended; nothing before that day.
 * Invoices due before Boek XIX took effect (1 September 2023) fell under the old law, which is not
 * modelled: they carry no damages or interest here (the lower claim). settings.chargeCollectionCosts
 * and chargeInterest stand for "my terms contain a damages clause / an interest clause": the cap
 * limits such a clause, it does not create one. Several invoices in one letter: the cap applies to
 * their combined balance, the lower reading.
 */
import { addDays, type IsoDate } from './dates';
import { DomainError } from './errors';
import type { DunningAction, DunningGroup } from './dunning';
import { customerLadder, dunningHistory } from './dunning';
import type { LedgerIndex } from './ledger';
import {
  BE_CONSUMER_REGIME_FROM,
  belgianCommercialInterest,
  belgianConsumerDamagesCap,
  belgianWaitingTerm,
  collectionCostsForInvoices,
} from './legal';
import { addCents, cents, type Cents } from './money';
import type { Customer, Settings } from './model';
import type { ReminderClaim } from './reminders';

/** A rate the table lacks, relocated on the invoice so the error shows on its customer only. */
function onInvoice<T>(invoiceNumber: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const prefix = err.where.path ? `${err.where.path}: ` : '';
    const why = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
    throw new DomainError(err.code, `interest on invoice ${invoiceNumber}: ${why}`, {
      path: `invoices.${invoiceNumber}`,
      value: err.where.value,
    });
  }
}

function interestFrom(a: DunningAction, from: IsoDate, today: IsoDate, settings: Settings): Cents {
  if (!settings.chargeInterest || a.open <= 0 || from > today) return cents(0);
  return onInvoice(
    a.invoiceNumber,
    () =>
      belgianCommercialInterest({
        principal: a.open,
        from,
        until: today,
        extraRates: settings.extraInterestRates,
      }).total,
  );
}

/** The day damages and interest may start for an invoice, or undefined while they may not. */
function consumerChargesFrom(
  a: DunningAction,
  index: LedgerIndex,
  customer: Customer,
  settings: Settings,
  today: IsoDate,
): IsoDate | undefined {
  if (a.invoiceDueDate < BE_CONSUMER_REGIME_FROM) return undefined;
  const invoice = index.invoicesByNumber.get(a.invoiceNumber);
  if (!invoice) return undefined;
  // The customer's own ladder: a segment's first reminder opens the waiting term like the main one's.
  const ladder = customerLadder(index, customer, settings, today);
  const first = dunningHistory(invoice, index, ladder, today).sent.find((s) => s.step.kind === 'friendly');
  if (!first) return undefined;
  const { chargesFrom } = belgianWaitingTerm(first.sentOn, first.channel ?? 'letter');
  return chargesFrom <= today ? chargesFrom : undefined;
}

function covering(
  claim: ReminderClaim,
  covered: readonly DunningAction[],
  group: DunningGroup,
): ReminderClaim {
  if (covered.length < group.invoices.length + (group.alsoOverdue?.length ?? 0))
    claim.invoiceNumbers = covered.map((a) => a.invoiceNumber);
  return claim;
}

export function belgianClaim(
  group: DunningGroup,
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): ReminderClaim | undefined {
  if (!settings.chargeInterest && !settings.chargeCollectionCosts) return undefined;
  if (group.customer.kind !== 'consumer') {
    if (group.step.kind !== 'final' && group.step.kind !== 'collection') return undefined;
    const legal = group.invoices.filter((a) => a.step.kind === 'final' || a.step.kind === 'collection');
    if (legal.length === 0) return undefined;
    const interestCents = legal.reduce(
      (sum, a) => addCents(sum, interestFrom(a, addDays(a.invoiceDueDate, 1), today, settings)),
      cents(0),
    );
    const costsCents = settings.chargeCollectionCosts
      ? collectionCostsForInvoices(
          legal.map((a) => a.open),
          { country: 'BE' },
        ).amount
      : cents(0);
    return covering({ interestCents, costsCents, costsVatCents: cents(0) }, legal, group);
  }
  if (group.step.kind === 'friendly') {
    // The free first reminder: it names the damages that will be owed if the term runs out.
    const announced = group.invoices.filter(
      (a) => a.step.kind === 'friendly' && a.invoiceDueDate >= BE_CONSUMER_REGIME_FROM,
    );
    if (announced.length === 0 || !settings.chargeCollectionCosts) return undefined;
    const balance = announced.reduce((sum, a) => addCents(sum, a.open), cents(0));
    return covering(
      { interestCents: cents(0), costsCents: belgianConsumerDamagesCap(balance), costsVatCents: cents(0) },
      announced,
      group,
    );
  }
  const due = group.invoices
    .map((a) => ({ a, from: consumerChargesFrom(a, index, group.customer, settings, today) }))
    .filter((x): x is { a: DunningAction; from: IsoDate } => x.from !== undefined);
  if (due.length === 0) return undefined;
  const balance = due.reduce((sum, x) => addCents(sum, x.a.open), cents(0));
  return covering(
    {
      interestCents: due.reduce(
        (sum, x) => addCents(sum, interestFrom(x.a, x.from, today, settings)),
        cents(0),
      ),
      costsCents: settings.chargeCollectionCosts ? belgianConsumerDamagesCap(balance) : cents(0),
      costsVatCents: cents(0),
    },
    due.map((x) => x.a),
    group,
  );
}
