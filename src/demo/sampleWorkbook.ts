/**
 * The demo's .xlsx side, loaded lazily (this module pulls in ExcelJS through the .xlsx host): only
 * when the visitor edits, downloads or opens a workbook. The sample becomes a real workbook by
 * replaying the batches its in-memory build applied; a visitor's own file is opened as it is.
 */
import { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { Change } from '../workbook/book';
import type { DemoWorkbook } from './sampleBook';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A new .xlsx workbook holding what `batches` build, applied in their order. */
export async function replayed(batches: readonly (readonly Change[])[]): Promise<XlsxBook> {
  const book = XlsxBook.create();
  for (const changes of batches) await book.apply(changes);
  return book;
}

export async function workbookBlob(book: XlsxBook, lossRisks: readonly string[]): Promise<Blob> {
  // The visitor was told at opening what a download drops (text.lossRisk); the original stays theirs.
  const bytes = await book.toBuffer({ force: lossRisks.length > 0 });
  return new Blob([bytes as BlobPart], { type: XLSX_MIME });
}

/** Opens the visitor's own file; DomainError 'unsupported' when it is not an .xlsx workbook. */
export async function openWorkbook(bytes: ArrayBuffer, fileName: string): Promise<DemoWorkbook> {
  const book = await XlsxBook.fromBuffer(bytes);
  const lossRisks = [...book.lossRisks];
  return { book, fileName, lossRisks, blob: () => workbookBlob(book, lossRisks) };
}
