/**
 * The pane's repair of dates and amounts typed as text (issue 9, point 5): the workbook layer's
 * repairTextCells, then a log of every conversion in the workbook itself. The log is a table on a
 * sheet of its own, "Klant Inzicht log", not a row in Instellingen: a trader who wonders why a
 * cell changed looks through the sheet tabs, and the log stays readable in Excel without the
 * add-in. Later repairs add rows below the earlier ones; a sheet of that name that is not ours is
 * left alone and the log goes to "Klant Inzicht log (2)".
 */
import type { IsoDate } from '../../domain/dates';
import type { Book, Cell } from '../../workbook/book';
import type { RepairResult } from '../../workbook/operations/repairText';

/** What was converted, and the sheet the log is on (absent when nothing was converted). */
export interface LoggedRepair extends RepairResult {
  logSheet?: string;
}

export const LOG_TABLE = 'KlantInzichtLog';
const LOG_SHEET = 'Klant Inzicht log';

const HEADERS = {
  nl: ['Datum', 'Actie', 'Blad', 'Cel', 'Kolom', 'Voor', 'Na'],
  en: ['Date', 'Action', 'Sheet', 'Cell', 'Column', 'Before', 'After'],
} as const;

const ACTION = { nl: 'tekst omgezet', en: 'text converted' } as const;

/** Converts the text cells and logs each conversion; the result says what was converted. */
export async function repairAndLog(book: Book, today: IsoDate): Promise<LoggedRepair> {
  const { repairTextCells } = await import('../../workbook/operations/repairText');
  const result = await repairTextCells(book);
  if (result.conversions.length === 0) return result;
  const language = result.language;
  const rows: Cell[][] = result.conversions.map((c) => [
    today,
    ACTION[language],
    c.sheet,
    c.cell,
    c.header,
    c.before,
    c.after,
  ]);
  const read = await book.read([LOG_TABLE]);
  const log = read.tables.get(LOG_TABLE);
  if (log) {
    const logSheet = read.allTables.find((x) => x.name === LOG_TABLE)?.sheet ?? LOG_SHEET;
    await book.apply([
      {
        kind: 'appendRows',
        table: LOG_TABLE,
        rows: rows.map((r) => Object.fromEntries(log.headers.map((h, i) => [h, r[i] ?? null]))),
      },
    ]);
    return { ...result, logSheet };
  }
  const taken = new Set(read.sheets.map((s) => s.toLowerCase()));
  let sheet = LOG_SHEET;
  for (let n = 2; taken.has(sheet.toLowerCase()); n += 1) sheet = `${LOG_SHEET} (${n})`;
  await book.apply([
    { kind: 'addSheet', sheet },
    { kind: 'addTable', sheet, table: LOG_TABLE, at: 'A1', headers: [...HEADERS[language]], rows },
  ]);
  return { ...result, logSheet: sheet };
}
