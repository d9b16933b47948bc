/** The invoice lines, payment reference and claim scope of a reminder. */
import type { Language } from '../model';
import { formatEuro } from '../money';
import { formatList, formatShortDate } from './format';
import type { Phrases } from './templates';
import type { PhraseFn, ReminderClaim, ReminderInvoice } from './types';

export function invoiceTable(
  invoices: ReminderInvoice[],
  phrases: Phrases,
  language: Language,
  total: string,
  phrase: PhraseFn,
): string {
  const mixed = new Set(invoices.map((i) => i.stage ?? '')).size > 1;
  const lines = invoices.map((inv) => {
    const base = phrase(
      phrases.invoiceLine,
      {
        number: inv.number.trim(),
        invoiceDate: formatShortDate(inv.invoiceDate, language),
        dueDate: formatShortDate(inv.dueDate, language),
        open: formatEuro(inv.openCents, language),
      },
      'invoiceLine',
    );
    const line =
      mixed && inv.stage
        ? base +
          phrase(
            phrases.invoiceLineStage,
            { stage: stageLabel(inv, phrases, language, phrase) },
            'invoiceLineStage',
          )
        : base;
    const ref = inv.paymentReference?.trim();
    return ref
      ? line + phrase(phrases.invoiceLineReference, { reference: ref }, 'invoiceLineReference')
      : line;
  });
  return [...lines, '', phrase(phrases.totalLine, { total }, 'totalLine')].join('\n');
}

function stageLabel(inv: ReminderInvoice, p: Phrases, language: Language, phrase: PhraseFn): string {
  switch (inv.stage) {
    case 'friendly':
      return p.stageFriendly;
    case 'second':
      return p.stageSecond;
    case 'final':
      return p.stageFinal;
    case 'collection':
      return p.stageCollection;
    case 'reminded':
      return inv.remindedOn
        ? phrase(p.stageReminded, { date: formatShortDate(inv.remindedOn, language) }, 'stageReminded')
        : p.stageOverdue;
    default:
      return p.stageOverdue;
  }
}

/** The claim's invoices, when the letter lists more than those: the legal paragraph names them. */
export function claimCovers(
  claim: ReminderClaim | undefined,
  invoices: readonly ReminderInvoice[],
  language: Language,
): string | undefined {
  const covered = claim?.invoiceNumbers;
  if (!covered || covered.length === 0) return undefined;
  const listed = new Set(invoices.map((i) => i.number));
  if (covered.length >= listed.size && covered.every((n) => listed.has(n))) return undefined;
  return formatList([...covered], language);
}

export function paymentReference(
  invoices: ReminderInvoice[],
  phrases: Phrases,
  language: Language,
  phrase: PhraseFn,
): string {
  const only = invoices.length === 1 ? invoices[0] : undefined;
  if (only) {
    const ref = only.paymentReference?.trim();
    return ref
      ? phrase(phrases.referenceOne, { reference: ref }, 'referenceOne')
      : phrase(phrases.referenceInvoiceNumber, { number: only.number.trim() }, 'referenceInvoiceNumber');
  }
  if (invoices.some((i) => i.paymentReference?.trim())) return phrases.referencePerInvoice;
  return phrase(
    phrases.referenceInvoiceNumbers,
    {
      numbers: formatList(
        invoices.map((i) => i.number.trim()),
        language,
      ),
    },
    'referenceInvoiceNumbers',
  );
}
