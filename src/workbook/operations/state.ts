/**
 * Reading the workbook once for an operation: every table (found by name, or adopted by its
 * headers), the settings, the language, the bindings of columns to fields. One `book.read` when
 * the tables carry their Dutch or English names (always so after setUp creates them); a second one
 * only when a table the user already had is adopted under a name of its own ("Tabel1").
 */
import { defaultSettings, type Language, type Settings } from '../../domain/model';
import type { Book, ReadResult, TableSnapshot } from '../book';
import { bindSnapshot, findTables, type ColumnAliases, type TableBinding } from '../binding';
import type { RowError } from '../codec';
import { formatOf, OVERVIEW_SHEET, TABLES, tableSpec, type ColumnSpec, type TableId } from '../schema';
import { personalColumns, type PersonalColumn } from '../ownership';
import { readSettings } from '../settingsTable';

export interface WorkbookState {
  read: ReadResult;
  dateSystem: 1900 | 1904;
  language: Language;
  settings: Settings;
  /** Whether Instellingen holds any settings row (else defaults apply). */
  hasSettings: boolean;
  aliases: ColumnAliases;
  settingsErrors: RowError[];
  /** Row (0-based in the body) per settings key, for updating in place. */
  settingsRows: Map<string, number>;
  tables: Map<TableId, { snap: TableSnapshot; binding: TableBinding; personal: PersonalColumn[] }>;
  /** Overview sheet name present in the workbook, if any. */
  overviewSheet?: string;
}

const CANONICAL = TABLES.flatMap((t) => [t.nl, t.en]);
/** Operations only ask whether a cell holds a formula (typed value or ours?), never its text. */
const READ = { formulas: 'presence' } as const;

export interface ReadWorkbookOptions {
  /**
   * Take over columns that carry one of the product's names but hold the person's own data
   * (ownership.ts); their typed values are still kept. Only when the person asked for it.
   */
  adoptColumns?: boolean;
}

export async function readWorkbook(
  book: Book,
  extraAliases: ColumnAliases = {},
  options: ReadWorkbookOptions = {},
): Promise<WorkbookState> {
  let read = await book.read(CANONICAL, READ);
  const settingsSnap = [...read.tables.values()].find((s) =>
    [tableSpec('settings').nl, tableSpec('settings').en].some(
      (n) => n.toLowerCase() === s.name.toLowerCase(),
    ),
  );
  const settingsBinding = settingsSnap ? bindSnapshot(tableSpec('settings'), settingsSnap) : undefined;
  const sr = readSettings(settingsSnap, settingsBinding, read.dateSystem, 'nl');
  const aliases = mergeAliases(sr.aliases, extraAliases);
  const found = findTables(read.allTables, aliases);
  const missing = [...found.values()].filter((b) => !read.tables.has(b.table)).map((b) => b.table);
  if (missing.length > 0) {
    const more = await book.read(missing, READ);
    read = { ...read, tables: new Map([...read.tables, ...more.tables]) };
  }
  const tables: WorkbookState['tables'] = new Map();
  for (const [id, b] of found) {
    const snap =
      read.tables.get(b.table) ??
      [...read.tables.values()].find((s) => s.name.toLowerCase() === b.table.toLowerCase());
    if (!snap) continue;
    const first = bindSnapshot(tableSpec(id), snap, aliases);
    const personal = options.adoptColumns ? [] : personalColumns(snap, first);
    const binding =
      personal.length === 0
        ? first
        : bindSnapshot(tableSpec(id), snap, aliases, new Set(personal.map((p) => p.index)));
    tables.set(id, { snap, binding, personal });
  }
  const usesEnglish = [...tables.entries()].some(
    ([id, t]) =>
      t.snap.name.toLowerCase() === tableSpec(id).en.toLowerCase() && tableSpec(id).en !== tableSpec(id).nl,
  );
  const hasLanguageRow = sr.rowOfKey.has('language');
  const language: Language = hasLanguageRow ? sr.settings.language : usesEnglish ? 'en' : 'nl';
  const settings = hasLanguageRow ? sr.settings : { ...sr.settings, language };
  // Errors are re-read in the workbook language now that we know it.
  const errors =
    language === 'nl'
      ? sr.errors
      : readSettings(settingsSnap, settingsBinding, read.dateSystem, language).errors;
  const overviewSheet = read.sheets.find((s) =>
    [OVERVIEW_SHEET.nl, OVERVIEW_SHEET.en].some((n) => n.toLowerCase() === s.toLowerCase()),
  );
  const state: WorkbookState = {
    read,
    dateSystem: read.dateSystem,
    language,
    settings: settingsSnap ? settings : defaultSettings({ language }),
    hasSettings: sr.rowOfKey.size > 0,
    aliases,
    settingsErrors: errors,
    settingsRows: sr.rowOfKey,
    tables,
  };
  if (overviewSheet) state.overviewSheet = overviewSheet;
  return state;
}

export function mergeAliases(a: ColumnAliases, b: ColumnAliases): ColumnAliases {
  const out: ColumnAliases = {};
  for (const src of [a, b]) {
    for (const [table, fields] of Object.entries(src) as [TableId, Record<string, string[]>][]) {
      const t = (out[table] ??= {});
      for (const [field, names] of Object.entries(fields)) t[field] = [...(t[field] ?? []), ...names];
    }
  }
  return out;
}

/** The header a field has in this table, if the table has the column. */
export function headerOf(state: WorkbookState, id: TableId, field: string): string | undefined {
  const t = state.tables.get(id);
  const i = t?.binding.indexOf(field);
  return i === undefined ? undefined : t?.snap.headers[i];
}

export function formatFor(c: ColumnSpec): string | undefined {
  return formatOf(c);
}
