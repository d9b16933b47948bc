/**
 * The Instellingen table's rows, one per Settings field: labels in both languages, the kind of value,
 * choices, allowed range and help. Read and written by settingsTable.ts.
 */
import type { Settings } from '../domain/model';
import type { Choice } from './schema';
import { LETTERHEAD_SETTING_DEFS } from './settingsLetterhead';
import { PAYMENT_SETTING_DEFS } from './settingsPayment';

export type Kind = 'text' | 'int' | 'bool' | 'date' | 'enum';

export interface SettingDef {
  field: keyof Settings;
  nl: string;
  en: string;
  kind: Kind;
  choices?: Choice[];
  /** For an int: the whole numbers allowed, checked here so the error names the cell. */
  range?: [number, number];
  help: { nl: string; en: string };
}

const TONE: Choice[] = [
  { value: 'formal', nl: 'Formeel', en: 'Formal', synonyms: ['u'] },
  { value: 'informal', nl: 'Informeel', en: 'Informal', synonyms: ['je', 'jij'] },
];
const LANG: Choice[] = [
  { value: 'nl', nl: 'Nederlands', en: 'Dutch', synonyms: ['nl'] },
  { value: 'en', nl: 'Engels', en: 'English', synonyms: ['en'] },
];
const COUNTRY: Choice[] = [
  { value: 'NL', nl: 'Nederland', en: 'Netherlands', synonyms: ['nl'] },
  { value: 'BE', nl: 'België', en: 'Belgium', synonyms: ['be', 'belgie', 'vlaanderen'] },
];

export const SETTING_DEFS: readonly SettingDef[] = [
  {
    field: 'language',
    nl: 'Taal',
    en: 'Language',
    kind: 'enum',
    choices: LANG,
    help: { nl: 'Taal van de werkmap en de herinneringen', en: 'Language of the workbook and reminders' },
  },
  {
    field: 'uiLanguage',
    nl: 'Taal paneel',
    en: 'Pane language',
    kind: 'enum',
    choices: LANG,
    help: { nl: 'Leeg = zoals Office', en: 'Empty = same as Office' },
  },
  {
    field: 'tone',
    nl: 'Toon',
    en: 'Tone',
    kind: 'enum',
    choices: TONE,
    help: { nl: 'Formeel (u) of informeel (je)', en: 'Formal or informal' },
  },
  {
    field: 'country',
    nl: 'Land',
    en: 'Country',
    kind: 'enum',
    choices: COUNTRY,
    help: { nl: 'Nederland of België (wettelijke regels)', en: 'Netherlands or Belgium (legal rules)' },
  },
  {
    field: 'enterpriseNumber',
    nl: 'Ondernemingsnummer',
    en: 'Enterprise number',
    kind: 'text',
    help: {
      nl: 'Uw KvK-nummer of, in België, uw ondernemingsnummer (KBO); het briefhoofd en de eerste herinnering aan een Belgische particulier vermelden het',
      en: 'Your Dutch KvK number or Belgian enterprise number (CBE); the letterhead and the first reminder to a Belgian consumer name it',
    },
  },
  {
    field: 'companyName',
    nl: 'Bedrijfsnaam',
    en: 'Company name',
    kind: 'text',
    help: { nl: 'Uw bedrijfsnaam onder herinneringen', en: 'Your company name' },
  },
  {
    field: 'companyIban',
    nl: 'IBAN',
    en: 'IBAN',
    kind: 'text',
    help: { nl: 'Rekening waarop klanten betalen', en: 'Account customers pay into' },
  },
  {
    field: 'companyEmail',
    nl: 'E-mail',
    en: 'Email',
    kind: 'text',
    help: { nl: 'Uw e-mailadres', en: 'Your email address' },
  },
  {
    field: 'companyPhone',
    nl: 'Telefoon',
    en: 'Phone',
    kind: 'text',
    help: { nl: 'Uw telefoonnummer', en: 'Your phone number' },
  },
  {
    field: 'senderName',
    nl: 'Naam afzender',
    en: 'Sender name',
    kind: 'text',
    help: { nl: 'Uw naam onder herinneringen', en: 'Your name under reminders' },
  },
  {
    field: 'businessTermDays',
    nl: 'Betaaltermijn zakelijk (dagen)',
    en: 'Business payment term (days)',
    kind: 'int',
    help: { nl: 'Leeg = wettelijke 30 dagen', en: 'Empty = statutory 30 days' },
  },
  {
    field: 'businessTermsExpresslyAgreed',
    nl: 'Lange termijn zakelijk uitdrukkelijk afgesproken',
    en: 'Long business term expressly agreed',
    kind: 'bool',
    help: {
      nl: 'Ja of nee. Nee: een termijn boven 60 dagen telt als 60 (art. 6:119a lid 5 BW). Leeg = ja',
      en: 'Yes or no. No: a term over 60 days counts as 60 (art. 6:119a(5) Dutch Civil Code). Empty = yes',
    },
  },
  {
    field: 'consumerTermDays',
    nl: 'Betaaltermijn particulier (dagen)',
    en: 'Consumer payment term (days)',
    kind: 'int',
    help: { nl: 'Standaard 14 dagen', en: 'Default 14 days' },
  },
  {
    field: 'allowPaymentPlans',
    nl: 'Betalingsregeling aanbieden',
    en: 'Offer payment plans',
    kind: 'bool',
    help: { nl: 'Ja of nee', en: 'Yes or no' },
  },
  {
    field: 'chargeInterest',
    nl: 'Wettelijke rente rekenen',
    en: 'Charge statutory interest',
    kind: 'bool',
    help: { nl: 'Ja of nee', en: 'Yes or no' },
  },
  {
    field: 'chargeCollectionCosts',
    nl: 'Incassokosten rekenen',
    en: 'Charge collection costs',
    kind: 'bool',
    help: { nl: 'Ja of nee', en: 'Yes or no' },
  },
  {
    field: 'collectionCostsVat',
    nl: 'BTW over incassokosten',
    en: 'VAT on collection costs',
    kind: 'bool',
    help: { nl: 'Alleen als u de BTW niet kunt verrekenen', en: 'Only if you cannot reclaim VAT' },
  },
  {
    field: 'dependencyThresholdPercent',
    nl: 'Drempel afhankelijkheid (% van omzet)',
    en: 'Dependency threshold (% of revenue)',
    kind: 'int',
    range: [1, 100],
    help: {
      nl: 'Een klant boven dit percentage van uw omzet over 12 maanden wordt gemarkeerd. Standaard 70',
      en: 'A customer above this percentage of your 12-month revenue is marked. Default 70',
    },
  },
  {
    field: 'lastBankImport',
    nl: 'Laatste bankimport',
    en: 'Last bank import',
    kind: 'date',
    help: { nl: 'Wordt door de invoegtoepassing bijgewerkt', en: 'Kept by the add-in' },
  },
  ...PAYMENT_SETTING_DEFS,
  ...LETTERHEAD_SETTING_DEFS,
];
