/**
 * Cells -> raw records, the first half of decoding: each body row of the person's columns becomes
 * a field map, a located error, or a reported blank row, and a zod schema then makes the fields a
 * record (finish). The tables' own rules sit in codec.ts; writing in encodeRecord.ts.
 */
import type * as z from 'zod/mini';
import type { Language } from '../domain/model';
import type { Cell, TableSnapshot } from './book';
import type { ColumnBinding, TableBinding } from './binding';
import {
  isBlankCell,
  isErrorValue,
  parseAmount,
  parseBool,
  parseChoice,
  parseDate,
  parseInteger,
  parseText,
  type Parsed,
  type Why,
} from './cells';
import { columnLetter } from './a1';
import { isTotalsRow } from './ranges';
import { liveInputs } from './live';
import type { ColumnSpec, TableId } from './schema';

export interface RowError {
  sheet: string;
  table: string;
  /** 1-based sheet row, as the person sees it. */
  row: number;
  /** The offending column (absent when the error is about the whole row). */
  column?: { header: string; letter: string };
  value: Cell;
  code: string;
  /** The reason, in the workbook's language. */
  why: string;
}

export interface Decoded<T> {
  records: { row: number; record: T }[];
  errors: RowError[];
  /** Sheet rows that were entirely empty (skipped, not errors). */
  skippedBlank: number[];
  /**
   * Cells read fine but worth a word: a date, amount or term stored as TEXT in a column the live
   * formulas compute with (textForFormulas). The row still becomes a record (or an error, for
   * other reasons); the cell is never rewritten, so the person has to retype it.
   */
  warnings: RowError[];
}

export type RawRecord = Record<string, unknown>;

function parseByType(c: ColumnSpec, cell: Cell, system: 1900 | 1904): Parsed<unknown> {
  switch (c.type) {
    case 'date':
      return parseDate(cell, system);
    case 'cents':
      return parseAmount(cell);
    case 'int':
      return parseInteger(cell);
    case 'bool':
      return parseBool(cell);
    case 'enum':
      return parseChoice(cell, c.choices ?? []);
    case 'text':
      return parseText(cell);
  }
}

/**
 * Dates a client file can hold. A year like 9999 ("31-12-9999" as "never") is a valid date, but a
 * due date or interest period computed from it leaves the calendar; it is stopped here, at its
 * cell, so it cannot stop sort, report or remind for every other row.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

function plausibleYear(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

const IMPLAUSIBLE_DATE = (iso: string): Why => ({
  code: 'implausible-date',
  nl: `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)} ligt buiten ${FIRST_YEAR}-${LAST_YEAR}; typ de echte datum of laat de cel leeg`,
  en: `${iso} is outside ${FIRST_YEAR}-${LAST_YEAR}; type the real date or leave the cell empty`,
});

const REQUIRED: Why = { code: 'required', nl: 'dit veld is verplicht', en: 'this field is required' };
/**
 * A required cell holding a formula with no value: a formula that gives "" here, or a file from a
 * program that writes formulas without calculating them (a script), which stores no result.
 */
const NO_RESULT: Why = {
  code: 'formula-without-result',
  nl: 'de formule in deze cel geeft hier geen waarde; schreef een programma dat niet rekent het bestand (een script), open en bewaar het dan eerst in Excel of LibreOffice',
  en: 'the formula in this cell gives no value here; if a program that does not calculate (a script) wrote the file, open and save it in Excel or LibreOffice first',
};

const RETYPE: Record<'date' | 'cents' | 'int', { nl: string; en: string }> = {
  date: { nl: 'typ de datum opnieuw als datum', en: 'type the date again as a date' },
  cents: { nl: 'typ het bedrag opnieuw als getal', en: 'type the amount again as a number' },
  int: { nl: 'typ het getal opnieuw als getal', en: 'type the number again as a number' },
};

let formulaInputs: Map<TableId, Set<string>> | undefined;

/**
 * Text where the live formulas need a number ("22-11-2026", "EUR 1.234,56" stored as text): the
 * core reads it, Excel and LibreOffice cannot compute with it (live.ts says why the formulas do
 * not convert it), so the workbook's own columns stay blank there. Undefined when all is well.
 */
export function textForFormulas(table: TableId, c: ColumnSpec, cell: Cell): Why | undefined {
  if (typeof cell !== 'string' || isBlankCell(cell) || isErrorValue(cell)) return undefined;
  if (c.type !== 'date' && c.type !== 'cents' && c.type !== 'int') return undefined;
  formulaInputs ??= liveInputs();
  if (!formulaInputs.get(table)?.has(c.field)) return undefined;
  const retype = RETYPE[c.type];
  return {
    code: 'stored-as-text',
    nl: `staat als tekst; de formules van de werkmap rekenen er niet mee — ${retype.nl}`,
    en: `is stored as text; the workbook's formulas do not calculate with it — ${retype.en}`,
  };
}

export interface DecodeOptions {
  dateSystem: 1900 | 1904;
  language: Language;
}

/**
 * Decodes the user-owned columns of a table into raw field maps, with located errors. The columns'
 * places and the helpers are worked out once per table, not once per row (tens of thousands).
 */
export function decodeRaw(
  snap: TableSnapshot,
  binding: ColumnBinding,
  opts: DecodeOptions,
): Decoded<RawRecord> {
  const out: Decoded<RawRecord> = { records: [], errors: [], skippedBlank: [], warnings: [] };
  const placed = binding.spec.columns.map((c) => ({ c, index: binding.indexOf(c.field) }));
  const userColumns = placed.filter((p) => p.c.owner === 'user');
  const productColumns = placed.filter(
    (p): p is { c: ColumnSpec; index: number } => p.c.owner !== 'user' && p.index !== undefined,
  );
  const productCols = new Set(productColumns.map((p) => p.index));
  const located = (row: number, index: number | undefined, value: Cell, why: Why): RowError => {
    const e: RowError = {
      sheet: snap.sheet,
      table: snap.name,
      row,
      value,
      code: why.code,
      why: why[opts.language],
    };
    if (index !== undefined)
      e.column = { header: snap.headers[index] ?? '', letter: columnLetter(snap.firstColumn + index) };
    return e;
  };
  const warnIfText = (row: number, c: ColumnSpec, index: number, cell: Cell): void => {
    const why = textForFormulas(binding.spec.id, c, cell);
    if (why) out.warnings.push(located(row, index, cell, why));
  };
  const blankOrProduct = (cell: Cell, i: number): boolean => productCols.has(i) || isBlankCell(cell);
  snap.values.forEach((cells, r) => {
    const row = snap.firstRow + r;
    if (cells.every(blankOrProduct)) {
      out.skippedBlank.push(row);
      return;
    }
    const record: RawRecord = {};
    const errors: RowError[] = [];
    for (const { c, index } of userColumns) {
      if (index === undefined) {
        if (c.required)
          errors.push(
            located(row, undefined, null, {
              ...REQUIRED,
              nl: `kolom "${c.nl}" ontbreekt`,
              en: `column "${c.en}" is missing`,
            }),
          );
        continue;
      }
      const cell = cells[index] ?? null;
      const parsed = parseByType(c, cell, opts.dateSystem);
      if (c.unknownIsWarning && (!parsed.ok || !('value' in parsed))) {
        record[`unknown:${c.field}`] = cell;
        continue;
      }
      if (!parsed.ok) errors.push(located(row, index, cell, parsed.why));
      else if ('value' in parsed && c.type === 'date' && !plausibleYear(parsed.value as string))
        errors.push(located(row, index, cell, IMPLAUSIBLE_DATE(parsed.value as string)));
      else if ('value' in parsed) {
        record[c.field] = parsed.value;
        warnIfText(row, c, index, cell);
      } else if (c.required)
        errors.push(located(row, index, cell, snap.formulas[r]?.[index] ? NO_RESULT : REQUIRED));
    }
    // Product columns hold typed values only where a person overrode the formula.
    const formulas = snap.formulas[r];
    for (const { c, index } of productColumns) {
      const cell = cells[index] ?? null;
      const formula = formulas?.[index] ?? null;
      if (formula === null && !isBlankCell(cell)) {
        const parsed = parseByType(c, cell, opts.dateSystem);
        if (parsed.ok && 'value' in parsed) {
          record[`typed:${c.field}`] = parsed.value;
          warnIfText(row, c, index, cell);
        }
      }
    }
    if (errors.length > 0 && isTotalsRow(cells.filter((_, i) => !productCols.has(i))))
      out.warnings.push(located(row, undefined, null, TOTALS_ROW));
    else if (errors.length > 0) out.errors.push(...errors);
    else out.records.push({ row, record });
  });
  return out;
}

/**
 * A row the person made to sum the list ("Totaal" first, the rest blank or sums): theirs, not a
 * record with errors. The sort keeps it under every other row (refresh.ts).
 */
export const TOTALS_ROW_CODE = 'totals-row';
const TOTALS_ROW: Why = {
  code: TOTALS_ROW_CODE,
  nl: 'totaalregel: niet meegeteld, blijft onderaan staan zoals hij is',
  en: 'totals row: not counted, kept at the bottom as it is',
};

/**
 * The body rows (0-based) the reader takes for a person's totals row, by the reader's own rule:
 * the live columns' writer asks this too, so no row is an invoice to one and a totals row to the
 * other. Only rows holding a total word can be one; those are decoded one by one.
 */
export function totalsRowsOf(snap: TableSnapshot, binding: ColumnBinding, opts: DecodeOptions): number[] {
  const out: number[] = [];
  snap.values.forEach((cells, r) => {
    if (!cells.some((c) => isTotalsRow([c]))) return;
    const one = { ...snap, values: [cells], formulas: [snap.formulas[r] ?? []], firstRow: snap.firstRow + r };
    if (decodeRaw(one, binding, opts).warnings.some((w) => w.code === TOTALS_ROW_CODE)) out.push(r);
  });
  return out;
}

/** Runs a zod schema over raw records; its complaints become errors at the right column. */
export function finish<S extends z.ZodMiniType>(
  raw: Decoded<RawRecord>,
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
  schema: S,
  shape: (r: RawRecord) => unknown,
): Decoded<z.infer<S>> {
  const out: Decoded<z.infer<S>> = {
    records: [],
    errors: [...raw.errors],
    skippedBlank: raw.skippedBlank,
    warnings: raw.warnings,
  };
  for (const { row, record } of raw.records) {
    const parsed = schema.safeParse(shape(record));
    if (parsed.success) {
      out.records.push({ row, record: parsed.data });
      continue;
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const index = binding.indexOf(field);
      const e: RowError = {
        sheet: snap.sheet,
        table: snap.name,
        row,
        value: index === undefined ? null : (snap.values[row - snap.firstRow]?.[index] ?? null),
        code: 'invalid-value',
        why: opts.language === 'en' ? issue.message : `ongeldige waarde (${issue.message})`,
      };
      if (index !== undefined)
        e.column = { header: snap.headers[index] ?? '', letter: columnLetter(snap.firstColumn + index) };
      out.errors.push(e);
    }
  }
  out.records.sort((a, b) => a.row - b.row);
  return out;
}

export const defined = (r: RawRecord): RawRecord =>
  Object.fromEntries(
    Object.entries(r).filter(
      ([k, v]) => v !== undefined && !k.startsWith('typed:') && !k.startsWith('unknown:'),
    ),
  );
