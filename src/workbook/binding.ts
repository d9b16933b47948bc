/**
 * Which workbook table plays which part, and which of its columns feed which field. Matching is by
 * header, forgiving about case, spacing, punctuation and language, so a table a person already
 * keeps can be adopted as it is. Nothing is stored: every operation binds afresh from what it reads,
 * so a renamed or moved column keeps working as long as its header is recognisable.
 */
import type { Language } from '../domain/model';
import type { ReadResult, TableSnapshot } from './book';
import { normalizeHeader, TABLES, type ColumnSpec, type TableId, type TableSpec } from './schema';

/** Extra headers per table and field, e.g. { invoices: { number: ['Nr. factuur'] } }. */
export type ColumnAliases = Partial<Record<TableId, Record<string, string[]>>>;

export interface ColumnMatch {
  field: string;
  header: string;
  /** 0-based column index within the table. */
  index: number;
  how: 'name' | 'synonym' | 'alias';
}

export interface ColumnBinding {
  spec: TableSpec;
  headers: string[];
  matched: ColumnMatch[];
  /** Columns of the spec the table does not have. */
  missing: ColumnSpec[];
  /** Headers we do not know: kept as they are, never written. */
  unknown: string[];
  indexOf(field: string): number | undefined;
}

/** The header the product gives its own column when a person's column already has the plain name. */
const OWN_SUFFIX = ' (Klant Inzicht)';

export function ownHeader(c: ColumnSpec, language: Language): string {
  return `${language === 'en' ? c.en : c.nl}${OWN_SUFFIX}`;
}

/**
 * Binds headers to fields. `personal` holds column indices that carry a person's own data under a
 * name the product also uses (ownership.ts decides): product-owned fields never bind to them, the
 * person's fields still may ("Status" with betaald/open becomes the payment status).
 */
export function bindColumns(
  spec: TableSpec,
  headers: readonly string[],
  aliases: ColumnAliases = {},
  personal: ReadonlySet<number> = new Set(),
): ColumnBinding {
  const norm = headers.map(normalizeHeader);
  const byField = new Map<string, ColumnMatch>();
  const taken = new Set<number>();
  const tableAliases = aliases[spec.id] ?? {};
  const tryMatch = (c: ColumnSpec, names: string[], how: ColumnMatch['how']): void => {
    if (byField.has(c.field)) return;
    const wanted = new Set(names.map(normalizeHeader));
    const mine = c.owner !== 'user';
    const index = norm.findIndex(
      (h, i) => !taken.has(i) && h !== '' && wanted.has(h) && !(mine && personal.has(i)),
    );
    if (index < 0) return;
    byField.set(c.field, { field: c.field, header: headers[index] ?? '', index, how });
    taken.add(index);
  };
  // Aliases first (a consultant said so), then the canonical names, then the looser synonyms.
  for (const c of spec.columns) tryMatch(c, tableAliases[c.field] ?? [], 'alias');
  // The plain name before the product's own "X (Klant Inzicht)", wherever each stands: a person's
  // "Volgorde" right of the product's column must still be seen (and offered for hand-over).
  for (const c of spec.columns) tryMatch(c, [c.nl, c.en], 'name');
  for (const c of spec.columns)
    if (c.owner !== 'user') tryMatch(c, [ownHeader(c, 'nl'), ownHeader(c, 'en')], 'name');
  for (const c of spec.columns) tryMatch(c, c.synonyms, 'synonym');
  const matched = [...byField.values()].sort((a, b) => a.index - b.index);
  return {
    spec,
    headers: [...headers],
    matched,
    missing: spec.columns.filter((c) => !byField.has(c.field)),
    unknown: headers.filter((_, i) => !taken.has(i)),
    indexOf: (field) => byField.get(field)?.index,
  };
}

export interface TableBinding extends ColumnBinding {
  /** The table's actual name in the workbook. */
  table: string;
  sheet: string;
}

/** A table with every required column present. */
export function adoptable(b: ColumnBinding): boolean {
  return b.spec.columns.every((c) => !c.required || b.indexOf(c.field) !== undefined);
}

/**
 * `word` as a whole word of `name`: no letter on either side ("Oude facturen", not
 * "Klantenfacturen"). A digit is a boundary: a table's name holds no space, so "Facturen2025".
 */
function hasWord(name: string, word: string): boolean {
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    const before = name.slice(0, at);
    const after = name.slice(at + word.length);
    if (!/\p{L}$/u.test(before) && !/^\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * The part a sheet's or table's name names: exactly ("Betalingen"), or, unless `exact`, as a whole
 * word of it ("Facturen 2025", "Oude facturen"), never inside another word: "Contactpersonen" is
 * no Contact list, "Klantenfacturen" no customers. Case aside, accents as typed.
 */
export function namesPart(
  name: string,
  exact = false,
  specs: readonly TableSpec[] = TABLES,
): TableId | undefined {
  const n = name.trim().toLowerCase();
  return specs.find((t) =>
    [t.nl, t.en].some((x) => (exact ? n === x.toLowerCase() : hasWord(n, x.toLowerCase()))),
  )?.id;
}

/**
 * A list that reads as invoices is an invoice list (last year's, a second one) and never plays
 * another part, unless its sheet or name says it is that part ("Betalingen"): last year's invoices
 * read as payments would settle this year's invoices of the same numbers.
 */
export function invoiceShaped(
  headers: readonly string[],
  names: readonly string[],
  aliases: ColumnAliases = {},
): boolean {
  if (names.some((n) => ![undefined, 'invoices'].includes(namesPart(n)))) return false;
  const invoices = TABLES.find((t) => t.id === 'invoices');
  return invoices !== undefined && adoptable(bindColumns(invoices, headers, aliases));
}

/** A table named after the part ranks above every count of matched columns (findTables). */
function rank(spec: TableSpec, b: TableBinding): number {
  const named = [b.sheet, b.table].some((n) => namesPart(n, true, [spec]) === spec.id);
  return (named ? spec.columns.length + 1 : 0) + b.matched.length;
}

/**
 * Finds the table for each part: by its Dutch or English name first, else the table whose headers
 * cover every required column, an invoice-shaped one only as the invoices. Among those, one whose
 * sheet or own name is the part's name ("Facturen", "Invoices"; case and outer spaces aside) wins
 * over any that only matches more columns: the person told us by naming it. A name that merely
 * mentions the part ("Facturen 2025", "Oude facturen") ranks as none: it is often last year's list.
 * Then the most matched columns wins; on a tie, the first in the workbook. Returns only parts found.
 */
export function findTables(
  allTables: ReadResult['allTables'],
  aliases: ColumnAliases = {},
  specs: readonly TableSpec[] = TABLES,
): Map<TableId, TableBinding> {
  const found = new Map<TableId, TableBinding>();
  const used = new Set<string>();
  const lower = (s: string): string => s.toLowerCase();
  for (const spec of specs) {
    const t = allTables.find((x) => [spec.nl, spec.en].map(lower).includes(lower(x.name)));
    if (!t) continue;
    found.set(spec.id, { ...bindColumns(spec, t.headers, aliases), table: t.name, sheet: t.sheet });
    used.add(lower(t.name));
  }
  for (const spec of specs) {
    if (found.has(spec.id)) continue;
    let best: TableBinding | undefined;
    for (const t of allTables) {
      if (used.has(lower(t.name))) continue;
      if (spec.id !== 'invoices' && invoiceShaped(t.headers, [t.sheet, t.name], aliases)) continue;
      // A table on a sheet named after another part ("Betalingen") plays that part or none.
      const named = namesPart(t.sheet, true, specs) ?? namesPart(t.name, true, specs);
      if (named !== undefined && named !== spec.id) continue;
      const b = bindColumns(spec, t.headers, aliases);
      if (!adoptable(b)) continue;
      const candidate = { ...b, table: t.name, sheet: t.sheet };
      if (!best || rank(spec, candidate) > rank(spec, best)) best = candidate;
    }
    if (best) {
      found.set(spec.id, best);
      used.add(lower(best.table));
    }
  }
  return found;
}

/** Rebinds against a full snapshot (headers may differ from allTables after a concurrent edit). */
export function bindSnapshot(
  spec: TableSpec,
  snap: TableSnapshot,
  aliases: ColumnAliases = {},
  personal: ReadonlySet<number> = new Set(),
): TableBinding {
  return { ...bindColumns(spec, snap.headers, aliases, personal), table: snap.name, sheet: snap.sheet };
}
