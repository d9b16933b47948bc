/**
 * Texts of "Werkmap inrichten", in both languages. Out of nl.ts/en.ts for the same reason as the
 * bank import's: only the view needs them, and the main catalogue sits in the pane's first chunk.
 */
import type { Language } from '../../domain/model';
import type { PartId } from '../data/operations';

export interface SetupMessages {
  intro: string;
  run: string;
  running: string;
  done: string;
  created: string;
  adopted: (name: string, sheet: string) => string;
  matched: string;
  added: string;
  missing: string;
  missingHelp: string;
  unknown: string;
  skipped: string;
  keptTyped: (column: string) => string;
  nothingToDo: string;
  tables: Record<PartId, string>;
}

const nl: SetupMessages = {
  intro:
    'Klant Inzicht werkt met tabellen voor klanten, facturen, betalingen, contactmomenten, betalingsregelingen en instellingen. Bestaande tabellen worden herkend aan hun kolomkoppen en blijven zoals ze zijn: ontbrekende tabellen maakt Klant Inzicht aan, en aan uw eigen tabellen voegt het alleen de kolommen toe die het zelf berekent.',
  run: 'Werkmap inrichten',
  running: 'Bezig met inrichten…',
  done: 'De werkmap is ingericht.',
  created: 'Nieuw aangemaakt',
  adopted: (name, sheet) => `Gekoppeld aan tabel ${name} op blad ${sheet}`,
  matched: 'Herkende kolommen',
  added: 'Toegevoegde kolommen (berekend door Klant Inzicht)',
  missing: 'Niet toegevoegd',
  missingHelp: 'Voeg deze kolommen zelf toe aan de tabel als u ze wilt bijhouden; ze zijn niet verplicht.',
  unknown: 'Uw eigen kolommen (blijven ongemoeid)',
  skipped: 'Niet aangemaakt',
  keptTyped: (column) =>
    `In ${column} staan getypte waarden: die zijn bewaard; de andere rijen van die kolom rekenen met een formule.`,
  nothingToDo: 'Alles was er al: er is niets gewijzigd.',
  tables: {
    customers: 'Klanten',
    invoices: 'Facturen',
    payments: 'Betalingen',
    contacts: 'Contact',
    arrangements: 'Regelingen',
    settings: 'Instellingen',
  },
};

const en: SetupMessages = {
  intro:
    'Klant Inzicht works with tables for customers, invoices, payments, contacts, payment plans and settings. Existing tables are recognised by their column headers and stay as they are: Klant Inzicht creates the tables that are missing, and adds to your own tables only the columns it calculates itself.',
  run: 'Set up workbook',
  running: 'Setting up…',
  done: 'The workbook is set up.',
  created: 'Newly created',
  adopted: (name, sheet) => `Linked to table ${name} on sheet ${sheet}`,
  matched: 'Recognised columns',
  added: 'Columns added (calculated by Klant Inzicht)',
  missing: 'Not added',
  missingHelp: 'Add these columns to the table yourself if you want to keep them; they are optional.',
  unknown: 'Your own columns (left alone)',
  skipped: 'Not created',
  keptTyped: (column) =>
    `${column} holds typed values: they were kept; the other rows of that column use a formula.`,
  nothingToDo: 'Everything was already there: nothing changed.',
  tables: {
    customers: 'Customers',
    invoices: 'Invoices',
    payments: 'Payments',
    contacts: 'Contacts',
    arrangements: 'Payment plans',
    settings: 'Settings',
  },
};

export const SETUP_TEXT: Record<Language, SetupMessages> = { nl, en };
