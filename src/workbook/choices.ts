/**
 * The fixed vocabularies of the workbook: yes/no words, customer kinds, languages, contact
 * channels (each with the spellings people type) and the labels the Status formula writes.
 */
import type { Choice } from './schema';

/** A tick is a yes as typed (normalising would strip it): ✓ ✔ ☑ and the √ Excel's symbol list offers. */
export const YES_MARKS = ['✓', '✔', '☑', '√'];
export const YES_WORDS = ['ja', 'j', 'yes', 'y', 'waar', 'true', 'x', '1', 'wel', ...YES_MARKS];
export const NO_WORDS = ['nee', 'n', 'no', 'onwaar', 'false', '0', 'niet'];

export const KIND_CHOICES: Choice[] = [
  {
    value: 'business',
    nl: 'Zakelijk',
    en: 'Business',
    synonyms: [
      'z',
      'b',
      'zak',
      'zakelijke klant',
      'bedrijf',
      'onderneming',
      'ondernemer',
      'organisatie',
      'b2b',
      'b2g',
      'bv',
      'b.v.',
      'nv',
      'n.v.',
      'vof',
      'v.o.f.',
      'cv',
      'c.v.',
      'eenmanszaak',
      'zzp',
      "zzp'er",
      'zelfstandige',
      'maatschap',
      'stichting',
      'vereniging',
      'coöperatie',
      'overheid',
      'gemeente',
      'bvba',
      'srl',
      'comm.v',
      'commv',
      'vzw',
      'company',
      'corporate',
      'ltd',
      'gmbh',
    ],
  },
  {
    value: 'consumer',
    nl: 'Particulier',
    en: 'Consumer',
    synonyms: [
      'p',
      'part',
      'part.',
      'particuliere klant',
      'consument',
      'b2c',
      'privé',
      'prive',
      'privépersoon',
      'privepersoon',
      'privé persoon',
      'natuurlijk persoon',
      'persoon',
      'private',
      'private person',
      'individual',
    ],
  },
];

export const LANGUAGE_CHOICES: Choice[] = [
  {
    value: 'nl',
    nl: 'Nederlands',
    en: 'Dutch',
    synonyms: ['nl', 'ned', 'vlaams', 'dutch', 'nederlandstalig'],
  },
  { value: 'en', nl: 'Engels', en: 'English', synonyms: ['en', 'eng', 'english', 'engelstalig'] },
];

export const CHANNEL_CHOICES: Choice[] = [
  { value: 'email', nl: 'E-mail', en: 'Email', synonyms: ['mail', 'e-mail', 'email'] },
  {
    value: 'phone',
    nl: 'Telefoon',
    en: 'Phone',
    synonyms: ['tel', 'telefonisch', 'gebeld', 'call', 'phone call'],
  },
  { value: 'letter', nl: 'Brief', en: 'Letter', synonyms: ['post', 'aangetekend', 'mail (post)'] },
  { value: 'meeting', nl: 'Gesprek', en: 'Meeting', synonyms: ['afspraak', 'bezoek', 'visit'] },
  { value: 'other', nl: 'Anders', en: 'Other', synonyms: ['overig'] },
  { value: 'whatsapp', nl: 'WhatsApp', en: 'WhatsApp', synonyms: ['whats app', 'app'] },
  { value: 'sms', nl: 'Sms', en: 'SMS', synonyms: ['sms-bericht', 'text message', 'tekstbericht'] },
];

/** Labels the Status formula writes, per core status kind (paid-on-time and paid-late share one). */
export const STATUS_LABELS = {
  open: { nl: 'Open', en: 'Open' },
  dueToday: { nl: 'Vervalt vandaag', en: 'Due today' },
  overdue: { nl: 'Vervallen', en: 'Overdue' },
  partlyPaid: { nl: 'Deels betaald', en: 'Partly paid' },
  paid: { nl: 'Betaald', en: 'Paid' },
  disputed: { nl: 'Betwist', en: 'Disputed' },
  arrangement: { nl: 'Regeling', en: 'Arrangement' },
  credited: { nl: 'Gecrediteerd', en: 'Credited' },
  writtenOff: { nl: 'Afgeschreven', en: 'Written off' },
  creditNote: { nl: 'Creditnota', en: 'Credit note' },
} as const;
