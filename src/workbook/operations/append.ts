/**
 * Adding records and the few edits a person asks for through the add-in (a dispute, a reminder
 * sent, the settings). Each: one read, checks in memory, one apply. A bad request changes nothing
 * and comes back as located errors (sheet, row it would have had, column, why).
 */
import type * as z from 'zod/mini';
import { yearOf, type IsoDate } from '../../domain/dates';
import {
  arrangementSchema,
  contactEntrySchema,
  invoiceSchema,
  paymentSchema,
  type ContactChannel,
  type ContactEntry,
  type InvoiceInput,
  type Payment,
  type Settings,
} from '../../domain/model';
import { dueDateOf } from '../../domain/terms';
import type { Book, Cell, Change } from '../book';
import { encodeFields, type RowError } from '../codec';
import { columnLetter } from '../a1';
import {
  ARRANGEMENTS,
  CONTACTS,
  header,
  INVOICES,
  PAYMENTS,
  tableSpec,
  type TableId,
  type TableSpec,
} from '../schema';
import { canonicalKey, settingsRows } from '../settingsTable';
import { ledgerFromState, type LoadResult } from './loadLedger';
import { liveColumnChanges, planFromState, rebind, type Plan } from './plan';
import { readWorkbook, type WorkbookState } from './state';

export interface AppendResult {
  ok: boolean;
  /** Why nothing was written (empty when ok). */
  errors: RowError[];
  /** Sheet rows the new records landed on. */
  rows: number[];
  /** The invoice number used (appendInvoice). */
  invoiceNumber?: string;
  /** The due date the workbook's formula will show (appendInvoice). */
  dueDate?: IsoDate;
}

type ArrangementDraft = z.input<typeof arrangementSchema>;

function problem(
  state: WorkbookState,
  id: TableId,
  field: string | undefined,
  value: unknown,
  code: string,
  why: { nl: string; en: string },
  rowOffset = 0,
): RowError {
  const t = state.tables.get(id);
  const spec = tableSpec(id);
  const row = t ? t.snap.firstRow + t.snap.values.length + rowOffset : 2;
  const e: RowError = {
    sheet: t?.snap.sheet ?? spec[state.language],
    table: t?.snap.name ?? spec[state.language],
    row,
    value: (value ?? null) as Cell,
    code,
    why: why[state.language],
  };
  const i = field === undefined ? undefined : t?.binding.indexOf(field);
  if (field !== undefined) {
    const c = spec.columns.find((x) => x.field === field);
    e.column = {
      header: i !== undefined && t ? (t.snap.headers[i] ?? '') : c ? header(c, state.language) : field,
      letter: i !== undefined && t ? columnLetter(t.snap.firstColumn + i) : '',
    };
  }
  return e;
}

function missingTable(state: WorkbookState, id: TableId): AppendResult | undefined {
  if (state.tables.has(id)) return undefined;
  const name = tableSpec(id)[state.language];
  return {
    ok: false,
    rows: [],
    errors: [
      problem(state, id, undefined, null, 'missing-table', {
        nl: `de tabel ${name} ontbreekt; kies eerst "Werkmap inrichten"`,
        en: `the ${name} table is missing; run "Set up workbook" first`,
      }),
    ],
  };
}

function zodErrors(
  state: WorkbookState,
  id: TableId,
  issues: readonly { path: PropertyKey[]; message: string }[],
  input: Record<string, unknown>,
  rowOffset = 0,
): RowError[] {
  return issues.map((iss) => {
    const field = String(iss.path[0] ?? '');
    return problem(
      state,
      id,
      field || undefined,
      input[field],
      'invalid-value',
      { nl: `ongeldige waarde (${iss.message})`, en: iss.message },
      rowOffset,
    );
  });
}

/** Rows keyed by the table's actual headers; fields the table lacks are left out. */
function toHeaders(state: WorkbookState, id: TableId, fields: Record<string, Cell>): Record<string, Cell> {
  const t = state.tables.get(id);
  const out: Record<string, Cell> = {};
  if (!t) return out;
  for (const [f, v] of Object.entries(fields)) {
    const i = t.binding.indexOf(f);
    if (i !== undefined && v !== null) out[t.snap.headers[i] as string] = v;
  }
  return out;
}

/** Columns a record needs that the table lacks: added at the right end before appending. */
function addMissing(
  state: WorkbookState,
  plan: Plan,
  id: TableId,
  fields: readonly string[],
  changes: Change[],
): void {
  const t = plan.get(id);
  if (!t) return;
  const spec = tableSpec(id);
  const add = fields
    .filter((f) => t.binding.indexOf(f) === undefined)
    .map((f) => spec.columns.find((c) => c.field === f))
    .filter((c): c is TableSpec['columns'][number] => !!c)
    .map((c) => header(c, state.language));
  if (add.length === 0) return;
  changes.push({ kind: 'addColumns', table: t.name, headers: add });
  t.headers.push(...add);
  rebind(t, state.aliases);
  const s = state.tables.get(id);
  if (s) {
    s.snap = {
      ...s.snap,
      headers: [...t.headers],
      values: s.snap.values.map((r) => [...r, ...add.map(() => null)]),
      formulas: s.snap.formulas.map((r) => [...r, ...add.map(() => null)]),
    };
    s.binding = { ...t.binding, table: s.snap.name, sheet: s.snap.sheet };
  }
}

/**
 * The next number in the workbook's own pattern: the digits at the end of the latest invoice
 * number count up with their width kept ("2026-0042" -> "2026-0043"); a year in the prefix that
 * is not the new invoice's year starts the count again ("2026-0042" -> "2027-0001").
 */
export function nextInvoiceNumber(existing: readonly string[], invoiceDate: IsoDate): string {
  const year = yearOf(invoiceDate);
  const taken = new Set(existing);
  const last = [...existing].reverse().find((n) => /\d+$/.test(n));
  let prefix = `${year}-`;
  let width = 4;
  let n = 1;
  if (last) {
    const m = /^(.*?)(\d+)$/.exec(last) as RegExpExecArray;
    prefix = m[1] ?? '';
    width = (m[2] ?? '').length;
    const yearInPrefix = /(19|20)\d\d/.exec(prefix);
    if (yearInPrefix && Number(yearInPrefix[0]) !== year) {
      prefix = prefix.replace(yearInPrefix[0], String(year));
      n = 1;
    } else if (!prefix && width >= 8 && (m[2] ?? '').startsWith(String(yearOf(invoiceDate) - 1))) {
      n = Number(`${year}${'0'.repeat(width - 5)}1`); // 20260042 style: a new year starts again
      prefix = '';
    } else n = Number(m[2]) + 1;
  }
  let candidate = `${prefix}${String(n).padStart(width, '0')}`;
  while (taken.has(candidate)) candidate = `${prefix}${String(++n).padStart(width, '0')}`;
  return candidate;
}

function finishAppend(
  state: WorkbookState,
  plan: Plan,
  ledger: LoadResult,
  id: TableId,
  count: number,
): Change[] {
  const t = plan.get(id);
  if (t) t.rowCount += count;
  // Calculated columns are re-set so the new rows get them in every host.
  return liveColumnChanges(plan, ledger.ledger.settings, state.language).changes;
}

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
  const number = input.number?.trim() || nextInvoiceNumber(numbers, invoiceDate || '2000-01-01');
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

/** Records (or resolves) a dispute on one invoice: the person's explicit edit of that row. */
export async function setDispute(
  book: Book,
  input: { invoiceNumber: string; since?: IsoDate; note?: string; resolvedOn?: IsoDate },
): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'invoices');
  if (miss) return miss;
  const loaded = ledgerFromState(state);
  const sheetRow = loaded.rows.invoices.get(input.invoiceNumber);
  const t = state.tables.get('invoices');
  if (sheetRow === undefined || !t) {
    return {
      ok: false,
      rows: [],
      errors: [
        problem(state, 'invoices', 'number', input.invoiceNumber, 'unknown-invoice', {
          nl: `factuur ${input.invoiceNumber} staat niet in Facturen`,
          en: `invoice ${input.invoiceNumber} is not in Invoices`,
        }),
      ],
    };
  }
  const fields: Record<string, unknown> = {
    disputedSince: input.since,
    disputeNote: input.note,
    disputeResolvedOn: input.resolvedOn,
  };
  const wanted = Object.keys(fields).filter((f) => fields[f] !== undefined);
  const plan = planFromState(state);
  const changes: Change[] = [];
  addMissing(state, plan, 'invoices', wanted, changes);
  const cells = encodeFields(INVOICES, fields, state);
  const r = sheetRow - t.snap.firstRow;
  for (const f of wanted) {
    const i = state.tables.get('invoices')?.binding.indexOf(f);
    if (i === undefined) continue;
    const values: Cell[] = t.snap.values.map(() => null);
    values[r] = cells[f] ?? null;
    changes.push({
      kind: 'setColumn',
      table: t.snap.name,
      column: state.tables.get('invoices')?.snap.headers[i] as string,
      values,
    });
  }
  await book.apply(changes);
  return { ok: true, errors: [], rows: [sheetRow] };
}

/** Writes settings into Instellingen: existing keys updated in place, new keys appended. */
export async function saveSettings(book: Book, settings: Settings): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'settings');
  if (miss) return miss;
  const t = state.tables.get('settings');
  if (!t) return { ok: false, rows: [], errors: [] };
  const ki = t.binding.indexOf('key');
  const vi = t.binding.indexOf('value');
  const hi = t.binding.indexOf('help');
  if (ki === undefined || vi === undefined)
    return {
      ok: false,
      rows: [],
      errors: [
        problem(state, 'settings', 'value', null, 'missing-column', {
          nl: 'kolom Waarde ontbreekt',
          en: 'column Value is missing',
        }),
      ],
    };
  const rows = settingsRows(settings, state.language, state.aliases);
  const values: Cell[] = t.snap.values.map(() => null);
  const append: Record<string, Cell>[] = [];
  for (const r of rows) {
    const at = state.settingsRows.get(canonicalKey(r.key));
    if (at !== undefined) values[at] = r.value ?? '';
    else
      append.push({
        [t.snap.headers[ki] as string]: r.key,
        [t.snap.headers[vi] as string]: r.value,
        ...(hi !== undefined ? { [t.snap.headers[hi] as string]: r.help } : {}),
      });
  }
  // A shorter ladder (or fewer rates/texts) must not leave old list rows that read back as steps.
  const written = new Set(rows.map((r) => canonicalKey(r.key)));
  for (const [key, at] of state.settingsRows) {
    if (/^(ladder|rate|template)\./i.test(key) && !written.has(key)) values[at] = '';
  }
  const changes: Change[] = [];
  if (values.some((v) => v !== null))
    changes.push({ kind: 'setColumn', table: t.snap.name, column: t.snap.headers[vi] as string, values });
  if (append.length > 0) changes.push({ kind: 'appendRows', table: t.snap.name, rows: append });
  if (changes.length > 0) await book.apply(changes);
  return { ok: true, errors: [], rows: [] };
}
