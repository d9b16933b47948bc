/**
 * Entry of the function file (commands.html). Office runs a function command in a fresh runtime
 * per click, so everything is made per click here and nothing is kept between clicks. The
 * command is associated at the top level, as Microsoft's samples do: Office may invoke it as soon
 * as the file has loaded, before an onReady callback would have run. The clock is read in
 * commands.ts.
 */
import { OfficeBook } from '../hosts/office/officeBook';
import { officeApiFromGlobals } from '../hosts/office/officeApi';
import { writeStatus } from '../hosts/office/status';
import { OVERVIEW_MARKER, OVERVIEW_STATUS_CELL } from '../workbook/operations/overview';
import { OVERVIEW_SHEET } from '../workbook/schema';
import { commandLanguage, registerCommands } from './commands';
import { refreshForRibbon } from './refresh';

registerCommands(Office.actions, () => {
  const api = officeApiFromGlobals();
  const book = new OfficeBook(api);
  const language = commandLanguage(Office.context.displayLanguage);
  return {
    language,
    now: () => new Date(),
    refresh: (today) => refreshForRibbon(book, today),
    report: async (text, reveal, refreshed) => {
      await writeStatus(
        {
          text,
          reveal,
          marker: OVERVIEW_MARKER,
          cell: OVERVIEW_STATUS_CELL,
          overviewWritten: refreshed,
          // The workbook's language is not known when the refresh failed: try both names.
          overviewSheets: [OVERVIEW_SHEET[language], OVERVIEW_SHEET[language === 'nl' ? 'en' : 'nl']],
        },
        api,
      );
    },
  };
});

// Office.js wants onReady (or initialize) to be set by every page it runs.
void Office.onReady();
