/**
 * Every error above the core in the person's language, by its code: a WorkbookError by its
 * reason, an error Office.js raised by Excel's error code (InvalidArgument, ItemNotFound, ...),
 * never by the host's own text, which is English whatever the person's language. A DomainError
 * of the workbook layer (a located row problem) keeps its message, which is already written for
 * the person, with its place. Used by the pane, the ribbon and the demo.
 */
import { DomainError } from '../domain/errors';
import { hostCodeOf, isWorkbookError, type FailureReason } from './errors';

export type MessageLanguage = 'nl' | 'en';

interface Where {
  table: string;
  sheet: string;
  column: string;
  detail: string;
  /** The cells or value the error names (a merged area, a typed cell), '' when none. */
  value: string;
}

type Texts = Record<MessageLanguage, (w: Where) => string>;

const RESAVE = {
  nl: 'Open het in Excel of LibreOffice en sla het opnieuw op als Excel-werkmap (.xlsx).',
  en: 'Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).',
};

/** Excel's error codes (OfficeExtension.ErrorCodes and Excel.ErrorCodes) a person may meet. */
const OFFICE_CODES: Record<string, Record<MessageLanguage, string>> = {
  InvalidArgument: {
    nl: 'Excel weigerde een waarde of bereik als ongeldig.',
    en: 'Excel refused a value or range as invalid.',
  },
  ItemNotFound: {
    nl: 'Excel vond een tabel, blad of kolom niet (hernoemd of verwijderd?).',
    en: 'Excel could not find a table, sheet or column (renamed or deleted?).',
  },
  ItemAlreadyExists: {
    nl: 'Er bestaat al een tabel, blad of naam met die naam.',
    en: 'A table, sheet or name with that name already exists.',
  },
  AccessDenied: {
    nl: 'Excel weigerde de toegang: het blad of de werkmap is beveiligd of alleen-lezen. Hef de beveiliging op en probeer het opnieuw.',
    en: 'Excel denied access: the sheet or workbook is protected or read-only. Unprotect it and try again.',
  },
  ResponsePayloadSizeLimitExceeded: {
    nl: 'De werkmap is te groot voor één antwoord van Excel.',
    en: 'The workbook is too large for one response from Excel.',
  },
  RequestPayloadSizeLimitExceeded: {
    nl: 'De werkmap is te groot voor één verzoek aan Excel.',
    en: 'The workbook is too large for one request to Excel.',
  },
  GeneralException: {
    nl: 'Excel meldde een interne fout. Probeer het opnieuw; blijft het gebeuren, sla de werkmap op en open hem opnieuw.',
    en: 'Excel reported an internal error. Try again; if it keeps happening, save the workbook and open it again.',
  },
  InvalidOperation: {
    nl: 'Excel kan dit nu niet uitvoeren (wordt er een cel bewerkt?). Druk op Enter of Esc en probeer het opnieuw.',
    en: 'Excel cannot do this right now (is a cell being edited?). Press Enter or Esc and try again.',
  },
  InvalidReference: {
    nl: 'Excel vond een verwijzing ongeldig (een bereik buiten het blad of een verwijderd object).',
    en: 'Excel found a reference invalid (a range outside the sheet, or a deleted object).',
  },
  InsertDeleteConflict: {
    nl: 'Excel kon geen rijen of kolommen invoegen of verwijderen: iets naast de tabel staat in de weg.',
    en: 'Excel could not insert or delete rows or columns: something beside the table is in the way.',
  },
  Conflict: {
    nl: 'De werkmap werd tegelijk elders gewijzigd. Probeer het opnieuw.',
    en: 'The workbook was changed elsewhere at the same time. Try again.',
  },
  ActivityLimitReached: {
    nl: 'Excel heeft even te veel te doen. Wacht een moment en probeer het opnieuw.',
    en: 'Excel is too busy right now. Wait a moment and try again.',
  },
  ApiNotFound: {
    nl: 'Deze versie van Excel mist een functie die Klant Inzicht nodig heeft. Werk Office bij, of gebruik Excel op het web.',
    en: 'This version of Excel lacks a feature Klant Inzicht needs. Update Office, or use Excel on the web.',
  },
  NotImplemented: {
    nl: 'Deze versie van Excel kan dit niet. Werk Office bij, of gebruik Excel op het web.',
    en: 'This version of Excel cannot do this. Update Office, or use Excel on the web.',
  },
  UnsupportedOperation: {
    nl: 'Excel ondersteunt deze bewerking hier niet.',
    en: 'Excel does not support this operation here.',
  },
  RequestAborted: {
    nl: 'Excel brak het verzoek af. Probeer het opnieuw.',
    en: 'Excel aborted the request. Try again.',
  },
};

/** An Excel error code in words; a code we have no words for is named, never Excel's text. */
function officeCodeText(code: string, language: MessageLanguage): string {
  const known = OFFICE_CODES[code]?.[language];
  if (known) return known;
  return language === 'nl'
    ? `Excel weigerde de bewerking (foutcode ${code || 'onbekend'}).`
    : `Excel refused the operation (error code ${code || 'unknown'}).`;
}

const REASONS: Record<FailureReason, Texts> = {
  'filter-active': {
    nl: (w) =>
      `Tabel ${w.table} is gefilterd, en Klant Inzicht wist geen filters ongevraagd. Kies "Filters wissen en sorteren" op het lint, of wis de filters zelf en probeer het opnieuw.`,
    en: (w) =>
      `Table ${w.table} is filtered, and Klant Inzicht never clears filters unasked. Choose "Clear filters and sort" on the ribbon, or clear the filters yourself and try again.`,
  },
  'sheet-filtered': {
    nl: (w) =>
      `Het filter op blad ${w.sheet} verbergt rijen van de lijst ${w.value}; Klant Inzicht maakt geen tabel over verborgen rijen, en er is niets gewijzigd. Wis het filter (Gegevens > Wissen) en probeer het opnieuw.`,
    en: (w) =>
      `The filter on sheet ${w.sheet} hides rows of the list ${w.value}; Klant Inzicht makes no table over hidden rows, and nothing was changed. Clear the filter (Data > Clear) and try again.`,
  },
  'hidden-rows': {
    nl: (w) =>
      `Tabel ${w.table} heeft verborgen rijen; Excel laat die bij het sorteren staan, zodat de volgorde niet zou kloppen. Maak de rijen zichtbaar (rijen selecteren, rechtsklik, Zichtbaar maken) en probeer het opnieuw.`,
    en: (w) =>
      `Table ${w.table} has hidden rows; Excel's sort leaves them in place, so the order would be wrong. Unhide the rows (select them, right-click, Unhide) and try again.`,
  },
  'sheet-protected': {
    nl: (w) =>
      `${w.sheet ? `Blad ${w.sheet} is` : 'Een blad is'} beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw.`,
    en: (w) =>
      `${w.sheet ? `Sheet ${w.sheet} is` : 'A sheet is'} protected. Unprotect it (Review > Unprotect Sheet) and try again.`,
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
    nl: (w) =>
      `Er bestaat al iets met deze naam: ${w.column ? `kolom ${w.column} in ${w.detail}` : w.detail}`,
    en: (w) =>
      `Something with this name already exists: ${w.column ? `column ${w.column} in ${w.detail}` : w.detail}`,
  },
  'merged-cells': {
    nl: (w) =>
      `Samengevoegde cellen${w.value ? ` (${w.value})` : ''} op blad ${w.sheet} staan in de weg. Hef het samenvoegen op en probeer het opnieuw.`,
    en: (w) =>
      `Merged cells${w.value ? ` (${w.value})` : ''} on sheet ${w.sheet} are in the way. Unmerge them and try again.`,
  },
  'cells-taken': {
    nl: (w) =>
      `Op blad ${w.sheet} staat in cel ${w.value || '(onbekend)'} iets wat u typte, precies waar Klant Inzicht zou schrijven; er is niets gewijzigd. Verplaats het en probeer het opnieuw.`,
    en: (w) =>
      `Cell ${w.value || '(unknown)'} on sheet ${w.sheet} holds something you typed, right where Klant Inzicht would write; nothing was changed. Move it and try again.`,
  },
  'table-in-way': {
    nl: (w) =>
      `Tabel ${w.table} op blad ${w.sheet} zou over ${w.value || '(onbekend)'} groeien, maar daar staat een andere tabel; er is niets gewijzigd. Verplaats een van beide tabellen en probeer het opnieuw.`,
    en: (w) =>
      `Table ${w.table} on sheet ${w.sheet} would grow over ${w.value || '(unknown)'}, where another table lies; nothing was changed. Move one of the tables and try again.`,
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
    nl: (w) => officeCodeText(w.detail, 'nl'),
    en: (w) => officeCodeText(w.detail, 'en'),
  },
  'not-a-package': {
    nl: () => `Dit bestand is geen leesbare Excel-werkmap. ${RESAVE.nl}`,
    en: () => `This file is not a readable Excel workbook. ${RESAVE.en}`,
  },
  unreadable: {
    nl: () => `Deze werkmap kan niet gelezen worden. ${RESAVE.nl}`,
    en: () => `This workbook cannot be read. ${RESAVE.en}`,
  },
  damaged: {
    nl: () =>
      `Dit bestand is beschadigd. Open het in Excel om het te laten herstellen, of neem een reservekopie.`,
    en: () => `This file is damaged. Open it in Excel to have it repaired, or use a backup.`,
  },
  'would-lose-parts': {
    nl: () =>
      `Niet opgeslagen: de werkmap bevat onderdelen die hier niet teruggeschreven kunnen worden en verloren zouden gaan. Werk de werkmap bij met de invoegtoepassing in Excel.`,
    en: () =>
      `Not saved: the workbook holds parts that cannot be written back here and would be lost. Update the workbook with the add-in in Excel.`,
  },
};

/** The sentence for one error, in `language`, by its reason or code. */
export function errorText(error: unknown, language: MessageLanguage): string {
  if (isWorkbookError(error)) {
    const w = error.where;
    const where: Where = {
      table: w.path ?? w.sheet ?? '',
      sheet: w.sheet ?? w.path ?? '',
      column: w.column ?? '',
      detail: error.reason === 'office-error' ? (error.hostCode ?? '') : (w.path ?? w.sheet ?? ''),
      value: typeof w.value === 'string' ? w.value : '',
    };
    return REASONS[error.reason][language](where);
  }
  if (error instanceof DomainError) {
    const w = error.where;
    const place = [
      w.sheet,
      w.row !== undefined ? (language === 'nl' ? `rij ${w.row}` : `row ${w.row}`) : undefined,
      w.column,
    ]
      .filter((x) => x !== undefined && x !== '')
      .join(', ');
    return place ? `${error.message} (${place})` : error.message;
  }
  const code = hostCodeOf(error);
  if (code) return officeCodeText(code, language);
  if (error instanceof Error) return error.message;
  return String(error);
}
