/**
 * Entry of the function file (commands.html). Office runs a function command in a fresh runtime
 * per click, so everything is made per click here and nothing is kept between clicks. The
 * command is associated at the top level, as Microsoft's samples do: Office may invoke it as soon
 * as the file has loaded, before an onReady callback would have run. The clock is read in
 * commands.ts.
 *
 * The refresh's writes are held back until the result line is known, then go to Excel together
 * with it: the line costs no round trip of its own, and says "sorted" only if the writes before
 * it in that request succeeded (Excel stops a request at its first failing command).
 */
import { OfficeBook } from '../hosts/office/officeBook';
import { officeApiFromGlobals } from '../hosts/office/officeApi';
import { queueStatus, writeStatus } from '../hosts/office/status';
import type { Book, Change } from '../workbook/book';
import { OVERVIEW_MARKER, OVERVIEW_STATUS_CELL } from '../workbook/operations/overview';
import { OVERVIEW_SHEET, TABLES } from '../workbook/schema';
import { commandLanguage, registerCommands } from './commands';
import { refreshForRibbon } from './refresh';

/** The product's tables under their Dutch and English names. */
const PRODUCT_TABLES = TABLES.flatMap((t) => [t.nl, t.en]);

registerCommands(Office.actions, (command) => {
  const api = officeApiFromGlobals();
  const book = new OfficeBook(api);
  const language = commandLanguage(Office.context.displayLanguage);
  let held: Change[] = [];
  const holding: Book = {
    read: (names, options) => book.read(names, options),
    apply: async (changes) => {
      held.push(...changes);
    },
  };
  const place = { marker: OVERVIEW_MARKER, cell: OVERVIEW_STATUS_CELL };
  return {
    language,
    ...(command === 'ClearFiltersAndSort'
      ? { prepare: async () => void (await book.clearFilters(PRODUCT_TABLES)) }
      : {}),
    now: () => new Date(),
    refresh: (today) => refreshForRibbon(holding, today),
    report: async (text, reveal, refreshed) => {
      if (refreshed) {
        const changes = held;
        held = [];
        await book.apply(changes, { lastRequest: (ctx) => queueStatus(ctx, { ...place, text, reveal }) });
        return;
      }
      await writeStatus(
        {
          ...place,
          text,
          reveal,
          overviewWritten: false,
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
