/**
 * loadLedger: one read of every table -> the Ledger, with every row accounted for (a record, a
 * located error, or a reported blank row) and where each record sits in the sheet.
 */
import type { Customer, Invoice, Ledger } from '../../domain/model';
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
import { fromMarks, type PaidMarks, type PaidNote } from '../paidColumns';
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
  /**
   * Payments and credit notes read from the invoice rows' own paid marks (paidColumns.ts): how
   * many, and the invoice numbers paid on an unknown day.
   */
  paidFromInvoiceRows: { payments: number; creditNotes: number; undated: string[] };
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
  const invoicesTable = t('invoices');
  const invoices = invoicesTable
    ? decodeInvoices(invoicesTable.snap, invoicesTable.binding, opts)
    : { ...EMPTY<Invoice>(), marks: new Map<number, PaidMarks>() };
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
  // Paid where the trader wrote it: the invoice row's own marks (Betalingen wins, never both).
  const inPayments = new Set(payments.records.map((r) => r.record.invoiceNumber).filter(Boolean));
  const ownPayments: Ledger['payments'] = [];
  const paidFromInvoiceRows = { payments: 0, creditNotes: 0, undated: [] as string[] };
  const rowOfInvoice = new Map(invoices.records.map((r) => [r.record.number, r.row]));
  for (const inv of [...invoiceList]) {
    const row = rowOfInvoice.get(inv.number);
    const marks = row === undefined ? undefined : invoices.marks.get(row);
    if (row === undefined || !marks) continue;
    const got = fromMarks(inv, marks, inPayments.has(inv.number));
    if (got.payment) {
      ownPayments.push(got.payment);
      paidFromInvoiceRows.payments += 1;
    }
    if (got.creditNote) {
      invoiceList.push(got.creditNote);
      paidFromInvoiceRows.creditNotes += 1;
    }
    for (const n of got.notes) {
      if (n.code === 'paid-without-date') paidFromInvoiceRows.undated.push(inv.number);
      warnings.push(at('invoices', n.field, row, n.value, n.code, paidNoteText(n, inv.number, en)));
    }
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
      // Betalingen's own rows first: rows.payments maps them to sheet rows by position.
      payments: [...payments.records.map((r) => r.record), ...ownPayments],
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
    paidFromInvoiceRows,
  };
}

function paidNoteText(n: PaidNote, invoice: string, en: boolean): string {
  switch (n.code) {
    case 'paid-without-date':
      return en
        ? `invoice ${invoice} is marked paid without a date: counted as paid, left out of the payment-behaviour figures (fill in the paid-on date to count it)`
        : `factuur ${invoice} staat als betaald zonder datum: telt als betaald, niet mee in het betaalgedrag (vul de betaaldatum in om hem mee te tellen)`;
    case 'paid-column-ignored':
      return en
        ? `invoice ${invoice} has payments in Payments, which count; this mark in the invoice row is not counted as well`
        : `factuur ${invoice} heeft betalingen in Betalingen, die tellen; deze markering in de factuurregel telt niet nog eens mee`;
    case 'unknown-payment-status':
      return en
        ? `payment status "${String(n.value)}" is not known (use paid, open or credited); the invoice is treated as not paid`
        : `betaalstatus "${String(n.value)}" is onbekend (gebruik betaald, open of gecrediteerd); de factuur telt als niet betaald`;
  }
}

/** Reads every table once and returns the ledger with every row accounted for. */
export async function loadLedger(book: Book, options: { aliases?: ColumnAliases } = {}): Promise<LoadResult> {
  return ledgerFromState(await readWorkbook(book, options.aliases));
}
