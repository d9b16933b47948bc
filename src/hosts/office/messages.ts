/**
 * What stopped the Office host, in the person's language, by the error's code (never Excel's
 * English text alone), with what to do. Used by the ribbon's result line and the pane.
 */
import type { OfficeFailure, OfficeHostError } from './errors';

export type MessageLanguage = 'nl' | 'en';

interface Where {
  table: string;
  sheet: string;
  column: string;
  detail: string;
}

type Texts = Record<MessageLanguage, (w: Where) => string>;

const REASONS: Record<OfficeFailure, Texts> = {
  'filter-active': {
    nl: (w) =>
      `Tabel ${w.table} is gefilterd, en Klant Inzicht wist geen filters ongevraagd. Kies "Filters wissen en sorteren" op het lint, of wis de filters zelf en probeer het opnieuw.`,
    en: (w) =>
      `Table ${w.table} is filtered, and Klant Inzicht never clears filters unasked. Choose "Clear filters and sort" on the ribbon, or clear the filters yourself and try again.`,
  },
  'hidden-rows': {
    nl: (w) =>
      `Tabel ${w.table} heeft verborgen rijen; Excel laat die bij het sorteren staan, zodat de volgorde niet zou kloppen. Maak de rijen zichtbaar (rijen selecteren, rechtsklik, Zichtbaar maken) en probeer het opnieuw.`,
    en: (w) =>
      `Table ${w.table} has hidden rows; Excel's sort leaves them in place, so the order would be wrong. Unhide the rows (select them, right-click, Unhide) and try again.`,
  },
  'sheet-protected': {
    nl: (w) =>
      `Blad ${w.sheet} is beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.`,
    en: (w) => `Sheet ${w.sheet} is protected. Unprotect it (Review > Unprotect Sheet) and try again.`,
  },
  'foreign-sheet': {
    nl: (w) =>
      `Blad ${w.sheet} bevat gegevens die Klant Inzicht niet zelf schreef; het wordt niet gewist. Geef dat blad een andere naam, dan maakt Klant Inzicht een eigen overzicht.`,
    en: (w) =>
      `Sheet ${w.sheet} holds data Klant Inzicht did not write; it will not be cleared. Rename that sheet and Klant Inzicht makes an overview of its own.`,
  },
  'table-missing': {
    nl: (w) =>
      `Tabel ${w.table} is niet gevonden (hernoemd of verwijderd?). Open het paneel om de werkmap opnieuw in te richten.`,
    en: (w) =>
      `Table ${w.table} was not found (renamed or deleted?). Open the pane to set up the workbook again.`,
  },
  'column-missing': {
    nl: (w) => `Kolom ${w.column} ontbreekt op blad ${w.sheet} (hernoemd of verwijderd?).`,
    en: (w) => `Column ${w.column} is missing on sheet ${w.sheet} (renamed or deleted?).`,
  },
  'sheet-missing': {
    nl: (w) => `Blad ${w.sheet} ontbreekt.`,
    en: (w) => `Sheet ${w.sheet} is missing.`,
  },
  'already-exists': {
    nl: (w) => `Er bestaat al iets met deze naam: ${w.detail}`,
    en: (w) => `Something with this name already exists: ${w.detail}`,
  },
  'merged-cells': {
    nl: (w) =>
      `Samengevoegde cellen op blad ${w.sheet} staan in de weg. Hef het samenvoegen op en probeer het opnieuw.`,
    en: (w) => `Merged cells on sheet ${w.sheet} are in the way. Unmerge them and try again.`,
  },
  'row-count-mismatch': {
    nl: (w) => `Blad ${w.sheet} veranderde terwijl Klant Inzicht rekende. Probeer het opnieuw.`,
    en: (w) => `Sheet ${w.sheet} changed while Klant Inzicht was computing. Try again.`,
  },
  'cell-edit': {
    nl: () => `Excel is een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.`,
    en: () => `Excel is editing a cell. Press Enter or Esc and try again.`,
  },
  'range-changed': {
    nl: (w) =>
      `De lijst of tabel op blad ${w.sheet} veranderde sinds Klant Inzicht hem las, of mist een kolomkop; er is niets gewijzigd. Controleer opnieuw en probeer het nog eens.`,
    en: (w) =>
      `The list or table on sheet ${w.sheet} changed since Klant Inzicht read it, or lacks a column header; nothing was changed. Check again and retry.`,
  },
  'too-large': {
    nl: () => `De werkmap is te groot voor één verzoek aan Excel.`,
    en: () => `The workbook is too large for one request to Excel.`,
  },
  'api-missing': {
    nl: (w) => `Deze versie van Excel mist ${w.detail}. Werk Office bij, of gebruik Excel op het web.`,
    en: (w) => `This version of Excel lacks ${w.detail}. Update Office, or use Excel on the web.`,
  },
  'office-error': {
    nl: (w) => `Excel weigerde: ${w.detail}`,
    en: (w) => `Excel refused: ${w.detail}`,
  },
};

export function hostErrorText(error: OfficeHostError, language: MessageLanguage): string {
  const where: Where = {
    table: error.where.path ?? error.where.sheet ?? '',
    sheet: error.where.sheet ?? error.where.path ?? '',
    column: error.where.column ?? '',
    detail: error.officeCode ? error.message : (error.where.path ?? error.message),
  };
  return REASONS[error.reason][language](where);
}
