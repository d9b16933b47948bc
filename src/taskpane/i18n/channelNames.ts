/** The contact channels' names in the pane, both languages (the main catalogues point here). */
import type { ContactChannel, Language } from '../../domain/model';

export const CHANNEL_NAMES: Record<Language, Record<ContactChannel, string>> = {
  nl: {
    email: 'E-mail',
    letter: 'Brief',
    phone: 'Telefoon',
    meeting: 'Gesprek',
    other: 'Anders',
    whatsapp: 'WhatsApp',
    sms: 'Sms',
  },
  en: {
    email: 'E-mail',
    letter: 'Letter',
    phone: 'Phone',
    meeting: 'Meeting',
    other: 'Other',
    whatsapp: 'WhatsApp',
    sms: 'SMS',
  },
};
