/**
 * The Payment rows a confirmed proposal books: one per allocation, and the unallocated rest on the
 * customer; each carries the unit's id as importId, so importing the statement again adds nothing.
 */
import type { IsoDate } from '../dates';
import { requireArray, requireObject } from '../errors';
import type { Payment } from '../model';
import type { Cents } from '../money';
import type { MatchResult, Proposal } from './matchModel';

/** The Payment rows a confirmed proposal adds (importId = the unit id, so re-imports add nothing). */
export function proposalToPayments(result: MatchResult, chosen?: Proposal): Payment[] {
  requireObject(result, 'result');
  requireArray(result.proposals, 'result.proposals');
  const proposal = chosen ?? result.proposals[0];
  if (!proposal) return [];
  const { unit } = result;
  return paymentRows(
    {
      id: unit.id,
      bookingDate: unit.bookingDate,
      remittance: unit.remittance,
      ...(unit.structuredReferences[0] ? { reference: unit.structuredReferences[0] } : {}),
      ...(unit.counterpartyName ? { counterpartyName: unit.counterpartyName } : {}),
    },
    proposal,
  );
}

/** What a payment row takes from the unit it books: what an import shows of an entry carries it. */
export interface PaymentSource {
  id: string;
  bookingDate: IsoDate;
  remittance: string;
  /** The first structured reference. */
  reference?: string;
  counterpartyName?: string;
}

/**
 * proposalToPayments from the unit's fields alone, so an import that keeps only what it shows of an
 * entry makes the rows when a proposal is chosen, not for every proposal of every line.
 */
export function paymentRows(
  source: PaymentSource,
  proposal: Pick<Proposal, 'allocations' | 'unallocatedCents' | 'customerNumber'>,
): Payment[] {
  requireObject(source, 'source');
  requireObject(proposal, 'proposal');
  requireArray(proposal.allocations, 'proposal.allocations');
  const reference = [source.reference, source.remittance, source.counterpartyName]
    .filter((s): s is string => !!s)
    .join(' · ')
    .slice(0, 250);
  const row = (amount: Cents, invoiceNumber: string | undefined, customerNumber: string): Payment => {
    const p = { date: source.bookingDate } as Payment;
    if (invoiceNumber !== undefined) p.invoiceNumber = invoiceNumber;
    p.customerNumber = customerNumber;
    p.amount = amount;
    p.method = 'bank';
    if (reference) p.reference = reference;
    p.importId = source.id;
    return p;
  };
  const rows: Payment[] = proposal.allocations.map((a) =>
    row(a.amountCents, a.invoiceNumber, a.customerNumber),
  );
  if (proposal.unallocatedCents > 0 && proposal.customerNumber)
    rows.push(row(proposal.unallocatedCents, undefined, proposal.customerNumber));
  return rows;
}
