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
import { evaluate, type Row } from '../workbook/formulas';
import { liveColumns } from '../workbook/live';
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

export interface GridSheet {
  name: string;
  tables: GridTable[];
}

// One formatter per language: constructing Intl formatters per cell costs more than the rest.
const EURO: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }),
};

function displayDate(iso: IsoDate): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

export function formatCell(cell: Cell, spec: ColumnSpec | undefined, dateSystem: 1900 | 1904, language: Language): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'boolean') return cell ? (language === 'nl' ? 'Ja' : 'Yes') : language === 'nl' ? 'Nee' : 'No';
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

interface Bound {
  snap: TableSnapshot;
  spec: TableSpec | undefined;
  /** Column spec per header index. */
  columns: (ColumnSpec | undefined)[];
  /** Field per header index. */
  fields: (string | undefined)[];
}

/** Rows keyed by field, formulas without a cached result calculated like Excel would. */
function calculate(bound: Map<TableId, Bound>, settings: Settings, language: Language, todaySerial: number): Map<TableId, Row[]> {
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
        row[live.field] = evaluate(live.expr, { row, tables: (t) => rows.get(t as TableId) ?? [], today: todaySerial }) as Cell;
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
  const rows = calculate(bound, options.settings, options.language, isoToSerial(options.today, read.dateSystem));

  const sheets: GridSheet[] = read.sheets.map((name) => ({ name, tables: [] }));
  for (const b of all) {
    const id = b.spec?.id;
    const calculated = id ? rows.get(id) : undefined;
    const table: GridTable = {
      name: b.snap.name,
      sheet: b.snap.sheet,
      headers: b.snap.headers,
      numeric: b.columns.map((c) => c !== undefined && (c.type === 'cents' || c.type === 'date' || c.type === 'int')),
      computed: b.columns.map((c) => c?.owner === 'formula'),
      rows: b.snap.values.map((values, r) =>
        values.map((v, i) => {
          const f = b.fields[i];
          const cell = f && calculated ? calculated[r]?.[f] ?? v : v;
          return formatCell(cell ?? null, b.columns[i], read.dateSystem, options.language);
        }),
      ),
      firstRow: b.snap.firstRow,
    };
    sheets.find((s) => s.name === b.snap.sheet)?.tables.push(table);
  }
  return sheets;
}

/** Reads every table of the book (two reads: names first, then contents). */
export async function readAllTables(book: Book): Promise<ReadResult> {
  const first = await book.read([]);
  return book.read(first.allTables.map((t) => t.name));
}
