/**
 * The Book port over Office.js. A read is one request (unless the workbook is too large for one
 * 5 MB response); an apply is one pre-flight request that reads everything the writes depend on,
 * a validation that throws before anything is written, then the writes queued in as few requests
 * as the payload limit allows. No request is sent per row.
 */
import { DomainError } from '../../domain/errors';
import type { Book, Cell, Change, ChartSpec, ReadOptions, ReadResult, SheetBlock } from '../../workbook/book';
import { shiftFormula } from '../../workbook/formulas';
import { columnLetters, parseCellRef, parseRect, quoteSheet, rectAddress, splitAddress } from './a1';
import { toCellInput } from './cellInput';
import { fromOfficeError, OfficeHostError } from './errors';
import type { ApiFeature, OfficeApi } from './officeApi';
import { API_NEEDS, officeApiFromGlobals } from './officeApi';
import { formulaOf, readTables } from './read';

/**
 * Bytes per request we aim for. Excel on the web refuses requests and responses over 5 MB; we
 * promise 4 MB, and the estimates of a request's size are exact (JSON of the values sent).
 */
export const DEFAULT_REQUEST_BUDGET = 3_600_000;
/** Bytes per read response we plan for (estimated from sampled rows, with a margin). */
export const DEFAULT_RESPONSE_BUDGET = 3_700_000;
/** Fixed overhead of one queued command (object path, method, ids). */
const COMMAND_OVERHEAD = 120;
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

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

type CellInput = string | number | boolean | null;

interface TableState {
  name: string;
  sheet: string;
  headers: string[];
  /** 0-based sheet row of the header and column of the first table column. */
  row: number;
  col: number;
  /** Body rows as the port sees them (Excel's lone blank "insert row" is not one). */
  rows: number;
  placeholder: boolean;
  /** Formula of each column's first body row, to fill calculated columns on appended rows. */
  calculated: (string | null)[];
  /** A filter hides rows (ExcelApi 1.9 tells); criteria are never read back (office-js #1226). */
  filtered: boolean;
  /**
   * Some body rows are hidden and no filter explains it (by hand), or, without ExcelApi 1.9,
   * hidden for a reason this Excel cannot tell. Excel's sort leaves hidden rows where they are.
   */
  hiddenRows: boolean;
  created: boolean;
}

interface Step {
  bytes: number;
  sheet: string | null;
  run(ctx: Excel.RequestContext): void;
}

interface Preflight {
  sheets: Map<string, { name: string; protected: boolean }>;
  tables: Map<string, TableState>;
  allTables: { name: string; sheet: string }[];
  charts: Set<string>;
  names: Set<string>;
  /** Sheet (lower case) each existing block name points into. */
  nameSheets: Map<string, string>;
  /** Sheets to be replaced that hold anything now. */
  nonEmptySheets: Set<string>;
  merged: Map<string, string>;
}

const CHART_TYPES: Record<ChartSpec['type'], Excel.ChartType> = {
  bar: 'BarClustered' as Excel.ChartType,
  column: 'ColumnClustered' as Excel.ChartType,
  clusteredColumn: 'ColumnClustered' as Excel.ChartType,
  line: 'Line' as Excel.ChartType,
  pie: 'Pie' as Excel.ChartType,
  stackedBar: 'BarStacked' as Excel.ChartType,
};

/**
 * Defined names the product writes on its generated sheets all start with this (the overview's
 * blocks: KI_Kengetallen, KI_Klanten, ...): a sheet with one of them pointing into it is ours.
 */
const PRODUCT_NAME_PREFIX = 'ki_';
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
const key = (name: string): string => name.toLowerCase();

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

  // ---------------------------------------------------------------------------------- read

  /**
   * Planned by size (read.ts): one request of geometry, then the values in a fixed number of
   * requests under the response budget. With `formulas: 'presence'` (and ExcelApi 1.9) formula
   * text is not loaded: getSpecialCells lists the formula cells as areas, each reads back as '='.
   */
  async read(tableNames: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
    this.requireApi('read', 'reading the workbook');
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

  // --------------------------------------------------------------------------------- apply

  /**
   * `options.lastRequest` queues more commands into the request that carries the last write (the
   * ribbon's result line): they run only if every write before them did, at no extra round trip.
   */
  async apply(changes: readonly Change[], options: ApplyOptions = {}): Promise<void> {
    if (changes.length === 0 && !options.lastRequest) return;
    for (const change of changes) this.requireApiFor(change);
    await this.api.run(RUN_OPTIONS, async (ctx) => {
      let pre: Preflight;
      try {
        pre = await this.preflight(ctx, changes);
      } catch (e) {
        throw fromOfficeError(e, 'checking the workbook');
      }
      const steps = this.plan(changes, pre);
      try {
        const last: Step[] = options.lastRequest
          ? [{ bytes: COMMAND_OVERHEAD * 4, sheet: null, run: options.lastRequest }]
          : [];
        await this.execute(ctx, [...steps, ...last]);
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
    this.requireApi('autoFilter', 'clearing filters');
    try {
      return await this.api.run(RUN_OPTIONS, async (ctx) => {
        const tables = tableNames.map((name) => {
          const table = ctx.workbook.tables.getItemOrNullObject(name).load('name');
          return { table, filter: table.autoFilter.load('isDataFiltered') };
        });
        await ctx.sync();
        const filtered = tables.filter((t) => !t.table.isNullObject && t.filter.isDataFiltered);
        if (filtered.length === 0) return [];
        for (const t of filtered) t.table.autoFilter.clearCriteria();
        await ctx.sync();
        return filtered.map((t) => t.table.name);
      });
    } catch (e) {
      throw fromOfficeError(e, 'clearing filters');
    }
  }

  /** One request that loads every fact the writes depend on. */
  private async preflight(ctx: Excel.RequestContext, changes: readonly Change[]): Promise<Preflight> {
    const wb = ctx.workbook;
    const sheetsLoad = this.supports('protection') ? 'items/name,items/protection/protected' : 'items/name';
    const sheets = wb.worksheets.load(sheetsLoad);
    const allTables = wb.tables.load('items/name,items/worksheet/name');
    const created = new Set(changes.flatMap((c) => (c.kind === 'addTable' ? [key(c.table)] : [])));
    const appendCount = new Map<string, number>();
    for (const c of changes)
      if (c.kind === 'appendRows')
        appendCount.set(key(c.table), (appendCount.get(key(c.table)) ?? 0) + c.rows.length);

    const tableNames = new Set<string>();
    for (const c of changes)
      if ('table' in c && c.kind !== 'addTable' && !created.has(key(c.table))) tableNames.add(c.table);
    const withMerges = this.supports('mergedAreas');
    const filters = this.supports('autoFilter');
    const tables = [...tableNames].map((name) => {
      const table = wb.tables.getItemOrNullObject(name);
      table.load('name');
      const sheet = table.worksheet.load('name');
      const header = table.getHeaderRowRange().load('values,address');
      const body = table.getDataBodyRange().load('rowCount');
      const first = table.getDataBodyRange().getRow(0).load('values,formulas');
      const filter = filters ? table.autoFilter.load('isDataFiltered') : null;
      // rowHidden (ExcelApi 1.2): false when no body row is hidden, whatever hides them.
      const hidden = table.getDataBodyRange().load('rowHidden');
      const appended = appendCount.get(key(name)) ?? 0;
      const mergedBelow =
        withMerges && appended > 0
          ? table.getRange().getRowsBelow(appended).getMergedAreasOrNullObject().load('address')
          : null;
      const newColumns = changes.reduce(
        (n, c) => n + (c.kind === 'addColumns' && key(c.table) === key(name) ? c.headers.length : 0),
        0,
      );
      const mergedRight =
        withMerges && newColumns > 0
          ? table.getRange().getColumnsAfter(newColumns).getMergedAreasOrNullObject().load('address')
          : null;
      return { name, table, sheet, header, body, first, filter, hidden, mergedBelow, mergedRight };
    });

    const charts = changes.flatMap((c) => {
      if (c.kind !== 'upsertChart') return [];
      const chart = wb.worksheets
        .getItemOrNullObject(c.sheet)
        .charts.getItemOrNullObject(c.chart.name)
        .load('name');
      return [{ id: `${key(c.sheet)}!${c.chart.name}`, chart }];
    });
    const names = changes.flatMap((c) =>
      c.kind === 'replaceSheet'
        ? c.blocks.flatMap((b) =>
            b.name ? [{ name: b.name, item: wb.names.getItemOrNullObject(b.name).load('name') }] : [],
          )
        : [],
    );
    // A sheet the product did not write is never cleared: ours carries its defined names.
    const allNames = changes.some((c) => c.kind === 'replaceSheet')
      ? wb.names.load('items/name,items/formula')
      : null;
    const used = changes.flatMap((c) =>
      c.kind === 'replaceSheet'
        ? [
            {
              sheet: c.sheet,
              range: wb.worksheets
                .getItemOrNullObject(c.sheet)
                .getUsedRangeOrNullObject(true)
                .load('address'),
            },
          ]
        : [],
    );
    const areas = withMerges
      ? changes.flatMap((c) => {
          const targets =
            c.kind === 'replaceSheet'
              ? c.blocks.filter((b) => b.values.length > 0).map((b) => blockAddress(b))
              : c.kind === 'addTable'
                ? [tableAddressFor(c.at, c.headers.length, Math.max(1, c.rows.length))]
                : [];
          const sheetName = c.kind === 'replaceSheet' || c.kind === 'addTable' ? c.sheet : '';
          return targets.map((address) => ({
            id: `${key(sheetName)}!${address}`,
            areas: wb.worksheets
              .getItemOrNullObject(sheetName)
              .getRange(address)
              .getMergedAreasOrNullObject()
              .load('address'),
          }));
        })
      : [];

    await ctx.sync();

    const pre: Preflight = {
      sheets: new Map(
        sheets.items.map((s) => [
          key(s.name),
          { name: s.name, protected: this.supports('protection') ? s.protection.protected : false },
        ]),
      ),
      tables: new Map(),
      allTables: allTables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      charts: new Set(charts.filter((c) => !c.chart.isNullObject).map((c) => c.id)),
      names: new Set(names.filter((n) => !n.item.isNullObject).map((n) => key(n.name))),
      nameSheets: new Map(
        (allNames?.items ?? []).map((n) => [
          key(n.name),
          key(splitAddress(n.formula.replace(/^=/, '')).sheet ?? ''),
        ]),
      ),
      nonEmptySheets: new Set(used.filter((u) => !u.range.isNullObject).map((u) => key(u.sheet))),
      merged: new Map(),
    };
    for (const a of areas) if (!a.areas.isNullObject) pre.merged.set(a.id, a.areas.address);
    for (const t of tables) {
      if (t.table.isNullObject) continue;
      const headers = (t.header.values[0] ?? []).map(String);
      const { row, col } = parseRect(splitAddress(t.header.address).range);
      const firstValues = t.first.values[0] ?? [];
      const firstFormulas = t.first.formulas[0] ?? [];
      const calculated = headers.map((_, j) => formulaOf(firstValues[j], firstFormulas[j]));
      const placeholder =
        t.body.rowCount === 1 && firstValues.every((v, j) => v === '' || calculated[j] !== null);
      const anyHidden = t.hidden.rowHidden !== false && t.body.rowCount > 0 && !placeholder;
      const isFiltered = t.filter ? t.filter.isDataFiltered : false;
      const state: TableState = {
        name: t.table.name,
        sheet: t.sheet.name,
        headers,
        row,
        col,
        rows: placeholder ? 0 : t.body.rowCount,
        placeholder,
        calculated,
        filtered: isFiltered,
        hiddenRows: anyHidden && !isFiltered,
        created: false,
      };
      pre.tables.set(key(t.name), state);
      if (t.mergedBelow && !t.mergedBelow.isNullObject)
        pre.merged.set(`rows-below:${key(t.name)}`, t.mergedBelow.address);
      if (t.mergedRight && !t.mergedRight.isNullObject)
        pre.merged.set(`columns-after:${key(t.name)}`, t.mergedRight.address);
    }
    return pre;
  }

  /** Validates every change against the pre-flight and turns it into queued writes. Writes nothing. */
  private plan(changes: readonly Change[], pre: Preflight): Step[] {
    const steps: Step[] = [];
    const sheets = new Map(pre.sheets);
    const tables = new Map(pre.tables);
    const charts = new Set(pre.charts);
    const names = new Set(pre.names);

    const table = (name: string, change: Change): TableState => {
      const t = tables.get(key(name));
      if (!t) {
        throw new OfficeHostError(
          'invalid-input',
          'table-missing',
          `Table "${name}" is not in this workbook (renamed or deleted?); needed for ${change.kind}.`,
          {
            path: name,
          },
        );
      }
      return t;
    };
    const column = (t: TableState, name: string): number => {
      const i = t.headers.findIndex((h) => key(h) === key(name));
      if (i < 0) {
        throw new OfficeHostError(
          'invalid-input',
          'column-missing',
          `Table "${t.name}" has no column "${name}" (renamed or deleted?).`,
          {
            sheet: t.sheet,
            column: name,
          },
        );
      }
      return i;
    };
    const sheetOf = (name: string, change: Change): string => {
      const s = sheets.get(key(name));
      if (!s)
        throw new OfficeHostError(
          'invalid-input',
          'sheet-missing',
          `Sheet "${name}" is not in this workbook; needed for ${change.kind}.`,
          { sheet: name },
        );
      return s.name;
    };
    const noMerges = (id: string, what: string, sheet: string): void => {
      const address = pre.merged.get(id);
      if (address) {
        throw new OfficeHostError(
          'unsupported',
          'merged-cells',
          `Merged cells (${address}) are in the way of ${what}. Unmerge them and try again.`,
          { sheet },
        );
      }
    };
    // A person's filter is never cleared and re-applied behind their back: criteria do not
    // reliably read back (office-js #1226, #3030), so a filtered table is refused, and the
    // person chooses "clear filters and sort" (OfficeBook.clearFilters) or clears it by hand.
    const filtered = (t: TableState): void => {
      if (t.filtered) {
        throw new OfficeHostError(
          'unsupported',
          'filter-active',
          `Table "${t.name}" is filtered. Clear its filters (or use "clear filters and sort"), then try again.`,
          { sheet: t.sheet, path: t.name },
        );
      }
    };
    const noHiddenRows = (t: TableState): void => {
      if (t.hiddenRows) {
        throw new OfficeHostError(
          'unsupported',
          'hidden-rows',
          `Table "${t.name}" has hidden rows; Excel's sort would leave them in place and mix up the order. Unhide them, then try again.`,
          { sheet: t.sheet, path: t.name },
        );
      }
    };

    for (const change of changes) {
      switch (change.kind) {
        case 'addSheet': {
          if (sheets.has(key(change.sheet))) {
            throw new OfficeHostError(
              'duplicate',
              'already-exists',
              `Sheet "${change.sheet}" already exists.`,
              { sheet: change.sheet },
            );
          }
          sheets.set(key(change.sheet), { name: change.sheet, protected: false });
          const { sheet, position } = change;
          steps.push({
            bytes: COMMAND_OVERHEAD,
            sheet: null,
            run: (ctx) => {
              const ws = ctx.workbook.worksheets.add(sheet);
              if (position !== undefined) ws.position = position;
            },
          });
          break;
        }
        case 'addTable': {
          const sheet = sheetOf(change.sheet, change);
          if (!TABLE_NAME.test(change.table) || /^[A-Za-z]{1,3}\d+$/.test(change.table)) {
            throw new OfficeHostError(
              'invalid-input',
              'office-error',
              `"${change.table}" is not a valid Excel table name.`,
              { value: change.table },
            );
          }
          if (tables.has(key(change.table)) || pre.allTables.some((t) => key(t.name) === key(change.table))) {
            throw new OfficeHostError(
              'duplicate',
              'already-exists',
              `Table "${change.table}" already exists.`,
              { path: change.table },
            );
          }
          const at = parseCellRef(change.at);
          const width = change.headers.length;
          noMerges(
            `${key(change.sheet)}!${tableAddressFor(change.at, width, Math.max(1, change.rows.length))}`,
            `table ${change.table}`,
            sheet,
          );
          const grid: CellInput[][] = [change.headers, ...change.rows.map((r) => padRow(r, width))].map((r) =>
            r.map(toCellInput),
          );
          steps.push(...this.blockWrites(sheet, at.row, at.col, grid, 'values'));
          const address = rectAddress(
            at.row,
            at.col,
            Math.max(1, change.rows.length) + (change.rows.length === 0 ? 0 : 1),
            width,
          );
          const { table: name, style } = change;
          steps.push({
            bytes: COMMAND_OVERHEAD * 3,
            sheet,
            run: (ctx) => {
              const t = ctx.workbook.worksheets.getItem(sheet).tables.add(address, true);
              t.name = name;
              if (style) t.style = style;
            },
          });
          tables.set(key(name), {
            name,
            sheet,
            headers: [...change.headers],
            row: at.row,
            col: at.col,
            rows: change.rows.length,
            placeholder: change.rows.length === 0,
            calculated: change.headers.map(() => null),
            filtered: false,
            hiddenRows: false,
            created: true,
          });
          break;
        }
        case 'addColumns': {
          const t = table(change.table, change);
          for (const h of change.headers) {
            if (t.headers.some((x) => key(x) === key(h))) {
              throw new OfficeHostError(
                'duplicate',
                'already-exists',
                `Table "${t.name}" already has a column "${h}".`,
                { sheet: t.sheet, column: h },
              );
            }
          }
          noMerges(`columns-after:${key(t.name)}`, `new columns of ${t.name}`, t.sheet);
          const { headers } = change;
          const name = t.name;
          steps.push({
            bytes: COMMAND_OVERHEAD * (1 + headers.length),
            sheet: t.sheet,
            run: (ctx) => {
              const cols = ctx.workbook.tables.getItem(name).columns;
              for (const h of headers) cols.add(undefined, undefined, h);
            },
          });
          t.headers.push(...headers);
          t.calculated.push(...headers.map(() => null));
          break;
        }
        case 'setColumn': {
          const t = table(change.table, change);
          const j = column(t, change.column);
          if (change.values.length !== t.rows) {
            throw new OfficeHostError(
              'invalid-input',
              'row-count-mismatch',
              `Table "${t.name}" has ${t.rows} rows now but ${change.values.length} values were computed: it changed since it was read. Refresh again.`,
              { sheet: t.sheet, column: change.column },
            );
          }
          filtered(t);
          steps.push(
            ...this.blockWrites(
              t.sheet,
              t.row + 1,
              t.col + j,
              change.values.map((v) => [toCellInput(v)]),
              'values',
            ),
          );
          break;
        }
        case 'setColumnFormula': {
          const t = table(change.table, change);
          const j = column(t, change.column);
          filtered(t);
          // The port: nothing to do on a table without body rows (operations re-issue it later).
          if (t.rows === 0) break;
          const rows = t.rows;
          if (rows >= 2 && this.supports('copyFrom')) {
            // One formula, filled down by Excel: the request stays small whatever the row count.
            steps.push(...this.blockWrites(t.sheet, t.row + 1, t.col + j, [[change.formula]], 'formulas'));
            steps.push(this.fillDown(t, j, 1, rows - 1));
          } else {
            const formulas = Array.from({ length: rows }, (_, i) => [shiftFormula(change.formula, i)]);
            steps.push(...this.blockWrites(t.sheet, t.row + 1, t.col + j, formulas, 'formulas'));
          }
          t.calculated[j] = change.formula;
          break;
        }
        case 'appendRows': {
          const t = table(change.table, change);
          if (change.rows.length === 0) break;
          for (const r of change.rows) for (const k of Object.keys(r)) column(t, k);
          filtered(t);
          if (!t.created) noMerges(`rows-below:${key(t.name)}`, `new rows of ${t.name}`, t.sheet);
          const index = new Map(t.headers.map((h, j) => [key(h), j]));
          // With Range.copyFrom, calculated columns are filled down afterwards instead of sending
          // every row's formula (they can run to kilobytes per row).
          const fill = this.supports('copyFrom');
          const filled = new Set<number>();
          const full = (r: Record<string, Cell>, at: number, keepFormulas: boolean): CellInput[] => {
            const row: CellInput[] = t.headers.map((_, j) => {
              const f = t.calculated[j];
              if (keepFormulas) return null;
              if (f && fill) filled.add(j);
              return f && !fill ? shiftFormula(f, at) : '';
            });
            for (const [k, v] of Object.entries(r)) row[index.get(key(k)) as number] = toCellInput(v);
            return row;
          };
          let rest = change.rows;
          if (t.placeholder) {
            // Excel keeps one blank row in an empty table; fill it rather than add below it.
            const first = rest[0] as Record<string, Cell>;
            steps.push(...this.blockWrites(t.sheet, t.row + 1, t.col, [full(first, 0, true)], 'values'));
            rest = rest.slice(1);
            t.placeholder = false;
            t.rows = 1;
          }
          const startAt = t.rows;
          const grid = rest.map((r, i) => full(r, startAt + i, false) as (string | number | boolean)[]);
          const name = t.name;
          for (const block of splitByBytes(grid, this.budget)) {
            steps.push({
              bytes: block.bytes + COMMAND_OVERHEAD,
              sheet: t.sheet,
              run: (ctx) => {
                ctx.workbook.tables.getItem(name).rows.add(undefined, block.rows);
              },
            });
          }
          for (const j of filled) if (startAt >= 1) steps.push(this.fillDown(t, j, startAt, rest.length));
          t.rows += rest.length;
          break;
        }
        case 'sortTable': {
          const t = table(change.table, change);
          const fields = change.keys.map((k) => ({ key: column(t, k.column), ascending: k.ascending }));
          filtered(t);
          noHiddenRows(t);
          if (t.rows < 2) break;
          const name = t.name;
          steps.push({
            bytes: COMMAND_OVERHEAD * 2,
            sheet: t.sheet,
            run: (ctx) => ctx.workbook.tables.getItem(name).sort.apply(fields),
          });
          break;
        }
        case 'numberFormat': {
          const t = table(change.table, change);
          const j = column(t, change.column);
          filtered(t);
          const rows = Math.max(t.rows, t.placeholder ? 1 : 0);
          const grid = Array.from({ length: rows }, () => [change.format]);
          steps.push(...this.blockWrites(t.sheet, t.row + 1, t.col + j, grid, 'numberFormat'));
          break;
        }
        case 'listValidation': {
          const t = table(change.table, change);
          const j = column(t, change.column);
          const source = Array.isArray(change.source) ? change.source.join(',') : change.source.formula;
          if (Array.isArray(change.source) && source.length > 255) {
            throw new OfficeHostError(
              'invalid-input',
              'office-error',
              `The list for ${t.name}[${change.column}] is longer than Excel's 255 characters; use a range instead.`,
              {
                sheet: t.sheet,
                column: change.column,
              },
            );
          }
          const { name, header } = { name: t.name, header: t.headers[j] as string };
          steps.push({
            bytes: source.length + COMMAND_OVERHEAD * 3,
            sheet: t.sheet,
            run: (ctx) => {
              const dv = ctx.workbook.tables
                .getItem(name)
                .columns.getItem(header)
                .getDataBodyRange().dataValidation;
              dv.clear();
              dv.rule = { list: { inCellDropDown: true, source } };
            },
          });
          break;
        }
        case 'conditionalFill': {
          const t = table(change.table, change);
          const runs: [number, number][] =
            change.columns === 'row'
              ? [[0, t.headers.length]]
              : contiguousRuns(change.columns.map((c) => column(t, c)));
          const { name } = t;
          const { formula, fill, font } = change;
          steps.push({
            bytes: (formula.length + COMMAND_OVERHEAD) * runs.length * 4,
            sheet: t.sheet,
            run: (ctx) => {
              const body = ctx.workbook.tables.getItem(name).getDataBodyRange();
              for (const [first, count] of runs) {
                const range =
                  change.columns === 'row' ? body : body.getColumn(first).getResizedRange(0, count - 1);
                const cf = range.conditionalFormats.add('Custom');
                cf.custom.rule.formula = formula;
                cf.custom.format.fill.color = fill;
                if (font) cf.custom.format.font.color = font;
              }
            },
          });
          break;
        }
        case 'freezeHeader': {
          const sheet = sheetOf(change.sheet, change);
          const { rows } = change;
          steps.push({
            bytes: COMMAND_OVERHEAD * 2,
            sheet,
            run: (ctx) => ctx.workbook.worksheets.getItem(sheet).freezePanes.freezeRows(rows),
          });
          break;
        }
        case 'replaceSheet': {
          const sheet = sheetOf(change.sheet, change);
          const held = [...pre.allTables, ...[...tables.values()].filter((t) => t.created)].filter(
            (t) => key(t.sheet) === key(sheet),
          );
          if (held.length > 0) {
            throw new OfficeHostError(
              'invalid-input',
              'office-error',
              `Sheet "${sheet}" holds table(s) ${held.map((t) => t.name).join(', ')}; it will not be cleared.`,
              {
                sheet,
              },
            );
          }
          const ours = [...pre.nameSheets].some(
            ([name, into]) =>
              into === key(sheet) &&
              (name.startsWith(PRODUCT_NAME_PREFIX) ||
                change.blocks.some((b) => b.name && key(b.name) === name)),
          );
          if (!ours && pre.nonEmptySheets.has(key(sheet))) {
            throw new OfficeHostError(
              'invalid-input',
              'foreign-sheet',
              `Sheet "${sheet}" holds content Klant Inzicht did not write; it will not be cleared.`,
              { sheet },
            );
          }
          steps.push({
            bytes: COMMAND_OVERHEAD * 2,
            sheet,
            run: (ctx) => ctx.workbook.worksheets.getItem(sheet).getRange().clear('All'),
          });
          for (const block of change.blocks) {
            if (block.values.length === 0) continue;
            noMerges(
              `${key(change.sheet)}!${blockAddress(block)}`,
              `the block at ${block.at} on ${sheet}`,
              sheet,
            );
            steps.push(...this.blockSteps(sheet, block, names));
          }
          break;
        }
        case 'upsertChart': {
          const sheet = sheetOf(change.sheet, change);
          const id = `${key(change.sheet)}!${change.chart.name}`;
          const exists = charts.has(id);
          charts.add(id);
          const spec = change.chart;
          const setType = exists && this.supports('chartType');
          steps.push({
            bytes: COMMAND_OVERHEAD * 8,
            sheet,
            run: (ctx) => {
              const ws = ctx.workbook.worksheets.getItem(sheet);
              const source = ws.getRange(spec.source);
              let chart: Excel.Chart;
              if (exists) {
                chart = ws.charts.getItem(spec.name);
                chart.setData(source, 'Columns');
                if (setType) chart.chartType = CHART_TYPES[spec.type];
              } else {
                chart = ws.charts.add(CHART_TYPES[spec.type], source, 'Columns');
                chart.name = spec.name;
              }
              chart.title.text = spec.title;
              chart.setPosition(spec.from, spec.to);
            },
          });
          break;
        }
      }
    }

    for (const step of steps) {
      if (step.sheet && sheets.get(key(step.sheet))?.protected) {
        throw new OfficeHostError(
          'unsupported',
          'sheet-protected',
          `Sheet "${step.sheet}" is protected; Klant Inzicht needs to write to it. Unprotect it and try again.`,
          {
            sheet: step.sheet,
          },
        );
      }
    }

    return steps;
  }

  /** Fills body rows [from, from+count) of column j with the first body row's formula. */
  private fillDown(t: TableState, j: number, from: number, count: number): Step {
    const sheet = t.sheet;
    const source = `${quoteSheet(sheet)}!${rectAddress(t.row + 1, t.col + j, 1, 1)}`;
    const target = rectAddress(t.row + 1 + from, t.col + j, count, 1);
    return {
      bytes: COMMAND_OVERHEAD * 3,
      sheet,
      run: (ctx) => ctx.workbook.worksheets.getItem(sheet).getRange(target).copyFrom(source, 'Formulas'),
    };
  }

  /** Writes a 2D grid at (row, col) of `sheet` in row blocks sized by their JSON bytes. */
  private blockWrites(
    sheet: string,
    row: number,
    col: number,
    grid: CellInput[][],
    property: 'values' | 'formulas' | 'numberFormat',
  ): Step[] {
    const steps: Step[] = [];
    let r0 = 0;
    for (const block of splitByBytes(grid, this.budget)) {
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

  private blockSteps(sheet: string, block: SheetBlock, names: Set<string>): Step[] {
    const at = parseCellRef(block.at);
    const width = Math.max(...block.values.map((r) => r.length));
    const grid = block.values.map((r) => padRow(r, width).map(toCellInput));
    const steps = this.blockWrites(sheet, at.row, at.col, grid, 'values');
    const formats = block.numberFormats ?? [];
    const cells = block.cellNumberFormats ?? [];
    if ([...formats, ...cells.flat()].some((f) => f !== null && f !== undefined)) {
      // One grid for the whole block: a cell's own format, else its column's, else General.
      const fmt = block.values.map((_, i) =>
        Array.from({ length: width }, (_c, j) => cells[i]?.[j] ?? formats[j] ?? 'General'),
      );
      steps.push(...this.blockWrites(sheet, at.row, at.col, fmt, 'numberFormat'));
    }
    const address = rectAddress(at.row, at.col, block.values.length, width);
    if (block.bold) {
      const boldAddress = block.bold === 'firstRow' ? rectAddress(at.row, at.col, 1, width) : address;
      steps.push({
        bytes: COMMAND_OVERHEAD * 3,
        sheet,
        run: (ctx) => (ctx.workbook.worksheets.getItem(sheet).getRange(boldAddress).format.font.bold = true),
      });
    }
    if (block.name) {
      const name = block.name;
      const existed = names.has(key(name));
      names.add(key(name));
      steps.push({
        bytes: COMMAND_OVERHEAD * 3,
        sheet,
        run: (ctx) => {
          if (existed) ctx.workbook.names.getItem(name).delete();
          ctx.workbook.names.add(name, ctx.workbook.worksheets.getItem(sheet).getRange(address));
        },
      });
    }
    return steps;
  }

  /** Queues steps, sending a request whenever the next one would pass the byte budget. */
  private async execute(ctx: Excel.RequestContext, steps: Step[]): Promise<void> {
    let bytes = 0;
    for (const step of steps) {
      if (bytes > 0 && bytes + step.bytes > this.budget) {
        // The 5 MB limit is per request: a large change set needs one request per block.
        await ctx.sync(); // one request per size block: the 5 MB limit is per request
        bytes = 0;
      }
      step.run(ctx);
      bytes += step.bytes;
    }
    await ctx.sync();
  }

  // ------------------------------------------------------------------------ requirement sets

  private supports(feature: ApiFeature): boolean {
    return this.api.isSetSupported('ExcelApi', API_NEEDS[feature].version);
  }

  private requireApi(feature: ApiFeature, purpose: string): void {
    if (!this.supports(feature)) {
      const need = API_NEEDS[feature];
      throw new OfficeHostError(
        'unsupported',
        'api-missing',
        `This version of Excel lacks ExcelApi ${need.version} (${need.feature}), needed for ${purpose}. Update Office, or use Excel on the web.`,
        { path: `ExcelApi ${need.version}` },
      );
    }
  }

  private requireApiFor(change: Change): void {
    const purpose = `${change.kind}${'table' in change ? ` on ${change.table}` : 'sheet' in change ? ` on ${change.sheet}` : ''}`;
    this.requireApi('read', purpose);
    switch (change.kind) {
      case 'addColumns':
      case 'appendRows':
      case 'sortTable':
      case 'conditionalFill':
      case 'freezeHeader':
      case 'listValidation':
        this.requireApi(change.kind, purpose);
        break;
      case 'replaceSheet':
        if (change.blocks.some((b) => b.name)) this.requireApi('names', purpose);
        break;
      case 'upsertChart':
        this.requireApi('charts', purpose);
        break;
      default:
        break;
    }
  }
}

// ------------------------------------------------------------------------------------ helpers

function padRow(row: Cell[], width: number): Cell[] {
  return row.length >= width ? row.slice(0, width) : [...row, ...Array<Cell>(width - row.length).fill(null)];
}

function tableAddressFor(at: string, width: number, bodyRows: number): string {
  const a = parseCellRef(at);
  return rectAddress(a.row, a.col, bodyRows + 1, width);
}

function blockAddress(block: SheetBlock): string {
  const a = parseCellRef(block.at);
  const width = Math.max(1, ...block.values.map((r) => r.length));
  return rectAddress(a.row, a.col, Math.max(1, block.values.length), width);
}

function contiguousRuns(indexes: number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1] += 1;
    else runs.push([i, 1]);
  }
  return runs;
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

export { columnLetters, DomainError };
