/**
 * statementOf: one customer's statement over a period — the balance the day before it starts,
 * every movement in it with a running balance, and the closing balance with what of it is overdue.
 * "today" is the day the statement is made; a period may not end after it (what is booked later has
 * not happened yet).
 */
import { addDays, assertIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject } from '../errors';
import { indexLedger, type LedgerIndex } from '../ledger';
import { addCents, maxCents, minCents, negateCents, sumCents, ZERO_CENTS, type Cents } from '../money';
import type { Customer, Ledger } from '../model';
import { activeArrangement, invoiceStatus, isDisputedOn } from '../status';
import { contributionOn } from './account';
import { balanceOn, movementsOf, paymentsByCustomer } from './lines';
import type {
  ClosingItem,
  Statement,
  StatementClosing,
  StatementLine,
  StatementNote,
  StatementOverdue,
  StatementPeriod,
} from './types';

function checkPeriod(period: StatementPeriod, today: IsoDate): void {
  requireObject(period, 'period');
  assertIsoDate(period.from, 'period.from');
  assertIsoDate(period.until, 'period.until');
  assertIsoDate(today, 'today');
  if (period.from > period.until) {
    throw new DomainError(
      'invalid-input',
      `the period starts (${period.from}) after it ends (${period.until})`,
      {
        path: 'period.from',
        value: period.from,
      },
    );
  }
  if (period.until > today) {
    throw new DomainError('invalid-input', `the period ends (${period.until}) after today (${today})`, {
      path: 'period.until',
      value: period.until,
    });
  }
}

function closingOf(
  ledger: Ledger,
  index: LedgerIndex,
  customer: Customer,
  until: IsoDate,
  balance: Cents,
): StatementClosing {
  const open: ClosingItem[] = [];
  const credits: ClosingItem[] = [];
  for (const invoice of index.invoicesByCustomer.get(customer.number) ?? []) {
    const amount = contributionOn(invoice, index, until);
    if (amount === 0) continue;
    const status = invoiceStatus(invoice, index, customer, ledger.settings, until);
    const notes: StatementNote[] = [];
    if (isDisputedOn(invoice, until))
      notes.push({ kind: 'disputed', since: invoice.disputedSince as IsoDate });
    const plan = activeArrangement(invoice, index, until);
    if (plan) notes.push({ kind: 'in-arrangement', agreedOn: plan.agreedOn });
    const item: ClosingItem = {
      number: invoice.number,
      invoiceDate: invoice.invoiceDate,
      dueDate: status.dueDate,
      ...(invoice.paymentReference ? { paymentReference: invoice.paymentReference } : {}),
      open: amount,
      status: status.kind,
      daysOverdue: amount > 0 ? status.daysOverdue : 0,
      notes,
    };
    (amount > 0 ? open : credits).push(item);
  }
  open.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const unallocated = negateCents(
    sumCents(
      ledger.payments
        .filter((p) => p.date <= until && p.customerNumber === customer.number)
        .filter((p) => !(p.invoiceNumber && index.invoicesByNumber.has(p.invoiceNumber)))
        .map((p) => p.amount),
    ),
  );
  return { balance, open, credits, unallocated, overdue: overdueOf(open, balance) };
}

function overdueOf(open: readonly ClosingItem[], balance: Cents): StatementOverdue {
  const invoices = open.filter((i) => i.daysOverdue > 0);
  const cap = maxCents(balance, ZERO_CENTS);
  const gross = sumCents(invoices.map((i) => i.open));
  const undisputed = sumCents(
    invoices.filter((i) => !i.notes.some((n) => n.kind === 'disputed')).map((i) => i.open),
  );
  // A credit in the customer's favour (an unallocated payment, a credit note) lowers what is due.
  return { invoices, total: minCents(gross, cap), undisputed: minCents(undisputed, cap) };
}

/**
 * The statement of `customerNumber` over `period` (both days included), made on `today`. Pass the
 * ledger's index when making many statements from one ledger.
 */
export function statementOf(
  ledger: Ledger,
  customerNumber: string,
  period: StatementPeriod,
  today: IsoDate,
  index: LedgerIndex = indexLedger(ledger),
): Statement {
  requireObject(ledger, 'ledger');
  checkPeriod(period, today);
  const customer = index.customersByNumber.get(customerNumber);
  if (!customer) {
    throw new DomainError('unknown-customer', `no customer ${customerNumber}`, {
      path: 'customerNumber',
      value: customerNumber,
    });
  }
  const movements = movementsOf(customer, ledger.settings, index, ledger.payments);
  const opening = balanceOn(movements, addDays(period.from, -1));
  let balance = opening;
  const lines: StatementLine[] = [];
  for (const m of movements) {
    if (m.date < period.from || m.date > period.until) continue;
    balance = addCents(balance, m.effect);
    lines.push({ ...m, balance } as StatementLine);
  }
  const closing = closingOf(ledger, index, customer, period.until, balance);
  // An invoice line says what the closing knows of it: disputed, or in a payment plan.
  const closingNotes = new Map(closing.open.map((i) => [i.number, i.notes]));
  for (const line of lines)
    if (line.kind === 'invoice') line.notes = [...line.notes, ...(closingNotes.get(line.number) ?? [])];
  return {
    customer,
    language: customer.language ?? ledger.settings.language,
    period: { from: period.from, until: period.until },
    madeOn: today,
    opening,
    lines,
    closing,
  };
}

/** The customers whose balance on `day` is above zero: who `--all-open` makes statements for. */
export function customersWithOpenBalance(
  ledger: Ledger,
  day: IsoDate,
  index: LedgerIndex = indexLedger(ledger),
): Customer[] {
  assertIsoDate(day, 'day');
  const payments = paymentsByCustomer(ledger.payments, index);
  return ledger.customers.filter(
    (c) => balanceOn(movementsOf(c, ledger.settings, index, payments.get(c.number) ?? []), day) > 0,
  );
}
