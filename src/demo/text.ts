/** The demo page's own words (the pane has its own), Dutch by default and English. */
import type { IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';

// Hand-written: the header shows the sample's date in the page's first render, and an
// Intl.DateTimeFormat made then costs that render more than everything else in it.
const MONTHS: Record<Language, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A day as words: "22 november 2026", "22 November 2026". */
function longDate(date: IsoDate, language: Language): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[language][Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

export interface DemoText {
  title: string;
  subtitle: string;
  loading: string;
  open: string;
  download: string;
  reset: string;
  language: string;
  otherLanguage: string;
  workbook: string;
  pane: string;
  sheets: string;
  rowHeader: string;
  formulaColumn: string;
  showMore: string;
  noTables: string;
  plainSheet: string;
  emptyWorkbook: string;
  sample: string;
  /** Waiting for the sample's workbook before a first change or download lands. */
  preparing: string;
  sampleAsOf: (date: IsoDate) => string;
  opened: (name: string) => string;
  openFailed: (why: string) => string;
  downloadFailed: (why: string) => string;
  lossRisk: (what: string) => string;
  rowCount: (n: number) => string;
  showing: (shown: number, total: number) => string;
}

const nl: DemoText = {
  title: 'Klant Inzicht',
  subtitle: 'Demo zonder Excel: het taakvenster naast een voorbeeldwerkmap',
  loading: 'Voorbeeldwerkmap wordt opgebouwd…',
  open: 'Eigen werkmap openen (.xlsx)',
  download: 'Werkmap downloaden',
  reset: 'Nieuwe voorbeeldwerkmap',
  language: 'Taal',
  otherLanguage: 'English',
  workbook: 'Werkmap',
  pane: 'Taakvenster',
  sheets: 'Werkbladen',
  rowHeader: 'Rij',
  formulaColumn: 'Formulekolom: berekend zoals Excel het toont',
  showMore: 'Meer rijen tonen',
  noTables:
    'Dit werkblad is leeg. Kies "Sorteer werkmap" in het taakvenster om het overzicht te vullen, of download de werkmap om het in Excel te bekijken.',
  plainSheet: 'werkblad zonder tabel; grafieken staan alleen in Excel',
  emptyWorkbook: 'De werkmap heeft nog geen werkbladen.',
  sample: 'voorbeeldwerkmap',
  preparing: 'De werkmap wordt klaargezet; even geduld…',
  sampleAsOf: (date) => `Voorbeeldgegevens, stand per ${longDate(date, 'nl')}`,
  opened: (name) => `Geopend: ${name}`,
  openFailed: (why) => `Kon de werkmap niet openen: ${why}`,
  downloadFailed: (why) => `Kon de werkmap niet klaarzetten om te downloaden: ${why}`,
  lossRisk: (what) => `Let op: bij downloaden gaan verloren: ${what}.`,
  rowCount: (n) => (n === 1 ? '1 rij' : `${n.toLocaleString('nl-NL')} rijen`),
  showing: (shown, total) =>
    `${shown.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} rijen getoond.`,
};

const en: DemoText = {
  title: 'Klant Inzicht',
  subtitle: 'Demo without Excel: the task pane beside a sample workbook',
  loading: 'Building the sample workbook…',
  open: 'Open your own workbook (.xlsx)',
  download: 'Download workbook',
  reset: 'New sample workbook',
  language: 'Language',
  otherLanguage: 'Nederlands',
  workbook: 'Workbook',
  pane: 'Task pane',
  sheets: 'Worksheets',
  rowHeader: 'Row',
  formulaColumn: 'Formula column: calculated as Excel shows it',
  showMore: 'Show more rows',
  noTables:
    'This worksheet is empty. Choose "Sorteer werkmap" in the task pane to fill the overview, or download the workbook to see it in Excel.',
  plainSheet: 'sheet without a table; charts only in Excel',
  emptyWorkbook: 'The workbook has no worksheets yet.',
  sample: 'sample workbook',
  preparing: 'Preparing the workbook; one moment…',
  sampleAsOf: (date) => `Sample data as of ${longDate(date, 'en')}`,
  opened: (name) => `Opened: ${name}`,
  openFailed: (why) => `Could not open the workbook: ${why}`,
  downloadFailed: (why) => `Could not prepare the workbook for download: ${why}`,
  lossRisk: (what) => `Note: downloading drops: ${what}.`,
  rowCount: (n) => (n === 1 ? '1 row' : `${n.toLocaleString('en-GB')} rows`),
  showing: (shown, total) =>
    `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} rows.`,
};

export const DEMO_TEXT: Record<Language, DemoText> = { nl, en };
