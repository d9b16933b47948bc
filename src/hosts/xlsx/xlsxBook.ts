/**
 * The port over .xlsx files, with ExcelJS. Cells are the truth: a table is its name, its range and
 * its column names, and every change writes cells and then moves the table's range. We never use
 * ExcelJS's Table.addRow/commit, which rewrite the whole table from a copy ExcelJS does not keep
 * for loaded files.
 *
 * Where things live: load.ts (opening and its fixes; partTexts.ts reads each part once for the
 * checks), tableGeometry.ts (where a table sits), readTables.ts (the port's read), handlers/ (one
 * per Change kind), sharedFormulas.ts (calculated columns written once as a shared formula, made
 * plain only where a change touches them), excelModel.ts (every cast into ExcelJS internals).
 *
 * What ExcelJS cannot do, and what we do instead:
 * - Charts: ExcelJS writes none and drops charts, pivot tables and macros it reads. `upsertChart`
 *   records the spec in `charts` (the CLI's HTML report draws them) and notes the skip; `lossRisks`
 *   lists what a loaded file holds that saving would drop.
 * - No calculation engine: formulas written here carry no cached result until Excel or LibreOffice
 *   recalculates (we ask for a full calculation on load). Sorting by a formula column uses the
 *   cached results a file already holds.
 */
import ExcelJS from 'exceljs';
import type { Book, Change, ReadResult } from '../../workbook/book';
import { shareEmptyStyles } from './emptyStyle';
import { tableModels } from './excelModel';
import { applyChange, preflight } from './handlers';
import { hostError, type XlsxLanguage } from './hostErrors';
import type { LossyPart } from './lossRisks';
import type { RecordedChart, XlsxState } from './hostState';
import { loadWorkbook } from './load';
import { DEFAULT_LIMITS, type PackageLimits } from './packageLimits';
import { readTables } from './readTables';
import { restoreOnSave, type KeptOnSave } from './savePackage';
import { shareFilledDownFormulas } from './sharedFormulas';
import { usedRange, type SheetValues } from './sheetValues';
import { fixTableModel, sheetNamed } from './tableGeometry';

export type { RecordedChart } from './hostState';
export { XlsxHostError, type XlsxLanguage } from './hostErrors';
export type { SheetValues } from './sheetValues';
export type { LossyPart } from './lossRisks';
export { type PackageLimits } from './packageLimits';

export class XlsxBook implements Book {
  /** Charts the operations asked for; ExcelJS cannot write them (see upsertChart). */
  readonly charts: RecordedChart[] = [];
  /** Things apply() skipped or approximated, for the caller to show. */
  readonly notes: string[] = [];
  private readonly state: XlsxState;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** What the loaded file holds that ExcelJS would drop on save (charts, pivot tables, …). */
    readonly lossRisks: string[] = [],
    private readonly kept: KeptOnSave = {},
    /** Every part a save would not write back, with its name, in Dutch and English. */
    readonly lossyParts: readonly LossyPart[] = [],
    /**
     * The file held macros (.xlsm). A save never does: a forced save writes a macro-free workbook,
     * which belongs under an .xlsx name (Excel refuses an .xlsm without its macro part).
     */
    readonly macroEnabled = false,
  ) {
    this.state = {
      workbook,
      charts: this.charts,
      notes: this.notes,
      materialized: new WeakSet(),
      filledDown: new Map(),
      language: 'nl',
    };
  }

  static create(): XlsxBook {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxBook(wb);
  }

  /**
   * Opens .xlsx bytes, also as other programs write them (see normalizePackage.ts). When they are
   * not a readable workbook: an XlsxHostError (a DomainError 'unsupported' with a `problem`) whose
   * message, in `language` (Dutch unless told), says what is wrong and what to do.
   */
  static async fromBuffer(
    data: Uint8Array | ArrayBuffer,
    options: { language?: XlsxLanguage; limits?: Partial<PackageLimits> } = {},
  ): Promise<XlsxBook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const loaded = await loadWorkbook(bytes, options.language, { ...DEFAULT_LIMITS, ...options.limits });
    const book = new XlsxBook(
      loaded.workbook,
      loaded.lossRisks,
      loaded.kept,
      loaded.lossyParts,
      loaded.macroEnabled,
    );
    if (options.language) book.language = options.language;
    return book;
  }

  /**
   * The workbook as .xlsx bytes. Refuses (XlsxHostError 'would-lose-parts', listing them) when the
   * loaded file holds parts this host cannot write back, unless `force`.
   */
  async toBuffer(options: { force?: boolean } = {}): Promise<Uint8Array> {
    if (this.lossyParts.length > 0 && !options.force) {
      const list = (l: 'nl' | 'en') => {
        const items = this.lossyParts.map((p) => `${p[l]} (${p.part})`);
        const and = l === 'nl' ? ' en ' : ' and ';
        return items.length > 1 ? `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}` : (items[0] ?? '');
      };
      throw hostError('would-lose-parts', this.language, { nl: list('nl'), en: list('en') });
    }
    for (const ws of this.workbook.worksheets) {
      for (const model of tableModels(ws)) fixTableModel(model);
    }
    // Cells the handlers created since the load have a style object each, like the loaded ones had.
    shareEmptyStyles(this.workbook);
    const restore = shareFilledDownFormulas(this.state);
    try {
      const out = await this.workbook.xlsx.writeBuffer();
      return await restoreOnSave(new Uint8Array(out as ArrayBuffer), this.kept);
    } finally {
      restore();
    }
  }

  /** The language refusals speak: the workbook's (the workbook layer knows it), Dutch by default. */
  get language(): XlsxLanguage {
    return this.state.language;
  }

  set language(language: XlsxLanguage) {
    this.state.language = language;
  }

  async read(tableNames: readonly string[]): Promise<ReadResult> {
    return readTables(this.workbook, tableNames);
  }

  /**
   * The used range of a sheet as values and number formats (see sheetValues.ts); not part of the
   * port. At most `maxRows` rows (from the top) come back.
   */
  sheetValues(sheet: string, options: { maxRows?: number } = {}): SheetValues {
    return usedRange(
      sheetNamed(this.workbook, sheet),
      this.workbook.properties.date1904 === true,
      options.maxRows,
    );
  }

  async apply(changes: readonly Change[]): Promise<void> {
    preflight(this.state, changes);
    for (const change of changes) applyChange(this.state, change);
  }
}
