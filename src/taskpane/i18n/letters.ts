/**
 * Texts of the letter on paper (reminder view) and the thank-you notes (Vandaag), in both
 * languages; out of the main catalogue, loaded with the views that use them.
 */
import type { AddressField } from '../../domain/letters';
import type { Language } from '../../domain/model';

export interface LetterMessages {
  title: string;
  help: { 'fourteen-day-letter': string; 'final-notice': string; reminder: string };
  download: string;
  downloading: string;
  downloaded: (fileName: string) => string;
  downloadFailed: string;
  posted: string;
  postedDone: (customer: string) => string;
  postedSummary: (subject: string) => string;
  noAddress: (fields: string) => string;
  fields: Record<AddressField, string>;
  fileName: (customerNumber: string, today: string) => string;
  thanksTitle: string;
  thanksHelp: string;
  thanksCopy: string;
  thanksCopied: string;
  thanksCopyFailed: string;
  thanksSent: string;
  thanksDone: (customer: string) => string;
  thanksSetting: string;
  letterhead: {
    title: string;
    street: string;
    postcode: string;
    city: string;
    number: string;
    vat: string;
    website: string;
  };
}

const nl: LetterMessages = {
  title: 'Brief per post',
  help: {
    'fourteen-day-letter':
      'Dit is de veertiendagenbrief. Per post telt de termijn vanaf de tweede bezorgdag na verzending.',
    'final-notice': 'Stuur deze laatste herinnering ook per post, als brief in een vensterenvelop.',
    reminder: 'Deze herinnering als brief, voor een vensterenvelop.',
  },
  download: 'Brief (pdf)',
  downloading: 'Brief maken…',
  downloaded: (name) => `Brief gedownload: ${name}`,
  downloadFailed: 'De brief kon niet worden gemaakt. Probeer het opnieuw.',
  posted: 'Per post verstuurd',
  postedDone: (c) => `Vastgelegd: brief aan ${c} per post verstuurd.`,
  postedSummary: (s) => `Brief per post: ${s}`,
  noAddress: (fields) => `Geen brief mogelijk: vul in Klanten ${fields} in.`,
  fields: { street: 'Adres', postcode: 'Postcode', city: 'Plaats' },
  fileName: (k, d) => `brief-${k}-${d}.pdf`,
  thanksTitle: 'Bedankjes',
  thanksHelp: 'Deze klanten betaalden op tijd na eerdere late betalingen. Een kort bedankje wordt opgemerkt.',
  thanksCopy: 'Kopiëren',
  thanksCopied: 'Gekopieerd.',
  thanksCopyFailed: 'Kopiëren lukte niet; selecteer de tekst zelf.',
  thanksSent: 'Verstuurd',
  thanksDone: (c) => `Vastgelegd: bedankje aan ${c}.`,
  thanksSetting: 'Bedankje voorstellen na betaling op tijd (na eerdere late betalingen)',
  letterhead: {
    title: 'Briefhoofd (voor brieven per post)',
    street: 'Adres (straat en nummer)',
    postcode: 'Postcode',
    city: 'Plaats',
    number: 'KvK- of ondernemingsnummer',
    vat: 'Btw-nummer',
    website: 'Website',
  },
};

const en: LetterMessages = {
  title: 'Letter by post',
  help: {
    'fourteen-day-letter':
      'This is the 14-day letter. By post, the term runs from the second delivery day after posting.',
    'final-notice': 'Send this final reminder by post too, as a letter in a window envelope.',
    reminder: 'This reminder as a letter, for a window envelope.',
  },
  download: 'Letter (PDF)',
  downloading: 'Making the letter…',
  downloaded: (name) => `Letter downloaded: ${name}`,
  downloadFailed: 'The letter could not be made. Please try again.',
  posted: 'Sent by post',
  postedDone: (c) => `Recorded: letter to ${c} sent by post.`,
  postedSummary: (s) => `Letter by post: ${s}`,
  noAddress: (fields) => `No letter possible: fill in ${fields} in Customers.`,
  fields: { street: 'Address', postcode: 'Postcode', city: 'City' },
  fileName: (k, d) => `letter-${k}-${d}.pdf`,
  thanksTitle: 'Thank-you notes',
  thanksHelp: 'These customers paid on time after paying late before. A short thank-you gets noticed.',
  thanksCopy: 'Copy',
  thanksCopied: 'Copied.',
  thanksCopyFailed: 'Copying failed; select the text yourself.',
  thanksSent: 'Sent',
  thanksDone: (c) => `Recorded: thank-you to ${c}.`,
  thanksSetting: 'Suggest a thank-you after on-time payment (after paying late before)',
  letterhead: {
    title: 'Letterhead (for letters by post)',
    street: 'Address (street and number)',
    postcode: 'Postcode',
    city: 'City',
    number: 'KvK or enterprise number',
    vat: 'VAT number',
    website: 'Website',
  },
};

export const LETTER_TEXT: Record<Language, LetterMessages> = { nl, en };
