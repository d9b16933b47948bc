/**
 * The free channels' texts, as data like the e-mail templates: a short message for WhatsApp and
 * SMS (and a compact one when the short one would take more than two SMS), and a call script per
 * step. A consultant overrides any of them in Instellingen with the keys
 * "<step id or kind>.<language>.<tone>.short | compact | call".
 */
import type { DunningStepKind, Language, Tone } from '../model';

export type ChannelPart = 'short' | 'compact' | 'call';

/** Placeholders the channel texts may use. */
export const CHANNEL_PLACEHOLDERS = [
  'salutation',
  'contactName',
  'senderName',
  'companyName',
  'payee',
  'iban',
  'invoiceLabel',
  'totalOpen',
  'newTermDate',
  'stepName',
] as const;

type Texts = Record<ChannelPart, string>;
type PerKind = Record<DunningStepKind, Texts>;

function nlTexts(u: boolean): PerKind {
  const you = u ? 'u' : 'je';
  const short = (lead: string) =>
    `{{salutation}} ${lead}: volgens mijn administratie staat {{invoiceLabel}} nog open, samen {{totalOpen}}. ${
      u ? 'Wilt u' : 'Wil je'
    } dit uiterlijk {{newTermDate}} overmaken naar {{iban}} t.n.v. {{payee}}? Al betaald? Dan ${
      u ? 'kunt u' : 'kun je'
    } dit bericht negeren. {{senderName}}`;
  const compact = `{{salutation}} {{invoiceLabel}} staat nog open: {{totalOpen}}. Graag betaald uiterlijk {{newTermDate}}. {{senderName}}`;
  const call = (ask: string) =>
    [
      `1. "Goedendag, ${u ? 'u spreekt' : 'je spreekt'} met {{senderName}} van {{companyName}}. Spreek ik met {{contactName}}?"`,
      `2. "Ik bel over {{invoiceLabel}}: er staat nog {{totalOpen}} open en de betaaltermijn is verstreken."`,
      `3. ${ask}`,
      '4. Luister, spreek een datum en een bedrag af, en herhaal die.',
      '5. Leg het gesprek hieronder vast als gedaan; noteer de afspraak in het contactlogboek.',
    ].join('\n');
  return {
    friendly: {
      short: short('Herinnering'),
      compact,
      call: call(
        `"Is de betaling misschien al onderweg? Of is er iets met de factuur waar ik ${you} mee kan helpen?"`,
      ),
    },
    second: {
      short: short('Tweede herinnering'),
      compact,
      call: call(
        `"Ik heb ${you} eerder een herinnering gestuurd. Wanneer kan ik de betaling verwachten? Lukt het niet in één keer, dan kunnen we een regeling bespreken."`,
      ),
    },
    final: {
      short: short('Laatste herinnering'),
      compact,
      call: call(
        `"${u ? 'U heeft' : 'Je hebt'} mijn laatste herinnering gekregen. ${u ? 'Kunt u' : 'Kun je'} uiterlijk {{newTermDate}} betalen? Anders moet ik verdere stappen nemen."`,
      ),
    },
    collection: {
      short: short('Laatste kans'),
      compact,
      call: call(
        `"Ik sta op het punt de vordering uit handen te geven. ${u ? 'Kunt u' : 'Kun je'} nog vóór {{newTermDate}} betalen of een vaste afspraak maken?"`,
      ),
    },
  };
}

function enTexts(formal: boolean): PerKind {
  const short = (lead: string) =>
    `{{salutation}} ${lead}: my records show {{invoiceLabel}} still open, {{totalOpen}} in all. Could you transfer it by {{newTermDate}} to {{iban}} ({{payee}})? ${
      formal
        ? 'If you have already paid, please disregard this message.'
        : 'Already paid? Then please ignore this.'
    } {{senderName}}`;
  const compact = `{{salutation}} {{invoiceLabel}} is still open: {{totalOpen}}. Please pay by {{newTermDate}}. {{senderName}}`;
  const call = (ask: string) =>
    [
      `1. "${formal ? 'Good morning' : 'Hi'}, this is {{senderName}} from {{companyName}}. Am I speaking to {{contactName}}?"`,
      '2. "I\'m calling about {{invoiceLabel}}: {{totalOpen}} is still open and the payment date has passed."',
      `3. ${ask}`,
      '4. Listen, agree on a date and an amount, and repeat them.',
      '5. Mark the call as done below; note what was agreed in the contact log.',
    ].join('\n');
  return {
    friendly: {
      short: short('Reminder'),
      compact,
      call: call(
        '"Is the payment perhaps on its way? Or is there anything about the invoice I can help with?"',
      ),
    },
    second: {
      short: short('Second reminder'),
      compact,
      call: call(
        '"I sent you a reminder earlier. When can I expect the payment? If paying at once is hard, we can discuss a payment plan."',
      ),
    },
    final: {
      short: short('Final reminder'),
      compact,
      call: call(
        '"You have my final reminder. Can you pay by {{newTermDate}}? Otherwise I will have to take further steps."',
      ),
    },
    collection: {
      short: short('Last chance'),
      compact,
      call: call(
        '"I am about to hand the claim over for collection. Can you pay before {{newTermDate}} or make a firm arrangement?"',
      ),
    },
  };
}

export const CHANNEL_TEMPLATES: Record<Language, Record<Tone, PerKind>> = {
  nl: { formal: nlTexts(true), informal: nlTexts(false) },
  en: { formal: enTexts(true), informal: enTexts(false) },
};
