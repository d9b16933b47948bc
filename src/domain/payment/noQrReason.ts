/**
 * Why a payment QR is not shown, per problem of the EPC payload (epcQr.ts), in Dutch and English:
 * the one source for the reminder view, the .eml drafts the CLI writes and the statements, so the
 * three give the same reason. A reason is a clause ("de IBAN in Instellingen is ongeldig"), to
 * follow "Geen betaal-QR: "; noQrSentence makes it a sentence of its own.
 */
import type { Language } from '../model';
import type { EpcProblemCode } from './epcQr';

const REASONS: Record<EpcProblemCode, Record<Language, string>> = {
  'iban-invalid': { nl: 'de IBAN in Instellingen is ongeldig', en: 'the IBAN in Settings is invalid' },
  'bic-invalid': { nl: 'de BIC in Instellingen is ongeldig', en: 'the BIC in Settings is invalid' },
  'name-missing': { nl: 'Instellingen noemt geen bedrijfsnaam', en: 'Settings names no company' },
  // The payload needs at least EUR 0.01: a zero or negative balance has nothing to pay.
  'amount-too-small': { nl: 'er is niets te betalen', en: 'there is nothing to pay' },
  'amount-too-large': {
    nl: 'het bedrag is groter dan € 999.999.999,99',
    en: 'the amount is more than €999,999,999.99',
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
    nl: 'de gegevens passen niet in een betaal-QR (331 bytes): kort de bedrijfsnaam in',
    en: 'the data do not fit a payment QR (331 bytes): shorten the company name',
  },
};

/** The reason as a clause, lower case, no full stop. */
export function noQrReason(code: EpcProblemCode, language: Language): string {
  return REASONS[code][language];
}

/** The reason as a sentence of its own: capital first, full stop. */
export function noQrSentence(code: EpcProblemCode, language: Language): string {
  const clause = noQrReason(code, language);
  return `${clause.charAt(0).toLocaleUpperCase(language)}${clause.slice(1)}.`;
}

/** Every reason in one language, by code (for catalogues that list them). */
export function noQrReasons(
  language: Language,
  form: (code: EpcProblemCode, language: Language) => string = noQrReason,
): Record<EpcProblemCode, string> {
  const out = {} as Record<EpcProblemCode, string>;
  for (const code of Object.keys(REASONS) as EpcProblemCode[]) out[code] = form(code, language);
  return out;
}
