/**
 * What one invoice of a customer adds to that customer's account on a day, as the ledger counts
 * it: the invoice's settlement (settle: payments and credit notes up to that day), nothing before
 * its invoice date, and nothing after a write-off. A credit note applied to an invoice counts
 * through that invoice's settlement, so on its own it carries only what was paid or refunded on it.
 */
import { maxDate, type IsoDate } from '../dates';
import { settle, type LedgerIndex } from '../ledger';
import { negateCents, subtractCents, ZERO_CENTS, type Cents } from '../money';
import type { Invoice } from '../model';

/** The invoice a credit note is applied to, when the ledger has it (and it is not itself). */
export function creditTarget(invoice: Invoice, index: LedgerIndex): Invoice | undefined {
  if (!invoice.creditsInvoice || invoice.creditsInvoice === invoice.number) return undefined;
  return index.invoicesByNumber.get(invoice.creditsInvoice);
}

/**
 * The day a write-off takes effect: the day written, or the invoice date when typed earlier. Only an
 * invoice can be written off, as status.ts has it; a credit note's "write-off" means nothing to it.
 */
export function writeOffDay(invoice: Invoice, index: LedgerIndex): IsoDate | undefined {
  if (invoice.writtenOffOn === undefined || invoice.amountInclVat < 0) return undefined;
  if (creditTarget(invoice, index)) return undefined;
  return maxDate(invoice.writtenOffOn, invoice.invoiceDate);
}

export function isWrittenOffBy(invoice: Invoice, index: LedgerIndex, day: IsoDate): boolean {
  const w = writeOffDay(invoice, index);
  return w !== undefined && w <= day;
}

/** What the invoice adds to the account at the end of `day`. */
export function contributionOn(invoice: Invoice, index: LedgerIndex, day: IsoDate): Cents {
  const s = settle(invoice, index, day);
  if (creditTarget(invoice, index)) return negateCents(s.paid);
  if (isWrittenOffBy(invoice, index, day)) return ZERO_CENTS;
  const added = invoice.invoiceDate <= day ? s.amount : ZERO_CENTS;
  return subtractCents(subtractCents(added, s.paid), s.credited);
}
