/**
 * Which columns of a person's table the product may write. A header that happens to be one of the
 * product's column names ("Status", "Openstaand", "Volgorde", "Order") does not hand the column
 * over: a column whose cells are the person's own data stays theirs, and the product adds its own
 * column beside it under a name that cannot collide ("Status (Klant Inzicht)"). Only an explicit
 * choice (`adoptColumns`, the CLI's --adopt-columns) takes such a column over, and even then the
 * values typed in it are kept (plan.ts, typedValues).
 *
 * - A formula column is the product's when it is empty or holds at least one formula (the product
 *   writes formulas; values typed over some rows are overrides, kept). All typed values and not a
 *   single formula: the person's.
 * - The sort key holds nothing but whole numbers 1..rows, each once; anything else (PO-7781) is
 *   the person's.
 * - The next step is text the product writes; its only header is the product's own ("Volgende
 *   stap"), never a common word, so its name is enough.
 * A column bound through a consultant's alias was handed over explicitly and is never refused.
 *
 * The person's answer is kept in Instellingen, one row per column ("kolom.Facturen.Volgorde", in
 * an English workbook "column.Invoices.Order"; value "Klant Inzicht" or "Eigen"/"Own"): plain cells every program keeps, which the person can read and
 * change. A recorded answer outlasts the data's look: a handed-over column stays the product's
 * even while every cell in it is typed, a kept one stays the person's even when it holds 1..n.
 */
import type { Language } from '../domain/model';
import type { Cell, TableSnapshot } from './book';
import type { ColumnBinding } from './binding';
import { isBlankCell } from './cells';
import { normalizeHeader, TABLES, type TableId } from './schema';

export interface PersonalColumn {
  index: number;
  header: string;
  field: string;
  /** The person's "keep it mine" is recorded (or asked for now); else the data's look decided. */
  kept: boolean;
}

/** A column of one of the product's tables, by its header as typed. */
export interface ColumnRef {
  table: TableId;
  header: string;
}

/** Who a product-named column belongs to. */
export type ColumnOwner = 'product' | 'person';

export interface ColumnChoice {
  ref: ColumnRef;
  owner: ColumnOwner;
}

/** A choice as Instellingen holds it: `row` is its 0-based body row. */
export interface RecordedChoice extends ColumnChoice {
  row: number;
}

const KEY = /^(?:kolom|column)\.([^.]+)\.(.+)$/i;

/** The Instellingen key recording the owner of a column, in the workbook's words. */
export function choiceKey(ref: ColumnRef, language: Language): string {
  const spec = TABLES.find((t) => t.id === ref.table);
  return `${language === 'en' ? 'column' : 'kolom'}.${spec?.[language] ?? ref.table}.${ref.header}`;
}

/** The part and header a settings key names, when it is a column record (either language). */
export function refOfKey(key: string): ColumnRef | undefined {
  const m = KEY.exec(key.trim());
  const part = normalizeHeader(m?.[1] ?? '');
  const header = m?.[2]?.trim();
  const spec = TABLES.find((t) => [t.id, t.nl, t.en].some((n) => normalizeHeader(n) === part));
  if (!spec || !header || part === '') return undefined;
  return { table: spec.id, header };
}

const VALUES: Record<ColumnOwner, Record<Language, string>> = {
  product: { nl: 'Klant Inzicht', en: 'Klant Inzicht' },
  person: { nl: 'Eigen', en: 'Own' },
};

const SPELLINGS: Record<ColumnOwner, string[]> = {
  product: ['Klant Inzicht', 'KlantInzicht', 'programma', 'product', 'add-in', 'invoegtoepassing'],
  person: ['Eigen', 'Own', 'mine', 'van mij', 'mijn', 'gebruiker', 'user', 'person'],
};

export function choiceValue(owner: ColumnOwner, language: Language): string {
  return VALUES[owner][language];
}

/** The owner a typed value names; undefined when it names neither. */
export function ownerOfValue(cell: Cell): ColumnOwner | undefined {
  if (typeof cell !== 'string') return undefined;
  const w = normalizeHeader(cell);
  if (w === '') return undefined;
  return (Object.keys(SPELLINGS) as ColumnOwner[]).find((o) =>
    SPELLINGS[o].some((s) => normalizeHeader(s) === w),
  );
}

/** The help text beside a record, saying what it does and how to change it. */
export function choiceHelp(ref: ColumnRef, owner: ColumnOwner, language: Language): string {
  if (language === 'en')
    return owner === 'product'
      ? `Column "${ref.header}" was handed over to Klant Inzicht, which writes it. "Own" gives it back.`
      : `Column "${ref.header}" is yours: Klant Inzicht never writes it and keeps its own column beside it. "Klant Inzicht" hands it over.`;
  return owner === 'product'
    ? `Kolom "${ref.header}" is overgedragen aan Klant Inzicht, dat erin schrijft. "Eigen" geeft hem terug.`
    : `Kolom "${ref.header}" is van u: Klant Inzicht schrijft er nooit in en houdt een eigen kolom ernaast. "Klant Inzicht" draagt hem over.`;
}

export function sameColumn(a: ColumnRef, b: ColumnRef): boolean {
  return a.table === b.table && normalizeHeader(a.header) === normalizeHeader(b.header);
}

export interface OwnershipAsked {
  /** true: every product-named column holding the person's data (the CLI's --adopt-columns). */
  adopt?: boolean | readonly ColumnRef[];
  keep?: readonly ColumnRef[];
  recorded?: readonly ColumnChoice[];
}

export interface Ownership {
  personal: PersonalColumn[];
  /** Choices made by this run that Instellingen does not hold yet. */
  toRecord: ColumnChoice[];
}

/**
 * Who owns each product-named column of one table. What the person asks now wins (keep over hand
 * over when both name a column), then what Instellingen records, then the data's look (with
 * `adopt: true` taking every column that looks the person's, except one they said to keep).
 */
export function decideOwnership(
  table: TableId,
  snap: TableSnapshot,
  binding: ColumnBinding,
  asked: OwnershipAsked = {},
): Ownership {
  const looks = new Set(personalColumns(snap, binding).map((p) => p.index));
  const has = (list: readonly ColumnRef[] | undefined, ref: ColumnRef): boolean =>
    (list ?? []).some((x) => sameColumn(x, ref));
  const out: Ownership = { personal: [], toRecord: [] };
  for (const m of productNamed(binding)) {
    const ref: ColumnRef = { table, header: m.header };
    const recorded = (asked.recorded ?? []).find((c) => sameColumn(c.ref, ref))?.owner;
    const now: ColumnOwner | undefined = has(asked.keep, ref)
      ? 'person'
      : (Array.isArray(asked.adopt) && has(asked.adopt as readonly ColumnRef[], ref)) ||
          (asked.adopt === true && looks.has(m.index) && recorded !== 'person')
        ? 'product'
        : undefined;
    if (now && now !== recorded) out.toRecord.push({ ref, owner: now });
    const owner = now ?? recorded ?? (looks.has(m.index) ? 'person' : 'product');
    if (owner === 'person')
      out.personal.push({
        index: m.index,
        header: m.header,
        field: m.field,
        kept: (now ?? recorded) === 'person',
      });
  }
  return out;
}

/** Matched columns the product writes, bound by their name (an alias is a hand-over already). */
function productNamed(binding: ColumnBinding): ColumnBinding['matched'] {
  return binding.matched.filter((m) => {
    const spec = binding.spec.columns.find((c) => c.field === m.field);
    return spec !== undefined && spec.owner !== 'user' && m.how !== 'alias';
  });
}

/** The product-named columns whose data looks like the person's, whatever was recorded. */
function personalColumns(snap: TableSnapshot, binding: ColumnBinding): PersonalColumn[] {
  const out: PersonalColumn[] = [];
  const rows = snap.values.length;
  if (rows === 0) return out;
  for (const m of productNamed(binding)) {
    const spec = binding.spec.columns.find((c) => c.field === m.field);
    if (!spec) continue;
    const i = m.index;
    let typed = 0;
    let formulas = 0;
    const numbers = new Set<number>();
    let foreign = false;
    for (let r = 0; r < rows; r++) {
      const cell = snap.values[r]?.[i] ?? null;
      if ((snap.formulas[r]?.[i] ?? null) !== null) {
        formulas += 1;
        continue;
      }
      if (isBlankCell(cell)) continue;
      typed += 1;
      if (typeof cell !== 'number' || !Number.isInteger(cell) || cell < 1 || cell > rows || numbers.has(cell))
        foreign = true;
      else numbers.add(cell);
    }
    const personal =
      spec.owner === 'formula'
        ? typed > 0 && formulas === 0
        : spec.field === 'sortKey'
          ? foreign || formulas > 0
          : formulas > 0;
    if (personal) out.push({ index: i, header: m.header, field: m.field, kept: false });
  }
  return out;
}
