/**
 * The payment QR of one reminder: the settings' IBAN and name, the total still open, and the
 * reference the payer should quote. A structured reference (RF or a Belgian structured
 * communication) goes in the QR's structured element, so the bank passes it on unchanged; it is
 * only usable when the message covers one reference, since a transfer carries one. Otherwise the
 * unstructured text names the invoices (a Dutch betalingskenmerk there as its 16 digits, which is
 * how the Dutch banks pass it on and how the bank import finds it again).
 */
import { parseReference } from '../bank/references';
import type { Language, Settings } from '../model';
import { sumCents, type Cents } from '../money';
import { EPC_LIMITS, epcPayload, type EpcResult, type EpcTransfer } from './epcQr';

export interface QrInvoice {
  number: string;
  openCents: Cents;
  paymentReference?: string;
}

export interface ReminderQrInput {
  settings: Pick<Settings, 'companyIban' | 'companyName'> &
    Partial<Pick<Settings, 'senderName' | 'companyBic'>>;
  customerNumber: string;
  invoices: readonly QrInvoice[];
  language: Language;
}

const WORDS = {
  nl: { one: 'Factuur', many: 'Facturen', customer: 'Klant', invoices: 'facturen' },
  en: { one: 'Invoice', many: 'Invoices', customer: 'Customer', invoices: 'invoices' },
} as const;

/** What the payer quotes: the one structured reference, or a text naming the invoices. */
export function reminderRemittance(
  invoices: readonly QrInvoice[],
  customerNumber: string,
  language: Language,
): Pick<EpcTransfer, 'structuredReference' | 'remittanceText'> {
  const words = WORDS[language];
  const parsed = invoices.map((i) =>
    i.paymentReference?.trim() ? parseReference(i.paymentReference) : undefined,
  );
  const keys = new Set(parsed.map((p) => p?.key ?? ''));
  const only = parsed[0];
  if (only && keys.size === 1 && (only.kind === 'rf' || only.kind === 'be')) {
    return { structuredReference: only.text };
  }
  if (only && keys.size === 1 && only.kind === 'nl') return { remittanceText: only.text };
  const numbers = invoices.map((i) => i.number.trim());
  const listed = `${numbers.length === 1 ? words.one : words.many} ${numbers.join(' ')}`;
  if ([...listed].length <= EPC_LIMITS.remittanceText) return { remittanceText: listed };
  // Too many to name: the customer number still lets the trader find them, and the count is honest.
  return {
    remittanceText: `${words.customer} ${customerNumber.trim()}: ${numbers.length} ${words.invoices}`,
  };
}

export function reminderQr(input: ReminderQrInput): EpcResult {
  const { settings } = input;
  const name = settings.companyName.trim() || settings.senderName?.trim() || '';
  return epcPayload({
    iban: settings.companyIban,
    ...(settings.companyBic ? { bic: settings.companyBic } : {}),
    name,
    amountCents: sumCents(input.invoices.map((i) => i.openCents)),
    ...reminderRemittance(input.invoices, input.customerNumber, input.language),
  });
}
