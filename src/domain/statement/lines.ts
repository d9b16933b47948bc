/**
 * The movements of one customer's account: every invoice, credit note, payment and write-off with
 * the effect it has on the balance. The effects follow account.ts (the ledger's settlement), so
 * opening + effects = closing holds by the same rules the rest of the product counts by.
 */
import type { IsoDate } from '../dates';
import { settleOver, type LedgerIndex } from '../ledger';
import { addCents, maxCents, minCents, negateCents, subtractCents, ZERO_CENTS, type Cents } from '../money';
import type { Customer, Invoice, Payment, Settings } from '../model';
import { dueDateOf } from '../terms';
import { creditTarget, isWrittenOffBy, writeOffDay } from './account';
import type { ClearedPart, InvoiceLine, PaymentLine, StatementNote, WriteOffLine } from './types';

/** A line before the running balance is known. */
export type Movement =
  Omit<InvoiceLine, 'balance'> | Omit<PaymentLine, 'balance'> | Omit<WriteOffLine, 'balance'>;

/** Same-day order: what was invoiced, then what was paid, then what was written off. */
const KIND_ORDER = { invoice: 0, 'credit-note': 0, payment: 1, 'write-off': 2 } as const;

function byDateThenKind(a: Movement, b: Movement): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function invoiceMovement(
  invoice: Invoice,
  customer: Customer,
  settings: Settings,
  index: LedgerIndex,
): Movement {
  const notes: StatementNote[] = [];
  const target = creditTarget(invoice, index);
  let effect: Cents = invoice.amountInclVat;
  if (target) {
    if (target.customerNumber !== customer.number) {
      notes.push({ kind: 'credits-other-customer', invoiceNumber: target.number });
      effect = ZERO_CENTS;
    } else {
      notes.push({ kind: 'credits', invoiceNumber: target.number });
      // Credited after the write-off: the write-off already took the whole invoice off the account.
      const w = writeOffDay(target, index);
      if (w !== undefined && w < invoice.invoiceDate) {
        notes.push({ kind: 'after-write-off', invoiceNumber: target.number });
        effect = ZERO_CENTS;
      }
    }
  }
  return {
    kind: invoice.amountInclVat < 0 ? 'credit-note' : 'invoice',
    date: invoice.invoiceDate,
    number: invoice.number,
    ...(invoice.description ? { description: invoice.description } : {}),
    amount: invoice.amountInclVat,
    dueDate: dueDateOf(invoice, customer, settings),
    effect,
    notes,
  };
}

/**
 * What a payment on `invoice` cleared: the invoice's open amount just before it (settleOver over
 * the payments booked before it, in the ledger's order), the rest stays on the invoice as credit.
 */
function clearedBy(
  payment: Payment,
  invoice: Invoice,
  index: LedgerIndex,
): { cleared: ClearedPart[]; unallocated: Cents } {
  const payments = index.paymentsByInvoice.get(invoice.number) ?? [];
  const before = payments.slice(0, Math.max(0, payments.indexOf(payment)));
  const open = settleOver(invoice, before, index.creditNotesByInvoice.get(invoice.number), payment.date).open;
  if (payment.amount <= 0)
    return { cleared: [{ invoiceNumber: invoice.number, amount: payment.amount }], unallocated: ZERO_CENTS };
  const cleared = minCents(payment.amount, maxCents(open, ZERO_CENTS));
  return {
    cleared: cleared > 0 ? [{ invoiceNumber: invoice.number, amount: cleared }] : [],
    unallocated: subtractCents(payment.amount, cleared),
  };
}

function paymentMovement(payment: Payment, invoice: Invoice | undefined, index: LedgerIndex): Movement {
  const base = {
    kind: 'payment' as const,
    date: payment.date,
    amount: payment.amount,
    ...(payment.reference ? { reference: payment.reference } : {}),
  };
  if (!invoice)
    return {
      ...base,
      effect: negateCents(payment.amount),
      cleared: [],
      unallocated: payment.amount,
      notes: [],
    };
  if (isWrittenOffBy(invoice, index, payment.date) && writeOffDay(invoice, index) !== payment.date) {
    return {
      ...base,
      effect: ZERO_CENTS,
      cleared: [],
      unallocated: payment.amount,
      notes: [{ kind: 'after-write-off', invoiceNumber: invoice.number }],
    };
  }
  return { ...base, effect: negateCents(payment.amount), ...clearedBy(payment, invoice, index), notes: [] };
}

/** Every movement of the customer's account, in date order (stable within a kind). */
export function movementsOf(
  customer: Customer,
  settings: Settings,
  index: LedgerIndex,
  payments: readonly Payment[],
): Movement[] {
  const invoices = index.invoicesByCustomer.get(customer.number) ?? [];
  const movements: Movement[] = [];
  for (const invoice of invoices) {
    movements.push(invoiceMovement(invoice, customer, settings, index));
    const w = writeOffDay(invoice, index);
    if (w !== undefined) {
      const open = settleOver(
        invoice,
        index.paymentsByInvoice.get(invoice.number),
        index.creditNotesByInvoice.get(invoice.number),
        w,
      ).open;
      movements.push({
        kind: 'write-off',
        date: w,
        invoiceNumber: invoice.number,
        effect: negateCents(open),
        notes: [],
      });
    }
  }
  for (const payment of payments) {
    const invoice = payment.invoiceNumber ? index.invoicesByNumber.get(payment.invoiceNumber) : undefined;
    if (invoice) {
      if (invoice.customerNumber === customer.number)
        movements.push(paymentMovement(payment, invoice, index));
    } else if (payment.customerNumber === customer.number) {
      movements.push(paymentMovement(payment, undefined, index));
    }
  }
  return movements.sort(byDateThenKind);
}

/**
 * The payments of each customer: by the invoice they name, else by the customer they name. One pass,
 * so statements for every customer do not walk every payment once per customer.
 */
export function paymentsByCustomer(payments: readonly Payment[], index: LedgerIndex): Map<string, Payment[]> {
  const map = new Map<string, Payment[]>();
  for (const p of payments) {
    const invoice = p.invoiceNumber ? index.invoicesByNumber.get(p.invoiceNumber) : undefined;
    const owner = invoice ? invoice.customerNumber : p.customerNumber;
    if (owner === undefined) continue;
    const list = map.get(owner);
    if (list) list.push(p);
    else map.set(owner, [p]);
  }
  return map;
}

/** The balance the movements up to and including `day` leave. */
export function balanceOn(movements: readonly Movement[], day: IsoDate): Cents {
  let balance = ZERO_CENTS;
  for (const m of movements) if (m.date <= day) balance = addCents(balance, m.effect);
  return balance;
}
