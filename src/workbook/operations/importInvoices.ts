/**
 * E-invoices the trader sent (Peppol BIS 3.0 UBL) into Facturen, their buyers into Klanten. One
 * read, checks in memory, one apply, through the port's appendRows, so every Book does it alike.
 *
 * Idempotent: an invoice whose number Facturen holds with the same date, amount and customer is
 * "already there" and adds nothing; the same number with other content is refused, located. A
 * batch with any refusal writes nothing unless the person asks for the valid ones (skipInvalid).
 * `dryRun` answers what would happen and writes nothing.
 *
 * A new customer gets the buyer's postal address; Klanten's address columns (Adres, Postcode,
 * Plaats, Land) are added when the table lacks them, as for any field a record brings.
 */
import type { Cents } from '../../domain/money';
import type { IsoDate } from '../../domain/dates';
import {
  customerSchema,
  invoiceSchema,
  type Customer,
  type Invoice,
  type Language,
} from '../../domain/model';
import { readUblFiles, type UblBatch, type UblDocument, type UblProblem } from '../../domain/ubl';
import type { Book, Cell, Change } from '../book';
import { encodeFields, type RowError } from '../codec';
import { emailProblem } from '../emailCell';
import { CUSTOMERS, INVOICES } from '../schema';
import { addMissing, finishAppend, missingTable, toHeaders } from './appendRecords';
import {
  countryName,
  customerIndex,
  idNote,
  nextCustomerNumber,
  type MatchedBy,
} from './importInvoicesCustomers';
import { ledgerFromState, type LoadResult } from './loadLedger';
import { planFromState } from './plan';
import { readWorkbook, type WorkbookState } from './state';

export interface InvoiceImportLine {
  file: string;
  number: string;
  documentKind: 'invoice' | 'credit-note';
  invoiceDate: IsoDate;
  amountInclVat: Cents;
  customerNumber: string;
  customerName: string;
  /** How the buyer was found in Klanten, or 'new'. */
  customer: MatchedBy | 'new';
}

export interface InvoiceImportResult {
  language: Language;
  /** Invoices added (or, when nothing was written, that would be added). */
  added: InvoiceImportLine[];
  newCustomers: { number: string; name: string; file: string }[];
  /** Invoices Facturen holds already, identical: skipped. */
  alreadyThere: { file: string; number: string; row: number }[];
  /** Files repeating an earlier file of the same batch: skipped. */
  repeats: UblBatch['repeats'];
  /** Every refusal, located: file, element path, why (nl and en). */
  refused: UblProblem[];
  /** The workbook cannot take invoices (a table is missing). */
  errors: RowError[];
  written: boolean;
  /** Why nothing was written although there was something to add. */
  heldBack?: 'refusals' | 'dry-run';
}

export interface ImportInvoicesOptions {
  dryRun?: boolean;
  /** Write the valid files' invoices even when other files are refused. */
  skipInvalid?: boolean;
}

type Pending = { doc: UblDocument; invoice: Invoice; line: InvoiceImportLine };

export async function importInvoices(
  book: Book,
  files: readonly { name: string; text: string }[],
  options: ImportInvoicesOptions = {},
): Promise<InvoiceImportResult> {
  const state = await readWorkbook(book);
  const result: InvoiceImportResult = {
    language: state.language,
    added: [],
    newCustomers: [],
    alreadyThere: [],
    repeats: [],
    refused: [],
    errors: [],
    written: false,
  };
  const miss = missingTable(state, 'invoices') ?? missingTable(state, 'customers');
  if (miss) return { ...result, errors: miss.errors };
  const loaded = ledgerFromState(state);
  const batch = readUblFiles(files);
  result.repeats = batch.repeats;
  result.refused.push(...batch.problems);

  const customersSnap = state.tables.get('customers');
  const index = customerIndex(
    loaded.ledger.customers,
    customersSnap?.snap,
    customersSnap?.binding.indexOf('number'),
  );
  const customerNumbers = customerNumbersIn(state, loaded);
  const rawInvoiceRows = invoiceNumbersIn(state);
  const newCustomers: { customer: Customer; doc: UblDocument }[] = [];
  const pending: Pending[] = [];

  for (const doc of batch.documents) {
    const { invoice: u, buyer } = doc;
    const root = u.documentKind === 'credit-note' ? 'CreditNote' : 'Invoice';
    const found = index.match(buyer);
    let customer = found?.customer;
    if (!customer) {
      // An address the reminders could not use stays visible in Notities, never in E-mail.
      const usableEmail = buyer.email && !emailProblem(buyer.email) ? buyer.email : undefined;
      const notes = [
        index.idColumns.length === 0 ? idNote(buyer.companyIds, state.language) : undefined,
        buyer.email && !usableEmail
          ? `${state.language === 'en' ? 'E-mail address in the e-invoice, not usable' : 'E-mailadres in de e-factuur, niet bruikbaar'}: ${buyer.email}`
          : undefined,
      ].filter((n): n is string => !!n);
      const draft: Record<string, unknown> = {
        number: nextCustomerNumber(customerNumbers),
        name: buyer.name,
        contactName: buyer.contactName,
        email: usableEmail,
        phone: buyer.phone,
        kind: 'business',
        street: buyer.address?.street,
        postcode: buyer.address?.postcode,
        city: buyer.address?.city,
        country: buyer.address?.country && countryName(buyer.address.country, state.language),
        notes: notes.length > 0 ? notes.join('; ') : undefined,
      };
      const parsed = customerSchema.safeParse(draft);
      if (!parsed.success) {
        result.refused.push(invalid(doc.file, `${root}/cac:AccountingCustomerParty`, parsed.error.issues));
        continue;
      }
      customer = parsed.data;
    }
    const draft = {
      number: u.number,
      customerNumber: customer.number,
      invoiceDate: u.invoiceDate,
      deliveryDate: u.deliveryDate,
      description: u.description,
      product: u.product,
      amountExclVat: u.amountExclVat,
      amountInclVat: u.amountInclVat,
      paymentTermDays: u.paymentTermDays,
      dueDate: u.dueDate,
      paymentReference: u.paymentReference,
      creditsInvoice: u.creditsInvoice,
    };
    const parsed = invoiceSchema.safeParse(draft);
    if (!parsed.success) {
      result.refused.push(invalid(doc.file, root, parsed.error.issues));
      continue;
    }
    const existing = loaded.ledger.invoices.find((i) => i.number === u.number);
    const row = rawInvoiceRows.get(u.number);
    if (row !== undefined) {
      const differs = existing ? differences(existing, parsed.data) : ['?'];
      if (differs.length === 0) result.alreadyThere.push({ file: doc.file, number: u.number, row });
      else result.refused.push(exists(doc.file, root, u.number, row, differs, !existing));
      continue;
    }
    if (!found) {
      newCustomers.push({ customer, doc });
      index.add(customer, buyer.companyIds);
      customerNumbers.push(customer.number);
    }
    pending.push({
      doc,
      invoice: parsed.data,
      line: {
        file: doc.file,
        number: u.number,
        documentKind: u.documentKind,
        invoiceDate: u.invoiceDate,
        amountInclVat: u.amountInclVat,
        customerNumber: customer.number,
        customerName: customer.name,
        customer: found ? found.by : 'new',
      },
    });
  }
  result.added = pending.map((p) => p.line);
  result.newCustomers = newCustomers.map(({ customer, doc }) => ({
    number: customer.number,
    name: customer.name,
    file: doc.file,
  }));
  if (pending.length === 0) return result;
  if (options.dryRun) return { ...result, heldBack: 'dry-run' };
  if (result.refused.length > 0 && !options.skipInvalid) return { ...result, heldBack: 'refusals' };

  const changes = appendChanges(state, loaded, pending, newCustomers, index.idColumns);
  await book.apply(changes);
  return { ...result, written: true };
}

function appendChanges(
  state: WorkbookState,
  loaded: LoadResult,
  pending: readonly Pending[],
  newCustomers: readonly { customer: Customer; doc: UblDocument }[],
  idColumns: readonly { header: string }[],
): Change[] {
  const plan = planFromState(state);
  const changes: Change[] = [];
  const used = (records: readonly object[]): string[] => [
    ...new Set(
      records.flatMap((r) =>
        Object.entries(r)
          .filter(([, v]) => v !== undefined)
          .map(([k]) => k),
      ),
    ),
  ];
  const customers = newCustomers.map((n) => n.customer);
  if (customers.length > 0) {
    addMissing(state, plan, 'customers', used(customers), changes);
    const rows = newCustomers.map(({ customer, doc }) => {
      const row: Record<string, Cell> = toHeaders(
        state,
        'customers',
        encodeFields(CUSTOMERS, customer, state),
      );
      // The person's own company-number column, filled for the rows we add (never for theirs).
      const id = doc.buyer.companyIds[0]?.id;
      if (id) for (const c of idColumns) row[c.header] = id;
      return row;
    });
    changes.push({ kind: 'appendRows', table: state.tables.get('customers')?.snap.name as string, rows });
    const t = plan.get('customers');
    if (t) t.rowCount += rows.length;
  }
  const invoices = pending.map((p) => p.invoice);
  addMissing(state, plan, 'invoices', used(invoices), changes);
  changes.push({
    kind: 'appendRows',
    table: state.tables.get('invoices')?.snap.name as string,
    rows: invoices.map((i) => toHeaders(state, 'invoices', encodeFields(INVOICES, i, state))),
  });
  changes.push(...finishAppend(state, plan, loaded, 'invoices', invoices.length));
  return changes;
}

function customerNumbersIn(state: WorkbookState, loaded: LoadResult): string[] {
  const t = state.tables.get('customers');
  const at = t?.binding.indexOf('number');
  const raw = at === undefined ? [] : (t?.snap.values ?? []).map((r) => String(r[at] ?? '').trim());
  return [...new Set([...raw.filter((x) => x !== ''), ...loaded.ledger.customers.map((c) => c.number)])];
}

/** Every invoice number typed in Facturen with its sheet row, also of rows that could not be read. */
function invoiceNumbersIn(state: WorkbookState): Map<string, number> {
  const t = state.tables.get('invoices');
  const at = t?.binding.indexOf('number');
  const out = new Map<string, number>();
  if (!t || at === undefined) return out;
  t.snap.values.forEach((r, k) => {
    const n = String(r[at] ?? '').trim();
    if (n && !out.has(n)) out.set(n, t.snap.firstRow + k);
  });
  return out;
}

/** What differs between the invoice in the workbook and the file's: date, amount, customer. */
function differences(a: Invoice, b: Invoice): string[] {
  const out: string[] = [];
  if (a.invoiceDate !== b.invoiceDate) out.push(`${a.invoiceDate} ≠ ${b.invoiceDate}`);
  if (a.amountInclVat !== b.amountInclVat)
    out.push(`${(a.amountInclVat / 100).toFixed(2)} ≠ ${(b.amountInclVat / 100).toFixed(2)}`);
  if (a.customerNumber !== b.customerNumber) out.push(`${a.customerNumber} ≠ ${b.customerNumber}`);
  return out;
}

function exists(
  file: string,
  root: string,
  number: string,
  row: number,
  differs: readonly string[],
  unreadable: boolean,
): UblProblem {
  const what = differs.join(', ');
  return {
    file,
    path: `${root}/cbc:ID`,
    code: 'exists',
    value: number,
    why: unreadable
      ? {
          nl: `factuurnummer ${number} staat al in Facturen (rij ${row}), in een rij die niet te lezen is`,
          en: `invoice number ${number} is already in Invoices (row ${row}), in a row that cannot be read`,
        }
      : {
          nl: `factuurnummer ${number} staat al in Facturen (rij ${row}) met andere inhoud (werkmap ≠ bestand: ${what})`,
          en: `invoice number ${number} is already in Invoices (row ${row}) with other content (workbook ≠ file: ${what})`,
        },
  };
}

function invalid(
  file: string,
  path: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
): UblProblem {
  const list = issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`).join('; ');
  return {
    file,
    path,
    code: 'invalid',
    why: { nl: `ongeldige waarde voor de werkmap (${list})`, en: `value the workbook cannot take (${list})` },
  };
}
