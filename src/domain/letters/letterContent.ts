/**
 * What a letter on paper says and where each part goes, from the reminder the e-mail would carry:
 * the same rendered text (so the legal wording exists once, in the reminder templates), with the
 * invoice list as a table that adds the days overdue, the letterhead, the window's address block,
 * place and date, the subject line and the payment QR. Pure: the PDF module only lays it out.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { Customer, Language, Settings, Tone } from '../model';
import { formatEuro, sumCents, type Cents } from '../money';
import type { EpcProblemCode } from '../payment/epcQr';
import { reminderQr } from '../payment/reminderQr';
import { formatLongDate, formatShortDate, signatureOf } from '../reminders/format';
import { checkInvoices } from '../reminders/inputChecks';
import { invoiceTable } from '../reminders/invoiceLines';
import { renderTemplate } from '../reminders/render';
import { PHRASES } from '../reminders/templates';
import type { DraftReminderInput, ReminderDraft } from '../reminders/types';
import { addressBlock, type AddressBlock } from './address';
import { LETTER_LABELS, type LetterLabels } from './labels';
import { letterhead, type Letterhead } from './letterhead';

/** The 14-day letter of art. 6:96 lid 6 BW, another final notice, or an earlier reminder. */
export type LetterKind = 'fourteen-day-letter' | 'final-notice' | 'reminder';

interface LetterInvoiceRow {
  number: string;
  invoiceDate: string;
  dueDate: string;
  daysOverdue: number;
  open: string;
  openCents: Cents;
}

export interface LetterContent {
  kind: LetterKind;
  language: Language;
  tone: Tone;
  labels: LetterLabels;
  letterhead: Letterhead;
  address: AddressBlock;
  /** "Utrecht, 1 december 2026", or the date alone when the settings name no city. */
  placeAndDate: string;
  subject: string;
  customerNumber: string;
  /** Paragraphs before the invoice table (salutation, opening), each with its own line breaks. */
  before: string[];
  invoices: LetterInvoiceRow[];
  total: string;
  totalCents: Cents;
  /** Paragraphs after the table, up to and including the closing ("Met vriendelijke groet,"). */
  after: string[];
  /** Under the space for a handwritten signature: the sender, and the company when it differs. */
  signature: string[];
  qr: { payload: string } | { problem: EpcProblemCode };
}

export interface LetterInput {
  /** What the reminder was drafted from, and the draft itself (draftReminder's result). */
  input: DraftReminderInput;
  draft: ReminderDraft;
  /** The whole customer record: the address lives there. */
  customer: Customer;
  settings: Settings;
  today: IsoDate;
}

export function letterKind(
  input: Pick<DraftReminderInput, 'step' | 'customer' | 'claim' | 'settings'>,
): LetterKind {
  if (input.step.kind !== 'final') return 'reminder';
  const costs = input.claim ? input.claim.costsCents + input.claim.costsVatCents : 0;
  const statutory = input.customer.kind === 'consumer' && costs > 0 && input.settings.country !== 'BE';
  return statutory ? 'fourteen-day-letter' : 'final-notice';
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The invoice table exactly as the drafter rendered it into the body, to find it there. */
function renderedTable(invoices: DraftReminderInput['invoices'], draft: ReminderDraft): string {
  const phrase = (text: string, values: Record<string, string>, name: string) =>
    renderTemplate(text, values, `phrase:${name}.${draft.language}.${draft.tone}`, {
      allowed: Object.keys(values),
    }).text;
  return invoiceTable(
    checkInvoices(invoices, draft.language),
    PHRASES[draft.language][draft.tone],
    draft.language,
    formatEuro(draft.totalOpenCents, draft.language),
    phrase,
  );
}

export function letterContent({ input, draft, customer, settings, today }: LetterInput): LetterContent {
  const language = draft.language;
  const labels = LETTER_LABELS[language];
  const sorted = checkInvoices(input.invoices, language);
  let body = draft.body;
  const signatureText = signatureOf(settings);
  if (signatureText && body.endsWith(signatureText)) body = body.slice(0, -signatureText.length).trimEnd();
  const table = renderedTable(sorted, draft);
  const at = body.indexOf(table);
  const before = at >= 0 ? body.slice(0, at) : body;
  const after = at >= 0 ? body.slice(at + table.length) : '';
  const city = settings.companyCity?.trim();
  const date = formatLongDate(today, language, 'today');
  const qr = reminderQr({ settings, customerNumber: customer.number, invoices: sorted, language });
  const sender = settings.senderName?.trim() || settings.companyName.trim();
  const company = settings.companyName.trim();
  const totalCents = sumCents(sorted.map((i) => i.openCents));
  return {
    kind: letterKind(input),
    language,
    tone: draft.tone,
    labels,
    letterhead: letterhead(settings, language),
    address: addressBlock(customer, settings.country, language),
    placeAndDate: city ? `${city}, ${date}` : date,
    subject: draft.subject,
    customerNumber: customer.number.trim(),
    before: paragraphs(before),
    invoices: sorted.map((i) => ({
      number: i.number.trim(),
      invoiceDate: formatShortDate(i.invoiceDate, language),
      dueDate: formatShortDate(i.dueDate, language),
      daysOverdue: Math.max(0, daysBetween(i.dueDate, today)),
      open: formatEuro(i.openCents, language),
      openCents: i.openCents,
    })),
    total: formatEuro(totalCents, language),
    totalCents,
    after: paragraphs(after),
    signature: [sender, company && company !== sender ? company : ''].filter(Boolean),
    qr: qr.ok ? { payload: qr.payload } : { problem: qr.problem.code },
  };
}
