/**
 * The sender's side of a letter: name, address, contact and registration lines for the letterhead.
 * No return line goes in the envelope's window: bpost forbids anything there that could pass for an
 * address (https://www.bpost.be/nl/adressering-adres-positionering), and the letterhead carries it.
 */
import type { Language, Settings } from '../model';
import { LETTER_LABELS } from './labels';

export type LetterheadSettings = Pick<Settings, 'companyName' | 'companyIban' | 'country'> &
  Partial<
    Pick<
      Settings,
      | 'senderName'
      | 'companyStreet'
      | 'companyPostcode'
      | 'companyCity'
      | 'companyPhone'
      | 'companyEmail'
      | 'companyWebsite'
      | 'enterpriseNumber'
      | 'vatNumber'
    >
  >;

export interface Letterhead {
  name: string;
  /** Street, postcode and city. */
  address: string[];
  /** Phone, e-mail, website. */
  contact: string[];
  /** KvK or enterprise number, VAT number, IBAN. */
  registration: string[];
}

const clean = (s: string | undefined): string => s?.trim() ?? '';

export function letterhead(settings: LetterheadSettings, language: Language): Letterhead {
  const labels = LETTER_LABELS[language];
  const name = clean(settings.companyName) || clean(settings.senderName);
  const street = clean(settings.companyStreet);
  const place = [clean(settings.companyPostcode), clean(settings.companyCity)].filter(Boolean).join(' ');
  const address = [street, place].filter(Boolean);
  const phone = clean(settings.companyPhone);
  const contact = [
    phone ? `${labels.phone} ${phone}` : '',
    clean(settings.companyEmail),
    clean(settings.companyWebsite),
  ].filter(Boolean);
  const number = clean(settings.enterpriseNumber);
  const numberLabel = settings.country === 'BE' ? labels.enterpriseNumber : labels.chamberOfCommerce;
  const vat = clean(settings.vatNumber);
  const iban = clean(settings.companyIban);
  const registration = [
    number ? `${numberLabel} ${number}` : '',
    vat ? `${labels.vatNumber} ${vat}` : '',
    iban ? `${labels.iban} ${iban}` : '',
  ].filter(Boolean);
  return { name, address, contact, registration };
}
