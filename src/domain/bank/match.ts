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
import { requireArray, requireObject } from '../errors';
import type { IsoDate } from '../dates';
import { indexLedger, settle } from '../ledger';
import type { Ledger, Payment } from '../model';
import type { Cents } from '../money';
import { findReferences, looksLikeReference, parseReference } from './references';
import type { StatementEntry, TransactionDetail } from './statement';
import { invoiceKeyCandidates, invoiceNumberKey, nameTokens, tokenSimilarity } from './text';

export interface MatchInvoice {
  number: string;
  customerNumber: string;
  /** What is still open today; 0 (or less) for a paid invoice, which lets us flag double payments. */
  openCents: Cents;
  paymentReference?: string;
  dueDate: IsoDate;
}

export interface MatchCustomer {
  number: string;
  name: string;
  ibans: readonly string[];
}

export interface MatchContext {
  invoices: readonly MatchInvoice[];
  customers: readonly MatchCustomer[];
  /** Payments already recorded: needed to propose undoing one when the bank reverses it. */
  payments?: readonly Payment[];
}

export type ReasonCode =
  | 'structured-reference'
  | 'invoice-number'
  | 'iban-amount'
  | 'iban-sum-of-open'
  | 'iban-known'
  | 'iban-nothing-open'
  | 'name-amount'
  | 'name-only'
  | 'reversal-of-payment'
  | 'partial-payment'
  | 'over-payment'
  | 'already-paid'
  | 'invalid-reference'
  | 'ignored-debit'
  | 'ignored-reversal-of-debit'
  | 'ignored-not-booked'
  | 'ignored-currency'
  | 'ignored-zero'
  | 'reversal-unmatched'
  | 'no-match';

/** A reason a person can read in either language: a code plus the values to fill in. */
export interface Reason {
  code: ReasonCode;
  params: Record<string, string | number>;
}

export interface Allocation {
  invoiceNumber: string;
  customerNumber: string;
  /** Positive for a payment; negative when a reversal undoes one. */
  amountCents: Cents;
}

export interface Proposal {
  confidence: number;
  reason: Reason;
  allocations: Allocation[];
  /** The customer the money comes from, when known (also for an unallocated remainder). */
  customerNumber?: string;
  /** Money not allocated to any invoice (over-payment, or nothing open). Never negative. */
  unallocatedCents: Cents;
  /** Things a person should notice: partial-payment, over-payment, already-paid. */
  flags: Reason[];
}

/** What gets matched: an entry, or one detail of a splittable batch entry. */
export interface PaymentUnit {
  /** Entry id, or `<entry id>/<n>` for the n-th detail of a batch. */
  id: string;
  entryId: string;
  bookingDate: IsoDate;
  amountCents: Cents;
  currency: string;
  reversal: boolean;
  booked: boolean;
  counterpartyName?: string;
  counterpartyIban?: string;
  remittance: string;
  structuredReferences: string[];
  endToEndId?: string;
}

export type Outcome = 'proposed' | 'unmatched' | 'ignored' | 'reversal';

export interface MatchResult {
  unit: PaymentUnit;
  outcome: Outcome;
  /** Best first. Empty when ignored or unmatched. */
  proposals: Proposal[];
  /** Why it was ignored or unmatched, or what was odd (an invalid reference). */
  notes: Reason[];
}

export interface MatchIndex {
  invoices: Map<string, MatchInvoice>;
  byReference: Map<string, MatchInvoice>;
  byNumberKey: Map<string, MatchInvoice[]>;
  byCustomer: Map<string, MatchInvoice[]>;
  byOpenAmount: Map<Cents, MatchInvoice[]>;
  customers: Map<string, MatchCustomer>;
  customerTokens: Map<string, string[]>;
  /** Customers by the first three letters of each name token; built on the first name-only lookup. */
  customersByTokenPrefix?: Map<string, MatchCustomer[]>;
  /** IBAN keys of the payers seen so far. */
  ibanCache: Map<string, string>;
  customersByIban: Map<string, MatchCustomer[]>;
  paymentsByAmount: Map<Cents, Payment[]>;
}

const CONFIDENT = 60;
/** How alike a payer's name must be to a customer's for a proposal on the name alone. */
export const NAME_ONLY_MIN_SIMILARITY = 0.8;
/** The highest confidence a name-only proposal gets: below every automatic booking threshold. */
export const NAME_ONLY_CEILING = 50;
/** Customers sharing a name token's first letters beyond which that token is too common to look up. */
const MAX_NAME_ONLY_BUCKET = 200;
const MAX_NAME_CANDIDATES = 50;

// ---------------------------------------------------------------- index

export function buildMatchIndex(ctx: MatchContext): MatchIndex {
  requireObject(ctx, 'context');
  requireArray(ctx.invoices, 'context.invoices');
  requireArray(ctx.customers, 'context.customers');
  const idx: MatchIndex = {
    invoices: new Map(),
    byReference: new Map(),
    byNumberKey: new Map(),
    byCustomer: new Map(),
    byOpenAmount: new Map(),
    customers: new Map(),
    customerTokens: new Map(),
    ibanCache: new Map(),
    customersByIban: new Map(),
    paymentsByAmount: new Map(),
  };
  for (const inv of ctx.invoices) {
    idx.invoices.set(inv.number, inv);
    if (inv.paymentReference) {
      const parsed = parseReference(inv.paymentReference);
      if (parsed) idx.byReference.set(parsed.key, inv);
      idx.byReference.set(rawKey(inv.paymentReference), inv);
    }
    const key = invoiceNumberKey(inv.number);
    if (key) push(idx.byNumberKey, key, inv);
    push(idx.byCustomer, inv.customerNumber, inv);
    if (inv.openCents > 0) push(idx.byOpenAmount, inv.openCents, inv);
  }
  for (const list of idx.byCustomer.values()) list.sort(byDue);
  for (const c of ctx.customers) {
    idx.customers.set(c.number, c);
    for (const raw of c.ibans) {
      const iban = ibanKey(raw);
      if (iban) push(idx.customersByIban, iban, c);
    }
  }
  for (const p of ctx.payments ?? []) {
    if (p.amount > 0 && p.invoiceNumber) push(idx.paymentsByAmount, p.amount, p);
  }
  return idx;
}

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
    return entry.batch.details.map((d, i) => unit(`${entry.id}/${i + 1}`, d.amountCents ?? 0, d));
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
  requireObject(context, 'context');
  const idx = 'byReference' in context ? context : buildMatchIndex(context);
  const state: RunState = { open: new Map(), applied: new Map() };
  const results: MatchResult[] = [];
  for (const entry of entries)
    for (const unit of paymentUnits(entry)) results.push(matchUnit(unit, idx, state));
  return results;
}

interface RunState {
  /** Open amounts as changed by this run's confident proposals. */
  open: Map<string, Cents>;
  /** Payments proposed in this run, so a reversal in the same file finds them. */
  applied: Map<Cents, Payment[]>;
}

function openOf(inv: MatchInvoice, state: RunState): Cents {
  return state.open.get(inv.number) ?? inv.openCents;
}

function matchUnit(unit: PaymentUnit, idx: MatchIndex, state: RunState): MatchResult {
  const ignored = (code: ReasonCode, params: Reason['params'] = {}): MatchResult => ({
    unit,
    outcome: 'ignored',
    proposals: [],
    notes: [{ code, params }],
  });
  if (!unit.booked) return ignored('ignored-not-booked');
  if (unit.currency !== 'EUR') return ignored('ignored-currency', { currency: unit.currency });
  if (unit.amountCents === 0) return ignored('ignored-zero');
  if (unit.amountCents < 0 && unit.reversal) return matchReversal(unit, idx, state);
  if (unit.reversal) return ignored('ignored-reversal-of-debit', { amount: unit.amountCents });
  if (unit.amountCents < 0) return ignored('ignored-debit', { amount: unit.amountCents });

  const notes: Reason[] = [];
  const proposals: Proposal[] = [];
  const amount = unit.amountCents;
  const payerIban = unit.counterpartyIban ? cachedIban(unit.counterpartyIban, idx) : undefined;
  const payerCustomers = payerIban ? (idx.customersByIban.get(payerIban) ?? []) : [];
  const payerNumbers = new Set(payerCustomers.map((c) => c.number));

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
    const open = (idx.byCustomer.get(customer.number) ?? []).filter((i) => openOf(i, state) > 0);
    const params = { customer: customer.number, iban: payerIban ?? '' };
    const same = open.filter((i) => openOf(i, state) === amount);
    const total = open.reduce((s, i) => s + openOf(i, state), 0);
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
 * The one customer with open invoices whose name matches the payer's, with those invoices as the
 * candidates: the one whose open amount is the amount paid, else all of them oldest first (a
 * part payment flags `partial-payment`, more than is open flags `over-payment`).
 */
function nameOnlyProposal(
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

function matchReversal(unit: PaymentUnit, idx: MatchIndex, state: RunState): MatchResult {
  const amount = -unit.amountCents;
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
        amountCents: -amount,
      },
    ],
    ...(p.customerNumber ? { customerNumber: p.customerNumber } : {}),
    unallocatedCents: 0,
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

/** Allocates `amount` over the open invoices among `targets`, oldest due date first. */
function allocate(
  targets: readonly MatchInvoice[],
  amount: Cents,
  state: RunState,
  reason: Reason,
  confidence: (exact: boolean) => number,
): Proposal {
  const flags: Reason[] = [];
  const open = targets.filter((t) => openOf(t, state) > 0).sort(byDue);
  for (const t of targets)
    if (openOf(t, state) <= 0) flags.push({ code: 'already-paid', params: { invoice: t.number } });
  let left = amount;
  const allocations: Allocation[] = [];
  let openTotal = 0;
  for (const inv of open) {
    const o = openOf(inv, state);
    openTotal += o;
    const take = Math.min(left, o);
    if (take > 0) {
      allocations.push({ invoiceNumber: inv.number, customerNumber: inv.customerNumber, amountCents: take });
      left -= take;
    }
  }
  if (open.length > 0 && openTotal > amount)
    flags.push({ code: 'partial-payment', params: { open: openTotal, paid: amount } });
  if (left > 0) flags.push({ code: 'over-payment', params: { amount: left } });
  const customers = new Set(targets.map((t) => t.customerNumber));
  const only = customers.size === 1 ? [...customers][0] : undefined;
  const exact = open.length > 0 && openTotal === amount;
  // Evidence for an invoice that is already paid is still evidence, but it must not look settled.
  const c = open.length === 0 ? Math.min(confidence(false), 70) : confidence(exact);
  return {
    confidence: Math.max(0, Math.min(100, c)),
    reason,
    allocations,
    ...(only ? { customerNumber: only } : {}),
    unallocatedCents: left,
    flags,
  };
}

function apply(p: Proposal, unit: PaymentUnit, idx: MatchIndex, state: RunState): void {
  for (const a of p.allocations) {
    const inv = idx.invoices.get(a.invoiceNumber);
    if (inv) state.open.set(inv.number, openOf(inv, state) - a.amountCents);
    if (a.amountCents > 0) {
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

function rank(proposals: Proposal[]): Proposal[] {
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

// ---------------------------------------------------------------- to payments

/** The Payment rows a confirmed proposal adds (importId = the unit id, so re-imports add nothing). */
export function proposalToPayments(result: MatchResult, chosen?: Proposal): Payment[] {
  requireObject(result, 'result');
  requireArray(result.proposals, 'result.proposals');
  const proposal = chosen ?? result.proposals[0];
  if (!proposal) return [];
  const { unit } = result;
  const reference = paymentReferenceText(unit);
  const rows: Payment[] = proposal.allocations.map((a) => ({
    date: unit.bookingDate,
    invoiceNumber: a.invoiceNumber,
    customerNumber: a.customerNumber,
    amount: a.amountCents,
    method: 'bank',
    ...(reference ? { reference } : {}),
    importId: unit.id,
  }));
  if (proposal.unallocatedCents > 0 && proposal.customerNumber) {
    rows.push({
      date: unit.bookingDate,
      customerNumber: proposal.customerNumber,
      amount: proposal.unallocatedCents,
      method: 'bank',
      ...(reference ? { reference } : {}),
      importId: unit.id,
    });
  }
  return rows;
}

function paymentReferenceText(unit: PaymentUnit): string {
  const parts = [unit.structuredReferences[0], unit.remittance, unit.counterpartyName].filter(
    (s): s is string => !!s,
  );
  return parts.join(' · ').slice(0, 250);
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

// ---------------------------------------------------------------- small helpers

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addUnique(list: MatchInvoice[], inv: MatchInvoice): void {
  if (!list.includes(inv)) list.push(inv);
}

function sameSet(a: readonly MatchInvoice[], b: readonly MatchInvoice[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function byDue(a: MatchInvoice, b: MatchInvoice): number {
  return a.dueDate < b.dueDate
    ? -1
    : a.dueDate > b.dueDate
      ? 1
      : a.number < b.number
        ? -1
        : a.number > b.number
          ? 1
          : 0;
}

/** IBANs are compared in electronic form; whether the checksum holds does not matter for equality. */
function ibanKey(raw: string): string {
  return raw.replace(/[\s.-]+/g, '').toUpperCase();
}

function cachedIban(raw: string, idx: MatchIndex): string {
  let iban = idx.ibanCache.get(raw);
  if (iban === undefined) {
    iban = ibanKey(raw);
    idx.ibanCache.set(raw, iban);
  }
  return iban;
}

/** Customer name tokens, computed on first need: most entries never reach the name step. */
function customerTokens(number: string, idx: MatchIndex): string[] {
  let tokens = idx.customerTokens.get(number);
  if (!tokens) {
    tokens = nameTokens(idx.customers.get(number)?.name ?? '');
    idx.customerTokens.set(number, tokens);
  }
  return tokens;
}

function rawKey(ref: string): string {
  return `raw:${ref.toUpperCase().replace(/[^0-9A-Z]/g, '')}`;
}
