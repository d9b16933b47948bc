/**
 * The records of a client file, as zod schemas. The workbook codec turns cells into these; every
 * other core module takes them already parsed. Money is integer cents, dates are 'YYYY-MM-DD'.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { DomainError } from './errors';

export const isoDate = z.string().refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' });
export const cents = z.number().int().refine(Number.isSafeInteger, { message: 'amount out of range' });
const text = z.string().trim().min(1);
const termDays = z.number().int().min(0).max(365);

export const languageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const toneSchema = z.enum(['formal', 'informal']);
export type Tone = z.infer<typeof toneSchema>;

export const customerKindSchema = z.enum(['business', 'consumer']);
export type CustomerKind = z.infer<typeof customerKindSchema>;

export const customerSchema = z.object({
  number: text,
  name: text,
  /** The person reminders are addressed to, by name. */
  contactName: z.string().trim().optional(),
  email: z.string().trim().optional(),
  phone: z.string().trim().optional(),
  kind: customerKindSchema,
  /** The payment term agreed with this customer, in days. */
  paymentTermDays: termDays.optional(),
  segment: z.string().trim().optional(),
  /** Large company (not an SME): since 1 July 2022 it must pay an SME within 30 days. */
  largeCompany: z.boolean().optional(),
  ibans: z.array(z.string()).default([]),
  /** Language of this customer's reminders; the settings' language when absent. */
  language: languageSchema.optional(),
  notes: z.string().optional(),
});
export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerSchema>;

export const invoiceSchema = z.object({
  number: text,
  customerNumber: text,
  invoiceDate: isoDate,
  deliveryDate: isoDate.optional(),
  description: z.string().optional(),
  product: z.string().trim().optional(),
  /** Negative for a credit note. */
  amountExclVat: cents,
  /** What the customer owes: negative for a credit note. */
  amountInclVat: cents,
  /** The term agreed for this invoice, in days; overrides the customer's. */
  paymentTermDays: termDays.optional(),
  /** An explicit due date: wins over every term. */
  dueDate: isoDate.optional(),
  /** Structured payment reference printed on the invoice (betalingskenmerk, +++…+++, RF…). */
  paymentReference: z.string().trim().optional(),
  /** For a credit note: the invoice it credits. */
  creditsInvoice: z.string().trim().optional(),
  disputedSince: isoDate.optional(),
  disputeNote: z.string().optional(),
  disputeResolvedOn: isoDate.optional(),
  writtenOffOn: isoDate.optional(),
});
export type Invoice = z.infer<typeof invoiceSchema>;
export type InvoiceInput = z.input<typeof invoiceSchema>;

export const paymentSchema = z.object({
  date: isoDate,
  invoiceNumber: z.string().trim().optional(),
  customerNumber: z.string().trim().optional(),
  /** Received money is positive; a refund or reversal is negative. */
  amount: cents,
  method: z.string().trim().optional(),
  /** Bank reference or statement text. */
  reference: z.string().optional(),
  /** Stable id of an imported bank entry, so importing the same statement twice adds nothing. */
  importId: z.string().optional(),
  note: z.string().optional(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const contactChannelSchema = z.enum(['email', 'phone', 'letter', 'meeting', 'other']);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const contactEntrySchema = z.object({
  date: isoDate,
  customerNumber: text,
  invoiceNumber: z.string().trim().optional(),
  channel: contactChannelSchema,
  /** The dunning step this contact was, when it was one (a DunningStepConfig id). */
  ladderStep: z.string().trim().optional(),
  summary: z.string().default(''),
  followUpDate: isoDate.optional(),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;

export const instalmentSchema = z.object({
  dueDate: isoDate,
  amount: cents.refine((v) => v > 0, 'must be positive'),
});
export type Instalment = z.infer<typeof instalmentSchema>;

/** A payment plan for one invoice. Payments on the invoice count towards the instalments in order. */
export const arrangementSchema = z.object({
  invoiceNumber: text,
  agreedOn: isoDate,
  instalments: z.array(instalmentSchema).min(1),
  cancelledOn: isoDate.optional(),
  note: z.string().optional(),
});
export type Arrangement = z.infer<typeof arrangementSchema>;

export const dunningStepKindSchema = z.enum(['friendly', 'second', 'final', 'collection']);
export type DunningStepKind = z.infer<typeof dunningStepKindSchema>;

export const dunningStepSchema = z.object({
  /** Stable id, also written in the contact log, e.g. "herinnering-1". */
  id: text,
  kind: dunningStepKindSchema,
  /**
   * When this step falls due: for the first step, days after the invoice's due date; for later
   * steps, days after the previous step's new term ran out.
   */
  afterDays: z.number().int().min(0).max(365),
  /** The new, shorter term this message gives, in days (0 for the hand-over to collection). */
  newTermDays: z.number().int().min(0).max(365),
  /** May this step offer a payment plan (when the settings allow plans)? */
  offerPaymentPlan: z.boolean().default(false),
});
export type DunningStep = z.infer<typeof dunningStepSchema>;

export const interestRateSchema = z.object({
  /** 'be-commercial': a Belgian half-year rate (wet van 2 augustus 2002, art. 5); its row covers that half-year only. */
  kind: z.enum(['commercial', 'consumer', 'be-commercial']),
  /** First day the rate applies; it runs until the next row of the same kind. */
  from: isoDate,
  /** Yearly percentage, e.g. 10.15. */
  percent: z.number().min(0).max(100),
  source: z.string().min(1),
});
export type InterestRate = z.infer<typeof interestRateSchema>;

export const settingsSchema = z.object({
  language: languageSchema.default('nl'),
  tone: toneSchema.default('formal'),
  country: z.enum(['NL', 'BE']).default('NL'),
  companyName: z.string().default(''),
  companyIban: z.string().default(''),
  companyEmail: z.string().optional(),
  companyPhone: z.string().optional(),
  /** Sender's name under reminders. */
  senderName: z.string().optional(),
  /** Term in the general terms for business customers; statutory 30 days when absent. */
  businessTermDays: termDays.optional(),
  /**
   * Whether business payment terms over 60 days were expressly agreed (art. 6:119a lid 5 BW).
   * false: such a term counts as 60 days; absent or true: it stands, with a warning (the later day).
   */
  businessTermsExpresslyAgreed: z.boolean().optional(),
  /** Term for consumers when nothing else is agreed. */
  consumerTermDays: termDays.default(14),
  /** The dunning ladder; the default ladder when absent or empty. */
  ladder: z.array(dunningStepSchema).optional(),
  allowPaymentPlans: z.boolean().default(true),
  chargeInterest: z.boolean().default(false),
  chargeCollectionCosts: z.boolean().default(false),
  /** The creditor cannot reclaim VAT, so collection costs carry 21% VAT. */
  collectionCostsVat: z.boolean().default(false),
  /** Rates the user added; merged over the built-in table. */
  extraInterestRates: z.array(interestRateSchema).default([]),
  /** Reminder text overrides, keyed "<stepId>.<language>.<tone>.subject|body". */
  templates: z.record(z.string(), z.string()).default({}),
  /** Date of the last bank statement import, for the weekly nudge. */
  lastBankImport: isoDate.optional(),
  /** Language of the task pane; absent: follow Office's display language. */
  uiLanguage: languageSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** The whole client file: what the workbook holds, parsed. */
export interface Ledger {
  customers: Customer[];
  invoices: Invoice[];
  payments: Payment[];
  contacts: ContactEntry[];
  arrangements: Arrangement[];
  settings: Settings;
}

/** Settings with every default filled in; a bad override is a DomainError naming its field. */
export function defaultSettings(overrides: SettingsInput = {}): Settings {
  const parsed = settingsSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new DomainError('invalid-input', issue?.message ?? 'invalid settings', {
      path: field ? `settings.${field}` : 'settings',
      value: overrides,
    });
  }
  return parsed.data;
}
