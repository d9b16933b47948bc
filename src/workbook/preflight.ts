/**
 * The refusals every Book shares, checked once here against what the host found in the workbook
 * (BookFacts) before its first write: a batch that would stop half-way stops before it starts, and
 * the same state gets the same FailureReason from the memory Book, Office and the .xlsx file.
 *
 * Each host gathers the facts its own way (Office in its one pre-flight request) and may refuse
 * more on its own (Excel's list limits, an .xlsx sort's named cells); these are the states any
 * workbook can be in. The changes are walked in order, so a table added earlier in the batch is
 * there for the changes after it.
 */
import { parseCell, parseRange, rangeAddress, rangesMeet, type RangePos } from './a1';
import type { Change, SheetFilter } from './book';
import { WorkbookError } from './errors';
import { tableHeadersOf } from './ranges';
import type { ErrorCode, ErrorLocation } from '../domain/errors';

export interface TableFacts {
  name: string;
  sheet: string;
  headers: string[];
  /** 1-based sheet row of the header row and column of the first table column. */
  headerRow: number;
  left: number;
  /** Body rows as the port sees them (an empty table's blank row is none). */
  rows: number;
  /** A filter hides some of its rows. */
  filtered: boolean;
  /** Body rows hidden by hand; asked only for a table about to be sorted (it may cost a scan). */
  hiddenRows: () => boolean;
}

export interface BookFacts {
  sheets: { name: string; protected: boolean }[];
  /** Tables the changes name, in full. */
  tables: TableFacts[];
  /** Every table in the workbook with its sheet: a new table's name, a sheet to be cleared. */
  allTables: { name: string; sheet: string }[];
  /**
   * Merged areas the host knows of: all of them (memory, .xlsx), or at least those where the
   * changes would write (Office asks Excel about exactly those areas).
   */
  merges: { sheet: string; area: RangePos }[];
  /** Tables meeting `area`, where `tables` lacks some (Office asks about each grown extendTable). */
  tablesMeeting?(sheet: string, area: RangePos): string[];
  /** The first cell outside tables in `area` that holds a value (e.g. "C4"), or null. */
  typedCellIn(sheet: string, area: RangePos): string | null;
  /** The header row a range shows now (rangeToTable), or undefined when the host cannot see it. */
  rangeHeaders(sheet: string, address: string): string[] | undefined;
  /** The sheet's own AutoFilter, when the host sees it (absent: not looked). */
  sheetFilter?(sheet: string): SheetFilter | undefined;
}

const key = (name: string): string => name.toLowerCase();

/** The whole range of a table: header row and at least one body row, as Excel keeps one. */
function boxOf(t: TableFacts): RangePos {
  return {
    top: t.headerRow,
    left: t.left,
    bottom: t.headerRow + Math.max(1, t.rows),
    right: t.left + t.headers.length - 1,
  };
}

function refuse(
  code: ErrorCode,
  reason: WorkbookError['reason'],
  message: string,
  where: ErrorLocation,
): never {
  throw new WorkbookError(code, reason, message, where);
}

class Walk {
  private readonly sheets: Map<string, { name: string; protected: boolean }>;
  private readonly tables: Map<string, TableFacts>;
  private readonly names: Set<string>;
  /** Each table's sheet by table (lower case): a sheet holding a table is never cleared. */
  private readonly tableSheets: Map<string, { name: string; sheet: string }>;
  /** Tables grown over typed columns in this batch: their new headers are known only to the host. */
  readonly grown = new Set<string>();

  constructor(private readonly facts: BookFacts) {
    this.sheets = new Map(facts.sheets.map((s) => [key(s.name), { ...s }]));
    this.tables = new Map(facts.tables.map((t) => [key(t.name), { ...t, headers: [...t.headers] }]));
    this.names = new Set([...facts.allTables, ...facts.tables].map((t) => key(t.name)));
    this.tableSheets = new Map([...facts.allTables, ...facts.tables].map((t) => [key(t.name), t]));
  }

  sheet(name: string, change: Change): string {
    const s = this.sheets.get(key(name));
    if (!s)
      refuse(
        'invalid-input',
        'sheet-missing',
        `There is no sheet "${name}" in this workbook; needed for ${change.kind}.`,
        { sheet: name },
      );
    return s.name;
  }

  table(name: string, change: Change): TableFacts {
    const t = this.tables.get(key(name));
    if (!t)
      refuse(
        'invalid-input',
        'table-missing',
        `Table "${name}" is not in this workbook (renamed or deleted?); needed for ${change.kind}.`,
        { path: name },
      );
    return t;
  }

  column(t: TableFacts, column: string): void {
    if (this.grown.has(key(t.name))) return;
    if (!t.headers.some((h) => key(h) === key(column)))
      refuse('invalid-input', 'column-missing', `Table "${t.name}" has no column "${column}".`, {
        sheet: t.sheet,
        path: t.name,
        column,
      });
  }

  writable(sheet: string): void {
    if (this.sheets.get(key(sheet))?.protected)
      refuse(
        'unsupported',
        'sheet-protected',
        `Sheet "${sheet}" is protected; Klant Inzicht needs to write to it. Unprotect it and try again.`,
        { sheet },
      );
  }

  unmerged(sheet: string, area: RangePos, what: string, table?: string): void {
    const m = this.facts.merges.find((x) => key(x.sheet) === key(sheet) && rangesMeet(x.area, area));
    if (m)
      refuse(
        'unsupported',
        'merged-cells',
        `Merged cells (${rangeAddress(m.area)}) are in the way of ${what}. Unmerge them and try again.`,
        { sheet, ...(table ? { path: table } : {}), value: rangeAddress(m.area) },
      );
  }

  free(sheet: string, area: RangePos, what: string): void {
    const cell = this.facts.typedCellIn(sheet, area);
    if (cell)
      refuse(
        'invalid-input',
        'cells-taken',
        `${what} needs cell ${cell} on "${sheet}", which holds a value a person typed; nothing was changed.`,
        { sheet, value: cell },
      );
  }

  /** Another table where `t` would grow: Excel refuses it only at the resize, after header names. */
  noTableIn(t: TableFacts, area: RangePos): void {
    const known = [...this.tables.values()].filter(
      (o) => key(o.sheet) === key(t.sheet) && rangesMeet(boxOf(o), area),
    );
    const met = [...known.map((o) => o.name), ...(this.facts.tablesMeeting?.(t.sheet, area) ?? [])];
    const other = met.find((n) => key(n) !== key(t.name));
    if (other !== undefined)
      refuse(
        'invalid-input',
        'table-in-way',
        `Table "${t.name}" would grow over ${rangeAddress(area)} on "${t.sheet}", where table "${other}" lies; nothing was changed.`,
        { sheet: t.sheet, path: t.name, value: rangeAddress(area) },
      );
  }

  newName(kind: 'sheet' | 'table', name: string, sheet?: string): void {
    const taken = kind === 'sheet' ? this.sheets.has(key(name)) : this.names.has(key(name));
    if (taken)
      refuse('duplicate', 'already-exists', `A ${kind} named "${name}" already exists.`, {
        path: name,
        ...(sheet ? { sheet } : {}),
      });
  }

  addTable(t: TableFacts): void {
    this.tables.set(key(t.name), t);
    this.names.add(key(t.name));
    this.tableSheets.set(key(t.name), t);
  }

  tablesOn(sheet: string): string[] {
    return [...this.tableSheets.values()].filter((t) => key(t.sheet) === key(sheet)).map((t) => t.name);
  }

  addSheet(name: string): void {
    this.sheets.set(key(name), { name, protected: false });
  }
}

const changed = (what: string, sheet: string): never =>
  refuse('invalid-input', 'range-changed', `${what} changed since it was read; nothing was changed.`, {
    sheet,
  });

/** Throws the WorkbookError of the first change the workbook would refuse; writes nothing. */
export function refuseBeforeWrites(facts: BookFacts, changes: readonly Change[]): void {
  const w = new Walk(facts);
  for (const c of changes) {
    switch (c.kind) {
      case 'addSheet':
        w.newName('sheet', c.sheet);
        w.addSheet(c.sheet);
        break;
      case 'addTable': {
        const sheet = w.sheet(c.sheet, c);
        w.newName('table', c.table, sheet);
        const at = parseCell(c.at);
        const rows = c.rows.length;
        const area = {
          top: at.row,
          left: at.col,
          bottom: at.row + Math.max(1, rows),
          right: at.col + c.headers.length - 1,
        };
        w.writable(sheet);
        w.unmerged(sheet, area, `table ${c.table}`);
        w.free(sheet, area, `Table "${c.table}"`);
        w.addTable({
          name: c.table,
          sheet,
          headers: [...c.headers],
          headerRow: at.row,
          left: at.col,
          rows,
          filtered: false,
          hiddenRows: () => false,
        });
        break;
      }
      case 'addColumns': {
        const t = w.table(c.table, c);
        for (const h of c.headers)
          if (t.headers.some((x) => key(x) === key(h)))
            refuse('duplicate', 'already-exists', `Table "${t.name}" already has a column "${h}".`, {
              sheet: t.sheet,
              path: t.name,
              column: h,
            });
        if (c.headers.length === 0) break;
        const box = boxOf(t);
        w.writable(t.sheet);
        w.unmerged(
          t.sheet,
          { ...box, left: box.right + 1, right: box.right + c.headers.length },
          `new columns of ${t.name}`,
          t.name,
        );
        t.headers.push(...c.headers);
        break;
      }
      case 'setColumn': {
        const t = w.table(c.table, c);
        w.column(t, c.column);
        if (c.values.length !== t.rows)
          refuse(
            'invalid-input',
            'row-count-mismatch',
            `Table "${t.name}" has ${t.rows} rows now but ${c.values.length} values were computed: it changed since it was read.`,
            { sheet: t.sheet, path: t.name, column: c.column },
          );
        w.writable(t.sheet);
        break;
      }
      case 'setColumnFormula':
      case 'numberFormat':
      case 'listValidation': {
        const t = w.table(c.table, c);
        w.column(t, c.column);
        if (c.kind !== 'setColumnFormula' || t.rows > 0) w.writable(t.sheet);
        break;
      }
      case 'conditionalFill': {
        const t = w.table(c.table, c);
        if (c.columns !== 'row') for (const h of c.columns) w.column(t, h);
        w.writable(t.sheet);
        break;
      }
      case 'appendRows': {
        const t = w.table(c.table, c);
        for (const r of c.rows) for (const k of Object.keys(r)) w.column(t, k);
        if (c.rows.length === 0) break;
        const box = boxOf(t);
        // An empty table's blank row takes the first new row; the rest go below the table.
        const below = c.rows.length - (t.rows === 0 ? 1 : 0);
        w.writable(t.sheet);
        if (below > 0)
          w.unmerged(
            t.sheet,
            { ...box, top: box.bottom + 1, bottom: box.bottom + below },
            `new rows of ${t.name}`,
            t.name,
          );
        t.rows += c.rows.length;
        break;
      }
      case 'sortTable': {
        const t = w.table(c.table, c);
        for (const k of c.keys) w.column(t, k.column);
        if (c.keys.length === 0 || t.rows < 2) break;
        const where = { sheet: t.sheet, path: t.name };
        if (t.filtered)
          refuse(
            'unsupported',
            'filter-active',
            `Table "${t.name}" is filtered; clear its filters, then sort.`,
            where,
          );
        if (t.hiddenRows())
          refuse(
            'unsupported',
            'hidden-rows',
            `Table "${t.name}" has rows hidden by hand; a sort would leave them in place. Unhide them, then sort.`,
            where,
          );
        const box = boxOf(t);
        w.unmerged(t.sheet, { ...box, top: box.top + 1 }, `sorting ${t.name}`, t.name);
        w.writable(t.sheet);
        break;
      }
      case 'replaceSheet': {
        const sheet = w.sheet(c.sheet, c);
        const held = w.tablesOn(sheet);
        if (held.length > 0)
          refuse(
            'invalid-input',
            'foreign-sheet',
            `Sheet "${sheet}" holds table(s) ${held.join(', ')}; it will not be cleared.`,
            { sheet },
          );
        w.writable(sheet);
        break;
      }
      case 'freezeHeader':
      case 'upsertChart':
        w.writable(w.sheet(c.sheet, c));
        break;
      case 'rangeToTable': {
        const sheet = w.sheet(c.sheet, c);
        w.newName('table', c.table, sheet);
        const shown = facts.rangeHeaders(sheet, c.address);
        if (!shown || JSON.stringify(shown) !== JSON.stringify(c.headers))
          changed(`The list at ${sheet}!${c.address}`, sheet);
        w.writable(sheet);
        const filter = facts.sheetFilter?.(sheet);
        if (filter?.filtered && rangesMeet(parseRange(filter.address), parseRange(c.address)))
          refuse(
            'invalid-input',
            'sheet-filtered',
            `The filter on sheet ${sheet} hides rows of the list ${c.address}; clear it, then try again.`,
            { sheet, value: c.address },
          );
        const [from, to] = c.address.split(':');
        const a = parseCell(from ?? c.address);
        const b = parseCell(to ?? from ?? c.address);
        w.addTable({
          name: c.table,
          sheet,
          headers: tableHeadersOf(c),
          headerRow: a.row,
          left: a.col,
          rows: b.row - a.row,
          filtered: false,
          hiddenRows: () => false,
        });
        break;
      }
      case 'extendTable': {
        const t = w.table(c.table, c);
        const now = rangeAddress(boxOf(t));
        if (now !== c.address.toUpperCase()) changed(`Table "${t.name}" (now at ${now})`, t.sheet);
        w.writable(t.sheet);
        const box = boxOf(t);
        if (c.rows > 0 || c.columns > 0)
          w.noTableIn(t, { ...box, bottom: box.bottom + c.rows, right: box.right + c.columns });
        // A header is written only into a header cell that is still empty, never over a typed one.
        const right = box.right;
        c.names?.forEach((n, j) => {
          const cell = { top: t.headerRow, bottom: t.headerRow, left: right + 1 + j, right: right + 1 + j };
          if (n !== '') w.free(t.sheet, cell, `The header "${n}" of table "${t.name}"`);
        });
        t.rows += c.rows;
        if (c.columns > 0) w.grown.add(key(t.name));
        break;
      }
      default: {
        const unknown: never = c;
        throw new Error(`no pre-flight for ${JSON.stringify(unknown)}`);
      }
    }
  }
}
