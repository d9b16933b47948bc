/**
 * Writes as queued steps, each with an estimate of its request size, sent in as few requests as
 * the payload limit allows. Excel on the web refuses requests over 5 MB, so a large change set is
 * cut into row blocks by their JSON size; nothing is ever sent per row.
 */
import { quoteSheet } from '../../workbook/a1';
import { rectAddress } from './a1';
import type { TableState } from './state';

/**
 * Bytes per request we aim for. Excel on the web refuses requests and responses over 5 MB; we
 * promise 4 MB, and the estimates of a request's size are exact (JSON of the values sent).
 */
export const DEFAULT_REQUEST_BUDGET = 3_600_000;
/** Bytes per read response we plan for (estimated from sampled rows, with a margin). */
export const DEFAULT_RESPONSE_BUDGET = 3_700_000;
/** Fixed overhead of one queued command (object path, method, ids). */
export const COMMAND_OVERHEAD = 120;

export type CellInput = string | number | boolean | null;

/** One queued write: its estimated size, the sheet it writes to (for the protection check). */
export interface Step {
  bytes: number;
  sheet: string | null;
  run(ctx: Excel.RequestContext): void;
}

/** Row blocks whose JSON stays under `budget` bytes (a single huge row still gets a block). */
export function splitByBytes<T>(rows: T[][], budget: number): { rows: T[][]; bytes: number }[] {
  const blocks: { rows: T[][]; bytes: number }[] = [];
  let current: T[][] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = JSON.stringify(row).length + 1;
    if (current.length > 0 && bytes + size > budget - COMMAND_OVERHEAD) {
      blocks.push({ rows: current, bytes });
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) blocks.push({ rows: current, bytes });
  return blocks;
}

/** Writes a 2D grid at (row, col) of `sheet` in row blocks sized by their JSON bytes. */
export function blockWrites(
  budget: number,
  sheet: string,
  row: number,
  col: number,
  grid: CellInput[][],
  property: 'values' | 'formulas' | 'numberFormat',
): Step[] {
  const steps: Step[] = [];
  let r0 = 0;
  for (const block of splitByBytes(grid, budget)) {
    const at = r0;
    r0 += block.rows.length;
    if (block.rows.every((r) => r.every((v) => v === null))) continue;
    const width = block.rows[0]?.length ?? 0;
    if (width === 0) continue;
    const address = rectAddress(row + at, col, block.rows.length, width);
    const data = block.rows;
    steps.push({
      bytes: block.bytes + COMMAND_OVERHEAD,
      sheet,
      run: (ctx) => {
        const range = ctx.workbook.worksheets.getItem(sheet).getRange(address);
        if (property === 'values') range.values = data;
        else if (property === 'formulas') range.formulas = data;
        else range.numberFormat = data;
      },
    });
  }
  return steps;
}

/** Fills body rows [from, from+count) of column j with the first body row's formula. */
export function fillDown(t: TableState, j: number, from: number, count: number): Step {
  const sheet = t.sheet;
  const source = `${quoteSheet(sheet)}!${rectAddress(t.row + 1, t.col + j, 1, 1)}`;
  const target = rectAddress(t.row + 1 + from, t.col + j, count, 1);
  return {
    bytes: COMMAND_OVERHEAD * 3,
    sheet,
    run: (ctx) => ctx.workbook.worksheets.getItem(sheet).getRange(target).copyFrom(source, 'Formulas'),
  };
}

/** Queues steps, sending a request whenever the next one would pass the byte budget. */
export async function execute(ctx: Excel.RequestContext, steps: Step[], budget: number): Promise<void> {
  let bytes = 0;
  for (const step of steps) {
    if (bytes > 0 && bytes + step.bytes > budget) {
      await ctx.sync(); // one request per size block: the 5 MB limit is per request
      bytes = 0;
    }
    step.run(ctx);
    bytes += step.bytes;
  }
  await ctx.sync();
}
