/**
 * loadLedger: one read of every table -> the Ledger, with every row accounted for (a record, a
 * located error, or a reported blank row) and where each record sits in the sheet.
 */
import type { Customer, Ledger } from '../../domain/model';
import type { Book } from '../book';
import type { ColumnAliases } from '../binding';
import {
  decodeArrangements,
  decodeContacts,
  decodeCustomers,
  decodeInvoices,
  decodePayments,
  type Decoded,
  type RowError,
} from '../codec';
import { columnLetter } from '../formulas';
import type { TableId } from '../schema';
import { readWorkbook, type WorkbookState } from './state';

export interface SkippedRows {
  table: string;
  sheet: string;
  /** Sheet rows that were empty. */
  rows: number[];
}

export interface LoadResult {
  ledger: Ledger;
  /** Rows that could not become a record: left out of the ledger, shown to the person. */
  errors: RowError[];
  /**
   * Cells worth a word that did not stop a record: an unknown customer or invoice, and a date,
   * amount or term stored as text where the live formulas need a number (code 'stored-as-text';
   * the add-in never rewrites it, the person retypes it).
   */
  warnings: RowError[];
  skippedBlank: SkippedRows[];
  /** Sheet row of each record: invoices and customers by number, the rest by position. */
  rows: {
    customers: Map<string, number>;
    invoices: Map<string, number>;
    payments: number[];
    contacts: number[];
  };
  /** Parts the workbook does not have (run setUp). */
  missingTables: TableId[];
  language: Ledger['settings']['language'];
  dateSystem: 1900 | 1904;
  /** Customers invented for invoices naming a customer not in Klanten (business, default terms). */
  placeholderCustomers: Customer[];
}

const EMPTY = <T>(): Decoded<T> => ({ records: [], errors: [], skippedBlank: [], warnings: [] });

export function ledgerFromState(state: WorkbookState): LoadResult {
  const opts = { dateSystem: state.dateSystem, language: state.language };
  const t = (id: TableId) => state.tables.get(id);
  const dec = <T>(
    id: TableId,
    f: (
      s: NonNullable<ReturnType<typeof t>>['snap'],
      b: NonNullable<ReturnType<typeof t>>['binding'],
      o: typeof opts,
    ) => Decoded<T>,
  ): Decoded<T> => {
    const x = t(id);
    return x ? f(x.snap, x.binding, opts) : EMPTY<T>();
  };
  const customers = dec('customers', decodeCustomers);
  const invoices = dec('invoices', decodeInvoices);
  const payments = dec('payments', decodePayments);
  const contacts = dec('contacts', decodeContacts);
  const arrangements = dec('arrangements', decodeArrangements);
  const errors: RowError[] = [...state.settingsErrors];
  const warnings: RowError[] = [];
  const skippedBlank: SkippedRows[] = [];
  for (const [id, d] of [
    ['customers', customers],
    ['invoices', invoices],
    ['payments', payments],
    ['contacts', contacts],
    ['arrangements', arrangements],
  ] as [TableId, Decoded<unknown>][]) {
    errors.push(...d.errors);
    warnings.push(...d.warnings);
    const x = t(id);
    if (x && d.skippedBlank.length > 0)
      skippedBlank.push({ table: x.snap.name, sheet: x.snap.sheet, rows: d.skippedBlank });
  }
  const en = state.language === 'en';
  const at = (
    id: TableId,
    field: string,
    row: number,
    value: unknown,
    code: string,
    why: string,
  ): RowError => {
    const x = t(id);
    const i = x?.binding.indexOf(field);
    const e: RowError = {
      sheet: x?.snap.sheet ?? '',
      table: x?.snap.name ?? '',
      row,
      value: (value ?? null) as RowError['value'],
      code,
      why,
    };
    if (x && i !== undefined)
      e.column = { header: x.snap.headers[i] ?? '', letter: columnLetter(x.snap.firstColumn + i) };
    return e;
  };

  // Customers: a number may appear once.
  const customerRows = new Map<string, number>();
  const customerList: Customer[] = [];
  for (const { row, record } of customers.records) {
    if (customerRows.has(record.number)) {
      errors.push(
        at(
          'customers',
          'number',
          row,
          record.number,
          'duplicate',
          en
            ? `customer number ${record.number} also on row ${customerRows.get(record.number)}`
            : `klantnummer ${record.number} staat ook op rij ${customerRows.get(record.number)}`,
        ),
      );
      continue;
    }
    customerRows.set(record.number, row);
    customerList.push(record);
  }
  const byName = new Map<string, Customer[]>();
  for (const c of customerList)
    byName.set(c.name.toLowerCase(), [...(byName.get(c.name.toLowerCase()) ?? []), c]);
  const resolveCustomer = (n: string): string => {
    if (customerRows.has(n)) return n;
    const hits = byName.get(n.toLowerCase());
    return hits && hits.length === 1 && hits[0] ? hits[0].number : n;
  };

  const invoiceRows = new Map<string, number>();
  const invoiceList: Ledger['invoices'] = [];
  const placeholders = new Map<string, Customer>();
  for (const { row, record } of invoices.records) {
    if (invoiceRows.has(record.number)) {
      errors.push(
        at(
          'invoices',
          'number',
          row,
          record.number,
          'duplicate',
          en
            ? `invoice number ${record.number} also on row ${invoiceRows.get(record.number)}`
            : `factuurnummer ${record.number} staat ook op rij ${invoiceRows.get(record.number)}`,
        ),
      );
      continue;
    }
    // People type the customer's name where the number belongs; a unique name is as good.
    const inv = { ...record, customerNumber: resolveCustomer(record.customerNumber) };
    if (!customerRows.has(inv.customerNumber)) {
      warnings.push(
        at(
          'invoices',
          'customerNumber',
          row,
          record.customerNumber,
          'unknown-customer',
          en
            ? `customer ${record.customerNumber} is not in Customers`
            : `klant ${record.customerNumber} staat niet in Klanten`,
        ),
      );
      if (!placeholders.has(inv.customerNumber))
        placeholders.set(inv.customerNumber, {
          number: inv.customerNumber,
          name: inv.customerNumber,
          kind: 'business',
          ibans: [],
        });
    }
    invoiceRows.set(inv.number, row);
    invoiceList.push(inv);
  }
  for (const { row, record } of payments.records) {
    if (record.invoiceNumber && !invoiceRows.has(record.invoiceNumber)) {
      warnings.push(
        at(
          'payments',
          'invoiceNumber',
          row,
          record.invoiceNumber,
          'unknown-invoice',
          en
            ? `invoice ${record.invoiceNumber} is not in Invoices; counted as unallocated`
            : `factuur ${record.invoiceNumber} staat niet in Facturen; telt als niet toegewezen`,
        ),
      );
    }
  }
  const contactList = contacts.records.map(({ record }) => ({
    ...record,
    customerNumber: resolveCustomer(record.customerNumber),
  }));
  for (const c of contactList)
    if (!customerRows.has(c.customerNumber) && !placeholders.has(c.customerNumber))
      placeholders.set(c.customerNumber, {
        number: c.customerNumber,
        name: c.customerNumber,
        kind: 'business',
        ibans: [],
      });

  const missingTables = (
    ['customers', 'invoices', 'payments', 'contacts', 'arrangements', 'settings'] as TableId[]
  ).filter((id) => !state.tables.has(id));
  return {
    ledger: {
      customers: [...customerList, ...placeholders.values()],
      invoices: invoiceList,
      payments: payments.records.map((r) => r.record),
      contacts: contactList,
      arrangements: arrangements.records.map((r) => r.record),
      settings: state.settings,
    },
    errors,
    warnings,
    skippedBlank,
    rows: {
      customers: customerRows,
      invoices: invoiceRows,
      payments: payments.records.map((r) => r.row),
      contacts: contacts.records.map((r) => r.row),
    },
    missingTables,
    language: state.language,
    dateSystem: state.dateSystem,
    placeholderCustomers: [...placeholders.values()],
  };
}

/** Reads every table once and returns the ledger with every row accounted for. */
export async function loadLedger(book: Book, options: { aliases?: ColumnAliases } = {}): Promise<LoadResult> {
  return ledgerFromState(await readWorkbook(book, options.aliases));
}
