/**
 * The Office host's refusals, raised while the writes are planned and so before the first one is
 * sent: a batch that would fail half-way fails before it starts. Each names what is in the way
 * and what the person can do about it.
 */
import type { Change } from '../../workbook/book';
import type { Step } from './batching';
import { OfficeHostError } from './errors';
import { key, type Preflight, type SheetState, type TableState } from './state';

/**
 * Defined names the product writes on its generated sheets all start with this (the overview's
 * blocks: KI_Kengetallen, KI_Klanten, ...): a sheet with one of them pointing into it is ours.
 */
const PRODUCT_NAME_PREFIX = 'ki_';
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;
/** Excel's list validation takes at most this many characters of comma-joined items. */
const LIST_SOURCE_LIMIT = 255;

export function tableNamed(tables: Map<string, TableState>, name: string, change: Change): TableState {
  const t = tables.get(key(name));
  if (!t) {
    throw new OfficeHostError(
      'invalid-input',
      'table-missing',
      `Table "${name}" is not in this workbook (renamed or deleted?); needed for ${change.kind}.`,
      { path: name },
    );
  }
  return t;
}

export function columnIndex(t: TableState, name: string): number {
  const i = t.headers.findIndex((h) => key(h) === key(name));
  if (i < 0) {
    throw new OfficeHostError(
      'invalid-input',
      'column-missing',
      `Table "${t.name}" has no column "${name}" (renamed or deleted?).`,
      { sheet: t.sheet, column: name },
    );
  }
  return i;
}

export function sheetNamed(sheets: Map<string, SheetState>, name: string, change: Change): string {
  const s = sheets.get(key(name));
  if (!s)
    throw new OfficeHostError(
      'invalid-input',
      'sheet-missing',
      `Sheet "${name}" is not in this workbook; needed for ${change.kind}.`,
      { sheet: name },
    );
  return s.name;
}

export function noNewSheet(sheets: Map<string, SheetState>, sheet: string): void {
  if (sheets.has(key(sheet))) {
    throw new OfficeHostError('duplicate', 'already-exists', `Sheet "${sheet}" already exists.`, { sheet });
  }
}

export function validNewTable(tables: Map<string, TableState>, pre: Preflight, name: string): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw new OfficeHostError('invalid-input', 'office-error', `"${name}" is not a valid Excel table name.`, {
      value: name,
    });
  }
  if (tables.has(key(name)) || pre.allTables.some((t) => key(t.name) === key(name))) {
    throw new OfficeHostError('duplicate', 'already-exists', `Table "${name}" already exists.`, {
      path: name,
    });
  }
}

export function noNewColumnTaken(t: TableState, headers: readonly string[]): void {
  for (const h of headers) {
    if (t.headers.some((x) => key(x) === key(h))) {
      throw new OfficeHostError(
        'duplicate',
        'already-exists',
        `Table "${t.name}" already has a column "${h}".`,
        {
          sheet: t.sheet,
          column: h,
        },
      );
    }
  }
}

export function rowCountMatches(t: TableState, column: string, values: number): void {
  if (values !== t.rows) {
    throw new OfficeHostError(
      'invalid-input',
      'row-count-mismatch',
      `Table "${t.name}" has ${t.rows} rows now but ${values} values were computed: it changed since it was read. Refresh again.`,
      { sheet: t.sheet, column },
    );
  }
}

export function listFits(t: TableState, column: string, source: string[] | { formula: string }): string {
  const text = Array.isArray(source) ? source.join(',') : source.formula;
  if (Array.isArray(source) && text.length > LIST_SOURCE_LIMIT) {
    throw new OfficeHostError(
      'invalid-input',
      'office-error',
      `The list for ${t.name}[${column}] is longer than Excel's 255 characters; use a range instead.`,
      { sheet: t.sheet, column },
    );
  }
  return text;
}

/** Merged cells the pre-flight found where `what` would write (keyed by state.mergeKey). */
export function noMerges(pre: Preflight, id: string, what: string, sheet: string): void {
  const address = pre.merged.get(id);
  if (address) {
    throw new OfficeHostError(
      'unsupported',
      'merged-cells',
      `Merged cells (${address}) are in the way of ${what}. Unmerge them and try again.`,
      { sheet },
    );
  }
}

// A person's filter is never cleared and re-applied behind their back: criteria do not
// reliably read back (office-js #1226, #3030), so a filtered table is refused, and the
// person chooses "clear filters and sort" (OfficeBook.clearFilters) or clears it by hand.
export function notFiltered(t: TableState): void {
  if (t.filtered) {
    throw new OfficeHostError(
      'unsupported',
      'filter-active',
      `Table "${t.name}" is filtered. Clear its filters (or use "clear filters and sort"), then try again.`,
      { sheet: t.sheet, path: t.name },
    );
  }
}

export function noHiddenRows(t: TableState): void {
  if (t.hiddenRows) {
    throw new OfficeHostError(
      'unsupported',
      'hidden-rows',
      `Table "${t.name}" has hidden rows; Excel's sort would leave them in place and mix up the order. Unhide them, then try again.`,
      { sheet: t.sheet, path: t.name },
    );
  }
}

/** A sheet to be replaced must hold no table, and must be one the product wrote. */
export function replaceableSheet(
  pre: Preflight,
  tables: Map<string, TableState>,
  sheet: string,
  blockNames: readonly (string | undefined)[],
): void {
  const held = [...pre.allTables, ...[...tables.values()].filter((t) => t.created)].filter(
    (t) => key(t.sheet) === key(sheet),
  );
  if (held.length > 0) {
    throw new OfficeHostError(
      'invalid-input',
      'office-error',
      `Sheet "${sheet}" holds table(s) ${held.map((t) => t.name).join(', ')}; it will not be cleared.`,
      { sheet },
    );
  }
  const ours = [...pre.nameSheets].some(
    ([name, into]) =>
      into === key(sheet) &&
      (name.startsWith(PRODUCT_NAME_PREFIX) || blockNames.some((b) => b && key(b) === name)),
  );
  if (!ours && pre.nonEmptySheets.has(key(sheet))) {
    throw new OfficeHostError(
      'invalid-input',
      'foreign-sheet',
      `Sheet "${sheet}" holds content Klant Inzicht did not write; it will not be cleared.`,
      { sheet },
    );
  }
}

/** Checked once every step is planned: no step may write to a protected sheet. */
export function noProtectedSheet(steps: readonly Step[], sheets: Map<string, SheetState>): void {
  for (const step of steps) {
    if (step.sheet && sheets.get(key(step.sheet))?.protected) {
      throw new OfficeHostError(
        'unsupported',
        'sheet-protected',
        `Sheet "${step.sheet}" is protected; Klant Inzicht needs to write to it. Unprotect it and try again.`,
        { sheet: step.sheet },
      );
    }
  }
}
