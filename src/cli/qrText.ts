/** Why a reminder has no payment QR, in the reminder's language. */
import type { Language } from '../domain/model';
import type { EpcProblemCode } from '../domain/payment/epcQr';

const WHY: Record<EpcProblemCode, { nl: string; en: string }> = {
  'iban-invalid': { nl: 'de IBAN in Instellingen is ongeldig', en: 'the IBAN in Settings is invalid' },
  'bic-invalid': { nl: 'de BIC in Instellingen is ongeldig', en: 'the BIC in Settings is invalid' },
  'name-missing': { nl: 'Instellingen noemt geen bedrijfsnaam', en: 'Settings names no company' },
  'amount-too-small': {
    nl: 'het bedrag is kleiner dan EUR 0,01',
    en: 'the amount is less than EUR 0.01',
  },
  'amount-too-large': {
    nl: 'het bedrag is groter dan EUR 999.999.999,99',
    en: 'the amount is more than EUR 999,999,999.99',
  },
  'amount-not-whole-cents': {
    nl: 'het bedrag is geen heel aantal centen',
    en: 'the amount is not whole cents',
  },
  'reference-invalid': {
    nl: 'het betalingskenmerk klopt niet (controlecijfers)',
    en: 'the payment reference is invalid (check digits)',
  },
  'reference-and-text': {
    nl: 'een kenmerk en een omschrijving tegelijk',
    en: 'a reference and a description at once',
  },
  'text-too-long': {
    nl: 'de omschrijving is langer dan 140 tekens',
    en: 'the description exceeds 140 characters',
  },
  'payload-too-long': {
    nl: 'de gegevens passen niet in 331 bytes (korter de bedrijfsnaam?)',
    en: 'the data exceed 331 bytes (a shorter company name?)',
  },
};

export function noQrLine(code: EpcProblemCode, language: Language): string {
  const why = WHY[code][language];
  return language === 'nl' ? `geen betaal-QR: ${why}` : `no payment QR: ${why}`;
}

export const QR_CAPTION = {
  nl: {
    caption: 'Betalen met uw bank-app? Scan deze code:',
    alt: 'Betaal-QR-code (SEPA-overschrijving)',
  },
  en: {
    caption: 'Paying with your banking app? Scan this code:',
    alt: 'Payment QR code (SEPA credit transfer)',
  },
} as const;
