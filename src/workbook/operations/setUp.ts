/**
 * setUp: makes a workbook a Klant Inzicht workbook. Creates what is missing, never touches what
 * exists: a table the person already keeps is adopted when its headers match (any language,
 * common spellings, a consultant's aliases); only missing product-owned columns are added, at its
 * right end. Unknown columns are kept as they are. One read, one apply.
 */
import { defaultSettings, type Language } from '../../domain/model';
import type { Book, Cell, Change } from '../book';
import { bindColumns, type ColumnMatch } from '../binding';
import { aliasesFromConfig, settingsFromConfig, type ConsultantConfig } from '../config';
import { header, TABLE_STYLE, tableName, tableSpec, type ColumnSpec, type TableId } from '../schema';
import { canonicalKey, settingsRows } from '../settingsTable';
import {
  columnDressing,
  headersFor,
  liveColumnChanges,
  missingProductHeaders,
  overdueFill,
  overviewNote,
  overviewRecord,
  planFromState,
  rebind,
  type Plan,
} from './plan';
import {
  OVERVIEW_SHEET_HELP,
  OVERVIEW_SHEET_KEY,
  placeOverview,
  readWorkbook,
  type WorkbookState,
} from './state';
import { distinctNames, nearDuplicateGroups } from '../customerNames';
import type { ColumnChoice, ColumnRef } from '../ownership';
import { choiceRecords, choiceRows, yourColumns, type YourColumn } from './columnChoices';

export interface SetUpOptions {
  language?: Language;
  config?: ConsultantConfig;
  /**
   * Take over product-named columns that hold the person's data (ownership.ts): exactly the listed
   * ones (the pane's "hand it over"), or with `true` every one not recorded as kept (the CLI's
   * --adopt-columns). The choice is recorded in Instellingen for later runs.
   */
  adoptColumns?: boolean | readonly ColumnRef[];
  /** Columns the person keeps as theirs ("keep it mine"), recorded for later runs. */
  keepColumns?: readonly ColumnRef[];
}

interface AdoptedTable {
  table: TableId;
  name: string;
  sheet: string;
  matched: Pick<ColumnMatch, 'header' | 'field' | 'how'>[];
  /** User columns the table does not have (not added: the person decides). */
  missing: string[];
  /** Product-owned and configured extra columns added at the right end. */
  added: string[];
  /** Headers we do not know: kept, never written. */
  unknown: string[];
  /**
   * Columns carrying one of the product's names but holding the person's own data: left to them
   * (the product's column was added beside it) unless `adoptColumns` was given.
   */
  personal: string[];
}

export interface SetUpReport {
  language: Language;
  created: { table: TableId; name: string; sheet: string; columns: string[] }[];
  adopted: AdoptedTable[];
  /** Parts not created because a sheet of that name exists without the table. */
  skipped: { table: TableId; sheet: string; why: string }[];
  /** Settings keys added to Instellingen. */
  settingsAdded: string[];
  overviewCreated: boolean;
  /** The sheet of the product's overview. */
  overviewSheet?: string;
  /** Set when a sheet of the person's carries the overview's name: left alone, and where the overview goes. */
  overviewNote?: string;
  /** Product columns left alone because they hold typed values ("table.header"). */
  keptTyped: string[];
  /** Customers created in a new Klanten from the distinct names in the invoice list. */
  customersFromInvoices: number;
  /** Spellings that look like one customer ("Jansen BV" / "Jansen B.V."): reported, never merged. */
  nearDuplicates: string[][];
  /** Product-named columns that stay the person's, each with the product's own column beside it. */
  yours: YourColumn[];
  /** Owners of columns this run recorded in Instellingen (handed over or kept). */
  recorded: ColumnChoice[];
  changes: number;
}

/**
 * A kind column kept in the invoice list itself ("Particulier/Zakelijk" per invoice): the first
 * value typed per customer name, as typed, for the new Klanten.
 */
function customerKindsOfInvoices(state: WorkbookState): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const t = state.tables.get('invoices');
  const nameI = t?.binding.indexOf('customerNumber');
  if (!t || nameI === undefined) return out;
  const kindI = bindColumns(tableSpec('customers'), t.snap.headers, state.aliases).indexOf('kind');
  if (kindI === undefined || t.binding.matched.some((m) => m.index === kindI)) return out;
  for (const r of t.snap.values) {
    const name = r[nameI];
    const kind = r[kindI] ?? null;
    if (name === null || name === undefined || kind === null || kind === '') continue;
    const key = String(name).trim().toLowerCase();
    if (!out.has(key)) out.set(key, kind);
  }
  return out;
}

function customerNamesOfInvoices(state: WorkbookState): string[] {
  const t = state.tables.get('invoices');
  const i = t?.binding.indexOf('customerNumber');
  if (!t || i === undefined) return [];
  return distinctNames(t.snap.values.map((r) => r[i] ?? null));
}

const ORDER: TableId[] = ['invoices', 'customers', 'payments', 'contacts', 'arrangements', 'settings'];

/** The language set-up writes in: asked, the config's, the workbook's own when it holds tables, else Dutch. */
function languageOf(options: SetUpOptions, state: Pick<WorkbookState, 'tables' | 'language'>): Language {
  return options.language ?? options.config?.language ?? (state.tables.size > 0 ? state.language : 'nl');
}

/** The language setUp would choose, for what is said and named before it runs (init's offers). */
export async function setUpLanguage(book: Book, options: SetUpOptions = {}): Promise<Language> {
  const asked = options.language ?? options.config?.language;
  if (asked) return asked;
  return languageOf(
    options,
    await readWorkbook(book, options.config ? aliasesFromConfig(options.config) : {}),
  );
}

export async function setUp(book: Book, options: SetUpOptions = {}): Promise<SetUpReport> {
  const config = options.config;
  const state = await readWorkbook(book, config ? aliasesFromConfig(config) : {}, {
    ...(options.adoptColumns ? { adoptColumns: options.adoptColumns } : {}),
    ...(options.keepColumns ? { keepColumns: options.keepColumns } : {}),
  });
  const language = languageOf(options, state);
  const en = language === 'en';
  const settings = state.hasSettings
    ? state.settings
    : defaultSettings({ ...(config ? settingsFromConfig(config) : {}), language });
  const report: SetUpReport = {
    language,
    created: [],
    adopted: [],
    skipped: [],
    settingsAdded: [],
    overviewCreated: false,
    keptTyped: [],
    customersFromInvoices: 0,
    nearDuplicates: [],
    yours: [],
    recorded: [],
    changes: 0,
  };
  const changes: Change[] = [];
  const plan: Plan = planFromState(state);
  const sheets = new Set(state.read.sheets.map((s) => s.toLowerCase()));
  const tableNames = new Set(state.read.allTables.map((t) => t.name.toLowerCase()));
  const dressed: { id: TableId; fields: string[] }[] = [];
  let highlight = false;

  // The overview's sheet, decided in the set-up's language; recorded in Instellingen (created now
  // or existing) so later runs know it is the product's and never take a sheet of the person's.
  const settingsName = tableName(tableSpec('settings'), language).toLowerCase();
  const settingsCreated = !plan.has('settings') && !sheets.has(settingsName) && !tableNames.has(settingsName);
  const place = placeOverview(
    state.read.sheets,
    state.overview.recorded ? state.overview.sheet : undefined,
    language,
    settingsCreated ||
      (plan.get('settings')?.binding.indexOf('value') !== undefined &&
        plan.get('settings')?.binding.indexOf('key') !== undefined),
    state.read.productSheets,
  );
  report.overviewSheet = place.sheet;
  const note = overviewNote(place, language);
  if (note) report.overviewNote = note;
  if (!place.exists) {
    changes.push({ kind: 'addSheet', sheet: place.sheet, position: 0 });
    report.overviewCreated = true;
  }

  for (const id of ORDER) {
    const spec = tableSpec(id);
    const extra = config?.extraColumns[id] ?? [];
    const existing = plan.get(id);
    if (existing) {
      const added: string[] = missingProductHeaders(existing, language);
      for (const h of extra)
        if (!existing.headers.some((x) => x.toLowerCase() === h.toLowerCase())) added.push(h);
      const unique = added.filter((h) => !existing.headers.includes(h));
      if (unique.length > 0) {
        changes.push({ kind: 'addColumns', table: existing.name, headers: unique });
        existing.headers.push(...unique);
        rebind(existing, state.aliases);
        const fields = existing.binding.matched.filter((m) => unique.includes(m.header)).map((m) => m.field);
        dressed.push({ id, fields });
        if (fields.includes('daysOverdue')) highlight = true;
      }
      report.adopted.push({
        table: id,
        name: existing.name,
        sheet: existing.sheet,
        matched: existing.binding.matched
          .filter((m) => !unique.includes(m.header))
          .map(({ header: h, field, how }) => ({ header: h, field, how })),
        missing: existing.binding.missing
          .filter((c) => c.owner === 'user' && !c.adoptOnly)
          .map((c) => header(c, language)),
        personal: (state.tables.get(id)?.personal ?? []).map((p) => p.header),
        added: unique,
        unknown: existing.binding.unknown.filter((h) => !unique.includes(h)),
      });
      continue;
    }
    const name = tableName(spec, language);
    const sheet = name;
    if (sheets.has(sheet.toLowerCase()) || tableNames.has(name.toLowerCase())) {
      report.skipped.push({
        table: id,
        sheet,
        why: en
          ? `a sheet or table named ${sheet} exists but holds no recognisable ${name} table; rename it or add the headers`
          : `er is al een blad of tabel ${sheet}, maar zonder herkenbare tabel ${name}; hernoem het of voeg de kolomkoppen toe`,
      });
      continue;
    }
    const headers = headersFor(id, language, extra);
    let rows: (string | number | boolean | null)[][] = [];
    if (id === 'customers') {
      // A list with only customer names: one customer per distinct name, the name as its number
      // so the invoices find it as typed. Kind and terms stay blank for the person to fill in.
      const names = customerNamesOfInvoices(state);
      const kinds = customerKindsOfInvoices(state);
      const kindAt = headers.indexOf(
        header(tableSpec('customers').columns.find((c) => c.field === 'kind') as ColumnSpec, language),
      );
      rows = names.map((n) =>
        headers.map((_, i) => (i < 2 ? n : i === kindAt ? (kinds.get(n.toLowerCase()) ?? null) : null)),
      );
      report.customersFromInvoices = names.length;
      report.nearDuplicates = nearDuplicateGroups(names);
    }
    if (id === 'settings') {
      rows = settingsRows(settings, language, config ? aliasesFromConfig(config) : {}).map((r) => [
        r.key,
        r.value,
        r.help,
      ]);
      report.settingsAdded = rows.map((r) => String(r[0]));
      if (!place.recorded) rows.push([OVERVIEW_SHEET_KEY, place.sheet, OVERVIEW_SHEET_HELP[language]]);
      rows.push(...choiceRows(state.choicesToRecord, language));
      report.recorded = [...state.choicesToRecord];
    }
    changes.push({ kind: 'addSheet', sheet });
    changes.push({ kind: 'addTable', sheet, table: name, at: 'A1', headers, rows, style: TABLE_STYLE });
    changes.push({ kind: 'freezeHeader', sheet, rows: 1 });
    plan.set(id, {
      id,
      name,
      sheet,
      firstRow: 2,
      firstColumn: 1,
      headers,
      rowCount: rows.length,
      binding: bindColumns(spec, headers, state.aliases),
      personal: new Set(),
    });
    report.created.push({ table: id, name, sheet, columns: headers });
    dressed.push({ id, fields: spec.columns.map((c) => c.field) });
    if (id === 'invoices') highlight = true;
  }

  // A settings table that exists gets the configured keys it lacks; what is there stays.
  const existingSettings = state.tables.get('settings');
  if (existingSettings && config) {
    const want = settingsRows(
      defaultSettings({ ...settingsFromConfig(config), language }),
      language,
      aliasesFromConfig(config),
    );
    const keyH = plan.get('settings')?.headers[plan.get('settings')?.binding.indexOf('key') ?? -1];
    const valH = plan.get('settings')?.headers[plan.get('settings')?.binding.indexOf('value') ?? -1];
    const helpI = plan.get('settings')?.binding.indexOf('help');
    const helpH = helpI === undefined ? undefined : plan.get('settings')?.headers[helpI];
    const newRows = want.filter((r) => !state.settingsRows.has(canonicalKey(r.key)));
    if (keyH && valH && newRows.length > 0) {
      changes.push({
        kind: 'appendRows',
        table: existingSettings.snap.name,
        rows: newRows.map((r) => ({ [keyH]: r.key, [valH]: r.value, ...(helpH ? { [helpH]: r.help } : {}) })),
      });
      report.settingsAdded = newRows.map((r) => r.key);
    }
  }

  const record = overviewRecord(state, place, language);
  if (record) changes.push(record);
  const choices = choiceRecords(state, language);
  if (choices.length > 0) {
    changes.push(...choices);
    report.recorded = [...state.choicesToRecord];
  }
  report.yours = yourColumns(state, plan);

  for (const d of dressed) changes.push(...columnDressing(plan, d.id, d.fields));
  if (highlight) {
    const fill = overdueFill(plan);
    if (fill) changes.push(fill);
  }
  const live = liveColumnChanges(plan, settings, language);
  changes.push(...live.changes);
  report.keptTyped = live.keptTyped;
  report.changes = changes.length;
  if (changes.length > 0) await book.apply(changes);
  return report;
}
