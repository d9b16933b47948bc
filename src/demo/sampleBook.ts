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
  /** Settles when the book can be read cell by cell (the sample may still be on its way). */
  ready?: () => Promise<unknown>;
  /** Hears when a change or download waits for the workbook to be made (the sample's first). */
  onPreparing?: (listener: (preparing: boolean) => void) => () => void;
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
  private plain: PlainBook | null = null;
  private plainReady: Promise<PlainBook> | null = null;
  private workbook: XlsxBook | null = null;
  private pending: Promise<XlsxBook> | null = null;
  private readonly preparing = new Set<(preparing: boolean) => void>();
  /** Reads and changes waiting for the sample or its workbook: the page shows that they wait. */
  private waiting = 0;

  /**
   * `plain` may be made on demand (`make`: a worker builds it while the page shows the first view
   * computed ahead): the first read, change or `ready` starts it, and waits for it. Made once; a
   * failed attempt is made again next time.
   */
  constructor(
    private readonly source: PlainBook | (() => Promise<PlainBook>),
    private readonly replay: Replay,
  ) {
    if (typeof source !== 'function') this.plain = source;
  }

  /** The sample in memory: made at the first call when it was not given. */
  private sample(): Promise<PlainBook> {
    if (this.plain) return Promise.resolve(this.plain);
    const make = this.source as () => Promise<PlainBook>;
    this.plainReady ??= make().then(
      (p) => (this.plain = p),
      (e: unknown) => {
        this.plainReady = null;
        throw e;
      },
    );
    return this.plainReady;
  }

  /** Settles when the sample is in memory (the grid reads it cell by cell); starts it if need be. */
  get ready(): Promise<unknown> {
    return this.sample();
  }

  read(tableNames: readonly string[], options?: ReadOptions): Promise<ReadResult> {
    if (this.workbook) return this.workbook.read(tableNames);
    if (this.plain) return this.plain.read(tableNames, options);
    return this.wait(async () => (await this.sample()).read(tableNames, options));
  }

  /** A sheet's cells; only once `ready` has settled (the grid waits for it). */
  sheetValues(sheet: string): SheetValues {
    const book = this.workbook ?? this.plain;
    if (!book) throw new Error(`the sample is not in memory yet (sheet ${sheet})`);
    return book.sheetValues(sheet);
  }

  async apply(changes: readonly Change[]): Promise<void> {
    await (await this.xlsx()).apply(changes);
  }

  /**
   * The sample as an .xlsx workbook, made once, after the sample itself is in memory; a failed
   * attempt is tried again next time. Listeners of `onPreparing` hear while it is being made, so
   * the page can show that a first change or download waits for it.
   */
  xlsx(): Promise<XlsxBook> {
    if (this.workbook) return Promise.resolve(this.workbook);
    this.pending ??= this.sample()
      .then((plain) => this.replay(plain.batches))
      .then(
        (book) => (this.workbook = book),
        (e: unknown) => {
          this.pending = null;
          throw e;
        },
      );
    const pending = this.pending;
    return this.wait(() => pending);
  }

  /** `work`, told to the page as waiting while it runs. */
  private async wait<T>(work: () => Promise<T>): Promise<T> {
    if ((this.waiting += 1) === 1) this.tell(true);
    try {
      return await work();
    } finally {
      if ((this.waiting -= 1) === 0) this.tell(false);
    }
  }

  /**
   * Calls `listener(true)` when a read, change or download starts waiting for the sample or its
   * workbook, and `listener(false)` when nothing waits any more.
   */
  onPreparing(listener: (preparing: boolean) => void): () => void {
    this.preparing.add(listener);
    return () => this.preparing.delete(listener);
  }

  private tell(preparing: boolean): void {
    for (const listener of this.preparing) listener(preparing);
  }

  /** Whether the .xlsx workbook exists yet (reads come from memory until it does). */
  get onXlsx(): boolean {
    return this.workbook !== null;
  }
}

/** The sample as the demo page holds it; `load` brings the .xlsx side when it is first needed. */
export function demoWorkbookOf(
  plain: PlainBook | (() => Promise<PlainBook>),
  load: () => Promise<{
    replayed: Replay;
    workbookBlob: (book: XlsxBook, lossRisks: readonly string[]) => Promise<Blob>;
  }>,
  language: Language = 'nl',
): DemoWorkbook {
  const book = new SampleBook(plain, async (batches) => (await load()).replayed(batches));
  return {
    book,
    ready: () => book.ready,
    onPreparing: (listener) => book.onPreparing(listener),
    fileName: language === 'en' ? 'klant-inzicht-sample.xlsx' : 'klant-inzicht-voorbeeld.xlsx',
    lossRisks: [],
    blob: async () => (await load()).workbookBlob(await book.xlsx(), []),
  };
}
