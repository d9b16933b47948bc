/**
 * A record -> cells, the writing half of the codec: dates become serials, cents euros, choices their
 * label in the workbook's language; text stays text.
 */
import { isoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import { cents } from '../domain/money';
import type { Cell } from './book';
import { centsToCell, isoToSerial } from './cells';
import { choiceLabel, type ColumnSpec, type TableSpec } from './schema';

export interface EncodeOptions {
  dateSystem: 1900 | 1904;
  language: Language;
}

/**
 * A record's user fields as cells, keyed by field: dates become serials (formatted by the column),
 * cents become euros, choices their label in the workbook language. Text stays text: the port
 * promises strings are never taken as formulas, so '=1+1' is written as the four characters.
 */
export function encodeFields(
  spec: TableSpec,
  record: Record<string, unknown>,
  opts: EncodeOptions,
): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const c of spec.columns) {
    const v = record[c.field];
    if (v === undefined || v === null) continue;
    out[c.field] = encodeValue(c, v, opts);
  }
  return out;
}

function encodeValue(c: ColumnSpec, v: unknown, opts: EncodeOptions): Cell {
  switch (c.type) {
    case 'date':
      return typeof v === 'string' ? isoToSerial(isoDate(v, c.field), opts.dateSystem) : null;
    case 'cents':
      return typeof v === 'number' ? centsToCell(cents(v, c.field)) : null;
    case 'int':
      return typeof v === 'number' ? v : null;
    case 'bool':
      return v === true
        ? opts.language === 'en'
          ? 'Yes'
          : 'Ja'
        : v === false
          ? opts.language === 'en'
            ? 'No'
            : 'Nee'
          : null;
    case 'enum':
      return typeof v === 'string' ? choiceLabel(c.choices ?? [], v, opts.language) : null;
    case 'text':
      if (Array.isArray(v)) return v.join('; ');
      return typeof v === 'string' ? v : String(v);
  }
}
