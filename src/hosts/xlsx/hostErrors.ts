/**
 * Why the .xlsx host refuses, as a code a caller can branch on (the CLI maps them to exit codes)
 * and a message in the workbook's language that says what is wrong and what to do. The error is a
 * DomainError, so callers that only know DomainError still show it as one clear line.
 */
import { DomainError, type ErrorLocation } from '../../domain/errors';

export type XlsxLanguage = 'nl' | 'en';

export type XlsxProblem =
  /** Not a zip at all, or a zip cut short (exit 4). */
  | 'not-a-package'
  /** A zip, but a part a workbook needs is missing or cannot be read (exit 4). */
  | 'unreadable'
  /** Bigger than the limits, before anything is decompressed (exit 4). */
  | 'too-large';

interface Texts {
  'not-a-package': (detail: string) => string;
  unreadable: (detail: string) => string;
  'too-large': (detail: string) => string;
}

const RESAVE_NL = 'Open het in Excel of LibreOffice en sla het opnieuw op als Excel-werkmap (.xlsx).';
const RESAVE_EN = 'Open it in Excel or LibreOffice and save it again as an Excel workbook (.xlsx).';

const TEXTS: Record<XlsxLanguage, Texts> = {
  nl: {
    'not-a-package': (d) => `Dit bestand is geen leesbare Excel-werkmap: ${d}. ${RESAVE_NL}`,
    unreadable: (d) => `Deze werkmap kan niet gelezen worden: ${d}. ${RESAVE_NL}`,
    'too-large': (d) =>
      `Deze werkmap is te groot om veilig te openen: ${d}. Splits de gegevens over kleinere werkmappen.`,
  },
  en: {
    'not-a-package': (d) => `This file is not a readable Excel workbook: ${d}. ${RESAVE_EN}`,
    unreadable: (d) => `This workbook cannot be read: ${d}. ${RESAVE_EN}`,
    'too-large': (d) =>
      `This workbook is too large to open safely: ${d}. Split the data over smaller workbooks.`,
  },
};

export class XlsxHostError extends DomainError {
  constructor(
    readonly problem: XlsxProblem,
    message: string,
    where: ErrorLocation = {},
  ) {
    super('unsupported', message, where);
  }
}

export function hostError(
  problem: XlsxProblem,
  language: XlsxLanguage,
  detail: Record<XlsxLanguage, string>,
): XlsxHostError {
  return new XlsxHostError(problem, TEXTS[language][problem](detail[language]));
}
