/**
 * Thank-you notes: good behaviour noticed. A customer qualifies when an invoice was paid in full on
 * or before its due date within the last `withinDays` days, after at least one earlier invoice of
 * theirs was paid late (settled after its due date) or is still open past it. Only when the
 * settings ask for it (thankYouNotes, off by default); a customer already thanked since that
 * payment (a contact entry on or after it whose summary starts with the note's subject) is left out.
 */
import { addDays, type IsoDate } from '../dates';
import { indexLedger, settle } from '../ledger';
import type { Customer, Language, Ledger, Tone } from '../model';
import { dueDateOf } from '../terms';
import { formatList } from '../reminders/format';

export interface ThankYouCandidate {
  customer: Customer;
  /** The invoices paid on time in the window. */
  invoiceNumbers: string[];
  paidOn: IsoDate;
}

export function thankYouCandidates(ledger: Ledger, today: IsoDate, withinDays = 14): ThankYouCandidate[] {
  if (!ledger.settings.thankYouNotes) return [];
  const index = indexLedger(ledger);
  const from = addDays(today, -withinDays);
  const out: ThankYouCandidate[] = [];
  for (const customer of ledger.customers) {
    const invoices = (index.invoicesByCustomer.get(customer.number) ?? []).filter((i) => i.amountInclVat > 0);
    const facts = invoices.map((invoice) => {
      const due = dueDateOf(invoice, customer, ledger.settings);
      const s = settle(invoice, index, today);
      return { invoice, due, settledOn: s.settledOn };
    });
    const onTime = facts.filter(
      (f) => f.settledOn !== undefined && f.settledOn <= f.due && f.settledOn > from && f.settledOn <= today,
    );
    if (onTime.length === 0) continue;
    const paidOn = onTime.map((f) => f.settledOn as IsoDate).sort()[0] as IsoDate;
    const lateBefore = facts.some(
      (f) =>
        f.due < paidOn &&
        (f.settledOn === undefined ? f.due < today : f.settledOn > f.due && f.settledOn <= paidOn),
    );
    if (!lateBefore) continue;
    const thanked = (index.contactsByCustomer.get(customer.number) ?? []).some(
      (c) => c.date >= paidOn && THANKS_MARK.some((m) => c.summary.startsWith(m)),
    );
    if (thanked) continue;
    out.push({ customer, invoiceNumbers: onTime.map((f) => f.invoice.number), paidOn });
  }
  return out;
}

const SUBJECT: Record<Language, string> = {
  nl: 'Bedankt voor uw betaling',
  en: 'Thank you for your payment',
};
const SUBJECT_INFORMAL: Record<Language, string> = {
  nl: 'Bedankt voor je betaling',
  en: 'Thanks for your payment',
};
/** How a logged thank-you is recognised: the subject it is logged with. */
const THANKS_MARK = [...Object.values(SUBJECT), ...Object.values(SUBJECT_INFORMAL)];

export function thankYouDraft(
  candidate: ThankYouCandidate,
  language: Language,
  tone: Tone,
  signature: string,
): { subject: string; body: string } {
  const contact = candidate.customer.contactName?.trim();
  const invoices = formatList(candidate.invoiceNumbers, language);
  const one = candidate.invoiceNumbers.length === 1;
  const subject = (tone === 'formal' ? SUBJECT : SUBJECT_INFORMAL)[language];
  const body =
    language === 'nl'
      ? [
          contact ? `Beste ${contact},` : tone === 'formal' ? 'Geachte heer/mevrouw,' : 'Hallo,',
          '',
          `Ik zag dat ${one ? 'factuur' : 'de facturen'} ${invoices} op tijd ${one ? 'is' : 'zijn'} betaald. Hartelijk dank daarvoor: dat waardeer ik echt.`,
          '',
          tone === 'formal' ? 'Met vriendelijke groet,' : 'Groet,',
          '',
          signature,
        ]
      : [
          contact
            ? `${tone === 'formal' ? 'Dear' : 'Hi'} ${contact},`
            : tone === 'formal'
              ? 'Dear Sir or Madam,'
              : 'Hello,',
          '',
          `I noticed that ${one ? 'invoice' : 'invoices'} ${invoices} ${one ? 'was' : 'were'} paid on time. Thank you: I really appreciate it.`,
          '',
          tone === 'formal' ? 'Kind regards,' : 'Best wishes,',
          '',
          signature,
        ];
  return { subject, body: body.join('\n').trim() };
}
