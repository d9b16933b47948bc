/**
 * Structured payment references: validate, generate, recognise in free text.
 *
 * - NL betalingskenmerk (Currence): 16 digits = 1 check digit + 15 digits. The 15 digits are weighted
 *   from the right with 2,4,8,5,10,9,7,3,6,1 (repeating); check = 11 − (sum mod 11), where 11 → 0
 *   and 10 → 1. Only the 16-digit form is supported: the shorter 7- and 9–15-digit variants could not
 *   be verified against a published spec, so we neither accept nor generate them.
 * - BE gestructureerde mededeling / communication structurée: +++ddd/dddd/ddddd+++, 12 digits; the
 *   last two = the first ten mod 97, with 0 written as 97.
 * - ISO 11649 RF creditor reference: "RF" + 2 check digits + 1–21 letters/digits; valid when the
 *   ISO 7064 mod 97-10 of (reference + "RF" + check digits, letters as 10–35) is 1.
 */
import { DomainError, requireText } from '../errors';

export type ReferenceKind = 'nl' | 'be' | 'rf';

export interface PaymentReference {
  kind: ReferenceKind;
  /** Canonical text: 16 digits, "+++ddd/dddd/ddddd+++", or "RF…" without spaces. */
  text: string;
  /** Key for looking references up, equal for every way of writing the same reference. */
  key: string;
}

const NL_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1] as const;

// ---------------------------------------------------------------- NL betalingskenmerk

/** The check digit for 15 digits (see the module comment). */
export function betalingskenmerkCheckDigit(fifteen: string): number {
  if (!/^\d{15}$/.test(fifteen)) {
    throw new DomainError('invalid-input', 'a betalingskenmerk is built on exactly 15 digits', {
      value: fifteen,
    });
  }
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const digit = fifteen.charCodeAt(14 - i) - 48;
    sum += digit * (NL_WEIGHTS[i % 10] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? 1 : check;
}

export function isValidBetalingskenmerk(text: string): boolean {
  requireText(text, 'text');
  const digits = text.replace(/[\s.]/g, '');
  if (!/^\d{16}$/.test(digits)) return false;
  return betalingskenmerkCheckDigit(digits.slice(1)) === Number(digits[0]);
}

/** A 16-digit betalingskenmerk from an invoice number or sequence (its digits, zero-padded). */
export function generateBetalingskenmerk(seed: string | number): string {
  const digits = seedDigits(seed, 15, 'betalingskenmerk');
  const fifteen = digits.padStart(15, '0');
  return `${betalingskenmerkCheckDigit(fifteen)}${fifteen}`;
}

/** "1234567890123456" -> "1234 5678 9012 3456", as printed on an acceptgiro-style invoice. */
export function formatBetalingskenmerk(text: string): string {
  requireText(text, 'text');
  return text.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');
}

// ---------------------------------------------------------------- BE structured communication

function ogmCheck(ten: string): number {
  const r = Number(BigInt(ten) % 97n);
  return r === 0 ? 97 : r;
}

export function isValidOgm(text: string): boolean {
  requireText(text, 'text');
  const digits = ogmDigits(text);
  if (!digits) return false;
  return ogmCheck(digits.slice(0, 10)) === Number(digits.slice(10));
}

/** "+++ddd/dddd/ddddd+++" from an invoice number or sequence (its digits, zero-padded to 10). */
export function generateOgm(seed: string | number): string {
  const ten = seedDigits(seed, 10, 'structured communication').padStart(10, '0');
  return formatOgm(`${ten}${String(ogmCheck(ten)).padStart(2, '0')}`);
}

function formatOgm(twelve: string): string {
  return `+++${twelve.slice(0, 3)}/${twelve.slice(3, 7)}/${twelve.slice(7)}+++`;
}

/** The 12 digits of a structured communication in any common notation, or undefined. */
function ogmDigits(text: string): string | undefined {
  const t = text.trim();
  const decorated = /^(?:\+{3}|\*{3})?\s*(\d{3})\s*\/?\s*(\d{4})\s*\/?\s*(\d{5})\s*(?:\+{3}|\*{3})?$/.exec(t);
  if (!decorated) return undefined;
  return `${decorated[1]}${decorated[2]}${decorated[3]}`;
}

// ---------------------------------------------------------------- ISO 11649 RF

function mod97OfAlnum(text: string): number {
  let remainder = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

export function isValidRf(text: string): boolean {
  requireText(text, 'text');
  const t = text.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(t)) return false;
  return mod97OfAlnum(t.slice(4) + t.slice(0, 4)) === 1;
}

/** An RF reference from an invoice number (its letters and digits, upper case, at most 21). */
export function generateRf(seed: string | number): string {
  const body = String(seed)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  if (body.length < 1 || body.length > 21) {
    throw new DomainError('invalid-input', 'an RF reference needs 1 to 21 letters or digits', {
      value: seed,
    });
  }
  const check = 98 - mod97OfAlnum(`${body}RF00`);
  return `RF${String(check).padStart(2, '0')}${body}`;
}

// ---------------------------------------------------------------- recognising references

/**
 * Reads one reference as typed on an invoice or in a structured remittance field. Returns it when
 * its check digits hold, else undefined (the caller reports an invalid reference if it must).
 */
export function parseReference(text: string): PaymentReference | undefined {
  requireText(text, 'text');
  const t = text.trim();
  if (/^RF/i.test(t.replace(/\s+/g, ''))) {
    const rf = t.replace(/\s+/g, '').toUpperCase();
    return isValidRf(rf) ? { kind: 'rf', text: rf, key: `rf:${rf}` } : undefined;
  }
  const ogm = ogmDigits(t);
  if (ogm && isValidOgm(ogm)) return { kind: 'be', text: formatOgm(ogm), key: `be:${ogm}` };
  const nl = t.replace(/[\s.]/g, '');
  if (isValidBetalingskenmerk(nl)) return { kind: 'nl', text: nl, key: `nl:${nl}` };
  return undefined;
}

/** Does this text look like a structured reference at all (valid or not)? */
export function looksLikeReference(text: string): boolean {
  requireText(text, 'text');
  const t = text.replace(/\s+/g, '');
  return (
    /^RF\d{2}[0-9A-Z]+$/i.test(t) || ogmDigits(text) !== undefined || /^\d{16}$/.test(t.replace(/\./g, ''))
  );
}

const RF_IN_TEXT = /RF\d{2}(?: ?[0-9A-Z]{1,4}){1,6}/gi;
const OGM_IN_TEXT =
  /(?:\+{3}|\*{3})\s*\d{3}\s*\/?\s*\d{4}\s*\/?\s*\d{5}\s*(?:\+{3}|\*{3})|(?<!\d)\d{3}\/\d{4}\/\d{5}(?!\d)/g;
const NL_IN_TEXT = /(?<!\d)\d{4}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4}(?!\d)/g;

/** Every structured reference with valid check digits found in free text, in order, no repeats. */
export function findReferences(text: string): PaymentReference[] {
  requireText(text, 'text');
  const found: PaymentReference[] = [];
  const keys = new Set<string>();
  const add = (ref: PaymentReference | undefined): void => {
    if (ref && !keys.has(ref.key)) {
      keys.add(ref.key);
      found.push(ref);
    }
  };
  for (const m of text.matchAll(RF_IN_TEXT)) {
    // The print format groups by four; the text may run on after the reference, so try the
    // longest candidate first and give back one character at a time.
    let candidate = m[0].replace(/\s+/g, '').toUpperCase();
    while (candidate.length >= 5 && !isValidRf(candidate)) candidate = candidate.slice(0, -1);
    if (candidate.length >= 5) add(parseReference(candidate));
  }
  for (const m of text.matchAll(OGM_IN_TEXT)) add(parseReference(m[0]));
  for (const m of text.matchAll(NL_IN_TEXT)) add(parseReference(m[0]));
  return found;
}

function seedDigits(seed: string | number, max: number, what: string): string {
  const digits = String(seed)
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '');
  if (digits.length === 0 || digits.length > max) {
    throw new DomainError('invalid-input', `a ${what} needs 1 to ${max} digits from the invoice number`, {
      value: seed,
    });
  }
  return digits;
}
