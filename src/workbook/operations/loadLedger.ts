/**
 * loadLedger: one read of every table -> the Ledger, with every row accounted for (a record, a
 * located error, or a reported blank row) and where each record sits in the sheet.
 */
import type { Customer, Invoice, Ledger } from '../../domain/model';
import { STATUTORY_BUSINESS_TERM_DAYS } from '../../domain/terms';
import type { Book, Cell } from '../book';
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
import { columnLetter } from '../a1';
import { nameKey, nearDuplicateGroups } from '../customerNames';
import { emailProblem } from '../emailCell';
import { fromMarks, type PaidMarks, type PaidNote } from '../paidColumns';
import type { TableId } from '../schema';
import { secondInvoiceLists, unlinkedCreditNotes } from './ledgerNotices';
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
  /**
   * Things about a whole table worth a word (no customer-kind column: every customer a business),
   * located at its header row. Kept apart from the per-cell warnings.
   */
  notices: RowError[];
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
  /** Customers invented for contacts naming a customer not in Klanten (business, default terms). */
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
  const customersSnap = t('customers');
  const customers = customersSnap
    ? decodeCustomers(customersSnap.snap, customersSnap.binding, opts)
    : { ...EMPTY<Customer>(), unknownKind: new Map<number, Cell>(), hasKind: false };
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
  // Consumer or business unknown: the safe side of the law. Treated as a consumer, so the ladder
  // sends the fourteen-day letter before any collection costs (and the lower consumer interest),
  // with the business payment term (a later due date, as the live formulas compute it too).
  for (const c of customerList) {
    const row = customerRows.get(c.number);
    if (row === undefined || !customers.unknownKind.has(row)) continue;
    const typed = customers.unknownKind.get(row) ?? null;
    c.kind = 'consumer';
    c.paymentTermDays ??= state.settings.businessTermDays ?? STATUTORY_BUSINESS_TERM_DAYS;
    warnings.push(
      at(
        'customers',
        'kind',
        row,
        typed,
        'unknown-kind',
        en
          ? `${typed === null || typed === '' ? 'customer kind not filled in' : `customer kind "${String(typed)}" not known`}: treated as a consumer for the reminders (the fourteen-day letter before any collection costs), with the business payment term; fill in Business or Consumer`
          : `${typed === null || typed === '' ? 'soort klant niet ingevuld' : `soort klant "${String(typed)}" onbekend`}: behandeld als particulier voor de herinneringen (eerst de veertiendagenbrief, dan pas incassokosten), met de zakelijke betaaltermijn; vul Zakelijk of Particulier in`,
      ),
    );
  }
  for (const c of customerList) {
    const why = c.email ? emailProblem(c.email) : undefined;
    if (why)
      warnings.push(
        at(
          'customers',
          'email',
          customerRows.get(c.number) ?? 0,
          c.email ?? null,
          why.code,
          why[state.language],
        ),
      );
  }
  const customersTable = t('customers');
  const notices: RowError[] = [];
  if (customersTable && !customers.hasKind && customerList.length > 0) {
    notices.push({
      sheet: customersTable.snap.sheet,
      table: customersTable.snap.name,
      row: customersTable.snap.firstRow - 1,
      value: null,
      code: 'no-kind-column',
      why: en
        ? 'no customer-kind column (Business/Consumer): every customer is treated as a business, so consumers get no fourteen-day letter; add a column "Customer type"'
        : 'geen kolom voor de soort klant (Zakelijk/Particulier): elke klant telt als zakelijk, dus een particulier krijgt geen veertiendagenbrief; voeg een kolom "Soort klant" toe',
    });
  }
  notices.push(...secondInvoiceLists(state));
  for (const group of nearDuplicateGroups(customerList.map((c) => c.name))) {
    const [first, ...others] = group.map((name) => customerList.find((c) => c.name === name) as Customer);
    for (const c of others) {
      const firstRow = customerRows.get(first?.number ?? '');
      warnings.push(
        at(
          'customers',
          'name',
          customerRows.get(c.number) ?? 0,
          c.name,
          'near-duplicate-customer',
          en
            ? `"${c.name}" looks like "${first?.name}" (row ${firstRow}): the same customer? Merge them yourself if so; nothing is merged for you`
            : `"${c.name}" lijkt op "${first?.name}" (rij ${firstRow}): dezelfde klant? Voeg ze dan zelf samen; er wordt niets voor u samengevoegd`,
        ),
      );
    }
  }
  const byName = new Map<string, Customer[]>();
  for (const c of customerList)
    byName.set(c.name.toLowerCase(), [...(byName.get(c.name.toLowerCase()) ?? []), c]);
  const resolveCustomer = (n: string): string => {
    if (customerRows.has(n)) return n;
    const hits = byName.get(n.toLowerCase());
    return hits && hits.length === 1 && hits[0] ? hits[0].number : n;
  };

  const byKey = new Map<string, Customer>();
  for (const c of customerList) if (!byKey.has(nameKey(c.name))) byKey.set(nameKey(c.name), c);
  const looksLike = (typed: string, english: boolean): string => {
    const hit = byKey.get(nameKey(typed));
    if (!hit) return '';
    return english
      ? ` (did you mean ${hit.name}, ${hit.number}?)`
      : ` (bedoelt u ${hit.name}, ${hit.number}?)`;
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
      // Not chased and not counted as owed until the person says who it is.
      errors.push(
        at(
          'invoices',
          'customerNumber',
          row,
          record.customerNumber,
          'unknown-customer',
          (en
            ? `customer ${record.customerNumber} is not in Customers: this invoice is not counted or chased until you add the customer or correct the name`
            : `klant ${record.customerNumber} staat niet in Klanten: deze factuur telt niet mee en krijgt geen herinnering tot u de klant toevoegt of de naam verbetert`) +
            looksLike(record.customerNumber, en),
        ),
      );
      continue;
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
  warnings.push(...unlinkedCreditNotes(state, invoiceList, rowOfInvoice, (...w) => at('invoices', ...w)));
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
    notices,
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
