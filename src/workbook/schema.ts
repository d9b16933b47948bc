/**
 * The Klant Inzicht workbook: which sheets and tables it has, and per column its header (Dutch by
 * default, English as the alternative, plus the spellings people really use), the record field it
 * feeds, its type, who owns it (the person typing, or the product), its number format, validation
 * and whether it is required. Everything else in src/workbook reads this one description: the
 * shapes and lookups here, each table's columns in tables/, the fixed vocabularies in choices.ts.
 */
import type { Language } from '../domain/model';
import { CUSTOMERS } from './tables/customers';
import { INVOICES } from './tables/invoices';
import { ARRANGEMENTS, CONTACTS, PAYMENTS, SETTINGS_TABLE } from './tables/records';

export type TableId = 'customers' | 'invoices' | 'payments' | 'contacts' | 'arrangements' | 'settings';
export type ColumnType = 'text' | 'date' | 'cents' | 'int' | 'bool' | 'enum';

export interface Choice {
  value: string;
  nl: string;
  en: string;
  synonyms?: string[];
}

export interface ColumnSpec {
  field: string;
  nl: string;
  en: string;
  /** Other headers people use for this column (either language); matched ignoring case/spacing. */
  synonyms: string[];
  type: ColumnType;
  /**
   * 'user': typed by a person, never written by the product (except in rows it appends).
   * 'formula': product-owned live formula (a calculated column) — the workbook works without us.
   * 'value': product-owned value the add-in computes and writes on refresh.
   */
  owner: 'user' | 'formula' | 'value';
  required: boolean;
  choices?: Choice[];
  /** List validation: a fixed list (from choices) or the numbers in another table. */
  validation?: 'choices' | { table: TableId; field: string };
  /** Excel format code; derived from the type when absent. */
  format?: string;
  /**
   * Read when a person's table has it, never created: the ways traders mark an invoice paid in the
   * invoice list itself (paidColumns.ts). New workbooks keep payments in Betalingen.
   */
  adoptOnly?: boolean;
  /**
   * A value that is not one of the choices (or a blank cell, when the column exists) does not stop
   * the row: it is read as unknown, reported, and the safe side is taken (loadLedger).
   */
  unknownIsWarning?: boolean;
}

export interface TableSpec {
  id: TableId;
  nl: string;
  en: string;
  columns: ColumnSpec[];
}

export const DATE_FORMAT = 'dd-mm-yyyy';
export const EURO_FORMAT = '€ #,##0.00;[Red]-€ #,##0.00';
export const INT_FORMAT = '0';
export const TABLE_STYLE = 'TableStyleMedium2';
export const OVERDUE_FILL = '#FDE2E1';
export const OVERDUE_FONT = '#9C0006';

export const OVERVIEW_SHEET: Record<Language, string> = { nl: 'Overzicht', en: 'Overview' };

export function formatOf(c: ColumnSpec): string | undefined {
  if (c.format) return c.format;
  if (c.type === 'date') return DATE_FORMAT;
  if (c.type === 'cents') return EURO_FORMAT;
  if (c.type === 'int') return INT_FORMAT;
  return undefined;
}

export { CHANNEL_CHOICES, KIND_CHOICES, NO_WORDS, STATUS_LABELS, YES_MARKS, YES_WORDS } from './choices';
export { CUSTOMERS } from './tables/customers';
export { INVOICES } from './tables/invoices';
export { ARRANGEMENTS, CONTACTS, PAYMENTS } from './tables/records';

export const TABLES: readonly TableSpec[] = [
  CUSTOMERS,
  INVOICES,
  PAYMENTS,
  CONTACTS,
  ARRANGEMENTS,
  SETTINGS_TABLE,
];

export function tableSpec(id: TableId): TableSpec {
  const t = TABLES.find((s) => s.id === id);
  if (!t) throw new Error(`unknown table ${id}`);
  return t;
}

export function columnSpec(table: TableId, field: string): ColumnSpec {
  const c = tableSpec(table).columns.find((s) => s.field === field);
  if (!c) throw new Error(`table ${table} has no field ${field}`);
  return c;
}

export function header(c: ColumnSpec, language: Language): string {
  return language === 'en' ? c.en : c.nl;
}

export function tableName(t: TableSpec, language: Language): string {
  return language === 'en' ? t.en : t.nl;
}

/** Headers compare without case, accents, spacing or punctuation: "Factuur nr." = "factuurnr". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9#€%]/g, '');
}

export function choiceLabel(choices: readonly Choice[], value: string, language: Language): string {
  const c = choices.find((x) => x.value === value);
  return c ? (language === 'en' ? c.en : c.nl) : value;
}

/** All spellings that select a choice, normalised. */
export function choiceSpellings(c: Choice): string[] {
  return [c.value, c.nl, c.en, ...(c.synonyms ?? [])].map(normalizeHeader);
}
