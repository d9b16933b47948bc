/**
 * What check, report and remind share: opening the workbook for reading with progress, and the
 * wording of a row the codec could not read.
 */
import type { Language } from '../domain/model';
import type { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { RowError } from '../workbook/codec';
import { loadLedger, type LoadResult } from '../workbook/operations';
import type { Parsed } from './commandLine';
import { openWorkbookFile } from './files';
import type { CliIo } from './io';
import { opening, progress, type Progress } from './progress';
import { sayIn } from './summaries';

export function formatRowError(e: RowError, language: Language = 'nl'): string {
  const say = sayIn(language);
  const cell = e.column
    ? `${e.sheet}!${e.column.letter}${e.row} (${e.column.header})`
    : `${e.sheet} ${say('rij', 'row')} ${e.row}`;
  const value = e.value === null || e.value === '' ? '' : ` [${JSON.stringify(e.value)}]`;
  return `${cell}: ${e.why}${value}`;
}

export async function load(
  p: Parsed,
  io: CliIo,
  steps: number,
): Promise<{ book: XlsxBook; loaded: LoadResult; step: Progress }> {
  const step = progress(io, p.progress, steps);
  step.step(opening(p.file));
  const book = await openWorkbookFile(p.file, io, 'read');
  step.step({ nl: 'tabellen lezen', en: 'reading tables' });
  const loaded = await loadLedger(book);
  return { book, loaded, step };
}

export function unreadRowsLine(count: number, file: string, language: Language): string {
  return sayIn(language)(
    `${count} ${count === 1 ? 'rij kon' : 'rijen konden'} niet worden gelezen (klant-inzicht check ${file})\n`,
    `${count} rows could not be read (klant-inzicht check ${file})\n`,
  );
}
