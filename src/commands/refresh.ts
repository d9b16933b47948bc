/** The workbook layer's refreshAndSort, reduced to what the ribbon tells the user. */
import type { IsoDate } from '../domain/dates';
import { ratesOutdated } from '../domain/legal/interestRates';
import type { Book } from '../workbook/book';
import { refreshAndSort, type RefreshResult } from '../workbook/operations';
import { SETTINGS_TABLE } from '../workbook/tables/records';
import { unaskedColumns } from '../workbook/yoursNote';
import type { RefreshSummary } from './commands';

function summarize(result: RefreshResult): RefreshSummary {
  const outdated = ratesOutdated(
    result.today,
    result.settings?.extraInterestRates ?? [],
    result.settings?.country,
  );
  const unasked = unaskedColumns(result);
  return {
    invoices: result.invoices,
    actions: result.actions.length,
    rowErrors: result.errors.map((e) => ({
      sheet: e.sheet,
      row: e.row,
      ...(e.column ? { column: e.column.header } : {}),
      message: e.why,
    })),
    warnings: result.warnings.length,
    ...(unasked.length > 0 ? { yours: unasked } : {}),
    ...(outdated
      ? {
          ratesOutdated: {
            knownUntil: outdated.knownUntil,
            settingsSheet: result.settingsSheet ?? SETTINGS_TABLE[result.language],
          },
        }
      : {}),
  };
}

export async function refreshForRibbon(book: Book, today: IsoDate): Promise<RefreshSummary> {
  return summarize(await refreshAndSort(book, { today }));
}
