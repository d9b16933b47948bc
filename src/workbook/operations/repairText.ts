/**
 * repairTextCells: dates, amounts and whole numbers typed as text ("22-11-2026", "EUR 1.234,56")
 * become real dates and numbers with the same meaning, so the workbook's own formulas can use
 * them (live.ts explains why the formulas do not guess at text themselves). Only on request: the
 * CLI's `check --fix` and a pane action call this; reading the workbook never does it. One read,
 * one apply; every conversion is returned (sheet, cell, before, after) for the person to see.
 *
 * Only columns the person owns are touched, and only cells whose text reads unambiguously as the
 * column's type (the same reading the core already used, so the figures do not change). Text that
 * does not read stays as it is; `check` reports it. A converted date column gets the date format,
 * or the new numbers would show as 46347.
 */
import type { Language } from '../../domain/model';
import type { Book, Cell, Change } from '../book';
import {
  centsToCell,
  isBlankCell,
  isErrorValue,
  isoToSerial,
  parseAmount,
  parseDate,
  parseInteger,
} from '../cells';
import { columnLetter } from '../a1';
import { formatOf, type TableId } from '../schema';
import { liveColumnChanges, planFromState } from './plan';
import { readWorkbook } from './state';
import { formatDateNl } from './text';

export interface TextConversion {
  sheet: string;
  table: string;
  /** A1 address on the sheet, e.g. "C7". */
  cell: string;
  header: string;
  before: string;
  /** The value written, as the person will see it (dates dd-mm-yyyy, amounts with a decimal point). */
  after: string;
  value: number;
}

export interface RepairResult {
  language: Language;
  conversions: TextConversion[];
  /** Columns given a number format because converted dates would show as serial numbers. */
  formatted: string[];
  changes: number;
}

const TABLES: TableId[] = ['customers', 'invoices', 'payments', 'contacts', 'arrangements'];

export async function repairTextCells(book: Book): Promise<RepairResult> {
  const state = await readWorkbook(book);
  const result: RepairResult = { language: state.language, conversions: [], formatted: [], changes: 0 };
  const changes: Change[] = [];
  for (const id of TABLES) {
    const t = state.tables.get(id);
    if (!t) continue;
    const { snap, binding } = t;
    for (const c of binding.spec.columns) {
      if (c.owner !== 'user' || (c.type !== 'date' && c.type !== 'cents' && c.type !== 'int')) continue;
      const i = binding.indexOf(c.field);
      if (i === undefined) continue;
      const values: Cell[] = snap.values.map(() => null);
      let any = false;
      snap.values.forEach((row, r) => {
        const cell = row[i] ?? null;
        if (typeof cell !== 'string' || isBlankCell(cell) || isErrorValue(cell)) return;
        let value: number | undefined;
        let after = '';
        if (c.type === 'date') {
          const p = parseDate(cell, state.dateSystem);
          if (p.ok && 'value' in p) {
            value = isoToSerial(p.value, state.dateSystem);
            after = formatDateNl(p.value);
          }
        } else if (c.type === 'cents') {
          const p = parseAmount(cell);
          if (p.ok && 'value' in p) {
            value = centsToCell(p.value);
            after = value.toFixed(2);
          }
        } else {
          const p = parseInteger(cell);
          if (p.ok && 'value' in p) {
            value = p.value;
            after = String(value);
          }
        }
        if (value === undefined) return;
        values[r] = value;
        any = true;
        result.conversions.push({
          sheet: snap.sheet,
          table: snap.name,
          cell: `${columnLetter(snap.firstColumn + i)}${snap.firstRow + r}`,
          header: snap.headers[i] ?? '',
          before: cell,
          after,
          value,
        });
      });
      if (!any) continue;
      const column = snap.headers[i] as string;
      changes.push({ kind: 'setColumn', table: snap.name, column, values });
      const format = formatOf(c);
      if (c.type === 'date' && format) {
        changes.push({ kind: 'numberFormat', table: snap.name, column, format });
        result.formatted.push(`${snap.name}.${column}`);
      }
    }
  }
  // The live formulas' cached results were computed from the text (blank, "Controleer invoer",
  // #VALUE!). Laying the formulas again drops them (cells a person typed over stay theirs), so no
  // reader that does not recalculate shows an error that is gone; the file recalculates on load.
  if (changes.length > 0)
    changes.push(...liveColumnChanges(planFromState(state), state.settings, state.language).changes);
  result.changes = changes.length;
  if (changes.length > 0) await book.apply(changes);
  return result;
}
