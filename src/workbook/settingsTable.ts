/**
 * Instellingen: a key/value table a consultant (or the user) edits by hand. One row per Settings
 * field, the ladder as `ladder.<n>.<field>` rows (settingsLadder.ts), segments as `segment.<n>.*`
 * rows (settingsSegments.ts), reminder texts as `template.<key>` rows, extra
 * interest rates as `rate.<n>.<field>`, and column aliases as `alias.<table>.<field>` (headers
 * separated by ';'). Keys may be typed as the field name or its Dutch/English label.
 * The bank CSV column mapping lives in `bankcsv.<field>` rows, read by bankCsvSettings.ts (kept
 * apart so the pane's first chunk, which reads settings, does not carry it).
 */
import { defaultSettings, settingsSchema, type Language, type Settings } from '../domain/model';
import type { Cell, TableSnapshot } from './book';
import type { ColumnAliases, TableBinding } from './binding';
import { parseBool, parseChoice, parseDate, parseInteger, parseText, type Parsed, type Why } from './cells';
import { columnLetter } from './a1';
import { rangeProblem } from './settingRange';
import { SettingsPlaces } from './settingsPlaces';
import type { SettingsProblem } from './settingsRefusal';
import { columnSpec, header, normalizeHeader, TABLES, type Choice } from './schema';
import { SETTING_DEFS, type Kind, type SettingDef } from './settingDefs';
import { ladderRows, readLadderCell } from './settingsLadder';
import {
  canonicalSegmentKey,
  SEGMENT_KEY,
  segmentRows,
  type LadderCollector,
  type SegmentReader,
} from './settingsSegmentRows';

/** The main ladder's rows as typed, for a reader without the checking one (no segment reader given). */
function plainLadder(): LadderCollector & { numbers(): number[] } {
  const steps = new Map<number, Record<string, unknown>>();
  return {
    /** The step numbers of the ladder `finish` gives, in its order. */
    numbers: () => [...steps.keys()].sort((a, b) => a - b),
    read(n, field, cell, key, bad) {
      const r = readLadderCell(field, cell, key);
      if (!r.ok) bad(r.why);
      else if ('value' in r) steps.set(n, { ...(steps.get(n) ?? {}), [r.field]: r.value });
    },
    finish: () => (steps.size > 0 ? [...steps].sort((a, b) => a[0] - b[0]).map(([, s]) => s) : undefined),
  };
}

const RATE_FIELDS = ['kind', 'from', 'percent', 'source'] as const;

type Bad = (why: Why) => void;

/** The rows of one numbered list (rates, a ladder) by item number: its first row and each field's. */
type ListRows = Map<number, { first: Bad; fields: Map<string, { key: string; bad: Bad }> }>;

function noteListRow(list: ListRows, n: number, field: string, key: string, bad: Bad): void {
  let item = list.get(n);
  if (!item) list.set(n, (item = { first: bad, fields: new Map() }));
  if (!item.fields.has(field)) item.fields.set(field, { key, bad });
}

/** Tells `places` which rows made the list at `path`, the list's item numbers in its order. */
function placeList(places: SettingsPlaces, path: string, prefix: string, list: ListRows, numbers: number[]) {
  numbers.forEach((n, i) => {
    const item = list.get(n);
    if (!item) return;
    places.set(`${path}.${i}`, `${prefix}.${n}`, item.first);
    for (const [field, { key, bad }] of item.fields) places.set(`${path}.${i}.${field}`, key, bad);
  });
}

export interface SettingsRead {
  settings: Settings;
  aliases: ColumnAliases;
  /** Each located at its row, its reason in both languages (`why`: `language`'s). */
  errors: SettingsProblem[];
  /** Key -> 0-based body row, for updating values in place. */
  rowOfKey: Map<string, number>;
}

function findDef(key: string): SettingDef | undefined {
  const k = normalizeHeader(key);
  return SETTING_DEFS.find((d) => [d.field, d.nl, d.en].map(normalizeHeader).includes(k));
}

function parseKind(
  kind: Kind,
  cell: Cell,
  choices: Choice[] | undefined,
  system: 1900 | 1904,
): Parsed<unknown> {
  switch (kind) {
    case 'int':
      return parseInteger(cell);
    case 'bool':
      return parseBool(cell);
    case 'date':
      return parseDate(cell, system);
    case 'enum':
      return parseChoice(cell, choices ?? []);
    case 'text':
      return parseText(cell);
  }
}

/** The canonical key of a row: the field name for settings, the key itself for list rows. */
export function canonicalKey(key: string): string {
  return findDef(key)?.field ?? canonicalSegmentKey(key) ?? key.trim();
}

/** The Instellingen table has rows but lacks its key or value column: said at the header row. */
export function missingColumn(
  snap: TableSnapshot,
  field: 'key' | 'value',
  language: Language,
): SettingsProblem {
  const name = (l: Language) => header(columnSpec('settings', field), l);
  const reason: Why = {
    code: 'missing-column',
    nl: `kolom ${name('nl')} ontbreekt: de instellingen in deze tabel worden niet gelezen, de standaardwaarden gelden`,
    en: `column ${name('en')} is missing: the settings in this table are not read, the defaults apply`,
  };
  return {
    sheet: snap.sheet,
    table: snap.name,
    row: snap.firstRow - 1,
    value: null,
    code: reason.code,
    why: reason[language],
    reason,
  };
}

export function readSettings(
  snap: TableSnapshot | undefined,
  binding: TableBinding | undefined,
  dateSystem: 1900 | 1904,
  language: Language,
  /** Reads segment rows (settingsSegmentRows.loadSegmentReader); needed when the table has them. */
  segmentReader?: () => SegmentReader,
): SettingsRead {
  const out: SettingsRead = { settings: defaultSettings(), aliases: {}, errors: [], rowOfKey: new Map() };
  if (!snap || !binding) return out;
  const ki = binding.indexOf('key');
  const vi = binding.indexOf('value');
  if (ki === undefined || vi === undefined) {
    // Rows that cannot be read as settings: said at the header row, where the column is missing.
    const typed = snap.values.some((row) => row.some((c) => c !== null && c !== ''));
    if (typed) out.errors.push(missingColumn(snap, ki === undefined ? 'key' : 'value', language));
    return out;
  }
  const input: Record<string, unknown> = {};
  const rates = new Map<number, Record<string, unknown>>();
  const templates: Record<string, string> = {};
  const segments = segmentReader?.();
  // Checked step by step when the reader is loaded (state.ts loads it for any ladder row).
  const plain = segments ? undefined : plainLadder();
  const ladder = segments?.mainLadder() ?? (plain as LadderCollector);
  // Which row made which part, for what only the schema finds (settingsPlaces.ts).
  const places = new SettingsPlaces();
  const rateRows: ListRows = new Map();
  const stepRows: ListRows = new Map();
  let firstBad: Bad | undefined;
  snap.values.forEach((cells, r) => {
    const row = snap.firstRow + r;
    const keyCell = cells[ki] ?? null;
    if (typeof keyCell !== 'string' || keyCell.trim() === '') return;
    const key = keyCell.trim();
    const cell = cells[vi] ?? null;
    out.rowOfKey.set(canonicalKey(key), r);
    const bad = (why: { nl: string; en: string; code: string }): void => {
      out.errors.push({
        sheet: snap.sheet,
        table: snap.name,
        row,
        column: { header: snap.headers[vi] ?? '', letter: columnLetter(snap.firstColumn + vi) },
        value: cell,
        code: why.code,
        why: why[language],
        reason: why,
      });
    };
    firstBad ??= bad;
    const def = findDef(key);
    let m: RegExpExecArray | null;
    if (def) {
      places.set(def.field, key, bad);
      const p = parseKind(def.kind, cell, def.choices, dateSystem);
      const outOfRange = p.ok && 'value' in p ? rangeProblem(p.value, def.range) : undefined;
      if (!p.ok) bad(p.why);
      else if (outOfRange) bad(outOfRange);
      else if ('value' in p) input[def.field] = p.value;
    } else if (segments?.read(key, cell, bad)) {
      // settingsSegments.ts took it.
      places.set('segments', 'segment', bad);
    } else if (SEGMENT_KEY.test(key)) {
      bad({
        code: 'segments-not-read',
        nl: `segmentregel niet gelezen: ${key}`,
        en: `segment row not read: ${key}`,
      });
    } else if ((m = /^ladder\.(\d+)\.(\w+)$/i.exec(key))) {
      noteListRow(stepRows, Number(m[1]), m[2] ?? '', key, bad);
      ladder.read(Number(m[1]), m[2] ?? '', cell, key, bad);
    } else if ((m = /^rate\.(\d+)\.(\w+)$/i.exec(key))) {
      const field = RATE_FIELDS.find((f) => f === m?.[2]);
      if (field) noteListRow(rateRows, Number(m[1]), field, key, bad);
      const p = parseKind(field === 'from' ? 'date' : 'text', cell, undefined, dateSystem);
      if (!field)
        bad({
          code: 'unknown-setting',
          nl: `onbekend onderdeel van een rente: ${key}`,
          en: `unknown rate field: ${key}`,
        });
      else if (!p.ok) bad(p.why);
      else if ('value' in p) {
        const n = Number(m[1]);
        const v = field === 'percent' ? Number(String(p.value).replace(',', '.').replace('%', '')) : p.value;
        rates.set(n, { ...(rates.get(n) ?? {}), [field]: v });
      }
    } else if (/^template\./i.test(key)) {
      const p = parseText(cell);
      if (p.ok && 'value' in p)
        templates[key.slice('template.'.length)] = typeof cell === 'string' ? cell : p.value;
    } else if ((m = /^alias\.(\w+)\.(\w+)$/i.exec(key))) {
      const p = parseText(cell);
      if (p.ok && 'value' in p) {
        const table = TABLES.find((t) => t.id === m?.[1]);
        const names = p.value
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean);
        // Only the product's tables and fields: "alias.invoices.constructor" or "alias.__proto__.x"
        // would otherwise reach Object's own members.
        const field = table?.columns.find((c) => c.field === m?.[2])?.field;
        if (table && field) out.aliases[table.id] = { ...(out.aliases[table.id] ?? {}), [field]: names };
      }
    }
    // Other keys are the user's own notes: kept, not errors.
  });
  // The main ladder reaches every customer in no segment, consumers too. An incomplete one is named
  // at its step and left out: the default ladder holds until it is complete.
  const steps = ladder.finish(true);
  if (steps) input.ladder = steps;
  if (rates.size > 0)
    input.extraInterestRates = [...rates.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  input.templates = templates;
  const segmentList = segments?.finish() ?? [];
  if (segmentList.length > 0) input.segments = segmentList;
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) out.settings = parsed.data;
  else {
    if (plain) placeList(places, 'ladder', 'ladder', stepRows, plain.numbers());
    placeList(
      places,
      'extraInterestRates',
      'rate',
      rateRows,
      [...rates.keys()].sort((a, b) => a - b),
    );
    // Only rows make input, so some row is there to name; the table's first row should none be.
    const fallback: Bad =
      firstBad ??
      ((why) =>
        out.errors.push({
          sheet: snap.sheet,
          table: snap.name,
          row: snap.firstRow,
          column: { header: snap.headers[vi] ?? '', letter: columnLetter(snap.firstColumn + vi) },
          value: null,
          code: why.code,
          why: why[language],
          reason: why,
        }));
    for (const issue of parsed.error.issues) places.report(issue, input, fallback);
    // Keep what is valid field by field, so one bad ladder row does not lose the company name.
    const partial: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) {
      if (settingsSchema.shape[k as keyof Settings]?.safeParse(v).success) partial[k] = v;
    }
    out.settings = settingsSchema.parse(partial);
  }
  return out;
}

/** Settings as key/value/help rows, in the workbook language. */
export function settingsRows(
  settings: Settings,
  language: Language,
  aliases: ColumnAliases = {},
): { key: string; value: Cell; help: string }[] {
  const rows: { key: string; value: Cell; help: string }[] = [];
  const yes = language === 'en' ? 'Yes' : 'Ja';
  const no = language === 'en' ? 'No' : 'Nee';
  for (const d of SETTING_DEFS) {
    const v = settings[d.field];
    let value: Cell = null;
    if (typeof v === 'boolean') value = v ? yes : no;
    else if (d.kind === 'enum' && typeof v === 'string')
      value = d.choices?.find((c) => c.value === v)?.[language] ?? v;
    else if (typeof v === 'string' || typeof v === 'number') value = v;
    rows.push({ key: language === 'en' ? d.en : d.nl, value, help: d.help[language] });
  }
  rows.push(
    ...ladderRows('ladder', settings.ladder ?? [], language, (step) =>
      language === 'en' ? `Reminder ladder, step ${step}` : `Herinneringsladder, stap ${step}`,
    ),
    ...segmentRows(settings.segments ?? [], language),
  );
  settings.extraInterestRates.forEach((r, i) => {
    for (const f of RATE_FIELDS)
      rows.push({
        key: `rate.${i + 1}.${f}`,
        value: r[f],
        help: language === 'en' ? 'Extra interest rate' : 'Extra rentepercentage',
      });
  });
  for (const [k, v] of Object.entries(settings.templates))
    rows.push({
      key: `template.${k}`,
      value: v,
      help: language === 'en' ? 'Reminder text' : 'Tekst herinnering',
    });
  for (const [table, fields] of Object.entries(aliases)) {
    for (const [field, names] of Object.entries(fields ?? {})) {
      rows.push({
        key: `alias.${table}.${field}`,
        value: names.join('; '),
        help: language === 'en' ? 'Other column headers' : 'Andere kolomkoppen',
      });
    }
  }
  return rows;
}
