/**
 * Why the .xlsx host refuses, as a code a caller can branch on (the CLI maps them to exit codes)
 * and a message in the workbook's language that says what is wrong and what to do. The error is a
 * DomainError, so callers that only know DomainError still show it as one clear line.
 */
import type { ErrorLocation } from '../../domain/errors';
import { WorkbookError } from '../../workbook/errors';

export type XlsxLanguage = 'nl' | 'en';

export type XlsxProblem =
  /** Not a zip at all, or a zip cut short (exit 4). */
  | 'not-a-package'
  /** A zip, but a part a workbook needs is missing or cannot be read (exit 4). */
  | 'unreadable'
  /** The zip's own bookkeeping does not match its contents: a damaged file (exit 4). */
  | 'damaged'
  /** Bigger than the limits, before anything is decompressed (exit 4). */
  | 'too-large'
  /** Merged cells inside a table body stop a sort (exit 8). */
  | 'merged-cells'
  /** Rows hidden inside a table body stop a sort (exit 8). */
  | 'hidden-rows'
  /** A save would drop parts ExcelJS cannot write; only a forced save goes ahead (exit 6). */
  | 'would-lose-parts';

type Texts = Record<XlsxProblem, (detail: string) => string>;

const RESAVE_NL = 'Open het in Excel of LibreOffice en sla het opnieuw op als Excel-werkmap (.xlsx).';
const RESAVE_EN = 'Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).';

const TEXTS: Record<XlsxLanguage, Texts> = {
  nl: {
    'not-a-package': (d) => `Dit bestand is geen leesbare Excel-werkmap: ${d}. ${RESAVE_NL}`,
    unreadable: (d) => `Deze werkmap kan niet gelezen worden: ${d}. ${RESAVE_NL}`,
    damaged: (d) =>
      `Dit bestand is beschadigd: ${d}. Open het in Excel om het te laten herstellen, of neem een reservekopie.`,
    'too-large': (d) =>
      `Deze werkmap is te groot om veilig te openen: ${d}. Splits de gegevens over kleinere werkmappen.`,
    'merged-cells': (d) =>
      `Sorteren kan niet: ${d}. Een tabel sorteert alleen zonder samengevoegde cellen; maak de samenvoeging ongedaan en sorteer opnieuw.`,
    'hidden-rows': (d) =>
      `Sorteren kan niet: ${d}. Bij het sorteren zou een andere rij verborgen raken; maak de rijen zichtbaar (of wis het filter) en sorteer opnieuw.`,
    'would-lose-parts': (d) =>
      `Niet opgeslagen: dit programma kan ${d} niet terugschrijven; ze zouden verloren gaan. Werk de werkmap bij met de invoegtoepassing in Excel, of bewaar eerst een kopie en forceer het opslaan.`,
  },
  en: {
    'not-a-package': (d) => `This file is not a readable Excel workbook: ${d}. ${RESAVE_EN}`,
    unreadable: (d) => `This workbook cannot be read: ${d}. ${RESAVE_EN}`,
    damaged: (d) => `This file is damaged: ${d}. Open it in Excel to have it repaired, or use a backup.`,
    'too-large': (d) =>
      `This workbook is too large to open safely: ${d}. Split the data over smaller workbooks.`,
    'merged-cells': (d) =>
      `Cannot sort: ${d}. A table sorts only without merged cells; unmerge them and sort again.`,
    'hidden-rows': (d) =>
      `Cannot sort: ${d}. Sorting would hide a different row; unhide the rows (or clear the filter) and sort again.`,
    'would-lose-parts': (d) =>
      `Not saved: this program cannot write back ${d}; they would be lost. Update the workbook with the add-in inside Excel, or keep a copy first and force the save.`,
  },
};

/** The workbook layer's one error shape (WorkbookError), raised by the .xlsx host. */
export class XlsxHostError extends WorkbookError {
  constructor(
    readonly problem: XlsxProblem,
    message: string,
    where: ErrorLocation = {},
  ) {
    super('unsupported', problem, message, where);
  }
}

export function hostError(
  problem: XlsxProblem,
  language: XlsxLanguage,
  detail: Record<XlsxLanguage, string>,
): XlsxHostError {
  return new XlsxHostError(problem, TEXTS[language][problem](detail[language]));
}
