/** The matcher's vocabulary: its input, its index, its results, and the state one run keeps. */
import type { IsoDate } from '../dates';
import type { Payment } from '../model';
import type { Cents } from '../money';

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
  flags: readonly Reason[];
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
  structuredReferences: readonly string[];
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

export const CONFIDENT = 60;
/** How alike a payer's name must be to a customer's for a proposal on the name alone. */
export const NAME_ONLY_MIN_SIMILARITY = 0.8;
/** The highest confidence a name-only proposal gets: below every automatic booking threshold. */
export const NAME_ONLY_CEILING = 50;
/** Customers sharing a name token's first letters beyond which that token is too common to look up. */
export const MAX_NAME_ONLY_BUCKET = 200;
export const MAX_NAME_CANDIDATES = 50;

export interface RunState {
  /** Open amounts as changed by this run's confident proposals. */
  open: Map<string, Cents>;
  /** Payments proposed in this run, so a reversal in the same file finds them. */
  applied: Map<Cents, Payment[]>;
  /**
   * The amounts the run's reversals undo, when known before it starts: only proposals of these
   * amounts are remembered in `applied` (the only ones a reversal looks up), so a long statement
   * does not keep a payment per line for reversals it does not hold.
   */
  undone?: ReadonlySet<Cents>;
}

export function openOf(inv: MatchInvoice, state: RunState): Cents {
  return state.open.get(inv.number) ?? inv.openCents;
}
