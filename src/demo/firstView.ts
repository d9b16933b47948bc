/**
 * Everything the demo's first view shows, as plain data: the sample book's cells, the ledger the
 * pane loads from it, and the grid beside it. sampleWorker.ts makes it off the page's main thread
 * while the page's own script still loads, so the page only draws it. It comes in two parts, the
 * pane's first: the page draws the pane while the worker still calculates the grid's live columns.
 * Both are made by the functions the page runs after every change (workbookOperations.loadLedger,
 * gridOf), so the first view is what the full path shows (test/demo/sampleBook.test.ts holds them
 * side by side).
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

/** What the pane's first view needs: the book and its first load. */
export interface FirstBook {
  today: IsoDate;
  book: PlainState;
  loaded: LoadedLedger;
}

/** The sample ledger as of `today`, set up and filled in memory. */
export async function plainSample(today: IsoDate, language: Language = 'nl'): Promise<PlainBook> {
  const book = new PlainBook();
  const { ledger } = generateSampleData({ today });
  await setUp(book, { language });
  await fillLedger(book, ledger, { today, language });
  return book;
}

/**
 * The first view in its two parts: `first` as soon as the pane's part is made, the grid when
 * the promise settles. `step` hears when the sample is built and loaded (the bench's marks).
 */
export async function firstViewInParts(
  today: IsoDate,
  first: (part: FirstBook) => void,
  step: (name: 'built' | 'loaded') => void = () => undefined,
): Promise<GridSheet[]> {
  const book = await plainSample(today);
  step('built');
  const loaded = await workbookOperations.loadLedger(book);
  step('loaded');
  first({ today, book: book.state(), loaded });
  return gridOf(book, today);
}
