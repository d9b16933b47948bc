/**
 * Customers as traders name them. A self-made list often has only a customer-name column; the
 * names are typed by hand, so one customer may appear as "Jansen BV" and "Jansen B.V.". Such
 * spellings are reported for the person to decide, never merged: two shops may truly share a
 * name, and merging would move invoices between customers without a word.
 */
import type { Cell } from './book';

/** Legal forms and their dotted spellings, dropped when comparing names. */
const LEGAL_FORMS = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'eenmanszaak',
  'maatschap',
  'bvba',
  'srl',
  'sprl',
  'vzw',
  'commv',
  'ltd',
  'gmbh',
  'inc',
  'llc',
]);

/** The part of a name that identifies the customer: no case, accents, punctuation or legal form. */
export function nameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1') // b.v. -> bv.
    .replace(/\./g, '')
    .split(/[^a-z0-9&]+/)
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORMS.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** Groups of two or more different spellings with the same name key, in order of appearance. */
export function nearDuplicateGroups(names: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const n of names) {
    const key = nameKey(n);
    if (key === '') continue;
    const g = groups.get(key) ?? [];
    if (!g.includes(n)) g.push(n);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** The distinct customer names of an invoice column, trimmed, first spelling first. */
export function distinctNames(cells: readonly Cell[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of cells) {
    if (c === null || typeof c === 'boolean') continue;
    const name = String(c).trim();
    if (name === '' || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}
