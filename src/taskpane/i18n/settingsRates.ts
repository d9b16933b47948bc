/**
 * Texts of Instellingen's statutory-interest part (the person's own rates and the long business
 * term row), in both languages. Out of nl.ts/en.ts like the bank import's and set-up's: only the
 * lazily loaded Settings view needs them, and the main catalogue sits in the pane's first chunk.
 */
import type { Language } from '../../domain/model';

export interface SettingsRatesMessages {
  rates: {
    title: string;
    intro: (date: string) => string;
    none: string;
    kind: string;
    kinds: { commercial: string; consumer: string; 'be-commercial': string };
    from: string;
    percent: string;
    source: string;
    sourceHint: string;
    add: string;
    removeShort: string;
    remove: (rate: string) => string;
    line: (kind: string, from: string, percent: string) => string;
    fromInvalid: string;
    duplicate: string;
    percentInvalid: string;
    sourceMissing: string;
  };
  termsAgreed: string;
  termsAgreedHint: string;
}

const nl: SettingsRatesMessages = {
  rates: {
    title: 'Wettelijke rente: eigen percentages',
    intro: (date: string) =>
      `De ingebouwde rentetabel loopt tot en met ${date}. Is er daarna een nieuw percentage vastgesteld (per 1 januari of 1 juli), voeg het hier toe met de bron. Het komt in het werkblad Instellingen, waar ook de opdrachtregel het leest.`,
    none: 'Nog geen eigen percentages.',
    kind: 'Soort rente',
    kinds: {
      commercial: 'Handelsrente (zakelijk)',
      consumer: 'Wettelijke rente (particulier)',
      'be-commercial': 'Belgische handelsrente',
    },
    from: 'Geldt vanaf',
    percent: 'Percentage per jaar',
    source: 'Bron',
    sourceHint: 'Waar u het las, bijv. Staatscourant, wetten.overheid.nl of het ECB-besluit.',
    add: 'Percentage toevoegen en opslaan',
    removeShort: 'Verwijderen',
    remove: (rate: string) => `Verwijder ${rate}`,
    line: (kind: string, from: string, percent: string) => `${kind} vanaf ${from}: ${percent}`,
    fromInvalid: 'Vul de eerste dag in als dd-mm-jjjj.',
    duplicate: 'Er staat al een eigen percentage van deze soort vanaf deze datum.',
    percentInvalid: 'Vul een percentage van 0 tot 100 in, met hoogstens 4 decimalen (bijv. 10,15).',
    sourceMissing: 'Vermeld waar u het percentage las.',
  },
  termsAgreed: 'Lange termijn zakelijk uitdrukkelijk afgesproken',
  termsAgreedHint:
    'Uit: een betalingstermijn van meer dan 60 dagen met een bedrijf telt als de wettelijke 30 dagen (art. 6:119a lid 5 BW). Aan: de afgesproken termijn blijft staan, met een waarschuwing.',
};

const en: SettingsRatesMessages = {
  rates: {
    title: 'Statutory interest: your own rates',
    intro: (date: string) =>
      `The built-in rate table runs through ${date}. When a new rate has been set since (from 1 January or 1 July), add it here with its source. It goes into the Settings sheet, where the command line reads it too.`,
    none: 'No rates of your own yet.',
    kind: 'Kind of interest',
    kinds: {
      commercial: 'Commercial rate (business)',
      consumer: 'Statutory rate (consumer)',
      'be-commercial': 'Belgian commercial rate',
    },
    from: 'Applies from',
    percent: 'Yearly percentage',
    source: 'Source',
    sourceHint: 'Where you read it, e.g. Staatscourant, wetten.overheid.nl or the ECB decision.',
    add: 'Add rate and save',
    removeShort: 'Remove',
    remove: (rate: string) => `Remove ${rate}`,
    line: (kind: string, from: string, percent: string) => `${kind} from ${from}: ${percent}`,
    fromInvalid: 'Enter the first day as dd-mm-yyyy.',
    duplicate: 'You already added a rate of this kind from this date.',
    percentInvalid: 'Enter a percentage from 0 to 100 with at most 4 decimals (e.g. 10.15).',
    sourceMissing: 'Say where you read the rate.',
  },
  termsAgreed: 'Long business term expressly agreed',
  termsAgreedHint:
    'Off: a payment term over 60 days with a business counts as the statutory 30 days (art. 6:119a(5) Dutch Civil Code). On: the agreed term stands, with a warning.',
};

export const SETTINGS_RATES_TEXT: Record<Language, SettingsRatesMessages> = { nl, en };
