/**
 * What a save tells the person beyond its result: the charts ExcelJS could not write (once per
 * workbook, when the overview first asks for them) and the host's other notes, in the workbook's
 * language.
 */
import type { Language } from '../domain/model';
import type { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { Book, ChartSpec } from '../workbook/book';
import { columnNumber } from '../workbook/a1';
import { hostNote } from './domainText';
import type { CliIo } from './io';
import { sayIn } from './summaries';

/**
 * Watches what an operation writes through the book and keeps the charts it asks for that the
 * file did not show before: on a sheet the same run adds, or where the chart's data block was
 * still empty. ExcelJS cannot write charts, so every sort records them again; the person needs to
 * hear that once per workbook (when the overview first gets its charts), not on every run.
 */
export function watchNewCharts(book: XlsxBook): { book: Book; newCharts: ChartSpec[] } {
  const newCharts: ChartSpec[] = [];
  const watched: Book = {
    read: book.read.bind(book),
    apply: async (changes) => {
      const added = new Set(changes.flatMap((c) => (c.kind === 'addSheet' ? [c.sheet.toLowerCase()] : [])));
      const sheets = new Set((await book.read([])).sheets.map((s) => s.toLowerCase()));
      for (const c of changes) {
        if (c.kind !== 'upsertChart') continue;
        const sheet = c.sheet.toLowerCase();
        if (added.has(sheet) || !sheets.has(sheet) || !sourceHeldData(book, c.sheet, c.chart.source))
          newCharts.push(c.chart);
      }
      await book.apply(changes);
    },
  };
  return { book: watched, newCharts };
}

/** Did the top-left cell of a chart's data range ("A20:C31") hold a value before the run? */
function sourceHeldData(book: XlsxBook, sheet: string, source: string): boolean {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(source);
  if (!m) return false;
  const row = Number(m[2]);
  const column = columnNumber((m[1] as string).toUpperCase());
  const used = book.sheetValues(sheet, { maxRows: row });
  const value = used.values[row - used.top]?.[column - used.left];
  return value !== null && value !== undefined && value !== '';
}

/** One line for the charts ExcelJS could not write (the first time only), one per other note. */
export function reportNotes(
  book: XlsxBook,
  io: CliIo,
  language: Language,
  newCharts: readonly ChartSpec[],
): void {
  if (newCharts.length > 0) {
    const names = [...new Set(newCharts.map((c) => c.name))].join(', ');
    io.stderr(
      sayIn(language)(
        `let op: grafieken niet in het bestand geschreven (ExcelJS kan geen grafieken schrijven; "report --html" tekent ze; dit wordt eenmaal per werkmap gemeld): ${names}\n`,
        `note: charts not written to the file (ExcelJS cannot write charts; "report --html" draws them; said once per workbook): ${names}\n`,
      ),
    );
  }
  hostNotes(book, io, language);
}

/** The host's notes but the chart ones (said once above), each on a line of its own. */
export function hostNotes(book: XlsxBook, io: CliIo, language: Language): void {
  for (const n of book.notes)
    if (!n.startsWith('chart '))
      io.stderr(`${sayIn(language)('let op', 'note')}: ${hostNote(n, language)}\n`);
}
