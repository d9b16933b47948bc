/** The Instellingen rows of the getting-paid features: the payment QR's BIC, invoice files, thank-you notes. */
import type { SettingDef } from './settingDefs';

export const PAYMENT_SETTING_DEFS: readonly SettingDef[] = [
  {
    field: 'companyBic',
    nl: 'BIC',
    en: 'BIC',
    kind: 'text',
    help: {
      nl: 'BIC van uw bank; mag leeg (de betaal-QR heeft hem binnen de EER niet nodig)',
      en: 'Your bank’s BIC; may stay empty (the payment QR does not need it within the EEA)',
    },
  },
  {
    field: 'invoiceFolder',
    nl: 'Map met facturen (pdf)',
    en: 'Invoice folder (PDF)',
    kind: 'text',
    help: {
      nl: 'Map met <factuurnummer>.pdf; herinneringen van de opdrachtregel sturen de facturen dan mee',
      en: 'Folder holding <invoice number>.pdf; command-line reminders then attach the invoices',
    },
  },
  {
    field: 'thankYouNotes',
    nl: 'Bedankje na betaling op tijd',
    en: 'Thank-you after on-time payment',
    kind: 'bool',
    help: {
      nl: 'Ja of nee: een kort bedankje voor een klant die na eerdere late betalingen op tijd betaalde',
      en: 'Yes or no: a short thank-you for a customer who paid on time after paying late before',
    },
  },
];
