/**
 * Lists a person keeps beside or instead of Excel tables: rows typed directly below a table (which
 * the table, and so every total, would otherwise leave out), columns typed to its right, and plain
 * ranges that are no table at all. Finding them is one read; acting on them (extendTables,
 * tablesFromRanges) one read and one apply, and each says exactly what it did. Nothing is moved or
 * rewritten: the table's range grows over cells that stay as typed.
 */
import type { Language } from '../../domain/model';
import type { Book, Change, PlainRange, ReadResult } from '../book';
import { adoptable, bindColumns, findTables, invoiceShaped, namesPart, type ColumnAliases } from '../binding';
import { columnLetter, parseRange } from '../a1';
import { isFilled } from '../ranges';
import { TABLES, tableName, tableSpec, type TableId, type TableSpec } from '../schema';
import { mergeAliases, SETTINGS_TABLES, workbookAliases } from '../workbookAliases';

/** A table with rows typed below it or columns to its right. */
export interface TableSide {
  table: string;
  sheet: string;
  /** The part the product reads it as, when it is one of the product's tables. */
  part?: TableId;
  /** The table's range as read (the changes check it is still there). */
  address: string;
  /** 1-based sheet rows typed directly below the table. */
  rows: { first: number; last: number } | null;
  /**
   * Columns typed directly to its right: letters and the header cells as typed (null = none), an
   * empty column before the person's own with the header it gets (also in `named`).
   */
  columns: {
    first: string;
    last: string;
    headers: (string | null)[];
    filledCells: number;
    named?: { column: string; header: string }[];
  } | null;
  /** Why the columns cannot join the table as they are (a missing or repeated header). */
  columnsBlocked?: 'no-header' | 'duplicate-header';
  /** How many of the product's own columns (formulas, order) the table lacks: set-up adds them to its right. */
  missing?: number;
}

/** The header an empty column gets as a table column: "Kolom E" / "Column E". */
const emptyHeader = (column: string, language: Language): string =>
  `${language === 'en' ? 'Column' : 'Kolom'} ${column}`;

function sidesOf(read: ReadResult, aliases: ColumnAliases, language: Language): TableSide[] {
  const parts = findTables(read.allTables, aliases);
  const partOf = new Map([...parts].map(([id, b]) => [b.table.toLowerCase(), id]));
  const out: TableSide[] = [];
  for (const b of read.surroundings?.beside ?? []) {
    if (!b.below && !b.right) continue;
    const t = read.allTables.find((x) => x.name === b.table);
    const part = partOf.get(b.table.toLowerCase());
    const named: { column: string; header: string }[] = [];
    const headers = b.right
      ? b.right.headers.map((h, j) => {
          const at = (b.right?.firstColumn ?? 0) + j;
          if (!b.right?.empty?.includes(at)) return isFilled(h) ? String(h) : null;
          const column = columnLetter(at);
          named.push({ column, header: emptyHeader(column, language) });
          return emptyHeader(column, language);
        })
      : [];
    const names = [...(t?.headers ?? []), ...headers].map((h) => (h ?? '').toLowerCase());
    const side: TableSide = {
      table: b.table,
      sheet: b.sheet,
      address: b.address,
      rows: b.below ? { first: b.below.firstRow, last: b.below.firstRow + b.below.values.length - 1 } : null,
      columns: b.right
        ? {
            first: columnLetter(b.right.firstColumn),
            last: columnLetter(b.right.firstColumn + b.right.columns - 1),
            headers,
            filledCells: b.right.filledCells,
            ...(named.length > 0 ? { named } : {}),
          }
        : null,
    };
    if (part) side.part = part;
    const lacking = part ? (parts.get(part)?.missing.filter((c) => c.owner !== 'user').length ?? 0) : 0;
    if (lacking > 0) side.missing = lacking;
    if (headers.some((h) => h === null)) side.columnsBlocked = 'no-header';
    else if (new Set(names).size !== names.length) side.columnsBlocked = 'duplicate-header';
    out.push(side);
  }
  return out;
}

/**
 * The one read: what lies around the tables, and Instellingen for the column aliases the workbook
 * carries itself, merged with the caller's as the ledger merges them (state.ts): a consultant's
 * "Opdrachtgever" is the invoices' customer column here as it is there.
 */
async function readAround(
  book: Book,
  callers: ColumnAliases = {},
): Promise<{ read: ReadResult; aliases: ColumnAliases }> {
  const read = await book.read(SETTINGS_TABLES, { surroundings: true, formulas: 'presence' });
  return { read, aliases: mergeAliases(workbookAliases(read), callers) };
}

/** Every table with rows typed directly below it or columns to its right. One read. */
export async function findTableSides(
  book: Book,
  options: { aliases?: ColumnAliases; language?: Language } = {},
): Promise<TableSide[]> {
  const { read, aliases } = await readAround(book, options.aliases);
  return sidesOf(read, aliases, options.language ?? 'nl');
}

/**
 * Grows every table (or those named) over the rows typed below it and, when their headers allow,
 * the columns to its right (with `columnsOnly`, over those columns alone: init offers no rows).
 * Returns what each table took in. One read, one apply.
 */
export async function extendTables(
  book: Book,
  options: {
    tables?: readonly string[];
    aliases?: ColumnAliases;
    language?: Language;
    columnsOnly?: boolean;
  } = {},
): Promise<TableSide[]> {
  const wanted = options.tables?.map((t) => t.toLowerCase());
  const { read, aliases } = await readAround(book, options.aliases);
  const sides = sidesOf(read, aliases, options.language ?? 'nl').filter(
    (s) => !wanted || wanted.includes(s.table.toLowerCase()),
  );
  const done = sides
    .map((s) => (s.columnsBlocked ? { ...s, columns: null } : s))
    .map((s) => (options.columnsOnly ? { ...s, rows: null } : s))
    .filter((s) => s.rows || s.columns);
  const changes: Change[] = done.map((s) => ({
    kind: 'extendTable',
    table: s.table,
    address: s.address,
    rows: s.rows ? s.rows.last - s.rows.first + 1 : 0,
    columns: s.columns ? s.columns.headers.length : 0,
    // Only an empty header cell takes its name; the others stay as typed ('' = as typed).
    ...(s.columns?.named ? { names: s.columns.headers.map((h, j) => namedAt(s, j) ?? '') } : {}),
  }));
  if (changes.length > 0) await book.apply(changes);
  return done;
}

/** The header given to the j-th column right of the table when it is an empty one. */
function namedAt(s: TableSide, j: number): string | undefined {
  const c = s.columns;
  if (!c) return undefined;
  const column = columnLetter(parseRange(`${c.first}1`).left + j);
  return c.named?.find((n) => n.column === column)?.header;
}

/** A plain range whose header row reads as one of the product's tables. */
export interface RangeOffer {
  part: TableId;
  sheet: string;
  address: string;
  /** Body rows below the header row. */
  rows: number;
  headers: string[];
  /** Headers recognised, as typed. */
  matched: string[];
  /** The table's name if it is made one. */
  table: string;
  /** Empty columns inside the list (nothing typed in them) and the header each gets as a table column. */
  named?: { column: string; header: string }[];
  /** Why it cannot be made a table as it is ('filtered': the sheet's filter hides rows of it). */
  blocked?: 'no-header' | 'duplicate-header' | 'name-taken' | 'filtered';
  /** With 'no-header': the columns (letters) with cells under no header, for the person to name. */
  headless?: string[];
  /** The sheet's own filter lies over it: made a table, the table's filter takes its place. */
  sheetFilter?: true;
}

/**
 * A table needs a header over every column. An empty column a person left inside a list (before
 * their own "Notities") gets one, "Kolom E", written into its empty header cell: nothing typed is
 * touched. A column with cells under no header is the person's to name.
 */
function nameEmptyColumns(range: PlainRange, offer: RangeOffer, language: Language): string[] {
  const names = range.headers.map((h, j) => {
    if (h.trim() !== '' || range.values.some((r) => isFilled(r[j] ?? null))) return h;
    const column = columnLetter(range.firstColumn + j);
    const header = emptyHeader(column, language);
    (offer.named ??= []).push({ column, header });
    return header;
  });
  return names;
}

function offersOf(read: ReadResult, aliases: ColumnAliases, language: Language): RangeOffer[] {
  const taken = new Set(read.allTables.map((t) => t.name.toLowerCase()));
  const bound = findTables(read.allTables, aliases);
  const out: RangeOffer[] = [];
  // A sheet named after a part ("Facturen") is looked at before one that only mentions it
  // ("Facturen 2025"), so this year's list becomes the table and last year's is held back.
  const ranges = [...(read.surroundings?.plainRanges ?? [])].sort(
    (a, b) => Number(!namesPart(a.sheet, true)) - Number(!namesPart(b.sheet, true)),
  );
  for (const range of ranges) {
    const offer = offerFor(range, aliases, language, bound, out);
    if (!offer) continue;
    const lower = nameEmptyColumns(range, offer, language).map((h) => h.trim().toLowerCase());
    if (lower.some((h) => h === '')) {
      offer.blocked = 'no-header';
      offer.headless = lower.flatMap((h, j) => (h === '' ? [columnLetter(range.firstColumn + j)] : []));
    } else if (new Set(lower).size !== lower.length) offer.blocked = 'duplicate-header';
    else if (taken.has(offer.table.toLowerCase())) offer.blocked = 'name-taken';
    // Never a table over rows a filter hides: the person clears the filter first.
    else if (range.sheetFilter?.filtered) offer.blocked = 'filtered';
    if (range.sheetFilter) offer.sheetFilter = true;
    // Held back, it gets no table and so no header for its empty columns: none is promised.
    if (offer.blocked) delete offer.named;
    taken.add(offer.table.toLowerCase());
    out.push(offer);
  }
  return out;
}

function offerFor(
  range: PlainRange,
  aliases: ColumnAliases,
  language: Language,
  bound: Map<TableId, unknown>,
  offered: RangeOffer[],
): RangeOffer | null {
  const offerOf = (spec: TableSpec, b: ReturnType<typeof bindColumns>): RangeOffer => ({
    part: spec.id,
    sheet: range.sheet,
    address: range.address,
    rows: range.values.filter((r) => r.some(isFilled)).length,
    headers: range.headers,
    matched: b.matched.map((m) => m.header),
    table: tableName(spec, language),
  });
  // A list that reads as invoices is an invoice list (last year's, a second one), never payments
  // or contacts, unless its sheet is named after that other part: a second invoice list read as
  // payments would settle invoices with invoice amounts. When the invoices are already a table it
  // is not offered; when another range is offered as them it is offered held back (name-taken).
  if (invoiceShaped(range.headers, [range.sheet], aliases)) {
    const invoices = tableSpec('invoices');
    return bound.has('invoices') ? null : offerOf(invoices, bindColumns(invoices, range.headers, aliases));
  }
  let best: RangeOffer | null = null;
  for (const spec of TABLES) {
    if (bound.has(spec.id) || offered.some((o) => o.part === spec.id)) continue;
    const b = bindColumns(spec, range.headers, aliases);
    if (!adoptable(b)) continue;
    if (best && best.matched.length >= b.matched.length) continue;
    best = offerOf(spec, b);
  }
  return best;
}

/** Plain ranges whose header row reads as one of the product's tables not yet in the workbook. */
export async function findRangeOffers(
  book: Book,
  options: { aliases?: ColumnAliases; language?: Language } = {},
): Promise<RangeOffer[]> {
  const { read, aliases } = await readAround(book, options.aliases);
  return offersOf(read, aliases, options.language ?? 'nl');
}

/**
 * Makes a table of every plain range on offer (or those on the sheets named), keeping every
 * cell. Returns the ranges it made tables of. One read, one apply.
 */
export async function tablesFromRanges(
  book: Book,
  options: { aliases?: ColumnAliases; language?: Language; sheets?: readonly string[] } = {},
): Promise<RangeOffer[]> {
  const { read, aliases } = await readAround(book, options.aliases);
  const wanted = options.sheets?.map((s) => s.toLowerCase());
  const offers = offersOf(read, aliases, options.language ?? 'nl').filter(
    (o) => !o.blocked && (!wanted || wanted.includes(o.sheet.toLowerCase())),
  );
  const changes: Change[] = offers.map((o) => {
    const named = new Map(o.named?.map((n) => [n.column, n.header]));
    const first = parseRange(o.address).left;
    const names = o.headers.map((h, j) => named.get(columnLetter(first + j)) ?? h);
    return {
      kind: 'rangeToTable',
      sheet: o.sheet,
      address: o.address,
      table: o.table,
      headers: o.headers,
      ...(o.named ? { names } : {}),
    };
  });
  if (changes.length > 0) await book.apply(changes);
  return offers;
}

/** Both of the above from one read, for a view that shows them together. */
export async function findLists(
  book: Book,
  options: { aliases?: ColumnAliases; language?: Language } = {},
): Promise<{ sides: TableSide[]; offers: RangeOffer[] }> {
  const { read, aliases } = await readAround(book, options.aliases);
  const language = options.language ?? 'nl';
  return { sides: sidesOf(read, aliases, language), offers: offersOf(read, aliases, language) };
}
