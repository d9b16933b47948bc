/** The drafter's input and output, shared by the modules that build a reminder. */
import type { IsoDate } from '../dates';
import type { Customer, DunningStepKind, Language, Settings, Tone } from '../model';
import type { Cents } from '../money';

export interface ReminderStep {
  id: string;
  kind: DunningStepKind;
  offerPaymentPlan: boolean;
}

export interface ReminderInvoice {
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** What is still open on this invoice today. */
  openCents: Cents;
  paymentReference?: string;
  /**
   * This invoice's own stage in the message: the step due for it today, 'reminded' (an earlier
   * reminder's term still runs; `remindedOn` says when) or 'overdue' (no step yet). Shown per line
   * when the message lists invoices at different stages.
   */
  stage?: ReminderStage;
  remindedOn?: IsoDate;
}

type ReminderStage = DunningStepKind | 'reminded' | 'overdue';

/** Amounts the legal module computed for the final notice or the hand-over. */
export interface ReminderClaim {
  interestCents: Cents;
  /** Extrajudicial collection costs, excluding VAT. */
  costsCents: Cents;
  /** VAT on the costs, when the creditor cannot reclaim it; else 0. */
  costsVatCents: Cents;
  /** The invoices the costs and interest cover, when not every listed invoice (named in the letter). */
  invoiceNumbers?: readonly string[];
}

export type ReminderCustomer = Pick<Customer, 'number' | 'name' | 'kind'> &
  Partial<Pick<Customer, 'contactName' | 'language'>>;

export type ReminderSettings = Pick<
  Settings,
  'language' | 'tone' | 'companyName' | 'companyIban' | 'templates' | 'allowPaymentPlans'
> &
  Partial<
    Pick<
      Settings,
      'senderName' | 'companyEmail' | 'companyPhone' | 'country' | 'chargeCollectionCosts' | 'chargeInterest'
    >
  > &
  Partial<Pick<Settings, 'enterpriseNumber'>>;

export interface DraftReminderInput {
  step: ReminderStep;
  customer: ReminderCustomer;
  /** Every overdue invoice of this customer: one message lists them all. */
  invoices: readonly ReminderInvoice[];
  /** The new, shorter term, as the last day to pay. */
  newTermUntil: IsoDate;
  today: IsoDate;
  settings: ReminderSettings;
  claim?: ReminderClaim;
  language?: Language;
  tone?: Tone;
  /** True only when the invoice files go with the message: the text then says a copy is attached. */
  attachInvoices?: boolean;
}

export type ReminderWarningCode =
  | 'costs-not-stated'
  | 'consumer-term-too-short'
  | 'statutory-wording-missing'
  | 'dutch-law-wording'
  | 'be-first-reminder-wording'
  | 'be-enterprise-number-missing';

export interface ReminderWarning {
  code: ReminderWarningCode;
  message: string;
}

export interface ReminderDraft {
  subject: string;
  /** Plain text with \n line breaks. */
  body: string;
  language: Language;
  tone: Tone;
  placeholdersUsed: string[];
  totalOpenCents: Cents;
  salutation: string;
  /** A few lines to put in a mailto link when the full body would make it too long. */
  shortBody: string;
  /** Where subject and body came from: "settings:<key>" or "default:<kind>.<language>.<tone>". */
  templateSources: { subject: string; body: string };
  /** Things the user should know before sending (never blocks drafting). */
  warnings: ReminderWarning[];
}

export type TemplatePart = 'subject' | 'body';

/** Fills one phrase's own placeholders; `name` locates a broken phrase in the error. */
export type PhraseFn = (text: string, values: Record<string, string>, name: string) => string;
