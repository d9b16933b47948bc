/**
 * Today's reminders: the ladder's plan turned into drafts. This is where the dunning ladder, the
 * law and the reminder texts meet, so the CLI, the task pane and the overview all draft the same
 * message for the same customer on the same day.
 */
import { addDays, assertIsoDate, type IsoDate } from './dates';
import { dunningPlan, type DunningAction, type DunningGroup, type DunningOptions } from './dunning';
import { DomainError, requireArray, requireObject } from './errors';
import { indexLedger, requireLedgerIndex, settle, type LedgerIndex } from './ledger';
import { allocatePayments, claimOn, collectionCostsForInvoices, interestKindFor, ratesFor } from './legal';
import type { Cents } from './money';
import type { CustomerKind, Ledger, Settings } from './model';
import { draftReminder, type DraftReminderInput, type ReminderClaim, type ReminderDraft } from './reminders';

export interface ReminderAction {
  group: DunningGroup;
  input: DraftReminderInput;
  /** The draft, or why none could be made (e.g. no IBAN in the settings): the pane shows it. */
  draft?: ReminderDraft;
  error?: DomainError;
}

/**
 * What a final notice states: statutory interest to date per invoice and the collection costs over
 * the combined principal. A consumer's fourteen-day letter must name the costs that WILL be
 * charged if the term passes, so they are computed here although not yet owed.
 *
 * Part-payments after the due date went to interest before principal (art. 6:44 BW), which leaves
 * more principal than the invoice's open amount. The letter lists the open amounts, so the
 * interest it states is everything the claim holds beyond them: open + interest = what is owed.
 */
export function finalNoticeClaim(
  group: DunningGroup,
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): ReminderClaim | undefined {
  requireObject(group, 'group');
  requireObject(group.step, 'group.step');
  requireObject(group.customer, 'group.customer');
  requireArray(group.invoices, 'group.invoices');
  requireLedgerIndex(index);
  requireObject(settings, 'settings');
  assertIsoDate(today, 'today');
  if (group.step.kind !== 'final' && group.step.kind !== 'collection') return undefined;
  if (!settings.chargeInterest && !settings.chargeCollectionCosts) return undefined;
  let interestCents: Cents = 0;
  if (settings.chargeInterest && settings.country !== 'BE') {
    for (const a of group.invoices)
      interestCents += interestBeyondOpen(a, index, group.customer.kind, settings, today);
  }
  let costsCents: Cents = 0;
  let costsVatCents: Cents = 0;
  // Belgian consumer collection costs follow other rules (not modelled): name none.
  const belgianConsumer = group.customer.kind === 'consumer' && settings.country === 'BE';
  if (settings.chargeCollectionCosts && !belgianConsumer) {
    const costs = collectionCostsForInvoices(
      group.invoices.map((a) => a.open),
      { vat: settings.collectionCostsVat, country: settings.country },
    );
    costsCents = costs.amount;
    costsVatCents = costs.vat;
  }
  return { interestCents, costsCents, costsVatCents };
}

function interestBeyondOpen(
  action: DunningAction,
  index: LedgerIndex,
  kind: CustomerKind,
  settings: Settings,
  today: IsoDate,
): Cents {
  if (action.open <= 0 || today <= action.invoiceDueDate) return 0;
  const invoice = index.invoicesByNumber.get(action.invoiceNumber);
  if (!invoice)
    throw new DomainError('unknown-invoice', `invoice ${action.invoiceNumber} is not in the ledger`, {
      value: action.invoiceNumber,
    });
  const s = settle(invoice, index, today);
  const payments = (index.paymentsByInvoice.get(invoice.number) ?? []).filter((p) => p.date <= today);
  // A refund or reversal cannot run through the art. 6:44 allocation: fall back to interest on
  // what is open now, which never overstates the claim.
  if (payments.some((p) => p.amount < 0))
    return claimOn(action.open, action.invoiceDueDate, today, kind, settings).interest;
  const interestKind = interestKindFor(kind);
  const statement = allocatePayments(
    {
      principal: s.amount - s.credited,
      costs: 0,
      interestFrom: addDays(action.invoiceDueDate, 1),
      until: today,
      kind: interestKind,
      rates: ratesFor(interestKind, settings.extraInterestRates),
    },
    payments.map((p) => ({ date: p.date, amount: p.amount })),
  );
  return statement.owed.principal + statement.owed.interest - action.open;
}

export function reminderInput(
  group: DunningGroup,
  index: LedgerIndex,
  settings: Settings,
  today: IsoDate,
): DraftReminderInput {
  requireObject(group, 'group');
  requireObject(group.step, 'group.step');
  requireArray(group.invoices, 'group.invoices');
  requireLedgerIndex(index);
  const input: DraftReminderInput = {
    step: { id: group.step.id, kind: group.step.kind, offerPaymentPlan: group.step.offerPaymentPlan },
    customer: group.customer,
    invoices: group.invoices.map((a) => {
      const invoice = index.invoicesByNumber.get(a.invoiceNumber);
      if (!invoice)
        throw new DomainError('unknown-invoice', `invoice ${a.invoiceNumber} is not in the ledger`, {
          value: a.invoiceNumber,
        });
      return {
        number: a.invoiceNumber,
        invoiceDate: invoice.invoiceDate,
        dueDate: a.invoiceDueDate,
        openCents: a.open,
        ...(invoice.paymentReference ? { paymentReference: invoice.paymentReference } : {}),
      };
    }),
    newTermUntil: group.newTermUntil,
    today,
    settings,
  };
  const claim = finalNoticeClaim(group, index, settings, today);
  if (claim) input.claim = claim;
  return input;
}

/** Every reminder due today, drafted; one per customer and step. */
export function todaysReminders(
  ledger: Ledger,
  today: IsoDate,
  options: DunningOptions = {},
): ReminderAction[] {
  requireObject(ledger, 'ledger');
  const index = indexLedger(ledger);
  return dunningPlan(ledger, ledger.settings, today, options).map((group) => {
    const input = reminderInput(group, index, ledger.settings, today);
    try {
      return { group, input, draft: draftReminder(input) };
    } catch (err) {
      if (err instanceof DomainError) return { group, input, error: err };
      throw err;
    }
  });
}
