/**
 * Receivables as of today: what is open, what is overdue, and what the business owes back.
 * Written-off invoices leave the open figures (reported apart); disputed ones stay in them and
 * are also reported apart, because the money is still owed until the dispute says otherwise.
 */
import type { IsoDate } from '../dates';
import { addCents, cents, type Cents } from '../money';
import type { Invoice } from '../model';
import {
  requirePrepared,
  customerRef,
  runAccumulator,
  type CustomerRef,
  type MetricAccumulator,
  type PreparedLedger,
} from './prepare';

export interface OpenFigures {
  /** Sum of positive open amounts (incl. VAT). */
  openTotal: Cents;
  openCount: number;
  /** Open amounts past their due date (the due date itself is still on time). */
  overdueTotal: Cents;
  overdueCount: number;
  /** Sum of negative open amounts (credit notes, over-payments): zero or negative. */
  creditBalance: Cents;
  creditCount: number;
  /** openTotal + creditBalance. */
  netOpen: Cents;
}

export interface CustomerOpenFigures extends OpenFigures, CustomerRef {}

export interface ReceivableTotals extends OpenFigures {
  asOf: IsoDate;
  /** Part of openTotal in dispute today. */
  disputedOpen: Cents;
  /** What was still open on invoices written off on or before today; not in openTotal. */
  writtenOffOpen: Cents;
  /** Payments no invoice takes (no or unknown invoice number): money received, not yet allocated. */
  unallocatedPayments: Cents;
  unallocatedCount: number;
  /** Customers with anything open, largest net open first; they add up to the totals exactly. */
  byCustomer: CustomerOpenFigures[];
}

function emptyFigures(): OpenFigures {
  return {
    openTotal: cents(0),
    openCount: 0,
    overdueTotal: cents(0),
    overdueCount: 0,
    creditBalance: cents(0),
    creditCount: 0,
    netOpen: cents(0),
  };
}

function addOpen(f: OpenFigures, open: Cents, overdue: boolean): void {
  if (open > 0) {
    f.openTotal = addCents(f.openTotal, open);
    f.openCount += 1;
    if (overdue) {
      f.overdueTotal = addCents(f.overdueTotal, open);
      f.overdueCount += 1;
    }
  } else if (open < 0) {
    f.creditBalance = addCents(f.creditBalance, open);
    f.creditCount += 1;
  }
  f.netOpen = addCents(f.netOpen, open);
}

export function totalsAccumulator(prepared: PreparedLedger): MetricAccumulator<ReceivableTotals> {
  const all = emptyFigures();
  const perCustomer = new Map<string, OpenFigures>();
  let disputedOpen = cents(0);
  let writtenOffOpen = cents(0);
  const c = prepared.columns;
  return {
    add(at) {
      if (c.future[at] === 1) return;
      const invoice = c.invoices[at] as Invoice;
      if (c.writtenOff[at] === 1) {
        const settledOpen = cents(
          invoice.amountInclVat - (c.paidAmount[at] as number) - (c.credited[at] as number),
        );
        if (c.linked[at] !== 1 && settledOpen > 0) writtenOffOpen = addCents(writtenOffOpen, settledOpen);
        return;
      }
      const open = cents(c.open[at] as number);
      if (open === 0) return;
      const overdue = (c.daysOverdue[at] as number) > 0;
      addOpen(all, open, overdue);
      let f = perCustomer.get(invoice.customerNumber);
      if (!f) perCustomer.set(invoice.customerNumber, (f = emptyFigures()));
      addOpen(f, open, overdue);
      if (c.disputed[at] === 1 && open > 0) disputedOpen = addCents(disputedOpen, open);
    },
    finish() {
      const byCustomer = [...perCustomer].map(([n, f]) => ({ ...customerRef(prepared, n), ...f }));
      byCustomer.sort((a, b) => b.netOpen - a.netOpen || (a.customerNumber < b.customerNumber ? -1 : 1));
      return {
        asOf: prepared.today,
        ...all,
        disputedOpen,
        writtenOffOpen,
        unallocatedPayments: prepared.unallocated.total,
        unallocatedCount: prepared.unallocated.count,
        byCustomer,
      };
    },
  };
}

export function receivableTotals(prepared: PreparedLedger): ReceivableTotals {
  requirePrepared(prepared);
  return runAccumulator(prepared, totalsAccumulator(prepared));
}
