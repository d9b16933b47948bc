/**
 * The statement model every parser (CAMT.053, bank CSV) produces and the matcher consumes.
 *
 * Entry ids are stable across imports of the same file, so importing it twice adds nothing:
 * - when the bank gives the entry its own reference (CAMT AcctSvcrRef, Rabobank Volgnr, Knab
 *   Referentie) and that reference is unique within the file: `<account>/r:<reference>`;
 * - otherwise a content hash of account, booking date, signed amount, currency, counterparty IBAN
 *   and name, end-to-end id and remittance text, plus the occurrence number among entries with the
 *   same content in the file (two identical coffees on one day get #1 and #2):
 *   `<account>/h:<hash>#<n>`.
 * A batch detail that becomes a payment of its own gets `<entry id>/<detail index>`.
 */
import { requireArray, requireText } from '../errors';
import type { IsoDate } from '../dates';
import type { Cents } from '../money';

export type Direction = 'credit' | 'debit';

export interface TransactionDetail {
  /** Signed like the entry (positive = incoming); absent when the bank gave no per-detail amount. */
  amountCents?: Cents;
  counterpartyName?: string;
  counterpartyIban?: string;
  remittance: string;
  /** All structured creditor references (CdtrRefInf/Ref), first one first. */
  structuredReferences: readonly string[];
  endToEndId?: string;
}

export interface StatementEntry {
  id: string;
  bookingDate: IsoDate;
  valueDate?: IsoDate;
  /** Signed: positive = credit (incoming), negative = debit (outgoing). */
  amountCents: Cents;
  /** ISO 4217 code; amounts are in hundredths of its unit. */
  currency: string;
  direction: Direction;
  /** The bank reverses an earlier booking with this entry (CAMT RvslInd, a returned debit…). */
  reversal: boolean;
  /** False for pending/information-only entries (CAMT Sts PDNG/INFO): not money yet. */
  booked: boolean;
  counterpartyName?: string;
  counterpartyIban?: string;
  /** Unstructured remittance text (Ustrd, or the bank's description). */
  remittance: string;
  /** First structured creditor reference, when any. */
  structuredReference?: string;
  structuredReferences: readonly string[];
  endToEndId?: string;
  /** The bank's own reference for this entry, when it gives one. */
  bankReference?: string;
  /** Present when one entry carries several transaction details (a batch). */
  batch?: {
    details: TransactionDetail[];
    /** Every detail has an amount and they add up to the entry: match them one by one. */
    splittable: boolean;
  };
}

export interface Statement {
  /** The account's IBAN in electronic format; the raw identifier when the bank gave no IBAN. */
  accountIban: string;
  statementId: string;
  currency?: string;
  fromDate?: IsoDate;
  toDate?: IsoDate;
  entries: StatementEntry[];
}

/** The part of an entry that feeds its id, before ids are assigned. */
export type EntryDraft = Omit<StatementEntry, 'id'>;

/**
 * Assigns stable ids to the entries of one account within one file. See the module comment.
 */
export function assignEntryIds(account: string, drafts: readonly EntryDraft[]): StatementEntry[] {
  requireText(account, 'account');
  requireArray(drafts, 'drafts');
  const idOf = entryIdMaker(account, drafts);
  return drafts.map((d) => ({ id: idOf(d), ...d }));
}

/**
 * assignEntryIds for entries the caller made itself with a placeholder id first (the CSV reader):
 * the same ids, set in place, so a million-line statement is not copied once more.
 */
export function setEntryIds(account: string, entries: StatementEntry[]): void {
  const idOf = entryIdMaker(account, entries);
  for (const e of entries) e.id = idOf(e);
}

/** The id of each draft in turn, in file order (see the module comment). */
function entryIdMaker(account: string, drafts: readonly EntryDraft[]): (d: EntryDraft) => string {
  const refCount = new Map<string, number>();
  for (const d of drafts)
    if (d.bankReference) refCount.set(d.bankReference, (refCount.get(d.bankReference) ?? 0) + 1);
  const seen = new Map<string, number>();
  const lanes: Lanes = { a: 0, b: 0 };
  return (d) => {
    let id: string;
    if (d.bankReference && refCount.get(d.bankReference) === 1) {
      id = flat([account, '/r:', d.bankReference]);
    } else {
      // contentHash of these parts, fed to the hash one by one: no joined text per entry.
      const h = lanes;
      h.a = 0x811c9dc5;
      h.b = 0x9e3779b9;
      feed(h, d.bookingDate, true);
      feed(h, String(d.amountCents), true);
      feed(h, d.currency, true);
      feed(h, d.counterpartyIban ?? '', true);
      feed(h, d.counterpartyName ?? '', true);
      feed(h, d.endToEndId ?? '', true);
      feed(h, d.structuredReferences.join(','), true);
      feed(h, d.remittance, true);
      feed(h, d.reversal ? 'R' : '', false);
      const hash = digest(h);
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      id = flat([account, '/h:', hash, '#', String(n)]);
    }
    return id;
  };
}

/**
 * The parts as one flat string. An id is kept for every entry of a statement of up to a million,
 * and a template literal leaves a tree of concatenations (several small strings per id, flattened
 * into yet another on first comparison); join writes the text once.
 */
function flat(parts: string[]): string {
  return parts.join('');
}

/**
 * A small, fast, deterministic 64-bit-ish hash (two seeded 32-bit FNV-1a/murmur-mix lanes).
 * Not cryptographic: it only has to keep distinct entries of one account apart.
 */
export function contentHash(parts: readonly string[]): string {
  requireArray(parts, 'parts');
  // The parts and a U+001F between each, as parts.join('\u001f') would give (String of each).
  let text = '';
  for (let p = 0; p < parts.length; p++) text += (p === 0 ? '' : '\u001f') + String(parts[p]);
  return hashText(text);
}

/** The hash's two lanes while text is fed to it. */
interface Lanes {
  a: number;
  b: number;
}

function hashText(text: string): string {
  const h: Lanes = { a: 0x811c9dc5, b: 0x9e3779b9 };
  feed(h, text, false);
  return digest(h);
}

/** Feeds text to the lanes, and a U+001F after it when `separate`: as if the parts were joined. */
function feed(h: Lanes, text: string, separate: boolean): void {
  let h1 = h.a;
  let h2 = h.b;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  if (separate) {
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h.a = h1;
  h.b = h2;
}

function digest(h: Lanes): string {
  let h1 = h.a;
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h.b >>> 0).toString(16).padStart(8, '0');
}

/** Earliest and latest booking date of a list of entries. */
export function dateRange(entries: readonly StatementEntry[]): { fromDate?: IsoDate; toDate?: IsoDate } {
  requireArray(entries, 'entries');
  let fromDate: IsoDate | undefined;
  let toDate: IsoDate | undefined;
  for (const e of entries) {
    if (fromDate === undefined || e.bookingDate < fromDate) fromDate = e.bookingDate;
    if (toDate === undefined || e.bookingDate > toDate) toDate = e.bookingDate;
  }
  return { ...(fromDate ? { fromDate } : {}), ...(toDate ? { toDate } : {}) };
}
