/**
 * The column aliases a workbook carries itself: `alias.<table>.<field>` rows in its Instellingen
 * table (settingsTable.ts reads them). Every reader that binds columns merges them with the
 * caller's (a consultant's config), so the ledger, set-up and the list finder (ranges.ts) all see
 * a consultant-named column as the product's.
 */
import type { ReadResult, TableSnapshot } from './book';
import { bindSnapshot, type ColumnAliases, type TableBinding } from './binding';
import { readSettings } from './settingsTable';
import { tableSpec, type TableId } from './schema';

const SETTINGS = tableSpec('settings');

/** The Instellingen table's names, to ask `book.read` for it. */
export const SETTINGS_TABLES: readonly string[] = [SETTINGS.nl, SETTINGS.en];

/** Instellingen as read (found by its Dutch or English name only, never adopted) and its binding. */
export function settingsOf(
  read: ReadResult,
): { snap: TableSnapshot; binding: TableBinding } | { snap: undefined; binding: undefined } {
  const names = SETTINGS_TABLES.map((n) => n.toLowerCase());
  const snap = [...read.tables.values()].find((s) => names.includes(s.name.toLowerCase()));
  return snap ? { snap, binding: bindSnapshot(SETTINGS, snap) } : { snap: undefined, binding: undefined };
}

/** The aliases Instellingen holds ({} without the table), read as readSettings reads them. */
export function workbookAliases(read: ReadResult): ColumnAliases {
  const { snap, binding } = settingsOf(read);
  // Only the aliases are wanted: the rest of the settings (and their errors) are the ledger's.
  return snap ? readSettings(snap, binding, read.dateSystem, 'nl').aliases : {};
}

/**
 * The workbook's aliases and the caller's together: every header either names for a field is
 * taken as that field (the workbook's listed first).
 */
export function mergeAliases(a: ColumnAliases, b: ColumnAliases): ColumnAliases {
  const out: ColumnAliases = {};
  for (const src of [a, b]) {
    for (const [table, fields] of Object.entries(src) as [TableId, Record<string, string[]>][]) {
      const t = (out[table] ??= {});
      for (const [field, names] of Object.entries(fields))
        t[field] = [...(Object.hasOwn(t, field) ? (t[field] ?? []) : []), ...names];
    }
  }
  return out;
}
