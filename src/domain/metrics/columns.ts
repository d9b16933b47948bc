/**
 * The prepared ledger, flat: one typed array per fact, indexed by the invoice's position in
 * ledger.invoices. The loops read numbers out of a handful of arrays instead of 50,000 objects,
 * and the collector has a few large blocks to keep instead of an object per invoice to copy from
 * the young generation (which was most of the time before). PreparedInvoice, the object a caller
 * may read, is a view over one position, made on request.
 */
import type { IsoDate } from '../dates';
import type { Settlement } from '../ledger';
import { cents, subtractCents, type Cents } from '../money';
import type { Invoice, Payment } from '../model';
import type { PaidFacts, PreparedInvoice } from './prepare';

export interface Columns {
  /** ledger.invoices itself. */
  invoices: readonly Invoice[];
  /** 1 where PreparedInvoice says so. */
  linked: Uint8Array;
  future: Uint8Array;
  writtenOff: Uint8Array;
  disputed: Uint8Array;
  /** 1 where the invoice was fully paid on or before today (PaidFacts hold). */
  paid: Uint8Array;
  /** Day numbers (days since 1970-01-01); dueDay and settledDay NaN where there is none. */
  invoiceDay: Float64Array;
  dueDay: Float64Array;
  settledDay: Float64Array;
  dueDate: (IsoDate | undefined)[];
  /** settle() as of today. */
  paidAmount: Float64Array;
  credited: Float64Array;
  settledOn: (IsoDate | undefined)[];
  lastPaymentOn: (IsoDate | undefined)[];
  open: Float64Array;
  daysOverdue: Float64Array;
  /** PaidFacts where `paid` is 1. */
  weight: Float64Array;
  daysLate: Float64Array;
  daysToPay: Float64Array;
  reminders: Uint32Array;
  /** The aging facts where agingOpen > 0. */
  agingOpen: Float64Array;
  agingDaysOverdue: Float64Array;
  /** attach()'s lists; undefined where there are none. */
  payments: readonly (readonly Payment[] | undefined)[];
  creditNotes: readonly (readonly Invoice[] | undefined)[];
}

export function allocateColumns(
  invoices: readonly Invoice[],
  invoiceDay: Float64Array,
  payments: Columns['payments'],
  creditNotes: Columns['creditNotes'],
  reminders: Uint32Array,
): Columns {
  const n = invoices.length;
  const numbers = () => new Float64Array(n);
  return {
    invoices,
    linked: new Uint8Array(n),
    future: new Uint8Array(n),
    writtenOff: new Uint8Array(n),
    disputed: new Uint8Array(n),
    paid: new Uint8Array(n),
    invoiceDay,
    dueDay: numbers().fill(Number.NaN),
    settledDay: numbers().fill(Number.NaN),
    dueDate: new Array<IsoDate | undefined>(n).fill(undefined),
    paidAmount: numbers(),
    credited: numbers(),
    settledOn: new Array<IsoDate | undefined>(n).fill(undefined),
    lastPaymentOn: new Array<IsoDate | undefined>(n).fill(undefined),
    open: numbers(),
    daysOverdue: numbers(),
    weight: numbers(),
    daysLate: numbers(),
    daysToPay: numbers(),
    reminders,
    agingOpen: numbers(),
    agingDaysOverdue: numbers(),
    payments,
    creditNotes,
  };
}

const NONE: readonly never[] = Object.freeze([]);

/** PreparedInvoice over one position of the columns. */
class InvoiceView implements PreparedInvoice {
  constructor(
    private readonly c: Columns,
    readonly position: number,
  ) {}
  get invoice(): Invoice {
    return this.c.invoices[this.position] as Invoice;
  }
  get customerNumber(): string {
    return this.invoice.customerNumber;
  }
  get isCreditNote(): boolean {
    return this.invoice.amountInclVat < 0;
  }
  get linked(): boolean {
    return this.c.linked[this.position] === 1;
  }
  get future(): boolean {
    return this.c.future[this.position] === 1;
  }
  get writtenOff(): boolean {
    return this.c.writtenOff[this.position] === 1;
  }
  get disputed(): boolean {
    return this.c.disputed[this.position] === 1;
  }
  get dueDate(): IsoDate | undefined {
    return this.c.dueDate[this.position];
  }
  get settlement(): Settlement {
    const at = this.position;
    const amount = this.invoice.amountInclVat;
    const paid = cents(this.c.paidAmount[at] as number);
    const credited = cents(this.c.credited[at] as number);
    const s: Settlement = {
      amount,
      credited,
      paid,
      open: subtractCents(subtractCents(amount, paid), credited),
    };
    const settledOn = this.c.settledOn[at];
    const lastPaymentOn = this.c.lastPaymentOn[at];
    if (settledOn !== undefined) s.settledOn = settledOn;
    if (lastPaymentOn !== undefined) s.lastPaymentOn = lastPaymentOn;
    return s;
  }
  get payments(): readonly Payment[] {
    return this.c.payments[this.position] ?? NONE;
  }
  get creditNotes(): readonly Invoice[] {
    return this.c.creditNotes[this.position] ?? NONE;
  }
  get open(): Cents {
    return cents(this.c.open[this.position] as number);
  }
  get daysOverdue(): number {
    return this.c.daysOverdue[this.position] as number;
  }
  get paid(): PaidFacts | undefined {
    const at = this.position;
    if (this.c.paid[at] !== 1) return undefined;
    return {
      settledOn: this.c.settledOn[at] as IsoDate,
      weight: cents(this.c.weight[at] as number),
      daysLate: this.c.daysLate[at] as number,
      daysToPay: this.c.daysToPay[at] as number,
      reminders: this.c.reminders[at] as number,
    };
  }
  get aging(): { open: Cents; daysOverdue: number } | undefined {
    const open = cents(this.c.agingOpen[this.position] as number);
    return open > 0 ? { open, daysOverdue: this.c.agingDaysOverdue[this.position] as number } : undefined;
  }
}

/** Every position as a PreparedInvoice, in ledger order. */
export function invoiceViews(c: Columns): PreparedInvoice[] {
  return c.invoices.map((_, at) => new InvoiceView(c, at));
}
