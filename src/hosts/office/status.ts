/**
 * The one line a ribbon command leaves for the user. Excel gives function-file commands no
 * notification API (notificationMessages is Outlook-only, a dialog is heavy), so the result goes
 * to a status cell on the overview: the defined name KlantInzichtStatus, created on first use
 * just below what the overview sheet holds. Two requests, whatever the workbook size.
 */
import { toCellInput } from './cellInput';
import { fromOfficeError } from './errors';
import type { OfficeApi } from './officeApi';
import { officeApiFromGlobals } from './officeApi';
import { rectAddress } from './a1';

export const STATUS_NAME = 'KlantInzichtStatus';

export interface StatusOptions {
  /** Sheet that receives the status cell when the name does not exist yet. */
  sheet: string;
  text: string;
  /** Activate the sheet and select the cell (when the user must look, e.g. rows with errors). */
  reveal: boolean;
}

/** Writes the status; returns the cell's address, or null when neither name nor sheet exists. */
export async function writeStatus(
  options: StatusOptions,
  api: OfficeApi = officeApiFromGlobals(),
): Promise<string | null> {
  try {
    return await api.run({ delayForCellEdit: true }, async (ctx) => {
      const wb = ctx.workbook;
      const named = wb.names.getItemOrNullObject(STATUS_NAME).getRangeOrNullObject().load('address');
      const sheet = wb.worksheets.getItemOrNullObject(options.sheet).load('name');
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await ctx.sync();
      let target: Excel.Range;
      if (!named.isNullObject) {
        target = named;
      } else if (!sheet.isNullObject) {
        const row = used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1;
        target = sheet.getRange(rectAddress(row, 0, 1, 1));
        wb.names.add(STATUS_NAME, target);
      } else {
        return null;
      }
      target.values = [[toCellInput(options.text)]];
      if (options.reveal) {
        target.worksheet.activate();
        target.select();
      }
      target.load('address');
      await ctx.sync();
      return target.address;
    });
  } catch (e) {
    throw fromOfficeError(e, 'writing the status cell');
  }
}
