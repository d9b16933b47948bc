/**
 * What a Peppol BIS Billing 3.0 (UBL 2.1) invoice or credit note the trader sent tells us: the
 * invoice as the model keeps it and the buyer as a customer, or the located reasons it was refused.
 */
import type { IsoDate } from '../dates';
import type { Cents } from '../money';

/** Text in both of the product's languages: the caller picks the person's. */
interface Bilingual {
  nl: string;
  en: string;
}

type UblProblemCode =
  | 'too-large'
  | 'entity'
  | 'too-deep'
  | 'not-xml'
  | 'wrong-root'
  | 'missing'
  | 'bad-date'
  | 'bad-amount'
  | 'currency'
  | 'totals'
  | 'duplicate'
  /** The workbook holds this number already, with other content. */
  | 'exists'
  /** The workbook's model refuses a value (e.g. a payment term over 365 days). */
  | 'invalid';

/** A refusal, located: the file, the element path (e.g. Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount), why. */
export interface UblProblem {
  file: string;
  path: string;
  code: UblProblemCode;
  why: Bilingual;
  /** The offending text as found, when there is one. */
  value?: string;
  /** 1-based line in the file, when the XML itself is at fault. */
  line?: number;
}

/** A company identifier of the buyer, with what kind of register it belongs to. */
export interface UblCompanyId {
  /** 'kbo': Belgian enterprise number (scheme 0208); 'kvk': Dutch KvK (0106); 'vat': a VAT number. */
  kind: 'kbo' | 'kvk' | 'vat' | 'other';
  /** As written in the file. */
  id: string;
  /** The Peppol/ISO 6523 scheme code, when the file names one. */
  scheme?: string;
}

export interface UblAddress {
  street?: string;
  postcode?: string;
  city?: string;
  /** ISO 3166-1 alpha-2, e.g. "BE". */
  country?: string;
}

export interface UblBuyer {
  /** The legal name (RegistrationName, BT-44), else the trading name. */
  name: string;
  /** The trading name (PartyName, BT-45) when it differs from the legal one. */
  tradingName?: string;
  companyIds: UblCompanyId[];
  contactName?: string;
  email?: string;
  phone?: string;
  address?: UblAddress;
}

export interface UblInvoice {
  /** 'credit-note' for a CreditNote document; its amounts are negated. */
  documentKind: 'invoice' | 'credit-note';
  number: string;
  invoiceDate: IsoDate;
  dueDate?: IsoDate;
  /** Days read from the payment terms' note ("within 30 days") when no due date is given. */
  paymentTermDays?: number;
  /** The payment terms' note as written. */
  paymentTermsNote?: string;
  deliveryDate?: IsoDate;
  /** The lines' item names, joined. */
  description?: string;
  /** The first line's item name. */
  product?: string;
  /** TaxExclusiveAmount (BT-109); negative for a credit note. */
  amountExclVat: Cents;
  /**
   * What the customer owes for this document: PayableAmount (BT-115) = TaxInclusiveAmount − PrepaidAmount
   * + PayableRoundingAmount; negative for a credit note.
   */
  amountInclVat: Cents;
  /** TaxInclusiveAmount (BT-112), signed like the amounts above. */
  totalInclVat: Cents;
  /** PrepaidAmount (BT-113): already paid, so not owed again. */
  prepaid: Cents;
  paymentReference?: string;
  /** The invoice a credit note (or a negative correction invoice) credits (BillingReference). */
  creditsInvoice?: string;
}

export interface UblDocument {
  file: string;
  invoice: UblInvoice;
  buyer: UblBuyer;
}

export type UblReadResult = { ok: true; document: UblDocument } | { ok: false; problems: UblProblem[] };
