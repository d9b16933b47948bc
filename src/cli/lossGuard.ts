/**
 * Saving through ExcelJS drops what it cannot write (charts, pivots, macros, text boxes, …). The
 * CLI refuses before any work unless the person says --force, and then forces the save too (the
 * host refuses an unforced save of such a workbook on its own). A forced save never pretends to
 * keep macros: a macro-enabled workbook is refused even with --force, since the file would keep
 * its .xlsm name without its macros.
 */
import type { XlsxBook } from '../hosts/xlsx/xlsxBook';
import { CliError, EXIT } from './exitCodes';

export function refuseLoss(book: XlsxBook, file: string, force: boolean): void {
  if (book.lossRisks.length === 0) return;
  const what = book.lossRisks.join(', ');
  if (book.macroEnabled) {
    throw new CliError(EXIT.wouldLoseContent, {
      nl: `${file} bevat macro's (en ${what}); dit programma kan die niet terugschrijven, ook niet met --force. Werk de werkmap bij met de invoegtoepassing in Excel, of sla een kopie op als .xlsx zonder macro's en gebruik die`,
      en: `${file} holds macros (and ${what}); this tool cannot write them back, not even with --force. Update the workbook with the add-in inside Excel, or save a copy as .xlsx without macros and use that`,
    });
  }
  if (force) return;
  throw new CliError(EXIT.wouldLoseContent, {
    nl: `${file} bevat ${what}, wat opslaan met dit programma zou laten verdwijnen; bewaar een kopie en probeer opnieuw met --force, of gebruik de invoegtoepassing in Excel`,
    en: `${file} holds ${what}, which saving with this tool would drop; save a copy and run again with --force, or use the add-in inside Excel`,
  });
}

/** The bytes to save; `force` only after refuseLoss let the workbook through with --force. */
export function bytesToSave(book: XlsxBook, force: boolean): Promise<Uint8Array> {
  return book.toBuffer({ force });
}
