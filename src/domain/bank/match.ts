/**
 * Proposes which invoices a bank entry pays. It never books anything: the caller shows the
 * proposals, a person confirms, and `proposalToPayments` turns the confirmed one into Payment rows.
 *
 * Evidence, strongest first, and the confidence it earns (0..100):
 *   structured reference with valid check digits (or the invoice's own reference verbatim)
 *                                                   99 exact amount · 85 partial/over-payment
 *   invoice number in the text or end-to-end id    92 exact · 75 otherwise; +4 when the payer's
 *                                                   IBAN belongs to the invoice's customer
 *   payer's IBAN known + one open invoice of that amount              85 (70 when several)
 *   payer's IBAN known + amount = sum of the customer's open invoices 80
 *   payer's IBAN known, amount fits nothing: oldest invoices first    40
 *   payer's IBAN known, customer has nothing open: unallocated money  30
 *   amount = an invoice's open amount + name alike (score s ≥ 0.5)    40 + 35·s
 *   nothing above, and the payer's name matches (s ≥ 0.8) exactly one customer with open
 *   invoices: that customer's open invoices, oldest first — also a part payment  30 + 20·s
 * The last rule serves lists without IBANs. Its confidence stays below NAME_ONLY_CEILING, under
 * every threshold at which a proposal may be booked without a person choosing it (the pane's
 * lowest is 60, the CLI refuses a --min-confidence that low) and under CONFIDENT, so it never
 * lowers the open amounts later entries see. Two customers matching the name: no proposal.
 * Every proposal allocates at most the money the transfer holds (oldest due date first); what is
 * left is `unallocatedCents` (an over-payment). Entries are matched in order and each confident
 * proposal (≥ 60) lowers the open amounts the next entries see, so a second transfer for the same
 * invoice is flagged `already-paid` instead of being allocated twice.
 *
 * All lookups go through maps built once (by reference, number key, customer, IBAN, amount), so a
 * statement of n entries against m invoices costs about O(n + m), not O(n·m).
 */
import type { IsoDate } from '../dates';
import { require_, requireArray, requireObject } from '../errors';
import { indexLedger, settle } from '../ledger';
import type { Ledger, Payment } from '../model';
import { cents, negateCents, type Cents } from '../money';
import { addUnique, buildMatchIndex, cachedIban, customerTokens, rawKey, sameSet } from './matchIndex';
import {
  CONFIDENT,
  MAX_NAME_CANDIDATES,
  openOf,
  type MatchContext,
  type MatchCustomer,
  type MatchIndex,
  type MatchInvoice,
  type MatchResult,
  type PaymentUnit,
  type Proposal,
  type Reason,
  type ReasonCode,
  type RunState,
} from './matchModel';
import { allocate, apply, matchReversal, nameOnlyProposal, rank } from './matchRules';
import { findReferences, looksLikeReference, parseReference } from './references';
import type { StatementEntry, TransactionDetail } from './statement';
import { invoiceKeyCandidates, nameTokens, tokenSimilarity } from './text';

export { buildMatchIndex } from './matchIndex';
export { paymentRows, proposalToPayments, type PaymentSource } from './paymentRows';
export {
  NAME_ONLY_CEILING,
  NAME_ONLY_MIN_SIMILARITY,
  type Allocation,
  type MatchContext,
  type MatchCustomer,
  type MatchIndex,
  type MatchInvoice,
  type MatchResult,
  type Outcome,
  type PaymentUnit,
  type Proposal,
  type Reason,
  type ReasonCode,
} from './matchModel';

// ---------------------------------------------------------------- units

/** The payments inside an entry: the details of a splittable batch, else the entry itself. */
export function paymentUnits(entry: StatementEntry): PaymentUnit[] {
  requireObject(entry, 'entry');
  // Plain assignments, not spreads: this runs once per entry on statements of many thousands.
  const unit = (id: string, amountCents: Cents, d: TransactionDetail | StatementEntry): PaymentUnit => {
    const u: PaymentUnit = {
      id,
      entryId: entry.id,
      bookingDate: entry.bookingDate,
      amountCents,
      currency: entry.currency,
      reversal: entry.reversal,
      booked: entry.booked,
      remittance: d.remittance,
      structuredReferences: d.structuredReferences,
    };
    if (d.counterpartyName) u.counterpartyName = d.counterpartyName;
    if (d.counterpartyIban) u.counterpartyIban = d.counterpartyIban;
    if (d.endToEndId) u.endToEndId = d.endToEndId;
    return u;
  };
  if (entry.batch?.splittable) {
    return entry.batch.details.map((d, i) => unit(`${entry.id}/${i + 1}`, d.amountCents ?? cents(0), d));
  }
  return [unit(entry.id, entry.amountCents, entry)];
}

// ---------------------------------------------------------------- matching

/** Proposes matches for every entry, in the order given. */
export function matchEntries(
  entries: readonly StatementEntry[],
  context: MatchContext | MatchIndex,
): MatchResult[] {
  requireArray(entries, 'entries');
  const match = unitMatcher(context, reversedAmounts(entries));
  const results: MatchResult[] = [];
  for (const entry of entries) for (const unit of paymentUnits(entry)) results.push(match(unit));
  return results;
}

/**
 * matchEntries one unit at a time, for a caller that streams a statement and keeps only what it
 * shows: the same index and run state, so calling it on every unit in file order gives exactly
 * matchEntries' results. `undone`, when given, holds every amount a reversal among those units
 * undoes (reversedAmounts): the run then remembers only proposals a reversal can find.
 */
export function unitMatcher(
  context: MatchContext | MatchIndex,
  undone?: ReadonlySet<Cents>,
): (unit: PaymentUnit) => MatchResult {
  requireObject(context, 'context');
  const idx = 'byReference' in context ? context : buildMatchIndex(context);
  const state: RunState = { open: new Map(), applied: new Map() };
  if (undone) state.undone = undone;
  return (unit) => matchUnit(unit, idx, state);
}

/** The amounts the reversals among these entries' payment units undo (see unitMatcher). */
export function reversedAmounts(entries: Iterable<StatementEntry>): Set<Cents> {
  require_(
    typeof entries === 'object' && entries !== null && Symbol.iterator in entries,
    'expected a list of statement entries',
    { path: 'entries' },
  );
  const amounts = new Set<Cents>();
  for (const e of entries) {
    requireObject(e, 'entries[]');
    if (!e.reversal) continue;
    // paymentUnits' amounts, without making the units: a batch's details, else the entry.
    if (e.batch?.splittable) {
      for (const d of e.batch.details)
        if ((d.amountCents ?? 0) < 0) amounts.add(negateCents(d.amountCents ?? cents(0)));
    } else if (e.amountCents < 0) amounts.add(negateCents(e.amountCents));
  }
  return amounts;
}

function ignored(unit: PaymentUnit, code: ReasonCode, params: Reason['params'] = {}): MatchResult {
  return { unit, outcome: 'ignored', proposals: [], notes: [{ code, params }] };
}

const NO_CUSTOMERS: readonly MatchCustomer[] = [];
const NO_NUMBERS: ReadonlySet<string> = new Set();

// Runs once per line of a statement of up to a million: module-level helpers, no closure per call.
function matchUnit(unit: PaymentUnit, idx: MatchIndex, state: RunState): MatchResult {
  if (!unit.booked) return ignored(unit, 'ignored-not-booked');
  if (unit.currency !== 'EUR') return ignored(unit, 'ignored-currency', { currency: unit.currency });
  if (unit.amountCents === 0) return ignored(unit, 'ignored-zero');
  if (unit.amountCents < 0 && unit.reversal) return matchReversal(unit, idx, state);
  if (unit.reversal) return ignored(unit, 'ignored-reversal-of-debit', { amount: unit.amountCents });
  if (unit.amountCents < 0) return ignored(unit, 'ignored-debit', { amount: unit.amountCents });

  const notes: Reason[] = [];
  const proposals: Proposal[] = [];
  const amount = unit.amountCents;
  const payerIban = unit.counterpartyIban ? cachedIban(unit.counterpartyIban, idx) : undefined;
  const payerCustomers = (payerIban && idx.customersByIban.get(payerIban)) || NO_CUSTOMERS;
  const payerNumbers =
    payerCustomers.length === 0 ? NO_NUMBERS : new Set(payerCustomers.map((c) => c.number));

  // 1. Structured references.
  const byRef: MatchInvoice[] = [];
  const refTexts: string[] = [];
  for (const ref of unit.structuredReferences) {
    const parsed = parseReference(ref);
    const inv = (parsed && idx.byReference.get(parsed.key)) ?? idx.byReference.get(rawKey(ref));
    if (inv) {
      addUnique(byRef, inv);
      refTexts.push(parsed?.text ?? ref);
    } else if (!parsed && looksLikeReference(ref)) {
      notes.push({ code: 'invalid-reference', params: { reference: ref } });
    }
  }
  for (const ref of findReferences(unit.remittance)) {
    const inv = idx.byReference.get(ref.key);
    if (inv) {
      addUnique(byRef, inv);
      refTexts.push(ref.text);
    }
  }
  if (byRef.length > 0) {
    proposals.push(
      allocate(
        byRef,
        amount,
        state,
        { code: 'structured-reference', params: { references: refTexts.join(', ') } },
        (exact) => (exact ? 99 : 85),
      ),
    );
  }

  // 2. Invoice numbers in the free text (and the end-to-end id, where payers often put it).
  const byNumber: MatchInvoice[] = [];
  for (const key of invoiceKeyCandidates(`${unit.remittance} ${unit.endToEndId ?? ''}`)) {
    const hits = idx.byNumberKey.get(key);
    if (!hits) continue;
    const mine = hits.filter((h) => payerNumbers.has(h.customerNumber));
    for (const h of mine.length > 0 ? mine : hits.slice(0, 1)) addUnique(byNumber, h);
  }
  if (byNumber.length > 0 && !sameSet(byNumber, byRef)) {
    const ibanAgrees = byNumber.every((i) => payerNumbers.has(i.customerNumber));
    proposals.push(
      allocate(
        byNumber,
        amount,
        state,
        { code: 'invoice-number', params: { invoices: byNumber.map((i) => i.number).join(', ') } },
        (exact) => (exact ? 92 : 75) + (ibanAgrees ? 4 : 0),
      ),
    );
  }

  // 3. The payer's IBAN is a customer's.
  for (const customer of payerCustomers) {
    const open: MatchInvoice[] = [];
    const same: MatchInvoice[] = [];
    let total = 0;
    for (const i of idx.byCustomer.get(customer.number) ?? []) {
      const o = openOf(i, state);
      if (o <= 0) continue;
      open.push(i);
      if (o === amount) same.push(i);
      total += o;
    }
    const params = { customer: customer.number, iban: payerIban ?? '' };
    if (same.length > 0) {
      same.forEach((inv, k) =>
        proposals.push(
          allocate([inv], amount, state, { code: 'iban-amount', params }, () =>
            same.length === 1 ? 85 : k === 0 ? 70 : 60,
          ),
        ),
      );
    } else if (open.length > 1 && total === amount) {
      proposals.push(
        allocate(
          open,
          amount,
          state,
          { code: 'iban-sum-of-open', params: { ...params, count: open.length } },
          () => 80,
        ),
      );
    } else if (open.length > 0) {
      proposals.push(allocate(open, amount, state, { code: 'iban-known', params }, () => 40));
    } else {
      proposals.push({
        confidence: 30,
        reason: { code: 'iban-nothing-open', params },
        allocations: [],
        customerNumber: customer.number,
        unallocatedCents: amount,
        flags: [{ code: 'over-payment', params: { amount } }],
      });
    }
  }

  // 4. The amount is an invoice's open amount and the names are alike.
  const candidates = unit.counterpartyName ? idx.byOpenAmount.get(amount) : undefined;
  if (candidates && unit.counterpartyName) {
    const payerName = nameTokens(unit.counterpartyName);
    for (const inv of candidates.slice(0, MAX_NAME_CANDIDATES)) {
      if (openOf(inv, state) !== amount || payerNumbers.has(inv.customerNumber)) continue;
      const score = tokenSimilarity(payerName, customerTokens(inv.customerNumber, idx));
      if (score >= 0.5) {
        proposals.push(
          allocate(
            [inv],
            amount,
            state,
            { code: 'name-amount', params: { name: unit.counterpartyName, score: Math.round(score * 100) } },
            () => Math.round(40 + 35 * score),
          ),
        );
      }
    }
  }

  // 5. Nothing above: the name alone, when it points to exactly one customer with open invoices.
  if (proposals.length === 0 && unit.counterpartyName) {
    const byName = nameOnlyProposal(unit.counterpartyName, amount, idx, state);
    if (byName) proposals.push(byName);
  }

  const ranked = rank(proposals);
  const best = ranked[0];
  if (!best)
    return { unit, outcome: 'unmatched', proposals: [], notes: [...notes, { code: 'no-match', params: {} }] };
  if (best.confidence >= CONFIDENT) apply(best, unit, idx, state);
  return { unit, outcome: 'proposed', proposals: ranked, notes };
}

/**
 * Splits match results into those still to import and those whose unit was imported before
 * (an existing Payment carries its id as importId) or appears twice in this batch.
 */
export function dedupe(
  results: readonly MatchResult[],
  existingPayments: readonly Payment[],
): { fresh: MatchResult[]; alreadyImported: MatchResult[] } {
  requireArray(results, 'results');
  requireArray(existingPayments, 'existingPayments');
  const known = new Set<string>();
  for (const p of existingPayments) if (p.importId) known.add(p.importId);
  const fresh: MatchResult[] = [];
  const alreadyImported: MatchResult[] = [];
  for (const r of results) {
    if (known.has(r.unit.id)) alreadyImported.push(r);
    else {
      known.add(r.unit.id);
      fresh.push(r);
    }
  }
  return { fresh, alreadyImported };
}

// ---------------------------------------------------------------- from the ledger

/**
 * The matcher's input from a parsed ledger on a given day. `dueDateOf` lets the caller supply the
 * due date the terms module computes; without it an explicit dueDate, else the invoice date, is used.
 */
export function matchContextFromLedger(
  ledger: Pick<Ledger, 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements'>,
  asOf: IsoDate,
  dueDateOf: (invoice: Ledger['invoices'][number]) => IsoDate = (i) => i.dueDate ?? i.invoiceDate,
): MatchContext {
  requireObject(ledger, 'ledger');
  const index = indexLedger(ledger);
  const invoices: MatchInvoice[] = ledger.invoices
    .filter((i) => i.amountInclVat > 0)
    .map((i) => ({
      number: i.number,
      customerNumber: i.customerNumber,
      openCents: settle(i, index, asOf).open,
      ...(i.paymentReference ? { paymentReference: i.paymentReference } : {}),
      dueDate: dueDateOf(i),
    }));
  return {
    invoices,
    customers: ledger.customers.map((c) => ({ number: c.number, name: c.name, ibans: c.ibans })),
    payments: ledger.payments,
  };
}
