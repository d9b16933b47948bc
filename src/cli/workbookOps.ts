/**
 * The workbook operations the CLI runs. `check`, `report` and `remind` use loadLedger directly;
 * setUp and refreshAndSort come from the workbook layer and are wired here as they land.
 */
import type { Language } from '../domain/model';
import type { ConsultantConfig } from '../workbook/config';
import type { Book } from '../workbook/book';

export interface SetUpOptions {
  language: Language;
  config?: ConsultantConfig;
}

export interface WorkbookOps {
  setUp?: (book: Book, options: SetUpOptions) => Promise<unknown>;
  refreshAndSort?: (book: Book, today: string) => Promise<unknown>;
}

export const workbookOps: WorkbookOps = {};
