/** What the handlers of one XlsxBook share: the workbook and what applying changes has recorded. */
import type ExcelJS from 'exceljs';
import type { ChartSpec } from '../../workbook/book';
import type { XlsxLanguage } from './hostErrors';

export interface RecordedChart {
  sheet: string;
  chart: ChartSpec;
}

export interface XlsxState {
  readonly workbook: ExcelJS.Workbook;
  /** Charts the operations asked for; ExcelJS cannot write them (see upsertChart). */
  readonly charts: RecordedChart[];
  /** Things apply() skipped or approximated, for the caller to show. */
  readonly notes: string[];
  /** Sheets whose shared formulas are already plain (see materializeSharedFormulas). */
  readonly materialized: WeakSet<ExcelJS.Worksheet>;
  /** Columns setColumnFormula filled down (table -> headers, lower case): the only ones a save shares. */
  readonly filledDown: Map<string, Set<string>>;
  /** The workbook's language, for refusals (Dutch unless the caller says otherwise). */
  language: XlsxLanguage;
}
