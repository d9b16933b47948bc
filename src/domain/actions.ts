/**
 * Today's reminders: the ladder's plan turned into drafts. This is where the dunning ladder, the
 * law and the reminder texts meet, so the CLI, the task pane and the overview all draft the same
 * message for the same customer on the same day.
 */
import { belgianClaim } from './belgianClaim';
import { addDays, assertIsoDate, type IsoDate } from './dates';
import {
  dunningPlanReport,
  type DunningAction,
  type DunningGroup,
  type DunningOptions,
  type PlanFailure,
} from './dunning';
import { DomainError, requireArray, requireObject } from './errors';
import { indexLedger, requireLedgerIndex, settle, type LedgerIndex } from './ledger';
import { allocatePayments, claimOn, collectionCostsForInvoices, interestKindFor, ratesFor } from './legal';
import { addCents, cents, subtractCents, type Cents } from './money';
import type { CustomerKind, Ledger, Settings } from './model';
import {
  draftReminder,
  type DraftReminderInput,
  type ReminderClaim,
  type ReminderDraft,
  type ReminderInvoice,
} from './reminders';

export interface ReminderAction {
  group: DunningGroup;
  /** Absent when the input itself could not be put together (e.g. no rate known for a day). */
  input?: DraftReminderInput;
  /** The draft, or why none could be made (e.g. no IBAN in the settings): the pane shows it. */
  draft?: ReminderDraft;
  error?: DomainError;
}

/** The step kinds whose message carries legal weight: interest, costs, the 14-day letter. */
const LEGAL_STEP_KINDS = new Set(['final', 'collection']);

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
  // Belgium has its own rules for what a reminder may state, from the first reminder on.
  if (settings.country === 'BE') return belgianClaim(group, index, settings, today);
  if (group.step.kind !== 'final' && group.step.kind !== 'collection') return undefined;
  if (!settings.chargeInterest && !settings.chargeCollectionCosts) return undefined;
  // The message may also list invoices at an earlier stage: the legal amounts cover only those
  // whose own step is legal (two reminders before any legal step, per invoice).
  const legal = group.invoices.filter((a) => LEGAL_STEP_KINDS.has(a.step.kind));
  if (legal.length === 0) return undefined;
  let interestCents: Cents = cents(0);
  if (settings.chargeInterest) {
    for (const a of legal) {
      try {
        interestCents = addCents(
          interestCents,
          interestBeyondOpen(a, index, group.customer.kind, settings, today),
        );
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        const prefix = err.where.path ? `${err.where.path}: ` : '';
        const why = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
        // Located on the invoice, so the pane and the CLI name it on its customer only.
        throw new DomainError(err.code, `interest on invoice ${a.invoiceNumber}: ${why}`, {
          path: `invoices.${a.invoiceNumber}`,
          value: err.where.value,
        });
      }
    }
  }
  let costsCents: Cents = cents(0);
  let costsVatCents: Cents = cents(0);
  if (settings.chargeCollectionCosts) {
    const costs = collectionCostsForInvoices(
      legal.map((a) => a.open),
      { vat: settings.collectionCostsVat, country: settings.country },
    );
    costsCents = costs.amount;
    costsVatCents = costs.vat;
  }
  const claim: ReminderClaim = { interestCents, costsCents, costsVatCents };
  if (legal.length < group.invoices.length + (group.alsoOverdue?.length ?? 0))
    claim.invoiceNumbers = legal.map((a) => a.invoiceNumber);
  return claim;
}

function interestBeyondOpen(
  action: DunningAction,
  index: LedgerIndex,
  kind: CustomerKind,
  settings: Settings,
  today: IsoDate,
): Cents {
  if (action.open <= 0 || today <= action.invoiceDueDate) return cents(0);
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
      principal: subtractCents(s.amount, s.credited),
      costs: cents(0),
      interestFrom: addDays(action.invoiceDueDate, 1),
      until: today,
      kind: interestKind,
      rates: ratesFor(interestKind, settings.extraInterestRates),
    },
    payments.map((p) => ({ date: p.date, amount: p.amount })),
  );
  return subtractCents(addCents(statement.owed.principal, statement.owed.interest), action.open);
}

function reminderInvoice(
  line: { invoiceNumber: string; invoiceDueDate: IsoDate; open: Cents },
  index: LedgerIndex,
): ReminderInvoice {
  const invoice = index.invoicesByNumber.get(line.invoiceNumber);
  if (!invoice)
    throw new DomainError('unknown-invoice', `invoice ${line.invoiceNumber} is not in the ledger`, {
      value: line.invoiceNumber,
    });
  return {
    number: line.invoiceNumber,
    invoiceDate: invoice.invoiceDate,
    dueDate: line.invoiceDueDate,
    openCents: line.open,
    ...(invoice.paymentReference ? { paymentReference: invoice.paymentReference } : {}),
  };
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
    invoices: [
      ...group.invoices.map((a) => ({ ...reminderInvoice(a, index), stage: a.step.kind })),
      ...(group.alsoOverdue ?? []).map((o) => {
        const line: ReminderInvoice = {
          ...reminderInvoice(o, index),
          stage: o.lastSent ? 'reminded' : 'overdue',
        };
        if (o.lastSent) line.remindedOn = o.lastSent.sentOn;
        return line;
      }),
    ],
    newTermUntil: group.newTermUntil,
    today,
    settings,
  };
  const claim = finalNoticeClaim(group, index, settings, today);
  if (claim) input.claim = claim;
  return input;
}

export interface TodaysReminders {
  actions: ReminderAction[];
  /** Invoices the plan could not judge, with their customer: each shown on that customer only. */
  failures: PlanFailure[];
}

/**
 * Every message due today, drafted: one per customer. Each customer's draft stands alone: whatever
 * fails while putting it together (a rate the table lacks, no IBAN) becomes that action's error,
 * and every other customer's draft is still made.
 */
export function todaysRemindersReport(
  ledger: Ledger,
  today: IsoDate,
  options: DunningOptions = {},
): TodaysReminders {
  requireObject(ledger, 'ledger');
  const index = indexLedger(ledger);
  const { groups, failures } = dunningPlanReport(index, ledger.settings, today, options);
  const actions = groups.map((group): ReminderAction => {
    let input: DraftReminderInput | undefined;
    try {
      input = reminderInput(group, index, ledger.settings, today);
      return { group, input, draft: draftReminder(input) };
    } catch (err) {
      if (err instanceof DomainError) return input ? { group, input, error: err } : { group, error: err };
      throw err;
    }
  });
  return { actions, failures };
}

/** Every message due today, drafted; one per customer (see todaysRemindersReport). */
export function todaysReminders(
  ledger: Ledger,
  today: IsoDate,
  options: DunningOptions = {},
): ReminderAction[] {
  return todaysRemindersReport(ledger, today, options).actions;
}
