/**
 * The settings writer: settings into Instellingen, existing keys updated in place, new keys
 * appended, rows of a list the settings no longer have (a shorter ladder, a removed segment)
 * cleared. A group of rows (settingsGroup) whose reading left something out — a ladder step not
 * complete, a segment without its rule, a value that could not be read — is not in the settings as
 * typed (an incomplete ladder reads as the default one), so writing it back would overwrite or
 * clear what the person typed. When a save would change such a group, nothing is written: the
 * save is refused with the group's problems, located, saying that nothing was saved.
 */
import type { Language, Settings } from '../domain/model';
import type { Cell, Change, TableSnapshot } from './book';
import type { ColumnAliases, TableBinding } from './binding';
import { readLadderCell } from './settingsLadder';
import { LADDER_ORDER } from './settingsLadderRows';
import { refusalText, type SettingsProblem } from './settingsRefusal';
import { hasSegmentRows, loadSegmentReader } from './settingsSegmentRows';
import { canonicalKey, readSettings, settingsRows } from './settingsTable';

/** Problems that leave the rows' meaning in the settings as typed: writing them back loses nothing. */
const KEPT = new Set(['invalid-segment-rule', 'duplicate-segment', 'missing-segment-name', LADDER_ORDER]);

/**
 * The rows that are read together, as the canonical key names them: the main ladder, each
 * segment with its ladder, the extra rates; any other row on its own.
 */
function settingsGroup(canonical: string): string {
  const m = /^(ladder|rate)\.|^(segment\.\d+)\./i.exec(canonical);
  return m ? (m[1] ?? m[2] ?? canonical).toLowerCase() : canonical;
}

/**
 * Refused: each problem located, its reason in both languages (the pane and the CLI say it in
 * theirs), `why` in the workbook's language with that nothing was saved.
 */
export type SettingsWrite = { ok: true; changes: Change[] } | { ok: false; refused: SettingsProblem[] };

/** Whether the typed cell and the value to write say the same (a step's "Ja" and true alike). */
function sameMeaning(canonical: string, typed: Cell, value: Cell): boolean {
  const field = /^(?:segment\.\d+\.)?ladder\.\d+\.(\w+)$/.exec(canonical)?.[1];
  if (field) {
    const [a, b] = [readLadderCell(field, typed, canonical), readLadderCell(field, value, canonical)];
    if (a.ok && b.ok)
      return JSON.stringify('value' in a ? a.value : null) === JSON.stringify('value' in b ? b.value : null);
  }
  const text = (c: Cell) => (c === null ? '' : String(c).trim().toLocaleLowerCase('nl'));
  return text(typed) === text(value);
}

/** The changes that write `settings` into the Instellingen table `snap`, or why none may. */
export async function planSettingsWrite(
  snap: TableSnapshot,
  binding: TableBinding,
  dateSystem: 1900 | 1904,
  language: Language,
  settings: Settings,
  aliases: ColumnAliases,
): Promise<SettingsWrite> {
  const ki = binding.indexOf('key');
  const vi = binding.indexOf('value');
  const hi = binding.indexOf('help');
  if (ki === undefined || vi === undefined) return { ok: true, changes: [] };
  const reader = hasSegmentRows(snap, binding) ? await loadSegmentReader() : undefined;
  const read = readSettings(snap, binding, dateSystem, language, reader);
  // Each problem's group, by its row's key: the reader names every problem at its row, the schema's too.
  const groupOf = (e: SettingsProblem): string => {
    const key = snap.values[e.row - snap.firstRow]?.[ki];
    return typeof key === 'string' ? settingsGroup(canonicalKey(key)) : '';
  };
  const problems = new Map<string, SettingsProblem[]>();
  for (const e of read.errors) problems.set(groupOf(e), [...(problems.get(groupOf(e)) ?? []), e]);
  const lossy = new Map([...problems].filter(([, list]) => list.some((p) => !KEPT.has(p.code))));
  const touched = new Set<string>();
  const rows = settingsRows(settings, language, aliases);
  const values: Cell[] = snap.values.map(() => null);
  const append: Record<string, Cell>[] = [];
  for (const r of rows) {
    const key = canonicalKey(r.key);
    const at = read.rowOfKey.get(key);
    const group = settingsGroup(key);
    if (at === undefined) {
      if (lossy.has(group)) touched.add(group);
      append.push({
        [snap.headers[ki] as string]: r.key,
        [snap.headers[vi] as string]: r.value,
        ...(hi !== undefined ? { [snap.headers[hi] as string]: r.help } : {}),
      });
      continue;
    }
    values[at] = r.value ?? '';
    if (lossy.has(group) && !sameMeaning(key, snap.values[at]?.[vi] ?? null, r.value)) touched.add(group);
  }
  // A shorter ladder (or fewer rates/texts) must not leave old list rows that read back as steps.
  const written = new Set(rows.map((r) => canonicalKey(r.key)));
  for (const [key, at] of read.rowOfKey) {
    if (!/^(ladder|rate|template|segment)\./i.test(key) || written.has(key)) continue;
    values[at] = '';
    const typed = snap.values[at]?.[vi] ?? null;
    if (lossy.has(settingsGroup(key)) && typed !== null && typed !== '') touched.add(settingsGroup(key));
  }
  if (touched.size > 0) {
    const refused = [...touched].flatMap((g) => lossy.get(g) ?? []).sort((a, b) => a.row - b.row);
    return {
      ok: false,
      refused: refused.map((e) => ({ ...e, why: refusalText(e, language) })),
    };
  }
  const changes: Change[] = [];
  if (values.some((v) => v !== null))
    changes.push({ kind: 'setColumn', table: snap.name, column: snap.headers[vi] as string, values });
  if (append.length > 0) changes.push({ kind: 'appendRows', table: snap.name, rows: append });
  return { ok: true, changes };
}
