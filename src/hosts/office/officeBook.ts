/**
 * The Book port over Office.js. A read is one request (unless the workbook is too large for one
 * 5 MB response); an apply is one pre-flight request that reads everything the writes depend on,
 * a validation that throws before anything is written, then the writes queued in as few requests
 * as the payload limit allows. No request is sent per row.
 *
 * Reading: read.ts. Before a write: preflight.ts (what the writes depend on), refusals.ts (what is
 * refused), requirements.ts (ExcelApi versions). The writes: handlers/ (one per Change kind),
 * batching.ts (request sizes). Filters: filters.ts. writePath.ts gathers what only a write needs and
 * loads at the first apply.
 */
import type { Book, Change, ReadOptions, ReadResult } from '../../workbook/book';
import {
  COMMAND_OVERHEAD,
  DEFAULT_REQUEST_BUDGET,
  DEFAULT_RESPONSE_BUDGET,
  execute,
  type Step,
} from './batching';
import { fromOfficeError, OfficeHostError } from './errors';
import { clearTableFilters } from './filters';
import type { ApiFeature, OfficeApi } from './officeApi';
import { officeApiFromGlobals } from './officeApi';
import { readTables } from './read';
import { requireApi, requireApiFor, supports } from './requirements';
import type { Preflight } from './state';

const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

// Loaded at the first write, before the request opens: a read never waits for it.
const writePath = () => import('./writePath');

export interface ApplyOptions {
  /** Commands for the last write request (after every write, in the same round trip). */
  lastRequest?: (ctx: Excel.RequestContext) => void;
}

export interface OfficeBookOptions {
  /** Largest estimated request in bytes. */
  requestBudget?: number;
  /** Largest planned read response in bytes. */
  responseBudget?: number;
}

export class OfficeBook implements Book {
  private readonly budget: number;
  private readonly responseBudget: number;

  constructor(
    private readonly api: OfficeApi = officeApiFromGlobals(),
    options: OfficeBookOptions = {},
  ) {
    this.budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
    this.responseBudget = options.responseBudget ?? DEFAULT_RESPONSE_BUDGET;
  }

  /**
   * Planned by size (read.ts): one request of geometry, then the values in a fixed number of
   * requests under the response budget. With `formulas: 'presence'` (and ExcelApi 1.9) formula
   * text is not loaded: getSpecialCells lists the formula cells as areas, each reads back as '='.
   */
  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    requireApi(this.api, 'read', 'reading the workbook');
    try {
      return await this.api.run(RUN_OPTIONS, (ctx) =>
        readTables(ctx, tableNames, options, {
          responseBudget: this.responseBudget,
          specialCells: this.supports('specialCells'),
          dateProbe: this.supports('dateSystem'),
        }),
      );
    } catch (e) {
      throw fromOfficeError(e, 'reading the workbook');
    }
  }

  /**
   * `options.lastRequest` queues more commands into the request that carries the last write (the
   * ribbon's result line): they run only if every write before them did, at no extra round trip.
   */
  async apply(changes: readonly Change[], options: ApplyOptions = {}): Promise<void> {
    if (changes.length === 0 && !options.lastRequest) return;
    for (const change of changes) requireApiFor(this.api, change);
    const { loadPreflight, planWrites } = await writePath();
    await this.api.run(RUN_OPTIONS, async (ctx) => {
      let pre: Preflight;
      try {
        pre = await loadPreflight(ctx, changes, (feature) => this.supports(feature));
      } catch (e) {
        throw fromOfficeError(e, 'checking the workbook');
      }
      const steps = planWrites(changes, pre, this.budget, (feature) => this.supports(feature));
      try {
        const last: Step[] = options.lastRequest
          ? [{ bytes: COMMAND_OVERHEAD * 4, sheet: null, run: options.lastRequest }]
          : [];
        await execute(ctx, [...steps, ...last], this.budget);
      } catch (e) {
        const error = fromOfficeError(e, 'writing to the workbook');
        if (error instanceof OfficeHostError) error.writesBegan = true;
        throw error;
      }
    });
  }

  /**
   * Clears the filters of those of `tableNames` that are filtered: only when the person asked
   * ("clear filters and sort"), never as a side effect. Returns the tables it cleared.
   */
  async clearFilters(tableNames: readonly string[]): Promise<string[]> {
    requireApi(this.api, 'autoFilter', 'clearing filters');
    try {
      return await this.api.run(RUN_OPTIONS, (ctx) => clearTableFilters(ctx, tableNames));
    } catch (e) {
      throw fromOfficeError(e, 'clearing filters');
    }
  }

  private supports(feature: ApiFeature): boolean {
    return supports(this.api, feature);
  }
}
