/**
 * Entry of the function file (commands.html). Wires the SortWorkbook command to the Office host
 * and the workbook layer's refresh; the clock is read in commands.ts.
 */
import { OfficeBook } from '../hosts/office/officeBook';
import { officeApiFromGlobals } from '../hosts/office/officeApi';
import { writeStatus } from '../hosts/office/status';
import { OVERVIEW_SHEET } from '../workbook/schema';
import { commandLanguage, registerCommands } from './commands';
import { refreshForRibbon } from './refresh';

Office.onReady(() => {
  const api = officeApiFromGlobals();
  const book = new OfficeBook(api);
  registerCommands(Office.actions, () => {
    const language = commandLanguage(Office.context.displayLanguage);
    return {
      language,
      now: () => new Date(),
      refresh: (today) => refreshForRibbon(book, today),
      report: async (text, reveal) => {
        await writeStatus({ sheet: OVERVIEW_SHEET[language], text, reveal }, api);
      },
    };
  });
});
