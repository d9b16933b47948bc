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
import { normalizeHeader, OVERVIEW_SHEET, TABLES, tableSpec, type TableId } from '../schema';
import {
  decideOwnership,
  ownerOfValue,
  refOfKey,
  type ColumnChoice,
  type ColumnRef,
  type PersonalColumn,
  type RecordedChoice,
} from '../ownership';
import { readSettings } from '../settingsTable';
import { hasSegmentRows, loadSegmentReader } from '../settingsSegmentRows';
import { columnLetter } from '../a1';
import { mergeAliases, settingsOf } from '../workbookAliases';

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
  /** Who owns which product-named column, as Instellingen records it (ownership.ts). */
  columnChoices: RecordedChoice[];
  /** Choices this run makes (asked for now) that Instellingen does not hold yet. */
  choicesToRecord: ColumnChoice[];
  /** The product's overview sheet present in the workbook, if any (never a sheet of the person's). */
  overviewSheet?: string;
  /** Where the product's overview goes (see placeOverview). */
  overview: OverviewPlace;
}

/**
 * The Instellingen row that records which sheet holds the product's overview. The port reads no
 * sheet contents or defined names, so this row is how the workbook layer tells its own Overzicht
 * from a sheet a person made under that name: a sheet called Overzicht that nothing records as
 * ours is the person's, and is never cleared.
 */
export const OVERVIEW_SHEET_KEY = 'sheet.overview';

/** The help text beside the record. */
export const OVERVIEW_SHEET_HELP: Record<Language, string> = {
  nl: 'Blad met het overzicht van Klant Inzicht (bijgehouden door de invoegtoepassing)',
  en: 'Sheet holding the Klant Inzicht overview (kept by the add-in)',
};

/** The product's own name for its overview, for when the plain name belongs to a sheet of the person's. */
function ownOverviewName(language: Language): string {
  return `${OVERVIEW_SHEET[language]} (Klant Inzicht)`;
}

const PRODUCT_OVERVIEW_NAMES = (['nl', 'en'] as const).flatMap((l) => [
  OVERVIEW_SHEET[l],
  ownOverviewName(l),
]);

export interface OverviewPlace {
  /** The sheet the product's overview is written to. */
  sheet: string;
  /** The sheet exists already (and is the product's, so it may be cleared and rewritten). */
  exists: boolean;
  /** Instellingen records `sheet` as the product's overview (OVERVIEW_SHEET_KEY). */
  recorded: boolean;
  /** A sheet of the person's under the overview's plain name, left as it is. */
  taken?: string;
}

/**
 * Where the product's overview goes, the same way on every run:
 * 1. the sheet Instellingen records (a product overview name only: a typed name of another sheet
 *    is not trusted with clearing);
 * 2. else a sheet under the product's own name, "Overzicht (Klant Inzicht)";
 * 3. else, when no sheet carries the plain name: the plain name, but only where the choice can be
 *    recorded (an Instellingen table to hold it) — otherwise the next run could not tell it from
 *    the person's, so the product's own name;
 * 4. else the plain name is taken by a sheet the product's KI_ names point into (an overview an
 *    earlier version made before the record existed): the product's, used and now recorded;
 * 5. else the plain name is taken by a sheet nothing marks as ours: the person's. The overview
 *    goes under the product's own name.
 */
export function placeOverview(
  sheets: readonly string[],
  recorded: string | undefined,
  language: Language,
  recordable: boolean,
  productSheets: readonly string[] = [],
): OverviewPlace {
  const find = (name: string): string | undefined =>
    sheets.find((s) => s.toLowerCase() === name.toLowerCase());
  const plain = [OVERVIEW_SHEET[language], OVERVIEW_SHEET[language === 'nl' ? 'en' : 'nl']];
  const taken = plain.map(find).find((s) => s !== undefined);
  const mine = recorded && PRODUCT_OVERVIEW_NAMES.some((n) => n.toLowerCase() === recorded.toLowerCase());
  if (recorded && mine) {
    const existing = find(recorded);
    const place: OverviewPlace = {
      sheet: existing ?? recorded,
      exists: existing !== undefined,
      recorded: true,
    };
    const other = plain.map(find).find((s) => s !== undefined && s.toLowerCase() !== recorded.toLowerCase());
    if (other && !plain.some((n) => n.toLowerCase() === recorded.toLowerCase())) place.taken = other;
    return place;
  }
  const own = [ownOverviewName(language), ownOverviewName(language === 'nl' ? 'en' : 'nl')]
    .map(find)
    .find((s) => s !== undefined);
  if (own) return { sheet: own, exists: true, recorded: false, ...(taken ? { taken } : {}) };
  if (taken && productSheets.some((s) => s.toLowerCase() === taken.toLowerCase())) {
    return { sheet: taken, exists: true, recorded: false };
  }
  if (!taken) {
    return {
      sheet: recordable ? OVERVIEW_SHEET[language] : ownOverviewName(language),
      exists: false,
      recorded: false,
    };
  }
  return { sheet: ownOverviewName(language), exists: false, recorded: false, taken };
}

/** The sheet name Instellingen records for the overview, as typed (undefined when none). */
function recordedOverview(
  snap: TableSnapshot | undefined,
  binding: TableBinding | undefined,
): string | undefined {
  const ki = binding?.indexOf('key');
  const vi = binding?.indexOf('value');
  if (!snap || ki === undefined || vi === undefined) return undefined;
  const key = normalizeHeader(OVERVIEW_SHEET_KEY);
  const row = snap.values.find((r) => {
    const k = r[ki];
    return typeof k === 'string' && normalizeHeader(k) === key;
  });
  const v = row?.[vi];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

const CANONICAL = TABLES.flatMap((t) => [t.nl, t.en]);
/** Operations only ask whether a cell holds a formula (typed value or ours?), never its text. */
const READ = { formulas: 'presence' } as const;

export interface ReadWorkbookOptions {
  /**
   * Take over columns that carry one of the product's names but hold the person's own data
   * (ownership.ts): exactly the listed ones, or with `true` every one not recorded as kept. Only
   * when the person asked for it.
   */
  adoptColumns?: boolean | readonly ColumnRef[];
  /** Columns the person said to keep as theirs, whatever their data looks like. */
  keepColumns?: readonly ColumnRef[];
}

/** The column records in Instellingen; a value naming no owner is a located error, and ignored. */
function recordedChoices(
  snap: TableSnapshot | undefined,
  binding: TableBinding | undefined,
  language: Language,
): { choices: RecordedChoice[]; errors: RowError[] } {
  const out: { choices: RecordedChoice[]; errors: RowError[] } = { choices: [], errors: [] };
  const ki = binding?.indexOf('key');
  const vi = binding?.indexOf('value');
  if (!snap || ki === undefined || vi === undefined) return out;
  snap.values.forEach((r, row) => {
    const key = r[ki];
    const ref = typeof key === 'string' ? refOfKey(key) : undefined;
    if (!ref) return;
    const value = r[vi] ?? null;
    const owner = ownerOfValue(value);
    if (owner) {
      out.choices.push({ ref, owner, row });
      return;
    }
    out.errors.push({
      sheet: snap.sheet,
      table: snap.name,
      row: snap.firstRow + row,
      column: { header: snap.headers[vi] ?? '', letter: columnLetter(snap.firstColumn + vi) },
      value,
      code: 'invalid-setting',
      why:
        language === 'en'
          ? `${String(key)}: write "Klant Inzicht" (hand the column over) or "Own" (keep it yours); until then the column is judged by its contents`
          : `${String(key)}: vul "Klant Inzicht" in (kolom overdragen) of "Eigen" (kolom houden); tot dan telt wat er in de kolom staat`,
    });
  });
  return out;
}

export async function readWorkbook(
  book: Book,
  extraAliases: ColumnAliases = {},
  options: ReadWorkbookOptions = {},
): Promise<WorkbookState> {
  let read = await book.read(CANONICAL, READ);
  const { snap: settingsSnap, binding: settingsBinding } = settingsOf(read);
  // The segment rules' reader loads only for a table with segment rows.
  const segmentReader = hasSegmentRows(settingsSnap, settingsBinding) ? await loadSegmentReader() : undefined;
  const sr = readSettings(settingsSnap, settingsBinding, read.dateSystem, 'nl', segmentReader);
  const aliases = mergeAliases(sr.aliases, extraAliases);
  const found = findTables(read.allTables, aliases);
  const missing = [...found.values()].filter((b) => !read.tables.has(b.table)).map((b) => b.table);
  if (missing.length > 0) {
    const more = await book.read(missing, READ);
    read = { ...read, tables: new Map([...read.tables, ...more.tables]) };
  }
  const recorded = recordedChoices(settingsSnap, settingsBinding, 'nl');
  const tables: WorkbookState['tables'] = new Map();
  const choicesToRecord: ColumnChoice[] = [];
  for (const [id, b] of found) {
    const snap =
      read.tables.get(b.table) ??
      [...read.tables.values()].find((s) => s.name.toLowerCase() === b.table.toLowerCase());
    if (!snap) continue;
    const first = bindSnapshot(tableSpec(id), snap, aliases);
    const { personal, toRecord } = decideOwnership(id, snap, first, {
      ...(options.adoptColumns ? { adopt: options.adoptColumns } : {}),
      ...(options.keepColumns ? { keep: options.keepColumns } : {}),
      recorded: recorded.choices,
    });
    choicesToRecord.push(...toRecord);
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
      : readSettings(settingsSnap, settingsBinding, read.dateSystem, language, segmentReader).errors;
  const recordable =
    settingsBinding?.indexOf('key') !== undefined && settingsBinding.indexOf('value') !== undefined;
  const overview = placeOverview(
    read.sheets,
    recordedOverview(settingsSnap, settingsBinding),
    language,
    recordable,
    read.productSheets,
  );
  const state: WorkbookState = {
    read,
    dateSystem: read.dateSystem,
    language,
    settings: settingsSnap ? settings : defaultSettings({ language }),
    hasSettings: sr.rowOfKey.size > 0,
    aliases,
    settingsErrors: [
      ...errors,
      ...(language === 'nl' ? recorded : recordedChoices(settingsSnap, settingsBinding, language)).errors,
    ],
    settingsRows: sr.rowOfKey,
    tables,
    columnChoices: recorded.choices,
    choicesToRecord,
    overview,
  };
  if (overview.exists) state.overviewSheet = overview.sheet;
  return state;
}
