/**
 * Adding records through the add-in: an invoice, a payment, contact entries (a reminder sent is
 * one per invoice), a payment plan. Each: one read, checks in memory, one apply. A bad request
 * changes nothing and comes back as located errors (sheet, row it would have had, column, why).
 * Shared pieces: appendRecords.ts; the person's edits (dispute, settings): edits.ts.
 */
import type * as z from 'zod/mini';
import { isoDate, type IsoDate } from '../../domain/dates';
import {
  arrangementSchema,
  contactEntrySchema,
  invoiceSchema,
  paymentSchema,
  type ContactChannel,
  type ContactEntry,
  type InvoiceInput,
  type Payment,
} from '../../domain/model';
import { dueDateOf } from '../../domain/terms';
import type { Book, Change } from '../book';
import { encodeFields, type RowError } from '../codec';
import { ARRANGEMENTS, CONTACTS, INVOICES, PAYMENTS } from '../schema';
import {
  addMissing,
  finishAppend,
  missingTable,
  problem,
  toHeaders,
  zodErrors,
  type AppendResult,
} from './appendRecords';
import { nextInvoiceNumber } from './invoiceNumber';
import { ledgerFromState } from './loadLedger';
import { planFromState } from './plan';
import { readWorkbook } from './state';

export type { AppendResult } from './appendRecords';
export { nextInvoiceNumber } from './invoiceNumber';
export { saveSettings, setDispute } from './edits';

type ArrangementDraft = z.input<typeof arrangementSchema>;

export async function appendInvoice(
  book: Book,
  input: Omit<InvoiceInput, 'number'> & { number?: string },
): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'invoices');
  if (miss) return miss;
  const loaded = ledgerFromState(state);
  const numbers = loaded.ledger.invoices.map((i) => i.number);
  const invoiceDate = typeof input.invoiceDate === 'string' ? input.invoiceDate : '';
  const number = input.number?.trim() || nextInvoiceNumber(numbers, isoDate(invoiceDate || '2000-01-01'));
  const raw = { ...input, number, amountExclVat: input.amountExclVat ?? input.amountInclVat };
  const parsed = invoiceSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, rows: [], errors: zodErrors(state, 'invoices', parsed.error.issues, raw) };
  const inv = parsed.data;
  const errors: RowError[] = [];
  if (numbers.includes(inv.number)) {
    errors.push(
      problem(state, 'invoices', 'number', inv.number, 'duplicate', {
        nl: `factuurnummer ${inv.number} bestaat al`,
        en: `invoice number ${inv.number} already exists`,
      }),
    );
  }
  const customer = loaded.ledger.customers.find(
    (c) => c.number === inv.customerNumber && loaded.rows.customers.has(c.number),
  );
  if (!customer) {
    errors.push(
      problem(state, 'invoices', 'customerNumber', inv.customerNumber, 'unknown-customer', {
        nl: `klant ${inv.customerNumber} staat niet in Klanten`,
        en: `customer ${inv.customerNumber} is not in Customers`,
      }),
    );
  }
  if (errors.length > 0 || !customer) return { ok: false, rows: [], errors };
  const plan = planFromState(state);
  const changes: Change[] = [];
  addMissing(
    state,
    plan,
    'invoices',
    Object.keys(inv).filter((k) => (inv as Record<string, unknown>)[k] !== undefined),
    changes,
  );
  const row = toHeaders(state, 'invoices', encodeFields(INVOICES, inv, state));
  changes.push({ kind: 'appendRows', table: state.tables.get('invoices')?.snap.name as string, rows: [row] });
  changes.push(...finishAppend(state, plan, loaded, 'invoices', 1));
  await book.apply(changes);
  const t = state.tables.get('invoices');
  return {
    ok: true,
    errors: [],
    rows: [(t?.snap.firstRow ?? 2) + (t?.snap.values.length ?? 0)],
    invoiceNumber: inv.number,
    dueDate: dueDateOf(inv, customer, loaded.ledger.settings),
  };
}

export async function appendPayment(book: Book, input: Payment): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'payments');
  if (miss) return miss;
  const loaded = ledgerFromState(state);
  const parsed = paymentSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      rows: [],
      errors: zodErrors(state, 'payments', parsed.error.issues, input as unknown as Record<string, unknown>),
    };
  const p = parsed.data;
  if (p.invoiceNumber && !loaded.rows.invoices.has(p.invoiceNumber)) {
    return {
      ok: false,
      rows: [],
      errors: [
        problem(state, 'payments', 'invoiceNumber', p.invoiceNumber, 'unknown-invoice', {
          nl: `factuur ${p.invoiceNumber} staat niet in Facturen`,
          en: `invoice ${p.invoiceNumber} is not in Invoices`,
        }),
      ],
    };
  }
  if (p.importId && loaded.ledger.payments.some((x) => x.importId === p.importId)) {
    return {
      ok: false,
      rows: [],
      errors: [
        problem(state, 'payments', 'importId', p.importId, 'duplicate', {
          nl: 'deze bankregel is al ingelezen',
          en: 'this bank entry was imported before',
        }),
      ],
    };
  }
  const plan = planFromState(state);
  const changes: Change[] = [];
  const withCustomer = {
    ...p,
    customerNumber:
      p.customerNumber ?? loaded.ledger.invoices.find((i) => i.number === p.invoiceNumber)?.customerNumber,
  };
  addMissing(
    state,
    plan,
    'payments',
    Object.keys(withCustomer).filter((k) => (withCustomer as Record<string, unknown>)[k] !== undefined),
    changes,
  );
  changes.push({
    kind: 'appendRows',
    table: state.tables.get('payments')?.snap.name as string,
    rows: [toHeaders(state, 'payments', encodeFields(PAYMENTS, withCustomer, state))],
  });
  changes.push(...finishAppend(state, plan, loaded, 'payments', 1));
  await book.apply(changes);
  const t = state.tables.get('payments');
  return { ok: true, errors: [], rows: [(t?.snap.firstRow ?? 2) + (t?.snap.values.length ?? 0)] };
}

async function appendContacts(book: Book, entries: ContactEntry[]): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'contacts');
  if (miss) return miss;
  const loaded = ledgerFromState(state);
  const errors: RowError[] = [];
  const parsedEntries: ContactEntry[] = [];
  entries.forEach((e, k) => {
    const parsed = contactEntrySchema.safeParse(e);
    if (!parsed.success)
      return void errors.push(
        ...zodErrors(state, 'contacts', parsed.error.issues, e as unknown as Record<string, unknown>, k),
      );
    const c = parsed.data;
    if (!loaded.rows.customers.has(c.customerNumber))
      errors.push(
        problem(
          state,
          'contacts',
          'customerNumber',
          c.customerNumber,
          'unknown-customer',
          {
            nl: `klant ${c.customerNumber} staat niet in Klanten`,
            en: `customer ${c.customerNumber} is not in Customers`,
          },
          k,
        ),
      );
    if (c.invoiceNumber && !loaded.rows.invoices.has(c.invoiceNumber))
      errors.push(
        problem(
          state,
          'contacts',
          'invoiceNumber',
          c.invoiceNumber,
          'unknown-invoice',
          {
            nl: `factuur ${c.invoiceNumber} staat niet in Facturen`,
            en: `invoice ${c.invoiceNumber} is not in Invoices`,
          },
          k,
        ),
      );
    parsedEntries.push(c);
  });
  if (errors.length > 0) return { ok: false, rows: [], errors };
  const plan = planFromState(state);
  const changes: Change[] = [];
  addMissing(
    state,
    plan,
    'contacts',
    ['date', 'customerNumber', 'invoiceNumber', 'channel', 'ladderStep', 'summary', 'followUpDate'].filter(
      (f) =>
        parsedEntries.some(
          (e) => (e as Record<string, unknown>)[f] !== undefined && (e as Record<string, unknown>)[f] !== '',
        ),
    ),
    changes,
  );
  changes.push({
    kind: 'appendRows',
    table: state.tables.get('contacts')?.snap.name as string,
    rows: parsedEntries.map((e) => toHeaders(state, 'contacts', encodeFields(CONTACTS, e, state))),
  });
  changes.push(...finishAppend(state, plan, loaded, 'contacts', parsedEntries.length));
  await book.apply(changes);
  const t = state.tables.get('contacts');
  const first = (t?.snap.firstRow ?? 2) + (t?.snap.values.length ?? 0);
  return { ok: true, errors: [], rows: parsedEntries.map((_, k) => first + k) };
}

export async function appendContact(book: Book, entry: ContactEntry): Promise<AppendResult> {
  return appendContacts(book, [entry]);
}

/** Logs one contact row per invoice with the ladder step it was (the ladder's memory). */
export async function markReminderSent(
  book: Book,
  sent: {
    date: IsoDate;
    customerNumber: string;
    stepId: string;
    invoiceNumbers: readonly string[];
    channel?: ContactChannel;
    summary?: string;
    followUpDate?: IsoDate;
  },
): Promise<AppendResult> {
  const entries: ContactEntry[] = sent.invoiceNumbers.map((invoiceNumber) => {
    const e: ContactEntry = {
      date: sent.date,
      customerNumber: sent.customerNumber,
      invoiceNumber,
      channel: sent.channel ?? 'email',
      ladderStep: sent.stepId,
      summary: sent.summary ?? '',
    };
    if (sent.followUpDate) e.followUpDate = sent.followUpDate;
    return e;
  });
  return appendContacts(book, entries);
}

export async function appendArrangement(book: Book, input: ArrangementDraft): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'arrangements');
  if (miss) return miss;
  const loaded = ledgerFromState(state);
  const parsed = arrangementSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      rows: [],
      errors: zodErrors(
        state,
        'arrangements',
        parsed.error.issues,
        input as unknown as Record<string, unknown>,
      ),
    };
  const a = parsed.data;
  if (!loaded.rows.invoices.has(a.invoiceNumber)) {
    return {
      ok: false,
      rows: [],
      errors: [
        problem(state, 'arrangements', 'invoiceNumber', a.invoiceNumber, 'unknown-invoice', {
          nl: `factuur ${a.invoiceNumber} staat niet in Facturen`,
          en: `invoice ${a.invoiceNumber} is not in Invoices`,
        }),
      ],
    };
  }
  const plan = planFromState(state);
  const changes: Change[] = [];
  const rows = a.instalments.map((i) =>
    toHeaders(
      state,
      'arrangements',
      encodeFields(
        ARRANGEMENTS,
        {
          invoiceNumber: a.invoiceNumber,
          agreedOn: a.agreedOn,
          dueDate: i.dueDate,
          amount: i.amount,
          note: a.note,
        },
        state,
      ),
    ),
  );
  changes.push({ kind: 'appendRows', table: state.tables.get('arrangements')?.snap.name as string, rows });
  changes.push(...finishAppend(state, plan, loaded, 'arrangements', rows.length));
  await book.apply(changes);
  const t = state.tables.get('arrangements');
  const first = (t?.snap.firstRow ?? 2) + (t?.snap.values.length ?? 0);
  return { ok: true, errors: [], rows: rows.map((_, k) => first + k) };
}
