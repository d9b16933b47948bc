/** Texts of the reminder view's free channels (WhatsApp, SMS, a call), both languages; loaded with that view. */
import type { Language } from '../../domain/model';
import type { PhoneProblem } from '../../domain/payment/phone';

export interface ChannelMessages {
  title: string;
  help: string;
  whatsapp: string;
  openWhatsApp: (number: string) => string;
  phoneProblem: Record<PhoneProblem, string>;
  sms: string;
  smsSize: (segments: number, units: number, gsm: boolean) => string;
  smsCompact: string;
  call: string;
  copy: string;
  copied: string;
  copyFailed: string;
  markDone: string;
  done: (customer: string, channel: string) => string;
}

const nl: ChannelMessages = {
  title: 'Andere kanalen',
  help: 'Kopieer of open een bericht en verstuur het zelf; markeer het daarna als gedaan. Er wordt niets voor u verstuurd.',
  whatsapp: 'WhatsApp',
  openWhatsApp: (n) => `Openen in WhatsApp (+${n})`,
  phoneProblem: {
    missing: 'Geen telefoonnummer bij deze klant: vul het in op Klanten voor een WhatsApp-link.',
    invalid:
      'Het telefoonnummer van deze klant is niet bruikbaar voor WhatsApp (schrijf het als 06… of +31…).',
  },
  sms: 'Sms',
  smsSize: (s, u, gsm) =>
    `${s === 1 ? '1 sms' : `${s} sms'en`} (${u} ${gsm ? 'tekens' : 'tekens, met speciale tekens: 70 per sms'})`,
  smsCompact: 'Ingekort tot de kern, zodat het in twee sms’en past.',
  call: 'Belscript',
  copy: 'Kopiëren',
  copied: 'Gekopieerd.',
  copyFailed: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf.',
  markDone: 'Markeer als gedaan',
  done: (c, ch) => `Vastgelegd: herinnering aan ${c} via ${ch}.`,
};

const en: ChannelMessages = {
  title: 'Other channels',
  help: 'Copy or open a message and send it yourself; then mark it as done. Nothing is sent for you.',
  whatsapp: 'WhatsApp',
  openWhatsApp: (n) => `Open in WhatsApp (+${n})`,
  phoneProblem: {
    missing: 'No phone number for this customer: add it in Customers for a WhatsApp link.',
    invalid: 'This customer’s phone number cannot be used for WhatsApp (write it as 06… or +31…).',
  },
  sms: 'SMS',
  smsSize: (s, u, gsm) =>
    `${s === 1 ? '1 SMS' : `${s} SMS`} (${u} ${gsm ? 'characters' : 'characters; with special characters 70 fit one SMS'})`,
  smsCompact: 'Shortened to the essentials so it fits two SMS.',
  call: 'Call script',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copying failed: select the text and copy it yourself.',
  markDone: 'Mark as done',
  done: (c, ch) => `Logged: reminder to ${c} by ${ch}.`,
};

export const CHANNEL_TEXT: Record<Language, ChannelMessages> = { nl, en };
