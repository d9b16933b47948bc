/**
 * The one line a ribbon command leaves for the user. Excel gives function-file commands no
 * notification API (notificationMessages is Outlook-only, a dialog is heavy), so the result goes
 * to the cell the overview's layout reserves for it. The overview's sheet is found by a defined
 * name the layout writes (the marker), not by a sheet name: the workbook's language and Office's
 * UI language may differ, and a person may have a sheet called "Overzicht" of their own.
 */
import { toCellInput } from './cellInput';
import { fromOfficeError, isOfficeError } from './errors';
import type { OfficeApi } from './officeApi';
import { officeApiFromGlobals } from './officeApi';

/** The name of the sheet made for the result when the workbook has no overview of ours yet. */
export const STATUS_SHEET = 'Klant Inzicht';

export interface StatusOptions {
  text: string;
  /** Activate the sheet and select the cell (when the user must look, e.g. rows with errors). */
  reveal: boolean;
  /** Defined name on the overview sheet (the layout's marker) and the cell reserved on it. */
  marker: string;
  cell: string;
  /**
   * The refresh just wrote the overview, so the marker exists: one request. Otherwise (a failed
   * refresh) the place is looked up first, and made when there is none.
   */
  overviewWritten: boolean;
  /** Sheets the product may have made for its overview, tried when the marker is missing. */
  overviewSheets?: readonly string[];
}

/** Writes the status; returns the cell's address. */
export async function writeStatus(
  options: StatusOptions,
  api: OfficeApi = officeApiFromGlobals(),
): Promise<string> {
  try {
    if (options.overviewWritten) {
      try {
        return await api.run({ delayForCellEdit: true }, async (ctx) => {
          const sheet = ctx.workbook.names.getItem(options.marker).getRange().worksheet;
          return await put(ctx, sheet.getRange(options.cell), options);
        });
      } catch (e) {
        // The person deleted the name or the sheet between the refresh and now: look it up.
        if (!(isOfficeError(e) && e.code === 'ItemNotFound')) throw e;
      }
    }
    return await api.run({ delayForCellEdit: true }, async (ctx) => {
      const wb = ctx.workbook;
      const marked = wb.names.getItemOrNullObject(options.marker).getRangeOrNullObject().load('address');
      const markedSheet = marked.worksheet.load('name');
      const candidates = [...(options.overviewSheets ?? []), STATUS_SHEET].map((name) => {
        const sheet = wb.worksheets.getItemOrNullObject(name).load('name');
        return { name, sheet, used: sheet.getUsedRangeOrNullObject(true).load('address') };
      });
      await ctx.sync();
      let target: Excel.Worksheet;
      if (!marked.isNullObject) {
        target = wb.worksheets.getItem(markedSheet.name);
      } else {
        // An overview sheet of ours that is still empty, else the status sheet (made if missing).
        const empty = candidates.find(
          (c) => !c.sheet.isNullObject && (c.used.isNullObject || c.name === STATUS_SHEET),
        );
        target = empty ? wb.worksheets.getItem(empty.sheet.name) : wb.worksheets.add(STATUS_SHEET);
      }
      return await put(ctx, target.getRange(options.cell), options);
    });
  } catch (e) {
    throw fromOfficeError(e, 'writing the status cell');
  }
}

async function put(ctx: Excel.RequestContext, target: Excel.Range, options: StatusOptions): Promise<string> {
  fill(target, options);
  target.load('address');
  await ctx.sync();
  return target.address;
}

function fill(target: Excel.Range, options: Pick<StatusOptions, 'text' | 'reveal'>): void {
  target.values = [[toCellInput(options.text)]];
  if (options.reveal) {
    target.worksheet.activate();
    target.select();
  }
}

/**
 * Queues the status into a request that also writes the overview (OfficeBook.apply's last
 * request): the marker exists once the overview's names are written earlier in that request.
 */
export function queueStatus(
  ctx: Excel.RequestContext,
  options: Pick<StatusOptions, 'text' | 'reveal' | 'marker' | 'cell'>,
): void {
  fill(ctx.workbook.names.getItem(options.marker).getRange().worksheet.getRange(options.cell), options);
}
