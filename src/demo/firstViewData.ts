/**
 * The demo's first view as of SAMPLE_DATE, computed ahead: the build (webpack.config.js) runs
 * `sampleFirstViewJson` under Node and ships the answer as demo-first-view.<hash>.json, which the
 * page fetches while its script loads. The pane and the grid then draw at once, while the worker
 * still builds the sample book that edits, downloads and the grid after a change need. Made by the
 * very functions the worker runs (firstViewInParts), at every build, so it cannot go stale;
 * test/demo/firstViewData.test.ts holds it, through JSON, beside the worker's answer.
 */
import type { IsoDate } from '../domain/dates';
import type { LoadedLedger } from '../taskpane/data/operations';
import { firstViewInParts } from './firstView';
import type { GridSheet } from './gridModel';
import { SAMPLE_DATE } from './params';

/** What the page draws first: the pane's first load and the grid, for the day they stand on. */
export interface PrecomputedFirstView {
  today: IsoDate;
  loaded: LoadedLedger;
  grid: GridSheet[];
}

export async function precomputedFirstView(today: IsoDate): Promise<PrecomputedFirstView> {
  let loaded: LoadedLedger | null = null;
  const grid = await firstViewInParts(today, (part) => (loaded = part.loaded));
  if (!loaded) throw new Error('the first view gave no pane part');
  return { today, loaded, grid };
}

/** The sample's first view as the build ships it. */
export async function sampleFirstViewJson(): Promise<string> {
  return JSON.stringify(await precomputedFirstView(SAMPLE_DATE));
}
