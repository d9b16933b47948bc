/**
 * A statement entry as the import shows it: the unit's own fields, the matcher's proposals with
 * customer names, and the flags a person should look at. The payment rows a proposal would book
 * are made from the entry when it is chosen (proposalPayments), not for every line shown.
 *
 * A statement may run to a million lines and every line is shown, so an entry is built from the
 * matcher's own objects (its proposals and allocations get the index and customer names added in
 * place; the matcher made them for this unit alone) and the empty lists are one shared frozen list.
 */
import {
  paymentRows,
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

const NO_FLAGS: readonly EntryFlag[] = Object.freeze([]);
const NO_NOTES: readonly Reason[] = Object.freeze([]);
const NO_PROPOSALS: readonly ImportProposal[] = Object.freeze([]);
const IMPORTED_BEFORE: readonly EntryFlag[] = Object.freeze(['already-imported'] as const);

/** An entry as shown: the unit's own fields, then what matching made of it. */
function importEntry(
  u: PaymentUnit,
  outcome: ImportEntry['outcome'],
  proposals: readonly ImportProposal[],
  flags: readonly EntryFlag[],
  notes: readonly Reason[],
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

function entryFlags(r: MatchResult, best: Proposal | undefined): readonly EntryFlag[] {
  // Most lines raise no flag: no set and no list for them.
  let flags: EntryFlag[] | undefined;
  const add = (flag: EntryFlag): void => {
    if (!flags) flags = [flag];
    else if (!flags.includes(flag)) flags.push(flag);
  };
  if (r.outcome === 'reversal') add('reversal');
  if (r.outcome === 'unmatched') add('unmatched');
  if (r.outcome === 'ignored')
    add(r.notes.some((n) => n.code === 'ignored-debit') ? 'debit-ignored' : 'ignored');
  for (const n of r.notes) if (n.code === 'invalid-reference') add('invalid-reference');
  if (best) {
    for (const f of best.flags) {
      const flag = ENTRY_FLAG[f.code];
      if (flag) add(flag);
    }
    if (best.allocations.length > 1) add('several-invoices');
  }
  return flags ?? NO_FLAGS;
}

/**
 * The Payment rows choosing this proposal of this entry adds (importId = the entry's id, so a
 * second import adds nothing); a reversal of an unallocated payment names no invoice.
 */
export function proposalPayments(entry: ImportEntry, proposal: ImportProposal): Payment[] {
  return paymentRows(entry, proposal).map((row) => {
    if (row.invoiceNumber !== '') return row;
    const rest = { ...row };
    delete rest.invoiceNumber;
    return rest;
  });
}

export function alreadyImportedEntry(u: PaymentUnit): ImportEntry {
  return importEntry(u, 'already-imported', NO_PROPOSALS, IMPORTED_BEFORE, NO_NOTES, false);
}

/** The proposal as shown: the matcher's own, with its place and the customers' names added. */
function shownProposal(p: Proposal, index: number, customers: ReadonlyMap<string, Customer>): ImportProposal {
  const v = p as ImportProposal;
  v.index = index;
  for (const a of p.allocations as ImportAllocation[]) {
    const name = customers.get(a.customerNumber)?.name;
    if (name) a.customerName = name;
  }
  if (p.customerNumber) {
    const name = customers.get(p.customerNumber)?.name;
    if (name) v.customerName = name;
  }
  return v;
}

export function freshEntry(r: MatchResult, customers: ReadonlyMap<string, Customer>): ImportEntry {
  const [best, second] = r.proposals;
  // The matcher's ranked list is this unit's own: shown as it is, each proposal completed in place.
  r.proposals.forEach((p, i) => shownProposal(p, i, customers));
  const proposals = r.proposals.length === 0 ? NO_PROPOSALS : (r.proposals as ImportProposal[]);
  const flags = entryFlags(r, best);
  const autoAcceptable =
    r.outcome === 'proposed' &&
    !!best &&
    flags.length === 0 &&
    best.allocations.length === 1 &&
    best.unallocatedCents === 0 &&
    (!second || second.confidence < best.confidence);
  return importEntry(
    r.unit,
    r.outcome,
    proposals,
    flags,
    r.notes.length === 0 ? NO_NOTES : r.notes,
    autoAcceptable,
  );
}
