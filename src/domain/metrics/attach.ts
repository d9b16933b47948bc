/**
 * The metrics' own index, flat: one map from invoice number to position, and per position the
 * payments, credit notes and reminders that belong to it, each attached in one pass over its list.
 * This holds exactly what indexLedger's paymentsByInvoice, creditNotesByInvoice and
 * contactsByInvoice hold for the metrics (same members, same order), without the other maps and
 * without a sort per invoice: a list is sorted only when its items came out of date order.
 */
import type { IsoDate } from '../dates';
import { DomainError } from '../errors';
import { addCents, cents, type Cents } from '../money';
import type { Invoice, Payment } from '../model';
import type { MetricsLedger } from './prepare';

export interface Attached {
  /** Invoice number -> 0-based position in ledger.invoices. */
  position: Map<string, number>;
  /** Per position: the invoice's payments (all dates), oldest first; undefined when none. */
  payments: (Payment[] | undefined)[];
  /** Per position: the invoices naming it in creditsInvoice, in ledger order; undefined when none. */
  creditNotes: (Invoice[] | undefined)[];
  /** Per position: contact entries with a ladder step for it, dated on or before today. */
  reminders: Uint32Array;
  /** Payments dated on or before today that name no invoice of this ledger. */
  unallocated: { total: Cents; count: number };
}

function throwDuplicate(invoices: readonly Invoice[], at: number): never {
  const inv = invoices[at] as Invoice;
  const first = invoices.findIndex((other) => other.number === inv.number);
  throw new DomainError('duplicate', `invoice number ${inv.number} also on invoices[${first}]`, {
    path: `invoices[${at}].number`,
    value: inv.number,
  });
}

const byDate = (a: Payment, b: Payment): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function attach(ledger: MetricsLedger, today: IsoDate): Attached {
  const { invoices } = ledger;
  const n = invoices.length;
  const position = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    position.set((invoices[i] as Invoice).number, i);
    // One hash operation per invoice: a number seen before leaves the size as it was.
    if (position.size !== i + 1) throwDuplicate(invoices, i);
  }

  const creditNotes = new Array<Invoice[] | undefined>(n).fill(undefined);
  for (const inv of invoices) {
    if (!inv.creditsInvoice) continue;
    const at = position.get(inv.creditsInvoice);
    if (at === undefined) continue;
    const list = creditNotes[at];
    if (list) list.push(inv);
    else creditNotes[at] = [inv];
  }

  const payments = new Array<Payment[] | undefined>(n).fill(undefined);
  // Positions whose list got an item dated before the one already last: only those get sorted.
  const unsorted: number[] = [];
  let total = cents(0);
  let count = 0;
  for (const p of ledger.payments) {
    const at = p.invoiceNumber ? position.get(p.invoiceNumber) : undefined;
    if (at === undefined) {
      if (p.date <= today) {
        total = addCents(total, p.amount);
        count += 1;
      }
      continue;
    }
    const list = payments[at];
    if (!list) payments[at] = [p];
    else {
      if ((list[list.length - 1] as Payment).date > p.date) unsorted.push(at);
      list.push(p);
    }
  }
  // Array.prototype.sort is stable, as indexLedger's sort is: equal dates keep their booking order.
  for (const at of new Set(unsorted)) (payments[at] as Payment[]).sort(byDate);

  const reminders = new Uint32Array(n);
  for (const c of ledger.contacts) {
    if (!c.invoiceNumber || !c.ladderStep || c.date > today) continue;
    const at = position.get(c.invoiceNumber);
    if (at !== undefined) reminders[at] = (reminders[at] as number) + 1;
  }
  return { position, payments, creditNotes, reminders, unallocated: { total, count } };
}
