/**
 * Indexes over a table's rows for the evaluator's lookups and *IFS criteria, so a grid of n
 * invoices and m payments costs about n + m steps instead of n × m (the demo's first view
 * calculates every live column this way). Each index is built once per rows array and field, the
 * first time a formula asks. It assumes the keyed fields of those rows do not change afterwards:
 * live formulas key only on columns people type, never on another live column.
 */
import type { Cell } from './book';

type Row = Readonly<Record<string, Cell>>;
type Groups = Map<string, Row[]>;
type KeyOf = (cell: Cell) => string | undefined;

const built = new WeakMap<readonly Row[], Map<string, Groups>>();

function groupsOf(rows: readonly Row[], field: string, kind: string, keyOf: KeyOf): Groups {
  let perRows = built.get(rows);
  if (!perRows) {
    perRows = new Map();
    built.set(rows, perRows);
  }
  const id = `${kind}:${field}`;
  let groups = perRows.get(id);
  if (!groups) {
    groups = new Map();
    for (const row of rows) {
      const key = keyOf(row[field] ?? null);
      if (key === undefined) continue;
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    perRows.set(id, groups);
  }
  return groups;
}

/** MATCH(…, 0) equality: same type, text without regard to case. */
const exactKey: KeyOf = (cell) => {
  if (cell === null || (typeof cell === 'number' && Number.isNaN(cell))) return undefined;
  if (typeof cell === 'string') return `s${cell.toLowerCase()}`;
  return `${typeof cell === 'number' ? 'n' : 'b'}${String(cell)}`;
};

/** A *IFS text criterion compares the cell's text, whatever its type, without regard to case. */
const textKey: KeyOf = (cell) => (cell === null ? undefined : String(cell).toLowerCase());

/** A *IFS number criterion matches numbers and text that reads as that number. */
const numberKey: KeyOf = (cell) => {
  if (cell === null || (typeof cell !== 'number' && String(cell).trim() === '')) return undefined;
  const n = Number(cell);
  return Number.isNaN(n) ? undefined : String(n);
};

/**
 * The first row whose `field` equals `key` as `equal` decides; an empty key (which Excel compares
 * as the other side's empty value) is answered by a scan.
 */
export function firstMatch(
  rows: readonly Row[],
  field: string,
  key: Cell,
  equal: (cell: Cell, key: Cell) => boolean,
): Row | undefined {
  const k = exactKey(key);
  if (k === undefined) return rows.find((r) => equal(r[field] ?? null, key));
  return groupsOf(rows, field, 'exact', exactKey).get(k)?.[0];
}

/**
 * The rows that can meet the criteria, in table order: those sharing the first equality
 * criterion's value when there is one an index can answer, else every row. The caller still
 * tests every criterion on each.
 */
export function candidateRows(
  rows: readonly Row[],
  criteria: readonly { field: string; test: '=' | '<='; value: Cell }[],
): readonly Row[] {
  for (const c of criteria) {
    if (c.test !== '=' || c.value === null || c.value === '') continue;
    if (typeof c.value === 'number') {
      if (Number.isNaN(c.value)) continue;
      return groupsOf(rows, c.field, 'number', numberKey).get(String(c.value)) ?? [];
    }
    return groupsOf(rows, c.field, 'text', textKey).get(String(c.value).toLowerCase()) ?? [];
  }
  return rows;
}
