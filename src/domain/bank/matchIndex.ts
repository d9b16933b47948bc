/**
 * The maps the matcher looks everything up in, built once per statement (by reference, number key,
 * customer, IBAN, amount), and the small keys they use.
 */
import { requireArray, requireObject } from '../errors';
import type { MatchContext, MatchIndex, MatchInvoice } from './matchModel';
import { parseReference } from './references';
import { invoiceNumberKey, nameTokens } from './text';

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

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function addUnique(list: MatchInvoice[], inv: MatchInvoice): void {
  if (!list.includes(inv)) list.push(inv);
}

export function sameSet(a: readonly MatchInvoice[], b: readonly MatchInvoice[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function byDue(a: MatchInvoice, b: MatchInvoice): number {
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

export function cachedIban(raw: string, idx: MatchIndex): string {
  let iban = idx.ibanCache.get(raw);
  if (iban === undefined) {
    iban = ibanKey(raw);
    idx.ibanCache.set(raw, iban);
  }
  return iban;
}

/** Customer name tokens, computed on first need: most entries never reach the name step. */
export function customerTokens(number: string, idx: MatchIndex): string[] {
  let tokens = idx.customerTokens.get(number);
  if (!tokens) {
    tokens = nameTokens(idx.customers.get(number)?.name ?? '');
    idx.customerTokens.set(number, tokens);
  }
  return tokens;
}

export function rawKey(ref: string): string {
  return `raw:${ref.toUpperCase().replace(/[^0-9A-Z]/g, '')}`;
}
