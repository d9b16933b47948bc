/**
 * Everything the demo's first view shows, as plain data: the sample book's cells, the ledger the
 * pane loads from it, and the grid beside it. sampleWorker.ts makes it off the page's main thread
 * while the page's own script still loads, so the page only draws it. It is made by the functions
 * the page runs after every change (workbookOperations.loadLedger, gridOf), so the first view is
 * what the full path shows (test/demo/firstView.test.ts holds them side by side).
 */
import type { IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import type { LoadedLedger } from '../taskpane/data/operations';
import { workbookOperations } from '../taskpane/data/workbookOperations';
import { setUp } from '../workbook/operations/setUp';
import { fillLedger } from './fillLedger';
import { gridOf, type GridSheet } from './gridModel';
import { PlainBook, type PlainState } from './plainBook';
import { generateSampleData } from './sampleData';

export interface FirstView {
  today: IsoDate;
  book: PlainState;
  loaded: LoadedLedger;
  sheets: GridSheet[];
}

/** The sample ledger as of `today`, set up and filled in memory. */
export async function plainSample(today: IsoDate, language: Language = 'nl'): Promise<PlainBook> {
  const book = new PlainBook();
  const { ledger } = generateSampleData({ today });
  await setUp(book, { language });
  await fillLedger(book, ledger, { today, language });
  return book;
}

export async function firstView(today: IsoDate): Promise<FirstView> {
  const book = await plainSample(today);
  const loaded = await workbookOperations.loadLedger(book);
  const sheets = await gridOf(book, today);
  return { today, book: book.state(), loaded, sheets };
}
