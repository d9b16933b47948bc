/**
 * ExcelJS cell values <-> the port's Cell. ExcelJS hands out dates as JS Dates (for date-formatted
 * cells), rich text, hyperlinks, formula objects and error objects; the port wants what Office.js
 * gives: serial numbers, plain text, formula results.
 */
import type ExcelJS from 'exceljs';
import { DomainError } from '../../domain/errors';
import type { Cell } from '../../workbook/book';
import { parseCell } from '../../workbook/a1';
import { formulaModel } from './excelModel';
import { rowShifter } from '../../workbook/shiftFormula';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1904_OFFSET = 1_462;

export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904_OFFSET : 0);
  const whole = Math.round(serial);
  // ExcelJS rounds to the millisecond when it converts; undo that noise for whole days.
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

interface RichTextLike {
  richText: { text: string }[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** Whether a cell value is a formula (its own or a copy of a shared one). */
export function holdsFormula(value: unknown): boolean {
  return isObject(value) && ('formula' in value || 'sharedFormula' in value);
}

export function cellOut(value: ExcelJS.CellValue | undefined, date1904: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (isObject(value)) {
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value as unknown as RichTextLike).richText.map((r) => r.text).join('');
    }
    if ('formula' in value || 'sharedFormula' in value) {
      return cellOut((value as { result?: ExcelJS.CellValue }).result, date1904);
    }
    if ('hyperlink' in value && 'text' in value) {
      return cellOut((value as { text: ExcelJS.CellValue }).text, date1904);
    }
    if ('error' in value && typeof value.error === 'string') return value.error;
  }
  return null;
}

/** The formula of a cell as '=...' text (shared formulas translated to this cell), else null. */
export function formulaOut(cell: ExcelJS.Cell): string | null {
  if (holdsFormula(cell.value)) {
    const f = cellFormula(cell);
    return f ? `=${f}` : null;
  }
  return null;
}

/** cell.formula, the copies of a shared formula down its master's column made the faster way. */
export function cellFormula(cell: ExcelJS.Cell): string | undefined {
  const at = formulaModel(cell)?.sharedFormula;
  return (at && sharedDown(cell, at)) || cell.formula;
}

/**
 * Shifters of shared formulas' masters. A filled-down column is one master and a copy per row;
 * ExcelJS translates each copy from the master's text on its own (about 75 us for the product's
 * long formulas: 3 s to read a sorted 10,000-invoice workbook, 20 times its first read), while
 * the master's text read once makes each copy a join of its slices. Kept with the text it was
 * made from, since a sort may give the master's cell another formula.
 */
const shifters = new WeakMap<ExcelJS.Cell, { text: string; shift: (rows: number) => string }>();

/** A copy of a shared formula in its master's column: the master's formula moved to its row. */
function sharedDown(cell: ExcelJS.Cell, at: string): string | undefined {
  const { row, col } = parseCell(at);
  // Copies beside their master shift columns too: ExcelJS's own translation does both.
  if (col !== Number(cell.col)) return undefined;
  const master = cell.worksheet.findCell(row, col);
  const text = master?.formula;
  if (!master || !text) return undefined;
  // Kept where ExcelJS keeps its own translation, so a later cell.formula (its writer's, a
  // re-read) hands out the same string instead of a second copy per row.
  const store = (cell as unknown as { _value?: { _translatedFormula?: string } })._value;
  if (store?._translatedFormula) return store._translatedFormula;
  let known = shifters.get(master);
  if (known?.text !== text) shifters.set(master, (known = { text, shift: rowShifter(text) }));
  const formula = known.shift(Number(cell.row) - row);
  if (store) store._translatedFormula = formula;
  return formula;
}

/**
 * A port value as ExcelJS should store it. Strings stay strings (shared strings in the file), so
 * text starting with = + - @ is never a formula; '' clears the cell.
 */
/**
 * Characters XML 1.0 does not allow in text (C0 controls but tab, line feed and carriage return;
 * U+FFFE, U+FFFF; halves of a surrogate pair without the other half). A file holding one is not
 * well-formed and no program opens it.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML forbids, and which ones were removed (as U+XXXX). */
function xmlSafe(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const clean = text.replace(NOT_XML, (ch) => {
    removed.push(`U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text: clean, removed };
}

export function cellIn(
  value: Cell,
  where: { table?: string; sheet?: string; column?: string; row?: number },
  /** Where removed characters are reported; a written string never carries one. */
  notes?: string[],
): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new DomainError('invalid-input', `cannot write ${value} to a cell`, { ...where, value });
    }
    return value;
  }
  if (typeof value === 'string') {
    const { text, removed } = xmlSafe(value);
    if (removed.length > 0) {
      const place = [where.sheet ?? where.table, where.column, where.row && `row ${where.row}`].filter(
        Boolean,
      );
      notes?.push(`${place.join(', ')}: removed ${removed.join(' ')}, which XML does not allow in a file`);
    }
    return text === '' ? null : text;
  }
  if (typeof value === 'boolean') return value;
  throw new DomainError('invalid-input', `cannot write ${JSON.stringify(value)} to a cell`, {
    ...where,
    value,
  });
}
