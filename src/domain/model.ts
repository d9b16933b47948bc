/**
 * The records of a client file, as zod schemas. The workbook codec turns cells into these; every
 * other core module takes them already parsed. Money is integer cents (branded Cents), dates are 'YYYY-MM-DD' (branded IsoDate).
 *
 * zod/mini rather than zod: the same checks and issues with a functional API that tree-shakes, so
 * the pane's first download carries only the validators these schemas use. Its messages come from
 * zod's English locale, configured once here, as zod itself does.
 */
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import { isIsoDate } from './dates';
import { DomainError } from './errors';

z.config(en());

// Branded on the way out only: z.input stays a plain string and number, so callers may pass them.
export const isoDateSchema = z
  .string()
  .check(z.refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' }))
  .brand<'IsoDate'>();
export const centsSchema = z
  .int()
  .check(z.refine(Number.isSafeInteger, { message: 'amount out of range' }))
  .brand<'Cents'>();
const text = z.string().check(z.trim(), z.minLength(1));
const trimmed = z.string().check(z.trim());
const termDays = z.int().check(z.minimum(0), z.maximum(365));

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
  contactName: z.optional(trimmed),
  email: z.optional(trimmed),
  phone: z.optional(trimmed),
  kind: customerKindSchema,
  /** The payment term agreed with this customer, in days. */
  paymentTermDays: z.optional(termDays),
  segment: z.optional(trimmed),
  /** Large company (not an SME): since 1 July 2022 it must pay an SME within 30 days. */
  largeCompany: z.optional(z.boolean()),
  ibans: z._default(z.array(z.string()), []),
  /** Language of this customer's reminders; the settings' language when absent. */
  language: z.optional(languageSchema),
  notes: z.optional(z.string()),
  /** What this customer may have open at most, incl. VAT (optional; the pane warns, never blocks). */
  creditLimit: z.optional(centsSchema.check(z.minimum(0))),
  // The postal address a letter goes to (optional columns: read when the person keeps them).
  /** Street and house number, as typed ("Dorpsstraat 12a"). */
  street: z.optional(trimmed),
  postcode: z.optional(trimmed),
  city: z.optional(trimmed),
  /** The country as the person writes it; a letter names it only when it is not the trader's own. */
  country: z.optional(trimmed),
});
export type Customer = z.infer<typeof customerSchema>;
export type CustomerInput = z.input<typeof customerSchema>;

export const invoiceSchema = z.object({
  number: text,
  customerNumber: text,
  invoiceDate: isoDateSchema,
  deliveryDate: z.optional(isoDateSchema),
  description: z.optional(z.string()),
  product: z.optional(trimmed),
  /** Negative for a credit note. */
  amountExclVat: centsSchema,
  /** What the customer owes: negative for a credit note. */
  amountInclVat: centsSchema,
  /** The term agreed for this invoice, in days; overrides the customer's. */
  paymentTermDays: z.optional(termDays),
  /** An explicit due date: wins over every term. */
  dueDate: z.optional(isoDateSchema),
  /** Structured payment reference printed on the invoice (betalingskenmerk, +++…+++, RF…). */
  paymentReference: z.optional(trimmed),
  /** For a credit note: the invoice it credits. */
  creditsInvoice: z.optional(trimmed),
  disputedSince: z.optional(isoDateSchema),
  disputeNote: z.optional(z.string()),
  disputeResolvedOn: z.optional(isoDateSchema),
  writtenOffOn: z.optional(isoDateSchema),
});
export type Invoice = z.infer<typeof invoiceSchema>;
export type InvoiceInput = z.input<typeof invoiceSchema>;

export const paymentSchema = z.object({
  date: isoDateSchema,
  invoiceNumber: z.optional(trimmed),
  customerNumber: z.optional(trimmed),
  /** Received money is positive; a refund or reversal is negative. */
  amount: centsSchema,
  method: z.optional(trimmed),
  /** Bank reference or statement text. */
  reference: z.optional(z.string()),
  /** Stable id of an imported bank entry, so importing the same statement twice adds nothing. */
  importId: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Payment = z.infer<typeof paymentSchema>;

// WhatsApp and SMS: the free channels the reminder view offers (their receipt follows the letter's rule).
export const contactChannelSchema = z.enum([
  'email',
  'phone',
  'letter',
  'meeting',
  'other',
  'whatsapp',
  'sms',
]);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

export const contactEntrySchema = z.object({
  date: isoDateSchema,
  customerNumber: text,
  invoiceNumber: z.optional(trimmed),
  channel: contactChannelSchema,
  /** The dunning step this contact was, when it was one (a DunningStepConfig id). */
  ladderStep: z.optional(trimmed),
  summary: z._default(z.string(), ''),
  followUpDate: z.optional(isoDateSchema),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;

export const instalmentSchema = z.object({
  dueDate: isoDateSchema,
  amount: centsSchema.check(z.refine((v) => v > 0, 'must be positive')),
});
export type Instalment = z.infer<typeof instalmentSchema>;

/** A payment plan for one invoice. Payments on the invoice count towards the instalments in order. */
export const arrangementSchema = z.object({
  invoiceNumber: text,
  agreedOn: isoDateSchema,
  instalments: z.array(instalmentSchema).check(z.minLength(1)),
  cancelledOn: z.optional(isoDateSchema),
  note: z.optional(z.string()),
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
  afterDays: z.int().check(z.minimum(0), z.maximum(365)),
  /** The new, shorter term this message gives, in days (0 for the hand-over to collection). */
  newTermDays: z.int().check(z.minimum(0), z.maximum(365)),
  /** May this step offer a payment plan (when the settings allow plans)? */
  offerPaymentPlan: z._default(z.boolean(), false),
  /** How this step is best carried out (Vandaag suggests it); absent: the usual e-mail or letter. */
  channel: z.optional(z.enum(['email', 'letter', 'phone', 'whatsapp', 'sms', 'statement'])),
});
export type DunningStep = z.infer<typeof dunningStepSchema>;
export type StepChannel = NonNullable<DunningStep['channel']>;

export const interestRateSchema = z.object({
  /** 'be-commercial': a Belgian half-year rate (wet van 2 augustus 2002, art. 5); its row covers that half-year only. */
  kind: z.enum(['commercial', 'consumer', 'be-commercial']),
  /** First day the rate applies; it runs until the next row of the same kind. */
  from: isoDateSchema,
  /** Yearly percentage, e.g. 10.15. */
  percent: z.number().check(z.minimum(0), z.maximum(100)),
  source: z.string().check(z.minLength(1)),
});
export type InterestRate = z.infer<typeof interestRateSchema>;

export const settingsSchema = z.object({
  language: z._default(languageSchema, 'nl'),
  tone: z._default(toneSchema, 'formal'),
  country: z._default(z.enum(['NL', 'BE']), 'NL'),
  /**
   * The creditor's Belgian enterprise number (KBO/BCE), which the first reminder to a Belgian
   * consumer names (Boek XIX WER); shown as typed, or as 0123.456.789 when it has ten digits.
   */
  enterpriseNumber: z.optional(z.string()),
  companyName: z._default(z.string(), ''),
  companyIban: z._default(z.string(), ''),
  companyEmail: z.optional(z.string()),
  companyPhone: z.optional(z.string()),
  /** Sender's name under reminders. */
  senderName: z.optional(z.string()),
  /** Term in the general terms for business customers; statutory 30 days when absent. */
  businessTermDays: z.optional(termDays),
  /**
   * Whether business payment terms over 60 days were expressly agreed (art. 6:119a lid 5 BW).
   * false: such a term counts as 60 days; absent or true: it stands, with a warning (the later day).
   */
  businessTermsExpresslyAgreed: z.optional(z.boolean()),
  /** Term for consumers when nothing else is agreed. */
  consumerTermDays: z._default(termDays, 14),
  /** The dunning ladder; the default ladder when absent or empty. */
  ladder: z.optional(z.array(dunningStepSchema)),
  allowPaymentPlans: z._default(z.boolean(), true),
  chargeInterest: z._default(z.boolean(), false),
  chargeCollectionCosts: z._default(z.boolean(), false),
  /** The creditor cannot reclaim VAT, so collection costs carry 21% VAT. */
  collectionCostsVat: z._default(z.boolean(), false),
  /** Rates the user added; merged over the built-in table. */
  extraInterestRates: z._default(z.array(interestRateSchema), []),
  /** Reminder text overrides, keyed "<stepId>.<language>.<tone>.subject|body". */
  templates: z._default(z.record(z.string(), z.string()), {}),
  /** Date of the last bank statement import, for the weekly nudge. */
  lastBankImport: z.optional(isoDateSchema),
  /** Language of the task pane; absent: follow Office's display language. */
  uiLanguage: z.optional(languageSchema),
  // Getting paid sooner (payment QR, attachments, thank-you notes).
  /** The BIC of companyIban: optional in the payment QR inside the EEA (EPC069-12 version 002). */
  companyBic: z.optional(trimmed),
  /** Folder holding the invoice PDFs as "<invoice number>.pdf": `remind` attaches them when all are there. */
  invoiceFolder: z.optional(trimmed),
  /** Draft a short thank-you for a customer who paid on time after paying late before. */
  thankYouNotes: z._default(z.boolean(), false),
  /** A customer above this share of the 12-month revenue, in percent, is marked in the dependency chart. */
  dependencyThresholdPercent: z._default(z.int().check(z.minimum(1), z.maximum(100)), 70),
  // The letterhead of a letter on paper (with companyName, companyPhone/Email and enterpriseNumber).
  /** Street and house number of the business address. */
  companyStreet: z.optional(trimmed),
  companyPostcode: z.optional(trimmed),
  companyCity: z.optional(trimmed),
  /** VAT identification number (btw-id), printed as typed. */
  vatNumber: z.optional(trimmed),
  companyWebsite: z.optional(trimmed),
  /**
   * Segments by behaviour, in the table's order (the first whose rule matches a customer wins):
   * a name, a readable rule (as typed; src/domain/segments parses it) and optionally a ladder of
   * their own. Absent: no segments, every customer on `ladder`.
   */
  segments: z.optional(
    z.array(z.object({ name: text, rule: z.string(), ladder: z.optional(z.array(dunningStepSchema)) })),
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
/** One segment as the settings hold it: its rule still the text a person typed. */
export type SegmentSetting = NonNullable<Settings['segments']>[number];

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
