/**
 * The payload of the European Payments Council's SEPA credit-transfer QR code ("EPC QR", sold as
 * GiroCode / Scan2Pay), as the guideline EPC069-12 ("Quick Response Code: Guidelines to Enable
 * Data Capture for the Initiation of a SEPA Credit Transfer", version 3.x) defines it; see
 * docs/payment-qr.md for each element and its source. Dutch and Belgian banking apps scan it and
 * fill in a transfer; the payer still confirms it, so nothing here moves money.
 *
 * Version 002 with character set 1 (UTF-8): the BIC may stay empty inside the EEA. Elements are
 * separated by a line feed and nothing follows the last element given. A transfer that cannot be
 * encoded (an invalid IBAN, an amount outside 0.01 to 999,999,999.99) gives a problem, never a QR
 * with a wrong field: a banking app would fill that wrong field in for the payer.
 */
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { isValidOgm, isValidRf } from '../bank/references';
import type { Cents } from '../money';

/** EPC069-12 limits, in characters unless named bytes. */
export const EPC_LIMITS = {
  name: 70,
  iban: 34,
  purpose: 4,
  structuredReference: 35,
  remittanceText: 140,
  information: 70,
  /** The smallest and largest amount the guideline allows, in cents. */
  minCents: 1,
  maxCents: 99_999_999_999,
  /** The whole payload, in bytes (UTF-8). */
  payloadBytes: 331,
} as const;

export interface EpcTransfer {
  /** The beneficiary's IBAN, in any notation (spaces and lower case are fine). */
  iban: string;
  /** The beneficiary's BIC: optional inside the EEA (version 002). */
  bic?: string;
  /** The beneficiary's name; cut at 70 characters. */
  name: string;
  amountCents: Cents;
  /**
   * A structured reference: an ISO 11649 creditor reference (RF…) or a Belgian structured
   * communication (+++ddd/dddd/ddddd+++). Excludes `remittanceText`.
   */
  structuredReference?: string;
  /** Unstructured remittance information, at most 140 characters. */
  remittanceText?: string;
  /** A line the banking app shows the payer (the guideline's "beneficiary to originator information"). */
  information?: string;
}

export type EpcProblemCode =
  | 'iban-invalid'
  | 'bic-invalid'
  | 'name-missing'
  | 'amount-too-small'
  | 'amount-too-large'
  | 'amount-not-whole-cents'
  | 'reference-invalid'
  | 'reference-and-text'
  | 'text-too-long'
  | 'payload-too-long';

interface EpcProblem {
  code: EpcProblemCode;
  /** The field at fault, as named in EpcTransfer. */
  field: keyof EpcTransfer | 'payload';
  value?: string | number;
}

/** The fields as encoded, for a caller that shows them beside the code. */
interface EpcFields {
  bic: string;
  name: string;
  iban: string;
  /** "EUR12.34" */
  amount: string;
  structuredReference: string;
  remittanceText: string;
  information: string;
}

export type EpcResult = { ok: true; payload: string; fields: EpcFields } | { ok: false; problem: EpcProblem };

/** Line breaks would split an element in two; other control characters have no place in a transfer. */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut to `max` characters (code points, not UTF-16 units, so no surrogate pair is split). */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('').trimEnd();
}

const length = (text: string) => [...text].length;

/**
 * The UTF-8 bytes of a text (a lone surrogate as U+FFFD, as TextEncoder does), written out because
 * the pane's component tests run where TextEncoder is missing.
 */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** "EUR12.34": the guideline's amount, two decimals, no thousands separator. */
export function epcAmount(cents: Cents): string {
  const euros = Math.trunc(cents / 100);
  return `EUR${euros}.${String(cents % 100).padStart(2, '0')}`;
}

/** The structured reference as a banking app expects it: RF without spaces, a Belgian one as 12 digits. */
function structured(reference: string): string | undefined {
  const compact = reference.replace(/\s+/g, '').toUpperCase();
  if (/^RF/.test(compact)) return isValidRf(compact) ? compact : undefined;
  if (isValidOgm(reference)) return reference.replace(/\D/g, '');
  return undefined;
}

export function epcPayload(transfer: EpcTransfer): EpcResult {
  const fail = (problem: EpcProblem): EpcResult => ({ ok: false, problem });
  const iban = electronicFormatIBAN(transfer.iban ?? '') ?? '';
  if (!iban || !isValidIBAN(iban)) return fail({ code: 'iban-invalid', field: 'iban', value: transfer.iban });
  const bic = (transfer.bic ?? '').replace(/\s+/g, '').toUpperCase();
  if (bic && !isValidBIC(bic)) return fail({ code: 'bic-invalid', field: 'bic', value: transfer.bic });
  const name = cut(oneLine(transfer.name ?? ''), EPC_LIMITS.name);
  if (!name) return fail({ code: 'name-missing', field: 'name' });

  const cents = transfer.amountCents;
  if (!Number.isSafeInteger(cents)) {
    return fail({ code: 'amount-not-whole-cents', field: 'amountCents', value: cents });
  }
  if (cents < EPC_LIMITS.minCents)
    return fail({ code: 'amount-too-small', field: 'amountCents', value: cents });
  if (cents > EPC_LIMITS.maxCents)
    return fail({ code: 'amount-too-large', field: 'amountCents', value: cents });

  const reference = oneLine(transfer.structuredReference ?? '');
  const text = oneLine(transfer.remittanceText ?? '');
  // The guideline allows one of the two, never both: the bank would not know which to pass on.
  if (reference && text) return fail({ code: 'reference-and-text', field: 'structuredReference' });
  const structuredReference = reference ? structured(reference) : '';
  if (structuredReference === undefined) {
    return fail({ code: 'reference-invalid', field: 'structuredReference', value: reference });
  }
  if (length(text) > EPC_LIMITS.remittanceText) {
    return fail({ code: 'text-too-long', field: 'remittanceText', value: length(text) });
  }
  const information = cut(oneLine(transfer.information ?? ''), EPC_LIMITS.information);

  const fields: EpcFields = {
    bic,
    name,
    iban,
    amount: epcAmount(cents),
    structuredReference,
    remittanceText: text,
    information,
  };
  const elements = [
    'BCD',
    '002',
    '1',
    'SCT',
    fields.bic,
    fields.name,
    fields.iban,
    fields.amount,
    '', // purpose (AT-44): none
    fields.structuredReference,
    fields.remittanceText,
    fields.information,
  ];
  while (elements[elements.length - 1] === '') elements.pop();
  const payload = elements.join('\n');
  const bytes = utf8Bytes(payload).length;
  if (bytes > EPC_LIMITS.payloadBytes)
    return fail({ code: 'payload-too-long', field: 'payload', value: bytes });
  return { ok: true, payload, fields };
}
