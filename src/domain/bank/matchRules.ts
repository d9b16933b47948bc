/**
 * The matcher's rules beyond the evidence in the entry itself: the name alone, a reversal, how a
 * proposal allocates money over open invoices, what a confident proposal changes for the entries
 * after it, and the ranking of proposals.
 */
import { addCents, cents, minCents, negateCents, subtractCents, type Cents } from '../money';
import {
  CONFIDENT,
  MAX_NAME_ONLY_BUCKET,
  NAME_ONLY_CEILING,
  NAME_ONLY_MIN_SIMILARITY,
  openOf,
  type Allocation,
  type MatchCustomer,
  type MatchIndex,
  type MatchInvoice,
  type MatchResult,
  type PaymentUnit,
  type Proposal,
  type Reason,
  type RunState,
} from './matchModel';
import { byDue, cachedIban, customerTokens, push } from './matchIndex';
import { invoiceKeyCandidates, invoiceNumberKey, nameTokens, tokenSimilarity } from './text';

/**
 * The one customer with open invoices whose name matches the payer's, with those invoices as the
 * candidates: the one whose open amount is the amount paid, else all of them oldest first (a
 * part payment flags `partial-payment`, more than is open flags `over-payment`).
 */
export function nameOnlyProposal(
  payer: string,
  amount: Cents,
  idx: MatchIndex,
  state: RunState,
): Proposal | undefined {
  const payerTokens = nameTokens(payer);
  const seen = new Set<string>();
  let match: { customer: MatchCustomer; score: number; open: MatchInvoice[] } | undefined;
  for (const token of payerTokens) {
    if (token.length < 2) continue;
    const bucket = tokenPrefixIndex(idx).get(token.slice(0, 3)) ?? [];
    // A word most customers share ("Bakkerij" in a baker's list) finds nobody in particular, and
    // scoring all of them for every unmatched entry would make a statement cost O(n·m).
    if (bucket.length > MAX_NAME_ONLY_BUCKET) continue;
    for (const customer of bucket) {
      if (seen.has(customer.number)) continue;
      seen.add(customer.number);
      const score = tokenSimilarity(payerTokens, customerTokens(customer.number, idx));
      if (score < NAME_ONLY_MIN_SIMILARITY) continue;
      const open = (idx.byCustomer.get(customer.number) ?? []).filter((i) => openOf(i, state) > 0);
      if (open.length === 0) continue;
      // A second customer with open invoices answering to the name: the name decides nothing.
      if (match) return undefined;
      match = { customer, score, open };
    }
  }
  if (!match) return undefined;
  const { customer, score, open } = match;
  const same = open.filter((i) => openOf(i, state) === amount);
  const targets = same.length === 1 ? same : open;
  const openTotal = open.reduce((sum, i) => sum + openOf(i, state), 0);
  const confidence = Math.min(NAME_ONLY_CEILING, Math.round(30 + 20 * score));
  return allocate(
    targets,
    amount,
    state,
    {
      code: 'name-only',
      params: {
        name: payer,
        customer: customer.number,
        score: Math.round(score * 100),
        count: open.length,
        open: openTotal,
      },
    },
    () => confidence,
  );
}

function tokenPrefixIndex(idx: MatchIndex): Map<string, MatchCustomer[]> {
  if (!idx.customersByTokenPrefix) {
    const index = new Map<string, MatchCustomer[]>();
    for (const customer of idx.customers.values()) {
      const prefixes = new Set(
        customerTokens(customer.number, idx)
          .filter((t) => t.length >= 2)
          .map((t) => t.slice(0, 3)),
      );
      for (const prefix of prefixes) push(index, prefix, customer);
    }
    idx.customersByTokenPrefix = index;
  }
  return idx.customersByTokenPrefix;
}

export function matchReversal(unit: PaymentUnit, idx: MatchIndex, state: RunState): MatchResult {
  const amount = negateCents(unit.amountCents);
  const candidates = [
    ...(idx.paymentsByAmount.get(amount) ?? []),
    ...(state.applied.get(amount) ?? []),
  ].filter((p) => p.date <= unit.bookingDate);
  const payerIban = unit.counterpartyIban ? cachedIban(unit.counterpartyIban, idx) : undefined;
  const payerNumbers = new Set(
    (payerIban ? (idx.customersByIban.get(payerIban) ?? []) : []).map((c) => c.number),
  );
  const text = `${unit.remittance} ${unit.endToEndId ?? ''}`;
  const keys = new Set(invoiceKeyCandidates(text));
  const scored = candidates.map((p) => {
    let score = 0;
    if (unit.endToEndId && p.reference?.includes(unit.endToEndId)) score += 3;
    const key = p.invoiceNumber ? invoiceNumberKey(p.invoiceNumber) : undefined;
    if (key && keys.has(key)) score += 2;
    if (p.customerNumber && payerNumbers.has(p.customerNumber)) score += 1;
    return { p, score };
  });
  scored.sort((a, b) => b.score - a.score || (a.p.date < b.p.date ? 1 : a.p.date > b.p.date ? -1 : 0));
  const proposals: Proposal[] = scored.slice(0, 5).map(({ p, score }, k) => ({
    confidence: score > 0 ? (k === 0 ? 80 : 50) : scored.length === 1 ? 55 : 35,
    reason: { code: 'reversal-of-payment', params: { invoice: p.invoiceNumber ?? '', date: p.date } },
    allocations: [
      {
        invoiceNumber: p.invoiceNumber ?? '',
        customerNumber: p.customerNumber ?? idx.invoices.get(p.invoiceNumber ?? '')?.customerNumber ?? '',
        amountCents: negateCents(amount),
      },
    ],
    ...(p.customerNumber ? { customerNumber: p.customerNumber } : {}),
    unallocatedCents: cents(0),
    flags: [],
  }));
  const best = proposals[0];
  if (!best)
    return {
      unit,
      outcome: 'reversal',
      proposals: [],
      notes: [{ code: 'reversal-unmatched', params: { amount } }],
    };
  if (best.confidence >= CONFIDENT) apply(best, unit, idx, state);
  return { unit, outcome: 'reversal', proposals, notes: [] };
}

const NO_FLAGS: readonly Reason[] = Object.freeze([]);

/** Allocates `amount` over the open invoices among `targets`, oldest due date first. */
export function allocate(
  targets: readonly MatchInvoice[],
  amount: Cents,
  state: RunState,
  reason: Reason,
  confidence: (exact: boolean) => number,
): Proposal {
  // Most proposals raise no flag: they share one empty list.
  let flags: Reason[] | undefined;
  const flag = (r: Reason): void => {
    if (flags) flags.push(r);
    else flags = [r];
  };
  const open = targets.filter((t) => openOf(t, state) > 0).sort(byDue);
  for (const t of targets)
    if (openOf(t, state) <= 0) flag({ code: 'already-paid', params: { invoice: t.number } });
  let left = amount;
  const allocations: Allocation[] = [];
  let openTotal = cents(0);
  for (const inv of open) {
    const o = openOf(inv, state);
    openTotal = addCents(openTotal, o);
    const take = minCents(left, o);
    if (take > 0) {
      allocations.push({ invoiceNumber: inv.number, customerNumber: inv.customerNumber, amountCents: take });
      left = subtractCents(left, take);
    }
  }
  if (open.length > 0 && openTotal > amount)
    flag({ code: 'partial-payment', params: { open: openTotal, paid: amount } });
  if (left > 0) flag({ code: 'over-payment', params: { amount: left } });
  // The one customer all targets belong to, if they all belong to one (no set per line).
  let only = targets[0]?.customerNumber;
  for (const t of targets) if (t.customerNumber !== only) only = undefined;
  const exact = open.length > 0 && openTotal === amount;
  // Evidence for an invoice that is already paid is still evidence, but it must not look settled.
  const c = open.length === 0 ? Math.min(confidence(false), 70) : confidence(exact);
  return {
    confidence: Math.max(0, Math.min(100, c)),
    reason,
    allocations,
    ...(only ? { customerNumber: only } : {}),
    unallocatedCents: left,
    flags: flags ?? NO_FLAGS,
  };
}

export function apply(p: Proposal, unit: PaymentUnit, idx: MatchIndex, state: RunState): void {
  for (const a of p.allocations) {
    const inv = idx.invoices.get(a.invoiceNumber);
    if (inv) state.open.set(inv.number, subtractCents(openOf(inv, state), a.amountCents));
    if (a.amountCents > 0 && (!state.undone || state.undone.has(a.amountCents))) {
      push(state.applied, a.amountCents, {
        date: unit.bookingDate,
        invoiceNumber: a.invoiceNumber,
        customerNumber: a.customerNumber,
        amount: a.amountCents,
        reference: unit.endToEndId ?? unit.id,
        importId: unit.id,
      });
    }
  }
}

export function rank(proposals: Proposal[]): Proposal[] {
  // Most lines have one proposal or none: nothing to order or to drop (and no signature strings).
  if (proposals.length < 2) return proposals;
  const seen = new Set<string>();
  return proposals
    .map((p, i) => ({ p, i }))
    .sort((a, b) => b.p.confidence - a.p.confidence || a.i - b.i)
    .map(({ p }) => p)
    .filter((p) => {
      const sig = `${p.allocations.map((a) => `${a.invoiceNumber}:${a.amountCents}`).join('|')}#${p.customerNumber ?? ''}#${p.unallocatedCents}`;
      if (seen.has(sig)) return false;
      seen.add(sig);
      return true;
    });
}
