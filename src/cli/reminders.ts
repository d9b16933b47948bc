/**
 * Today's reminder drafts as .eml files: the core's todaysRemindersReport (the ladder, the law and
 * the texts), one message per customer listing every overdue invoice at its own stage. The file
 * name is stable per customer, leading step and day, so running twice overwrites rather than
 * duplicates. A draft that cannot be made (no IBAN in the settings, a rate the table lacks) is
 * reported for that customer only, not written; every other customer's draft still is.
 *
 * Each draft carries the payment QR (EPC069-12) of its total as an inline image. The invoices go
 * with it only when every one of them has its PDF in the settings' invoice folder: only then does
 * the text say a copy is attached.
 */
import { todaysRemindersReport } from '../domain/actions';
import { letterContent, letterKind, type LetterContent } from '../domain/letters';
import type { IsoDate } from '../domain/dates';
import type { Ledger } from '../domain/model';
import { reminderQr } from '../domain/payment/reminderQr';
import { draftReminder, type DraftReminderInput, type ReminderDraft } from '../domain/reminders';
import { buildEml, emlParties } from './eml';
import type { EmlAttachment, EmlInlineImage } from './emlParts';
import { qrGif } from './qrImage';
import { QR_CAPTION, noQrLine } from './qrText';

export interface ReminderFile {
  fileName: string;
  customerNumber: string;
  stepId: string;
  /** Empty when the customer has no e-mail address: the draft is written without a recipient. */
  to: string;
  eml: string;
  warnings: string[];
  /** The invoice files that go with it (empty when not every invoice had one). */
  attached: string[];
  /** With `letters`: the letter on paper for this message, when its step asks for one and the address allows it. */
  letter?: { fileName: string; content: LetterContent };
}

/** `remind --pdf`: letters for the 14-day letters and final notices; `--pdf=all`: for every message. */
export type LetterChoice = 'letters' | 'all';

export interface ReminderFailure {
  customerNumber: string;
  /** The message's leading step; empty when the failure is one invoice the plan could not judge. */
  stepId: string;
  /** Set when the failure concerns one invoice (the rest of the customer's message may stand). */
  invoiceNumber?: string;
  /** The core's error code and field path, by which the CLI words `why` in the workbook's language. */
  code: string;
  path?: string;
  /** The core's own message (English). */
  why: string;
}

export interface ReminderFileOptions {
  /**
   * The PDF of an invoice, when the settings name an invoice folder and the file is there. The
   * caller reads the disk; this module decides what goes with which message.
   */
  invoiceFile?: (invoiceNumber: string) => { fileName: string; data: Uint8Array } | undefined;
  letters?: LetterChoice;
}

const ADDRESS_HEADERS = {
  nl: { street: 'Adres', postcode: 'Postcode', city: 'Plaats' },
  en: { street: 'Address', postcode: 'Postcode', city: 'City' },
} as const;

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
}

/** Every invoice's file, or none: a message that attaches some of its invoices would say it attached them all. */
function invoiceAttachments(
  input: DraftReminderInput,
  options: ReminderFileOptions,
): { files: EmlAttachment[]; missing: string[] } {
  if (!options.invoiceFile) return { files: [], missing: [] };
  const found = input.invoices.map((i) => ({ number: i.number, file: options.invoiceFile?.(i.number) }));
  const missing = found.filter((f) => !f.file).map((f) => f.number);
  if (missing.length) return { files: [], missing };
  return {
    files: found.flatMap((f) =>
      f.file ? [{ fileName: f.file.fileName, contentType: 'application/pdf', data: f.file.data }] : [],
    ),
    missing,
  };
}

function paymentQrImage(
  input: DraftReminderInput,
  draft: ReminderDraft,
  customerNumber: string,
  settings: Ledger['settings'],
): { image?: EmlInlineImage; warning?: string } {
  const qr = reminderQr({ settings, customerNumber, invoices: input.invoices, language: draft.language });
  if (!qr.ok) return { warning: noQrLine(qr.problem.code, draft.language) };
  return {
    image: {
      contentId: `betaal-qr.${safeName(customerNumber)}@klant-inzicht.invalid`,
      contentType: 'image/gif',
      data: qrGif(qr.payload),
      fileName: draft.language === 'nl' ? 'betaal-qr.gif' : 'payment-qr.gif',
      ...QR_CAPTION[draft.language],
    },
  };
}

/** `ledger` as loadLedger gives it: customers already include stand-ins for unknown numbers. */
export function reminderFiles(
  ledger: Ledger,
  today: IsoDate,
  options: ReminderFileOptions = {},
): { files: ReminderFile[]; failures: ReminderFailure[] } {
  const files: ReminderFile[] = [];
  const failures: ReminderFailure[] = [];
  const report = todaysRemindersReport(ledger, today);
  for (const f of report.failures) {
    failures.push({
      customerNumber: f.customerNumber,
      stepId: '',
      invoiceNumber: f.invoiceNumber,
      code: f.error.code,
      ...(f.error.where.path ? { path: f.error.where.path } : {}),
      why: f.error.message,
    });
  }
  for (const { group, input, draft: plain, error } of report.actions) {
    if (!plain || !input) {
      failures.push({
        customerNumber: group.customerNumber,
        stepId: group.step.id,
        code: error?.code ?? 'unsupported',
        ...(error?.where.path ? { path: error.where.path } : {}),
        why: error?.message ?? 'no draft',
      });
      continue;
    }
    const attachments = invoiceAttachments(input, options);
    const draft = attachments.files.length ? draftReminder({ ...input, attachInvoices: true }) : plain;
    const qr = paymentQrImage(input, draft, group.customerNumber, ledger.settings);
    const address = group.customer.email?.trim() ?? '';
    const eml = buildEml({
      ...emlParties(ledger.settings, group.customer),
      subject: draft.subject,
      body: draft.body,
      date: today,
      messageId: `${today}.${group.customerNumber}.${group.step.id}@klant-inzicht.invalid`,
      ...(qr.image ? { inlineImage: qr.image } : {}),
      attachments: attachments.files,
    });
    const missingLine = attachments.missing.length
      ? draft.language === 'nl'
        ? `facturen niet meegestuurd: geen pdf in de factuurmap voor ${attachments.missing.join(', ')}`
        : `invoices not attached: no PDF in the invoice folder for ${attachments.missing.join(', ')}`
      : undefined;
    const letter = options.letters
      ? reminderLetter(ledger, today, options.letters, { group, input, draft: plain })
      : undefined;
    const baseName = `${today}_${safeName(group.customerNumber)}_${safeName(group.step.id)}`;
    files.push({
      fileName: `${baseName}.eml`,
      customerNumber: group.customerNumber,
      stepId: group.step.id,
      to: address,
      eml,
      warnings: [
        ...draft.warnings.map((w) => w.message),
        ...(qr.warning ? [qr.warning] : []),
        ...(missingLine ? [missingLine] : []),
        ...(letter && 'warning' in letter ? [letter.warning] : []),
      ],
      attached: attachments.files.map((f) => f.fileName),
      ...(letter && 'content' in letter
        ? { letter: { fileName: `${baseName}.pdf`, content: letter.content } }
        : {}),
    });
  }
  return { files, failures };
}

/**
 * The letter of one message, when its step calls for paper: the same draft as the e-mail without
 * the attachment line (nothing is attached to a letter). No address in Klanten: a warning instead.
 */
function reminderLetter(
  ledger: Ledger,
  today: IsoDate,
  choice: LetterChoice,
  {
    group,
    input,
    draft,
  }: { group: { customerNumber: string }; input: DraftReminderInput; draft: ReminderDraft },
): { content: LetterContent } | { warning: string } | undefined {
  if (choice === 'letters' && letterKind(input) === 'reminder') return undefined;
  const customer = ledger.customers.find((c) => c.number === group.customerNumber);
  if (!customer) return undefined;
  const content = letterContent({ input, draft, customer, settings: ledger.settings, today });
  if (content.address.missing.length === 0) return { content };
  const language = draft.language;
  const headers = content.address.missing.map((f) => ADDRESS_HEADERS[language][f]).join(', ');
  return {
    warning:
      language === 'nl'
        ? `geen brief: Klanten, klant ${customer.number}: ${headers} leeg`
        : `no letter: Customers, customer ${customer.number}: ${headers} empty`,
  };
}
