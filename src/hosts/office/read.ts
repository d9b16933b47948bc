/**
 * Reading tables through Office.js, planned by size before anything large is asked for. The
 * first request loads only geometry: every table's header, body size, which cells hold formulas
 * and which hold typed values (as RangeAreas), and a few sample rows. From that the body values
 * are split into response groups that each stay under the budget, so a read never relies on
 * Excel refusing an oversized response (Excel on the web answers with
 * ResponsePayloadSizeLimitExceeded, older builds with GeneralException or an HTTP 500).
 *
 * The values always come in VALUE_REQUESTS requests or more, never fewer: the count of requests
 * is the same for 100 and for 50,000 invoices, which is what the ribbon's contract promises.
 * Columns without a single typed value or formula are not loaded at all: they read as empty.
 */
import {
  productSheetsOf,
  type Cell,
  type ReadOptions,
  type ReadResult,
  type TableSnapshot,
} from '../../workbook/book';
import { splitAddress } from '../../workbook/a1';
import { parseAreas, parseRect, rectAddress } from './a1';
import { fromCellOutput } from './cellInput';
import { SurroundingsReader } from './readSurroundings';

/** Requests the body values are spread over, at least (see the module comment). */
export const VALUE_REQUESTS = 3;
/** Rows sampled at the top of each table (and its last row) to estimate a row's response size. */
const SAMPLE_ROWS = 24;
/** Margin on the sampled size: rows differ (a long note here and there). */
const SAMPLE_SAFETY = 1.25;
const FORMULA_CELLS = 'Formulas' as Excel.SpecialCellType;
const TYPED_CELLS = 'Constants' as Excel.SpecialCellType;

type Rect = { row: number; col: number; rows: number; cols: number };

export interface ReadPlanOptions {
  /** Largest planned response in bytes. */
  responseBudget: number;
  /** ExcelApi 1.9: getSpecialCells. Without it formula text is read, as the port allows. */
  specialCells: boolean;
  dateProbe: boolean;
}

interface Geometry {
  name: string;
  sheet: string;
  headers: string[];
  body: Rect;
  /** Body cells holding a formula (presence mode), or null when the text is read instead. */
  formulaCells: Rect[] | null;
  /** 0-based body columns that hold anything; null = all (unknown). */
  contentColumns: Set<number> | null;
  /** Estimated response bytes per body row, for the loaded columns. */
  perRow: number;
}

interface Slice {
  table: number;
  /** 0-based body rows [r0, r0 + rows). */
  r0: number;
  rows: number;
}

export async function readTables(
  ctx: Excel.RequestContext,
  names: readonly string[],
  options: ReadOptions,
  plan: ReadPlanOptions,
): Promise<ReadResult> {
  const presence = options.formulas === 'presence' && plan.specialCells;
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load('items/name');
  const all = wb.tables.load('items/name,items/worksheet/name,items/columns/items/name');
  const definedNames = wb.names.load('items/name,items/formula');
  // DATE(1904,1,2) is day 1 in the 1904 system and day 1463 in the 1900 one: a read-only probe.
  const probe = plan.dateProbe ? wb.functions.date(1904, 1, 2).load('value') : null;
  const load = presence ? 'values' : 'values,formulas';
  const queued = names.map((name) => {
    const table = wb.tables.getItemOrNullObject(name).load('name');
    const sheet = table.worksheet.load('name');
    const header = table.getHeaderRowRange().load('values');
    const body = table.getDataBodyRange().load('address,rowCount,columnCount');
    const formulas = presence
      ? table.getDataBodyRange().getSpecialCellsOrNullObject(FORMULA_CELLS).load('address,areaCount')
      : null;
    const typed = presence
      ? table.getDataBodyRange().getSpecialCellsOrNullObject(TYPED_CELLS).load('address,areaCount')
      : null;
    // Samples to size a row, without knowing the row count yet: the first rows (a short table's
    // block runs on below it, into cells that add nothing) and the last one.
    const first = table
      .getDataBodyRange()
      .getRow(0)
      .getResizedRange(SAMPLE_ROWS - 1, 0)
      .load(load);
    const last = table.getDataBodyRange().getLastRow().load(load);
    return { name, table, sheet, header, body, formulas, typed, first, last };
  });
  await ctx.sync();
  const present = queued.filter((q) => !q.table.isNullObject);

  // Areas whose address Excel may have shortened are read again per column (see areasOf).
  const recheck: { q: (typeof present)[number]; kind: 'formulas' | 'typed'; cols: Excel.RangeAreas[] }[] = [];
  for (const q of present) {
    for (const kind of ['formulas', 'typed'] as const) {
      const areas = q[kind];
      if (areas && !areas.isNullObject && parseAreas(areas.address).length !== areas.areaCount) {
        const body = q.table.getDataBodyRange();
        const cols = Array.from({ length: q.body.columnCount }, (_, j) =>
          body
            .getColumn(j)
            .getSpecialCellsOrNullObject(kind === 'formulas' ? FORMULA_CELLS : TYPED_CELLS)
            .load('address,areaCount'),
        );
        recheck.push({ q, kind, cols });
      }
    }
  }
  // What lies beside the tables needs every sheet's and table's name first: its addresses share
  // the request of the re-read areas.
  const around =
    options.surroundings && plan.specialCells
      ? new SurroundingsReader(
          wb,
          sheets.items.map((s) => s.name),
          all.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
        )
      : null;
  // Only when Excel shortened an address or surroundings were asked: one more request, of
  // addresses only.
  if (recheck.length > 0 || around) await ctx.sync();

  const geometry: Geometry[] = present.map((q) => {
    const body = parseRect(splitAddress(q.body.address).range);
    const redo = (kind: 'formulas' | 'typed'): Rect[] | null | 'unknown' => {
      const again = recheck.find((r) => r.q === q && r.kind === kind);
      if (again) {
        const rects = again.cols.flatMap((c) => (c.isNullObject ? [] : parseAreas(c.address)));
        const complete = again.cols.every(
          (c) => c.isNullObject || parseAreas(c.address).length === c.areaCount,
        );
        return complete ? rects : 'unknown';
      }
      const areas = q[kind];
      if (!areas) return null;
      return areas.isNullObject ? [] : parseAreas(areas.address);
    };
    const formulaCells = redo('formulas');
    const typedCells = redo('typed');
    let contentColumns: Set<number> | null = null;
    if (Array.isArray(formulaCells) && Array.isArray(typedCells)) {
      contentColumns = new Set();
      for (const a of [...formulaCells, ...typedCells])
        for (let c = Math.max(a.col, body.col); c < Math.min(a.col + a.cols, body.col + body.cols); c++)
          contentColumns.add(c - body.col);
    }
    const rows = [...q.first.values.slice(0, body.rows), ...q.last.values];
    const sampled = rows.map((r) => rowBytes(r, contentColumns) * (presence ? 1 : 2));
    // The top rows are the longest after a sort (overdue first, with their next-step text).
    const perRow = average(sampled);
    return {
      name: q.table.name,
      sheet: q.sheet.name,
      headers: (q.header.values[0] ?? []).map(String),
      body,
      // A shortened address that per-column reads could not complete either: read the text.
      formulaCells: formulaCells === 'unknown' ? null : formulaCells,
      contentColumns: formulaCells === 'unknown' ? null : contentColumns,
      perRow: perRow * SAMPLE_SAFETY,
    };
  });

  const needText = geometry.map((g) => !presence || g.formulaCells === null);
  const slices = planSlices(
    [...geometry.map((g) => ({ rows: g.body.rows, perRow: g.perRow })), ...(around?.plan() ?? [])],
    plan.responseBudget,
  );
  const values = geometry.map((g) => grid(g.body.rows, g.body.cols, null as unknown));
  const texts = geometry.map((g, i) =>
    needText[i] ? grid(g.body.rows, g.body.cols, null as unknown) : null,
  );
  if (around?.hasPending && slices.length === 0) {
    await ctx.sync();
    around.collect();
  }
  for (const group of slices) {
    const loads = group.flatMap((s) => {
      if (s.table >= geometry.length) {
        around?.queueSlice(s.table - geometry.length, s.r0, s.rows);
        return [];
      }
      const g = geometry[s.table] as Geometry;
      const runs = columnRuns(g.body.cols, g.contentColumns);
      const ws = wb.worksheets.getItem(g.sheet);
      return runs.map(([c0, cols]) => ({
        s,
        c0,
        range: ws
          .getRange(rectAddress(g.body.row + s.r0, g.body.col + c0, s.rows, cols))
          .load(needText[s.table] ? 'values,formulas' : 'values'),
      }));
    });
    await ctx.sync();
    around?.collect();
    for (const { s, c0, range } of loads) {
      const v = values[s.table] as unknown[][];
      const f = texts[s.table];
      range.values.forEach((row, i) => row.forEach((cell, j) => ((v[s.r0 + i] as unknown[])[c0 + j] = cell)));
      if (f)
        range.formulas.forEach((row, i) => row.forEach((x, j) => ((f[s.r0 + i] as unknown[])[c0 + j] = x)));
    }
  }

  const tables = new Map<string, TableSnapshot>();
  geometry.forEach((g, i) => {
    const v = values[i] as unknown[][];
    const f = texts[i];
    const forms = f ? formulaTexts(v, f) : formulaMarks(g.body, g.formulaCells ?? []);
    tables.set(g.name, snapshotOf(g, v, forms));
  });
  return {
    tables,
    sheets: sheets.items.map((s) => s.name),
    allTables: all.items.map((t) => ({
      name: t.name,
      sheet: t.worksheet.name,
      headers: t.columns.items.map((c) => c.name),
    })),
    dateSystem: probe?.value === 1 ? 1904 : 1900,
    ...(around ? { surroundings: around.result() } : {}),
    productSheets: productSheetsOf(
      sheets.items.map((s) => s.name),
      definedNames.items.map((n) => ({ name: n.name, reference: String(n.formula) })),
    ),
  };
}

/**
 * Cuts all tables' rows, in order, into response groups of about equal estimated size: at least
 * VALUE_REQUESTS groups when there is anything to read, more only when that many would not fit.
 */
export function planSlices(tables: { rows: number; perRow: number }[], budget: number): Slice[][] {
  const total = tables.reduce((s, t) => s + t.rows * t.perRow, 0);
  const rows = tables.reduce((s, t) => s + t.rows, 0);
  if (rows === 0) return [];
  const count = Math.max(VALUE_REQUESTS, Math.ceil(total / budget));
  const target = total / count;
  const groups: Slice[][] = Array.from({ length: count }, () => []);
  let g = 0;
  let filled = 0;
  tables.forEach((t, table) => {
    let r0 = 0;
    while (r0 < t.rows) {
      const room = Math.max(0, target - filled);
      const fit =
        g === count - 1
          ? t.rows - r0
          : Math.min(t.rows - r0, Math.max(1, Math.floor(room / (t.perRow || 1))));
      (groups[g] as Slice[]).push({ table, r0, rows: fit });
      r0 += fit;
      filled += fit * t.perRow;
      if (filled >= target - (t.perRow || 1) / 2 && g < count - 1) {
        g += 1;
        filled = 0;
      }
    }
  });
  return groups.filter((x) => x.length > 0);
}

function rowBytes(row: unknown[], columns: Set<number> | null): number {
  let n = 2;
  row.forEach((v, j) => {
    if (columns === null || columns.has(j)) n += JSON.stringify(v ?? null).length + 1;
  });
  return n;
}

function average(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
}

function grid<T>(rows: number, cols: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(fill));
}

/** Contiguous runs [first, count] of the columns to load (all when unknown). */
function columnRuns(cols: number, content: Set<number> | null): [number, number][] {
  const runs: [number, number][] = [];
  for (let j = 0; j < cols; j++) {
    if (content !== null && !content.has(j)) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === j) last[1] += 1;
    else runs.push([j, 1]);
  }
  return runs;
}

/** A cell holds a formula when `formulas` starts with "=" AND differs from the value: a quote-
 * prefixed text "=x" reads back as "=x" in both. */
export function formulaOf(value: unknown, formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}

function formulaTexts(values: unknown[][], formulas: unknown[][]): (string | null)[][] {
  return values.map((r, i) => r.map((v, j) => formulaOf(v, formulas[i]?.[j])));
}

/**
 * '=' in every body cell an area of formula cells covers. Areas are clipped to the body (VBA's
 * SpecialCells widens a one-cell range to the used range; should Office.js ever do so, clipping
 * keeps the answer right).
 */
function formulaMarks(body: Rect, areas: Rect[]): (string | null)[][] {
  const marks = grid<string | null>(body.rows, body.cols, null);
  for (const a of areas) {
    const r0 = Math.max(a.row, body.row);
    const r1 = Math.min(a.row + a.rows, body.row + body.rows);
    const c0 = Math.max(a.col, body.col);
    const c1 = Math.min(a.col + a.cols, body.col + body.cols);
    for (let r = r0; r < r1; r++) {
      const row = marks[r - body.row] as (string | null)[];
      for (let c = c0; c < c1; c++) row[c - body.col] = '=';
    }
  }
  return marks;
}

function snapshotOf(g: Geometry, values: unknown[][], formulas: (string | null)[][]): TableSnapshot {
  let cells: Cell[][] = values.map((r) => r.map(fromCellOutput));
  let forms = formulas;
  // An empty Excel table still shows one row; blank apart from calculated columns, it is no data.
  if (cells.length === 1 && (cells[0] ?? []).every((v, j) => v === null || forms[0]?.[j] !== null)) {
    cells = [];
    forms = [];
  }
  return {
    name: g.name,
    sheet: g.sheet,
    headers: g.headers,
    values: cells,
    formulas: forms,
    firstRow: g.body.row + 1,
    firstColumn: g.body.col + 1,
  };
}
