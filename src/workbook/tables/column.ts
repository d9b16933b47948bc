/**
 * The shapes every table's columns are written in: a column with defaults (typed by a person,
 * optional), and the reference columns several tables share — a customer number and an invoice
 * number, validated against Klanten and Facturen, with the spellings every such column accepts.
 */
import type { ColumnSpec, ColumnType } from '../schema';

type Extra = Partial<Omit<ColumnSpec, 'field' | 'nl' | 'en' | 'type'>>;

export const col = (
  field: string,
  nl: string,
  en: string,
  type: ColumnType,
  extra: Extra = {},
): ColumnSpec => ({ field, nl, en, type, synonyms: [], owner: 'user', required: false, ...extra });

/** Headers every customer-number column answers to; a table may add its own. */
const CUSTOMER_REF_SYNONYMS = ['Klantnr', 'Klantnr.', 'Klant', 'Debiteur', 'Customer number', 'Customer'];
/** Headers every invoice-number column answers to; a table may add its own. */
const INVOICE_REF_SYNONYMS = ['Factuurnr', 'Factuurnr.', 'Factuur', 'Invoice number', 'Invoice'];

/** A column holding a Klanten number (list-validated against it). */
export function customerNumberColumn(extra: Extra = {}): ColumnSpec {
  return col('customerNumber', 'Klantnummer', 'Customer no.', 'text', {
    ...extra,
    validation: { table: 'customers', field: 'number' },
    synonyms: [...CUSTOMER_REF_SYNONYMS, ...(extra.synonyms ?? [])],
  });
}

/** A column holding a Facturen number (list-validated against it). */
export function invoiceNumberColumn(extra: Extra = {}): ColumnSpec {
  return col('invoiceNumber', 'Factuurnummer', 'Invoice no.', 'text', {
    ...extra,
    validation: { table: 'invoices', field: 'number' },
    synonyms: [...INVOICE_REF_SYNONYMS, ...(extra.synonyms ?? [])],
  });
}
