/**
 * A statement entry as the import shows it: the unit's own fields, the matcher's proposals with
 * customer names and the payment rows each would book, and the flags a person should look at.
 */
import {
  proposalToPayments,
  type MatchResult,
  type PaymentUnit,
  type Proposal,
  type Reason,
} from '../../domain/bank';
import type { Customer, Payment } from '../../domain/model';
import type { EntryFlag, ImportAllocation, ImportEntry, ImportProposal } from './importTypes';

const ENTRY_FLAG: Partial<Record<Reason['code'], EntryFlag>> = {
  'partial-payment': 'partial',
  'over-payment': 'over-payment',
  'already-paid': 'already-paid',
};

/** An entry as shown: the unit's own fields, then what matching made of it. */
function importEntry(
  u: PaymentUnit,
  outcome: ImportEntry['outcome'],
  proposals: ImportProposal[],
  flags: EntryFlag[],
  notes: Reason[],
  autoAcceptable: boolean,
): ImportEntry {
  const e: ImportEntry = {
    id: u.id,
    bookingDate: u.bookingDate,
    amountCents: u.amountCents,
    currency: u.currency,
    remittance: u.remittance,
    outcome,
    proposals,
    flags,
    notes,
    autoAcceptable,
  };
  if (u.counterpartyName) e.counterpartyName = u.counterpartyName;
  if (u.counterpartyIban) e.counterpartyIban = u.counterpartyIban;
  if (u.structuredReferences[0]) e.reference = u.structuredReferences[0];
  return e;
}

function entryFlags(r: MatchResult, best: Proposal | undefined): EntryFlag[] {
  const flags = new Set<EntryFlag>();
  if (r.outcome === 'reversal') flags.add('reversal');
  if (r.outcome === 'unmatched') flags.add('unmatched');
  if (r.outcome === 'ignored')
    flags.add(r.notes.some((n) => n.code === 'ignored-debit') ? 'debit-ignored' : 'ignored');
  for (const n of r.notes) if (n.code === 'invalid-reference') flags.add('invalid-reference');
  if (best) {
    for (const f of best.flags) {
      const flag = ENTRY_FLAG[f.code];
      if (flag) flags.add(flag);
    }
    if (best.allocations.length > 1) flags.add('several-invoices');
  }
  return [...flags];
}

/** Payment rows as the workbook takes them: a reversal of an unallocated payment names no invoice. */
function rowsFor(r: MatchResult, p: Proposal): Payment[] {
  return proposalToPayments(r, p).map((row) => {
    if (row.invoiceNumber !== '') return row;
    const rest = { ...row };
    delete rest.invoiceNumber;
    return rest;
  });
}

export function alreadyImportedEntry(u: PaymentUnit): ImportEntry {
  return importEntry(u, 'already-imported', [], ['already-imported'], [], false);
}

export function freshEntry(r: MatchResult, customers: ReadonlyMap<string, Customer>): ImportEntry {
  const [best, second] = r.proposals;
  const proposals: ImportProposal[] = r.proposals.map((p, index) => {
    const v: ImportProposal = {
      index,
      confidence: p.confidence,
      reason: p.reason,
      allocations: p.allocations.map((a) => {
        const copy: ImportAllocation = {
          invoiceNumber: a.invoiceNumber,
          customerNumber: a.customerNumber,
          amountCents: a.amountCents,
        };
        const name = customers.get(a.customerNumber)?.name;
        if (name) copy.customerName = name;
        return copy;
      }),
      unallocatedCents: p.unallocatedCents,
      flags: p.flags,
      payments: rowsFor(r, p),
    };
    if (p.customerNumber) {
      v.customerNumber = p.customerNumber;
      const name = customers.get(p.customerNumber)?.name;
      if (name) v.customerName = name;
    }
    return v;
  });
  const flags = entryFlags(r, best);
  const autoAcceptable =
    r.outcome === 'proposed' &&
    !!best &&
    flags.length === 0 &&
    best.allocations.length === 1 &&
    best.unallocatedCents === 0 &&
    (!second || second.confidence < best.confidence);
  return importEntry(r.unit, r.outcome, proposals, flags, r.notes, autoAcceptable);
}
