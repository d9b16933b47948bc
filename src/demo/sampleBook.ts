/**
 * The demo's sample as the pane and the grid see it: held in memory (PlainBook, no ExcelJS) so the
 * first view needs neither the .xlsx host's download nor its parsing, and turned into a real .xlsx
 * workbook only when the visitor first edits or downloads it. Until then reads come from memory;
 * the first change waits for the workbook, which replays the sample's batches, then lands there,
 * and from then on everything goes to the workbook.
 */
import type { Language } from '../domain/model';
import type { SheetValues } from '../hosts/xlsx/sheetValues';
import type { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { Book, Change, ReadOptions, ReadResult } from '../workbook/book';
import type { PlainBook } from './plainBook';

/** A Book that can also show a sheet without tables (the Overzicht) cell by cell. */
interface SheetBook extends Book {
  sheetValues(sheet: string): SheetValues;
}

export interface DemoWorkbook {
  book: SheetBook;
  /** File name for downloads. */
  fileName: string;
  /** What the opened file holds that saving would drop (charts, pivot tables, macros). */
  lossRisks: string[];
  /** The workbook as an .xlsx file. */
  blob(): Promise<Blob>;
}

/** The .xlsx workbook holding what these batches build (sampleWorkbook.replayed, lazily loaded). */
type Replay = (batches: readonly (readonly Change[])[]) => Promise<XlsxBook>;

export class SampleBook implements SheetBook {
  private workbook: XlsxBook | null = null;
  private pending: Promise<XlsxBook> | null = null;

  constructor(
    private readonly plain: PlainBook,
    private readonly replay: Replay,
  ) {}

  read(tableNames: readonly string[], options?: ReadOptions): Promise<ReadResult> {
    return this.workbook ? this.workbook.read(tableNames) : this.plain.read(tableNames, options);
  }

  sheetValues(sheet: string): SheetValues {
    return (this.workbook ?? this.plain).sheetValues(sheet);
  }

  async apply(changes: readonly Change[]): Promise<void> {
    await (await this.xlsx()).apply(changes);
  }

  /** The sample as an .xlsx workbook, made once; a failed attempt is tried again next time. */
  xlsx(): Promise<XlsxBook> {
    this.pending ??= this.replay(this.plain.batches).then(
      (book) => (this.workbook = book),
      (e: unknown) => {
        this.pending = null;
        throw e;
      },
    );
    return this.pending;
  }

  /** Whether the .xlsx workbook exists yet (reads come from memory until it does). */
  get onXlsx(): boolean {
    return this.workbook !== null;
  }
}

/** The sample as the demo page holds it; `load` brings the .xlsx side when it is first needed. */
export function demoWorkbookOf(
  plain: PlainBook,
  load: () => Promise<{
    replayed: Replay;
    workbookBlob: (book: XlsxBook, lossRisks: readonly string[]) => Promise<Blob>;
  }>,
  language: Language = 'nl',
): DemoWorkbook {
  const book = new SampleBook(plain, async (batches) => (await load()).replayed(batches));
  return {
    book,
    fileName: language === 'en' ? 'klant-inzicht-sample.xlsx' : 'klant-inzicht-voorbeeld.xlsx',
    lossRisks: [],
    blob: async () => (await load()).workbookBlob(await book.xlsx(), []),
  };
}
