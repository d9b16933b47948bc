/**
 * The demo's workbook, loaded lazily (this module pulls in ExcelJS through the .xlsx host): the
 * sample workbook built the way a person's own workbook is built — setUp, then the records
 * appended through the workbook layer — or a workbook the visitor opens, and saving either back to
 * an .xlsx file.
 */
import type { IsoDate } from '../domain/dates';
import type { Language, Ledger } from '../domain/model';
import { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { Book, Cell } from '../workbook/book';
import { encodeFields } from '../workbook/codec';
import { setUp } from '../workbook/operations/setUp';
import { header, tableSpec, type TableId } from '../workbook/schema';
import { generateSampleData } from './sampleData';

export interface DemoWorkbook {
  book: XlsxBook;
  /** File name for downloads. */
  fileName: string;
  /** What the opened file holds that saving would drop (charts, pivot tables, macros). */
  lossRisks: string[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Appends records to one table in one batch, keyed by the workbook's headers. */
async function appendRecords(book: Book, id: TableId, records: readonly Record<string, unknown>[], language: Language): Promise<void> {
  if (records.length === 0) return;
  const spec = tableSpec(id);
  const opts = { dateSystem: 1900 as const, language };
  const rows = records.map((r) => {
    const cells = encodeFields(spec, r, opts);
    const byHeader: Record<string, Cell> = {};
    for (const c of spec.columns) {
      const v = cells[c.field];
      if (v !== undefined && c.owner === 'user') byHeader[header(c, language)] = v;
    }
    return byHeader;
  });
  const table = language === 'en' ? spec.en : spec.nl;
  await book.apply([{ kind: 'appendRows', table, rows }]);
}

export async function fillLedger(book: Book, ledger: Ledger, language: Language): Promise<void> {
  await appendRecords(book, 'customers', ledger.customers, language);
  await appendRecords(book, 'invoices', ledger.invoices, language);
  await appendRecords(book, 'payments', ledger.payments, language);
  await appendRecords(book, 'contacts', ledger.contacts, language);
  await appendRecords(
    book,
    'arrangements',
    ledger.arrangements.flatMap((a) => a.instalments.map((i) => ({ ...a, ...i }))),
    language,
  );
}

/** A new workbook with the sample ledger as of `today`. */
export async function sampleWorkbook(today: IsoDate, language: Language = 'nl'): Promise<DemoWorkbook> {
  const book = XlsxBook.create();
  const { ledger } = generateSampleData({ today });
  await setUp(book, { language });
  await fillLedger(book, ledger, language);
  return { book, fileName: language === 'en' ? 'klant-inzicht-sample.xlsx' : 'klant-inzicht-voorbeeld.xlsx', lossRisks: [] };
}

/** Opens the visitor's own file; DomainError 'unsupported' when it is not an .xlsx workbook. */
export async function openWorkbook(bytes: ArrayBuffer, fileName: string): Promise<DemoWorkbook> {
  const book = await XlsxBook.fromBuffer(bytes);
  return { book, fileName, lossRisks: [...book.lossRisks] };
}

export async function workbookBlob(workbook: DemoWorkbook): Promise<Blob> {
  const bytes = await workbook.book.toBuffer();
  return new Blob([bytes as BlobPart], { type: XLSX_MIME });
}
