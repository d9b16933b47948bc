/**
 * Saving through ExcelJS drops what it cannot write (charts, pivots, macros, text boxes, …). The
 * CLI refuses before any work unless the person says --force, and then forces the save too (the
 * host refuses an unforced save of such a workbook on its own). A forced save never pretends to
 * keep macros: a macro-enabled workbook is refused even with --force, since the file would keep
 * its .xlsm name without its macros.
 *
 * The authors of comments are the one loss the CLI makes good itself: it read them from the file
 * it opened and writes them back into the saved package (commentAuthors.ts), so they are no
 * reason to refuse.
 */
import { commentAuthorsOf, restoreCommentAuthors, type CommentAuthors } from '../hosts/xlsx/commentAuthors';
import type { LossyPart, XlsxBook } from '../hosts/xlsx/xlsxBook';
import { CliError, EXIT } from './exitCodes';
import { failureLanguage } from './failures';

const COMMENT_AUTHORS = 'the authors of comments';
const authorsOf = new WeakMap<XlsxBook, CommentAuthors>();

/** Reads who wrote the comments of the file `book` was opened from, when the host says it would drop them. */
export async function rememberCommentAuthors(book: XlsxBook, bytes: Uint8Array): Promise<void> {
  if (!book.lossRisks.includes(COMMENT_AUTHORS)) return;
  const authors = await commentAuthorsOf(bytes);
  if (authors) authorsOf.set(book, authors);
}

/** What a save would lose after the CLI has put back what it can. */
function wouldLose(book: XlsxBook): readonly LossyPart[] {
  return book.lossyParts.filter((p) => !(p.en === COMMENT_AUTHORS && authorsOf.has(book)));
}

export function refuseLoss(book: XlsxBook, file: string, force: boolean): void {
  const lost = wouldLose(book);
  if (lost.length === 0) return;
  const language = failureLanguage();
  const what = lost.map((p) => p[language]).join(', ');
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
export async function bytesToSave(book: XlsxBook, force: boolean): Promise<Uint8Array> {
  const bytes = await book.toBuffer({ force: force || wouldLose(book).length === 0 });
  const authors = authorsOf.get(book);
  return authors ? restoreCommentAuthors(bytes, authors) : bytes;
}
