/**
 * What the demo's grid shows: every table of the workbook, sheet by sheet, with cells formatted as
 * Excel would show them (dates, euros, yes/no). The .xlsx host has no calculation engine, so the
 * live columns (due date, open, days overdue, status) are calculated here with the very
 * expressions the workbook writes as formulas: the grid shows what Excel will show on opening.
 */
import type { IsoDate } from '../domain/dates';
import type { Language, Settings } from '../domain/model';
import { bindColumns, findTables } from '../workbook/binding';
import type { Book, Cell, ReadResult, TableSnapshot } from '../workbook/book';
import { isoToSerial, serialToIso } from '../workbook/cells';
import { columnLetter } from '../workbook/a1';
import { evaluate, type Row } from '../workbook/formulaEval';
import type { SheetValues } from '../hosts/xlsx/sheetValues';
import { liveColumns } from '../workbook/live';
import { readWorkbook } from '../workbook/operations/state';
import { choiceLabel, type ColumnSpec, type TableId, type TableSpec } from '../workbook/schema';

export interface GridTable {
  name: string;
  sheet: string;
  headers: string[];
  /** Per column: right-aligned (numbers, dates, money). */
  numeric: boolean[];
  /** Per column: a live formula column (values calculated for display). */
  computed: boolean[];
  /** Body rows, formatted for display. */
  rows: string[][];
  /** 1-based sheet row of the first body row (Excel's row numbers). */
  firstRow: number;
}

/** A sheet without tables (the Overzicht) shown cell by cell, as Excel lays it out. */
export interface GridPlain {
  /** Column letters of the used range (A, B, …). */
  columns: string[];
  rows: { row: number; cells: { text: string; numeric: boolean }[] }[];
  /** Rows in the used range; more than rows.length when the host cut it short. */
  totalRows: number;
}

export interface GridSheet {
  name: string;
  tables: GridTable[];
  plain?: GridPlain;
}

// One formatter per language: constructing Intl formatters per cell costs more than the rest.
const EURO: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }),
};

function displayDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

export function formatCell(
  cell: Cell,
  spec: ColumnSpec | undefined,
  dateSystem: 1900 | 1904,
  language: Language,
): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'boolean')
    return cell ? (language === 'nl' ? 'Ja' : 'Yes') : language === 'nl' ? 'Nee' : 'No';
  if (typeof cell === 'string') return spec?.choices ? choiceLabel(spec.choices, cell, language) : cell;
  switch (spec?.type) {
    case 'date': {
      const d = serialToIso(cell, dateSystem);
      return d.ok && 'value' in d ? displayDate(d.value) : String(cell);
    }
    case 'cents':
      return EURO[language].format(cell);
    default:
      return language === 'nl' ? String(cell).replace('.', ',') : String(cell);
  }
}

/** Decimals a format like '0.0' or '#,##0.00' asks for. */
function decimalsOf(format: string): number {
  return /\.(0+)/.exec(format)?.[1]?.length ?? 0;
}

/**
 * A cell of a sheet without tables, shown as its number format says: dates, euros, percentages,
 * fixed decimals. Only the formats a person meets on a generated sheet; anything else as General.
 */
export function formatByNumberFormat(
  cell: Cell,
  format: string | null,
  dateSystem: 1900 | 1904,
  language: Language,
): { text: string; numeric: boolean } {
  if (typeof cell !== 'number')
    return { text: formatCell(cell, undefined, dateSystem, language), numeric: false };
  const f = (format ?? '').replace(/\[[^\]]*\]|"[^"]*"/g, '').split(';')[0] ?? '';
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  if (/[dy]/i.test(f) && !/^[#0.,%\s€]*$/.test(f)) {
    const d = serialToIso(cell, dateSystem);
    if (d.ok && 'value' in d) return { text: displayDate(d.value), numeric: true };
  }
  if (format?.includes('€')) return { text: EURO[language].format(cell), numeric: true };
  if (/[0#]/.test(f)) {
    const n = decimalsOf(f);
    const style = f.includes('%') ? 'percent' : 'decimal';
    return {
      text: new Intl.NumberFormat(locale, {
        style,
        minimumFractionDigits: n,
        maximumFractionDigits: n,
        useGrouping: f.includes(','),
      }).format(cell),
      numeric: true,
    };
  }
  return { text: formatCell(cell, undefined, dateSystem, language), numeric: true };
}

/** The grid of a sheet without tables, from the .xlsx host's read of its used range. */
export function plainFromSheet(sheet: SheetValues, dateSystem: 1900 | 1904, language: Language): GridPlain {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  return {
    columns: Array.from({ length: width }, (_, i) => columnLetter(sheet.left + i)),
    rows: sheet.values.map((values, r) => ({
      row: sheet.top + r,
      cells: values.map((v, c) =>
        formatByNumberFormat(v, sheet.numberFormats[r]?.[c] ?? null, dateSystem, language),
      ),
    })),
    totalRows: sheet.totalRows,
  };
}

interface Bound {
  snap: TableSnapshot;
  spec: TableSpec | undefined;
  /** Column spec per header index. */
  columns: (ColumnSpec | undefined)[];
  /** Field per header index. */
  fields: (string | undefined)[];
}

/** Rows keyed by field, formulas without a cached result calculated like Excel would. */
function calculate(
  bound: Map<TableId, Bound>,
  settings: Settings,
  language: Language,
  todaySerial: number,
): Map<TableId, Row[]> {
  const rows = new Map<TableId, Row[]>();
  for (const [id, b] of bound) {
    rows.set(
      id,
      b.snap.values.map((values) => {
        const row: Row = {};
        values.forEach((v, i) => {
          const f = b.fields[i];
          if (f) row[f] = v;
        });
        return row;
      }),
    );
  }
  for (const live of liveColumns(settings, language)) {
    const b = bound.get(live.table);
    const target = rows.get(live.table);
    if (!b || !target) continue;
    const index = b.fields.indexOf(live.field);
    if (index < 0) continue;
    target.forEach((row, r) => {
      const hasFormula = b.snap.formulas[r]?.[index] != null;
      if (hasFormula && (row[live.field] === null || row[live.field] === undefined)) {
        row[live.field] = evaluate(live.expr, {
          row,
          tables: (t) => rows.get(t as TableId) ?? [],
          today: todaySerial,
        }) as Cell;
      }
    });
  }
  return rows;
}

export interface GridOptions {
  today: IsoDate;
  /** Language the cells are formatted in (the workbook's). */
  language: Language;
  settings: Settings;
}

/** Builds the grid from one read of every table in the workbook. */
export function gridFromRead(read: ReadResult, options: GridOptions): GridSheet[] {
  const found = findTables(read.allTables);
  const idByTable = new Map<string, TableId>();
  for (const [id, b] of found) idByTable.set(b.table, id);
  const bound = new Map<TableId, Bound>();
  const all: Bound[] = [];
  for (const meta of read.allTables) {
    const snap = read.tables.get(meta.name);
    if (!snap) continue;
    const id = idByTable.get(meta.name);
    const spec = id ? found.get(id)?.spec : undefined;
    const binding = spec ? bindColumns(spec, snap.headers) : undefined;
    const fields = snap.headers.map((_, i) => binding?.matched.find((m) => m.index === i)?.field);
    const columns = fields.map((f) => (f ? spec?.columns.find((c) => c.field === f) : undefined));
    const b: Bound = { snap, spec, columns, fields };
    all.push(b);
    if (id) bound.set(id, b);
  }
  const rows = calculate(
    bound,
    options.settings,
    options.language,
    isoToSerial(options.today, read.dateSystem),
  );

  const sheets: GridSheet[] = read.sheets.map((name) => ({ name, tables: [] }));
  for (const b of all) {
    const id = b.spec?.id;
    const calculated = id ? rows.get(id) : undefined;
    const table: GridTable = {
      name: b.snap.name,
      sheet: b.snap.sheet,
      headers: b.snap.headers,
      numeric: b.columns.map(
        (c) => c !== undefined && (c.type === 'cents' || c.type === 'date' || c.type === 'int'),
      ),
      computed: b.columns.map((c) => c?.owner === 'formula'),
      rows: b.snap.values.map((values, r) =>
        values.map((v, i) => {
          const f = b.fields[i];
          const cell = f && calculated ? (calculated[r]?.[f] ?? v) : v;
          return formatCell(cell ?? null, b.columns[i], read.dateSystem, options.language);
        }),
      ),
      firstRow: b.snap.firstRow,
    };
    sheets.find((s) => s.name === b.snap.sheet)?.tables.push(table);
  }
  return sheets;
}

/**
 * Reads every table of the book (two reads: names first, then contents). The grid only asks
 * whether a cell holds a formula, never its text.
 */
export async function readAllTables(book: Book): Promise<ReadResult> {
  const first = await book.read([], { formulas: 'presence' });
  return book.read(
    first.allTables.map((t) => t.name),
    { formulas: 'presence' },
  );
}

/**
 * The grid of a whole book, as the demo page shows it after every change: every table, and the
 * sheets without one (the Overzicht) cell by cell, which the port does not read.
 */
export async function gridOf(
  book: Book & { sheetValues(sheet: string): SheetValues },
  today: IsoDate,
): Promise<GridSheet[]> {
  const state = await readWorkbook(book);
  const read = await readAllTables(book);
  const sheets = gridFromRead(read, { today, language: state.language, settings: state.settings });
  for (const s of sheets) {
    if (s.tables.length === 0)
      s.plain = plainFromSheet(book.sheetValues(s.name), read.dateSystem, state.language);
  }
  return sheets;
}
