/**
 * A reminder for the free channels: a WhatsApp link with a short text, the same text for an SMS
 * with the number of SMS it takes (a compact one when the short one takes more than two), and a
 * call script for the step. Nothing is sent: the person copies or opens each, and logs it as done.
 */
import type { IsoDate } from '../dates';
import { formatEuro, sumCents, type Cents } from '../money';
import type { DunningStepKind, Language, Settings, Tone } from '../model';
import { formatList, formatLongDate, informalName } from '../reminders/format';
import { renderTemplate } from '../reminders/render';
import { CHANNEL_PLACEHOLDERS, CHANNEL_TEMPLATES, type ChannelPart } from './channelTemplates';
import { internationalDigits, whatsappLink, type PhoneProblem } from './phone';
import { smsSize, type SmsSize } from './sms';

export interface ChannelInput {
  step: { id: string; kind: DunningStepKind };
  customer: { name: string; contactName?: string; phone?: string; kind: 'business' | 'consumer' };
  invoices: readonly { number: string; openCents: Cents }[];
  newTermUntil: IsoDate;
  language: Language;
  tone: Tone;
  settings: Pick<Settings, 'companyName' | 'companyIban' | 'templates'> &
    Partial<Pick<Settings, 'senderName' | 'country'>>;
}

export interface ChannelDrafts {
  /** For WhatsApp and the SMS. */
  text: string;
  sms: SmsSize & { text: string; compact: boolean };
  whatsapp: { ok: true; href: string; digits: string } | { ok: false; problem: PhoneProblem };
  callScript: string;
}

const SMS_MAX_SEGMENTS = 2;

function template(input: ChannelInput, part: ChannelPart): { text: string; key: string } {
  const { step, language, tone, settings } = input;
  for (const key of [`${step.id}.${language}.${tone}.${part}`, `${step.kind}.${language}.${tone}.${part}`]) {
    const text = settings.templates?.[key];
    if (typeof text === 'string' && text.trim() !== '') return { text, key };
  }
  return {
    text: CHANNEL_TEMPLATES[language][tone][step.kind][part],
    key: `default ${step.kind}.${language}.${tone}.${part}`,
  };
}

/** Amounts and dates as plain text: a no-break space would make the whole SMS UCS-2 (70 a part). */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

export function channelDrafts(input: ChannelInput): ChannelDrafts {
  const { customer, language, tone, settings } = input;
  const payee = settings.companyName.trim() || settings.senderName?.trim() || '';
  const contact = customer.contactName?.trim() || (customer.kind === 'consumer' ? customer.name.trim() : '');
  const greetingName = tone === 'informal' && contact ? informalName(contact) : contact;
  const greet = {
    nl: { formal: ['Beste', 'Goedendag,'], informal: ['Hoi', 'Hoi,'] },
    en: { formal: ['Dear', 'Hello,'], informal: ['Hi', 'Hi,'] },
  }[language][tone];
  const numbers = input.invoices.map((i) => i.number);
  const invoiceWord =
    language === 'nl'
      ? numbers.length === 1
        ? 'factuur'
        : 'facturen'
      : numbers.length === 1
        ? 'invoice'
        : 'invoices';
  const values: Record<(typeof CHANNEL_PLACEHOLDERS)[number], string> = {
    salutation: greetingName ? `${greet[0]} ${greetingName},` : (greet[1] ?? ''),
    contactName: contact || customer.name.trim(),
    senderName: settings.senderName?.trim() || payee,
    companyName: payee,
    payee,
    iban: settings.companyIban.replace(/\s+/g, ''),
    invoiceLabel: `${invoiceWord} ${formatList(numbers, language)}`,
    totalOpen: plain(formatEuro(sumCents(input.invoices.map((i) => i.openCents)), language)),
    newTermDate: plain(formatLongDate(input.newTermUntil, language, 'newTermUntil')),
    stepName: input.step.kind,
  };
  const render = (part: ChannelPart) => {
    const t = template(input, part);
    return renderTemplate(t.text, values, t.key, { allowed: CHANNEL_PLACEHOLDERS }).text.trim();
  };
  const text = render('short');
  let sms = { ...smsSize(text), text, compact: false };
  if (sms.segments > SMS_MAX_SEGMENTS) {
    const compact = render('compact');
    sms = { ...smsSize(compact), text: compact, compact: true };
  }
  const number = internationalDigits(customer.phone, settings.country ?? 'NL');
  return {
    text,
    sms,
    whatsapp: number.ok
      ? { ok: true, digits: number.digits, href: whatsappLink(number.digits, text) }
      : { ok: false, problem: number.problem },
    callScript: render('call'),
  };
}
