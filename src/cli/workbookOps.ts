/**
 * The workbook operations the CLI runs that change a workbook; `check`, `report` and `remind`
 * use loadLedger directly. Injected so tests can make an operation fail halfway.
 */
import type { IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import type { Book } from '../workbook/book';
import type { ConsultantConfig } from '../workbook/config';
import { refreshAndSort, setUp, type RefreshResult, type SetUpReport } from '../workbook/operations';

interface SetUpOptions {
  /** Absent: the config's language, else the workbook's own, else Dutch (setUp decides). */
  language?: Language;
  config?: ConsultantConfig;
  /** Take over product-named columns holding the person's own data (--adopt-columns). */
  adoptColumns?: boolean;
}

export interface WorkbookOps {
  setUp: (book: Book, options: SetUpOptions) => Promise<SetUpReport>;
  refreshAndSort: (
    book: Book,
    today: IsoDate,
    options?: { adoptColumns?: boolean },
  ) => Promise<RefreshResult>;
}

export const workbookOps: WorkbookOps = {
  setUp: (book, options) => setUp(book, options),
  refreshAndSort: (book, today, options = {}) => refreshAndSort(book, { today, ...options }),
};
