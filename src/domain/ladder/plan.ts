/** Everything due today, one message per customer (rules in dunning.ts). */
import { assertIsoDate, daysBetween, maxDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import { indexLedger, type LedgerIndex, requireLedgerIndex } from '../ledger';
import { addCents, cents, type Cents } from '../money';
import type { Customer, DunningStep, Invoice, Ledger, Settings } from '../model';
import { dunningHistory, lastReached, type SentStep } from './history';
import { dunningState, type DunningAction, type DunningState } from './state';
import { ladderOf, type DunningOptions } from './steps';
import { segmentRules } from '../segments/registry';

/** An overdue invoice a message lists although no step is due for it today (its term still runs). */
export interface OverdueListing {
  invoiceNumber: string;
  invoiceDueDate: IsoDate;
  open: Cents;
  overdueDays: number;
  /** The furthest step it has had, and when; undefined when it had none yet. */
  lastSent?: SentStep;
}

/** An invoice the plan could not judge; its customer's message waits, every other one goes on. */
export interface PlanFailure {
  customerNumber: string;
  invoiceNumber: string;
  error: DomainError;
}

export interface DunningGroup {
  customerNumber: string;
  customer: Customer;
  /** The most advanced step due today among the invoices: it sets the tone and the legal content. */
  step: DunningStep;
  /** The invoices due for a step today, each with its own step, by due date. */
  invoices: DunningAction[];
  /** Total open of `invoices`. */
  open: Cents;
  /** The latest new term among the invoices' steps: the one date the message gives. */
  newTermUntil: IsoDate;
  /** Other overdue invoices of this customer, not paused, whose own term still runs: listed, not stepped. */
  alsoOverdue: OverdueListing[];
  /** Invoices of this customer the plan could not judge (shown on this customer only). */
  failures: PlanFailure[];
  /** The name of the customer's segment today (settings.segments; the first whose rule holds). */
  segment?: string;
}

/** Orders 'K2' before 'K10'. */
const byNumber = new Intl.Collator('nl', { numeric: true });

function isLedger(source: Ledger | LedgerIndex): source is Ledger {
  return Array.isArray((source as Ledger).invoices);
}

const byDue = <T extends { invoiceDueDate: IsoDate; invoiceNumber: string }>(a: T, b: T) =>
  a.invoiceDueDate < b.invoiceDueDate
    ? -1
    : a.invoiceDueDate > b.invoiceDueDate
      ? 1
      : byNumber.compare(a.invoiceNumber, b.invoiceNumber);

export interface PlanOptions extends DunningOptions {
  /**
   * Where invoices stand today, as dunningState answered for this index, settings, today and
   * options (the pane's derive and the Overzicht's refresh have them already): taken as they are,
   * not worked out a second time. An invoice not in it is worked out here.
   */
  states?: ReadonlyMap<Invoice, DunningState>;
}

/** The state given for an invoice, checked for its shape: a malformed one is refused by name. */
function givenState(
  states: ReadonlyMap<Invoice, DunningState> | undefined,
  invoice: Invoice,
): DunningState | undefined {
  const state: unknown = states?.get(invoice);
  if (state === undefined) return undefined;
  const s = (typeof state === 'object' && state !== null ? state : {}) as Partial<DunningState>;
  const malformed =
    typeof s.kind !== 'string' ||
    typeof s.status !== 'object' ||
    s.status === null ||
    (s.kind === 'due' && typeof (s as { action?: unknown }).action !== 'object');
  if (malformed)
    throw new DomainError('invalid-input', `expected a ladder state for invoice ${invoice.number}`, {
      path: 'options.states',
      value: state,
    });
  return state as DunningState;
}

export interface DunningPlanReport {
  groups: DunningGroup[];
  /** Every invoice the plan could not judge, including those of customers with nothing due. */
  failures: PlanFailure[];
}

/**
 * Everything due today, one message per customer: it carries every invoice due for a step today
 * (each at its own step; the ladder's rules hold per invoice) and lists the customer's other overdue
 * invoices whose term still runs. The most advanced step sets the message's kind. One invoice that
 * cannot be judged (a DomainError) is reported in `failures` and costs only that invoice.
 */
export function dunningPlanReport(
  source: Ledger | LedgerIndex,
  settings: Settings,
  today: IsoDate,
  planOptions: PlanOptions = {},
): DunningPlanReport {
  requireObject(source, 'source');
  requireObject(planOptions, 'options');
  const { states, ...options } = planOptions;
  if (states !== undefined && !(states instanceof Map))
    throw new DomainError('invalid-input', 'expected the states as a map by invoice', {
      path: 'options.states',
      value: states,
    });
  assertIsoDate(today, 'today');
  // An invalid ladder or segment fails every invoice alike: throw.
  const main = ladderOf(settings);
  const segments = segmentRules(settings);
  segments?.check(settings);
  const index = isLedger(source) ? indexLedger(source) : source;
  requireLedgerIndex(index, 'source');
  const perCustomer = new Map<
    string,
    { due: DunningAction[]; waiting: OverdueListing[]; failures: PlanFailure[] }
  >();
  const failures: PlanFailure[] = [];
  const entry = (customerNumber: string) => {
    let e = perCustomer.get(customerNumber);
    if (!e) perCustomer.set(customerNumber, (e = { due: [], waiting: [], failures: [] }));
    return e;
  };
  let i = 0;
  for (const invoice of index.invoicesByNumber.values()) {
    const at = i;
    i += 1;
    const customer = index.customersByNumber.get(invoice.customerNumber);
    try {
      if (!customer) {
        throw new DomainError(
          'unknown-customer',
          `invoice ${invoice.number} names unknown customer ${invoice.customerNumber}`,
          { path: `invoices[${at}].customerNumber`, value: invoice.customerNumber },
        );
      }
      // Each customer on their segment's ladder (the main one without segments).
      const ladder = segments?.of(index, settings, today, customer)?.ladder ?? main;
      const state =
        givenState(states, invoice) ??
        dunningState(invoice, index, customer, settings, today, { ...options, ladder });
      if (state.kind === 'due') entry(customer.number).due.push(state.action);
      else if (state.kind === 'waiting' && state.status.term.legalDueDate < today && state.status.open > 0) {
        const last = lastReached(dunningHistory(invoice, index, ladder, today).sent);
        const listing: OverdueListing = {
          invoiceNumber: invoice.number,
          invoiceDueDate: state.status.term.legalDueDate,
          open: state.status.open,
          overdueDays: daysBetween(state.status.term.legalDueDate, today),
        };
        if (last) listing.lastSent = last;
        entry(customer.number).waiting.push(listing);
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const failure = { customerNumber: invoice.customerNumber, invoiceNumber: invoice.number, error };
      failures.push(failure);
      entry(invoice.customerNumber).failures.push(failure);
    }
  }
  const groups: DunningGroup[] = [];
  for (const [customerNumber, e] of perCustomer) {
    const customer = index.customersByNumber.get(customerNumber);
    const lead = e.due.reduce<DunningAction | undefined>(
      (best, a) => (!best || a.position > best.position ? a : best),
      undefined,
    );
    if (!customer || !lead) continue;
    e.due.sort(byDue);
    e.waiting.sort(byDue);
    const segment = segments?.of(index, settings, today, customer);
    groups.push({
      ...(segment ? { segment: segment.name } : {}),
      customerNumber,
      customer,
      step: lead.step,
      invoices: e.due,
      open: e.due.reduce((sum, a) => addCents(sum, a.open), cents(0)),
      newTermUntil: e.due.reduce((d, a) => maxDate(d, a.newTermUntil), lead.newTermUntil),
      alsoOverdue: e.waiting,
      failures: e.failures,
    });
  }
  groups.sort((a, b) => byNumber.compare(a.customerNumber, b.customerNumber));
  return { groups, failures };
}

/**
 * Everything due today, one group per customer (see dunningPlanReport). An invoice the plan cannot
 * judge is left out here and named in its customer's group `failures` when that customer has a
 * message today; dunningPlanReport lists them all.
 */
export function dunningPlan(
  source: Ledger | LedgerIndex,
  settings: Settings,
  today: IsoDate,
  options: PlanOptions = {},
): DunningGroup[] {
  return dunningPlanReport(source, settings, today, options).groups;
}
