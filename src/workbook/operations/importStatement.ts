/**
 * Bank statements into Betalingen: `previewImport` reads a CAMT.053 file or a bank CSV export,
 * proposes per entry which invoices it pays and flags what a person should look at; it never
 * writes. `applyImport` reads the same file again against the workbook as it is now, books the
 * confirmed proposals as Payment rows (each with the entry's importId, so importing the file again
 * adds nothing) and records the day in settings.lastBankImport, which the weekly nudge reads.
 * Each is one `book.read` and (apply only) one `book.apply`.
 *
 * "Accept all above N" books only entries whose best proposal needs no judgement: one invoice,
 * paid exactly, no other proposal as good. A partial payment, a transfer for several invoices, an
 * over-payment, an invoice already paid and a reversal are shown with their flag and booked only
 * when a person picks that proposal.
 */
import {
  dedupe,
  detectBankCsv,
  looksLikeCamt053,
  matchContextFromLedger,
  matchEntries,
  parseBankCsv,
  parseCamt053,
  paymentUnits,
  proposalToPayments,
  type Allocation,
  type BankCsvFormat,
  type GenericCsvMapping,
  type MatchResult,
  type Outcome,
  type PaymentUnit,
  type Proposal,
  type Reason,
  type Statement,
  type StatementEntry,
} from '../../domain/bank';
import type { IsoDate } from '../../domain/dates';
import { DomainError } from '../../domain/errors';
import { paymentSchema, type Customer, type Payment } from '../../domain/model';
import type { Cents } from '../../domain/money';
import { dueDateResolver } from '../../domain/terms';
import { bankCsvMappingRows, readBankCsvMapping } from '../bankCsvSettings';
import type { Book, Cell, Change } from '../book';
import { encodeFields } from '../codec';
import { header, PAYMENTS, tableSpec } from '../schema';
import { SETTING_DEFS } from '../settingsTable';
import { ledgerFromState } from './loadLedger';
import { liveColumnChanges, planFromState, rebind } from './plan';
import { readWorkbook, type WorkbookState } from './state';

export type StatementFormat = 'camt053' | BankCsvFormat;

/** What a person should notice about an entry, besides the proposal's own reason. */
export type EntryFlag =
  | 'partial'
  | 'over-payment'
  | 'already-paid'
  | 'several-invoices'
  | 'reversal'
  | 'debit-ignored'
  | 'ignored'
  | 'unmatched'
  | 'already-imported'
  | 'invalid-reference';

export interface ImportAllocation extends Allocation {
  customerName?: string;
}

export interface ImportProposal {
  /** Position in the entry's proposals (best first): what a person's choice refers to. */
  index: number;
  confidence: number;
  reason: Reason;
  allocations: ImportAllocation[];
  customerNumber?: string;
  customerName?: string;
  unallocatedCents: Cents;
  flags: Reason[];
  /** The Payment rows confirming this proposal adds. */
  payments: Payment[];
}

export interface ImportEntry {
  /** The payment unit's id: the importId its rows get, and what a choice names. */
  id: string;
  bookingDate: IsoDate;
  amountCents: Cents;
  currency: string;
  counterpartyName?: string;
  counterpartyIban?: string;
  remittance: string;
  reference?: string;
  outcome: Outcome | 'already-imported';
  /** Best first; empty when ignored, unmatched or imported before. */
  proposals: ImportProposal[];
  flags: EntryFlag[];
  notes: Reason[];
  /** Whether "accept all above N" may book the best proposal without a person choosing it. */
  autoAcceptable: boolean;
}

/** A problem with the file or a row of it, located (CSV: row/column as in a text editor; CAMT: path or line). */
export interface ImportProblem {
  code: string;
  message: string;
  file: string;
  row?: number;
  column?: string;
  path?: string;
  value?: string;
}

export interface ImportPreview {
  /** False when nothing could be read, or the workbook lacks Betalingen. */
  ok: boolean;
  fileName: string;
  format?: StatementFormat;
  statements: {
    accountIban: string;
    statementId: string;
    fromDate?: IsoDate;
    toDate?: IsoDate;
    entries: number;
  }[];
  entries: ImportEntry[];
  errors: ImportProblem[];
  /** A CSV of an unknown bank and no column mapping given or remembered in Instellingen. */
  needsMapping: boolean;
  /** Where the generic CSV mapping came from. */
  mappingFrom?: 'given' | 'workbook';
  /** Data rows read (CSV). */
  rowCount?: number;
  lastBankImport?: IsoDate;
}

export interface ImportInput {
  fileName: string;
  text: string;
  today: IsoDate;
  /** Column mapping for a CSV of a bank we do not know; remembered in Instellingen by applyImport. */
  mapping?: GenericCsvMapping;
}

export type ImportAcceptance =
  | { kind: 'all-above'; minConfidence: number }
  | { kind: 'chosen'; choices: readonly { entryId: string; proposalIndex: number }[] };

export interface ApplyImportInput extends ImportInput {
  accept: ImportAcceptance;
}

export type SkipReason =
  | 'already-imported'
  | 'ignored'
  | 'unmatched'
  | 'below-confidence'
  | 'needs-review'
  | 'not-chosen'
  | 'unknown-entry'
  | 'unknown-proposal'
  | 'duplicate-choice'
  | 'would-overpay'
  | 'nothing-to-book'
  | 'invalid-payment';

export interface ImportAdded {
  entryId: string;
  proposalIndex: number;
  payments: Payment[];
  /** Sheet rows of the new payments. */
  rows: number[];
}

export interface ImportSkipped {
  entryId: string;
  reason: SkipReason;
  /** The matcher's note or the invoice concerned, when there is one. */
  detail?: string;
}

export interface ImportResult {
  ok: boolean;
  preview: ImportPreview;
  added: ImportAdded[];
  skipped: ImportSkipped[];
  paymentsAdded: number;
  /** Sum of the amounts of the rows added (reversals count negative). */
  totalCents: Cents;
  /** Set when the import was recorded in Instellingen. */
  lastBankImport?: IsoDate;
  mappingSaved: boolean;
  errors: ImportProblem[];
}

// ---------------------------------------------------------------- reading the file

interface ParsedFile {
  format?: StatementFormat;
  statements: Statement[];
  errors: ImportProblem[];
  needsMapping: boolean;
  mappingFrom?: 'given' | 'workbook';
  mappingUsed?: GenericCsvMapping;
  rowCount?: number;
}

function problem(e: DomainError, file: string): ImportProblem {
  const w = e.where;
  const p: ImportProblem = { code: e.code, message: e.message, file };
  if (w.row !== undefined) p.row = w.row;
  if (w.column !== undefined) p.column = w.column;
  if (w.path !== undefined) p.path = w.path;
  if (w.value !== undefined && w.value !== null) p.value = String(w.value);
  return p;
}

function looksLikeXml(text: string, fileName: string): boolean {
  return /\.xml$/i.test(fileName) || /^\uFEFF?\s*</.test(text);
}

function parseFile(
  text: string,
  fileName: string,
  given: GenericCsvMapping | undefined,
  remembered: GenericCsvMapping | undefined,
): ParsedFile {
  try {
    if (looksLikeCamt053(text) || looksLikeXml(text, fileName)) {
      return { format: 'camt053', statements: parseCamt053(text), errors: [], needsMapping: false };
    }
    const known = given ? undefined : detectBankCsv(text);
    const mapping = given ?? (known ? undefined : remembered);
    if (!known && !mapping) {
      const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      return {
        statements: [],
        needsMapping: true,
        errors: [
          {
            code: 'needs-mapping',
            message: 'unknown bank export: give a column mapping (generic CSV)',
            file: fileName,
            row: 1,
            value: first.slice(0, 120),
          },
        ],
      };
    }
    const r = parseBankCsv(
      text,
      known ? { format: known } : { format: 'generic', mapping: mapping as GenericCsvMapping },
    );
    const out: ParsedFile = {
      format: r.format,
      statements: r.statements,
      errors: r.errors.map((e) => problem(e, fileName)),
      needsMapping: false,
      rowCount: r.rowCount,
    };
    if (!known && mapping) {
      out.mappingFrom = given ? 'given' : 'workbook';
      out.mappingUsed = mapping;
    }
    return out;
  } catch (e) {
    if (e instanceof DomainError)
      return { statements: [], errors: [problem(e, fileName)], needsMapping: false };
    throw e;
  }
}

// ---------------------------------------------------------------- matching

interface Analysis {
  state: WorkbookState;
  preview: ImportPreview;
  /** Open amount per invoice as read, for the over-payment guard. */
  open: Map<string, Cents>;
  mappingUsed?: GenericCsvMapping;
}

const ENTRY_FLAG: Partial<Record<Reason['code'], EntryFlag>> = {
  'partial-payment': 'partial',
  'over-payment': 'over-payment',
  'already-paid': 'already-paid',
};

/** An entry as shown: the unit's own fields, then what matching made of it. */
function importEntry(
  u: PaymentUnit,
  outcome: ImportEntry['outcome'],
  proposals: ImportProposal[],
  flags: EntryFlag[],
  notes: Reason[],
  autoAcceptable: boolean,
): ImportEntry {
  const e: ImportEntry = {
    id: u.id,
    bookingDate: u.bookingDate,
    amountCents: u.amountCents,
    currency: u.currency,
    remittance: u.remittance,
    outcome,
    proposals,
    flags,
    notes,
    autoAcceptable,
  };
  if (u.counterpartyName) e.counterpartyName = u.counterpartyName;
  if (u.counterpartyIban) e.counterpartyIban = u.counterpartyIban;
  if (u.structuredReferences[0]) e.reference = u.structuredReferences[0];
  return e;
}

function entryFlags(r: MatchResult, best: Proposal | undefined): EntryFlag[] {
  const flags = new Set<EntryFlag>();
  if (r.outcome === 'reversal') flags.add('reversal');
  if (r.outcome === 'unmatched') flags.add('unmatched');
  if (r.outcome === 'ignored')
    flags.add(r.notes.some((n) => n.code === 'ignored-debit') ? 'debit-ignored' : 'ignored');
  for (const n of r.notes) if (n.code === 'invalid-reference') flags.add('invalid-reference');
  if (best) {
    for (const f of best.flags) {
      const flag = ENTRY_FLAG[f.code];
      if (flag) flags.add(flag);
    }
    if (best.allocations.length > 1) flags.add('several-invoices');
  }
  return [...flags];
}

/** Payment rows as the workbook takes them: a reversal of an unallocated payment names no invoice. */
function rowsFor(r: MatchResult, p: Proposal): Payment[] {
  return proposalToPayments(r, p).map((row) => {
    if (row.invoiceNumber !== '') return row;
    const rest = { ...row };
    delete rest.invoiceNumber;
    return rest;
  });
}

function alreadyImportedEntry(u: PaymentUnit): ImportEntry {
  return importEntry(u, 'already-imported', [], ['already-imported'], [], false);
}

function freshEntry(r: MatchResult, customers: ReadonlyMap<string, Customer>): ImportEntry {
  const [best, second] = r.proposals;
  const proposals: ImportProposal[] = r.proposals.map((p, index) => {
    const v: ImportProposal = {
      index,
      confidence: p.confidence,
      reason: p.reason,
      allocations: p.allocations.map((a) => {
        const copy: ImportAllocation = {
          invoiceNumber: a.invoiceNumber,
          customerNumber: a.customerNumber,
          amountCents: a.amountCents,
        };
        const name = customers.get(a.customerNumber)?.name;
        if (name) copy.customerName = name;
        return copy;
      }),
      unallocatedCents: p.unallocatedCents,
      flags: p.flags,
      payments: rowsFor(r, p),
    };
    if (p.customerNumber) {
      v.customerNumber = p.customerNumber;
      const name = customers.get(p.customerNumber)?.name;
      if (name) v.customerName = name;
    }
    return v;
  });
  const flags = entryFlags(r, best);
  const autoAcceptable =
    r.outcome === 'proposed' &&
    !!best &&
    flags.length === 0 &&
    best.allocations.length === 1 &&
    best.unallocatedCents === 0 &&
    (!second || second.confidence < best.confidence);
  return importEntry(r.unit, r.outcome, proposals, flags, r.notes, autoAcceptable);
}

async function analyse(book: Book, input: ImportInput): Promise<Analysis> {
  const state = await readWorkbook(book);
  const settingsTable = state.tables.get('settings');
  const remembered = readBankCsvMapping(settingsTable?.snap, settingsTable?.binding, state.language);
  const parsed = parseFile(input.text, input.fileName, input.mapping, remembered.mapping);
  const loaded = ledgerFromState(state);
  const ledger = loaded.ledger;
  const preview: ImportPreview = {
    ok: false,
    fileName: input.fileName,
    statements: parsed.statements.map((s) => ({
      accountIban: s.accountIban,
      statementId: s.statementId,
      ...(s.fromDate ? { fromDate: s.fromDate } : {}),
      ...(s.toDate ? { toDate: s.toDate } : {}),
      entries: s.entries.length,
    })),
    entries: [],
    errors: [...parsed.errors],
    needsMapping: parsed.needsMapping,
  };
  if (parsed.format) preview.format = parsed.format;
  if (parsed.mappingFrom) preview.mappingFrom = parsed.mappingFrom;
  if (parsed.rowCount !== undefined) preview.rowCount = parsed.rowCount;
  if (ledger.settings.lastBankImport) preview.lastBankImport = ledger.settings.lastBankImport;
  // A mapping remembered with a mistake matters only when it would be used.
  if (parsed.needsMapping && remembered.errors.length > 0) {
    for (const e of remembered.errors)
      preview.errors.push({
        code: e.code,
        message: e.why,
        file: e.sheet,
        row: e.row,
        ...(e.column ? { column: e.column.header } : {}),
      });
  }
  if (!state.tables.has('payments')) {
    const name = tableSpec('payments')[state.language];
    preview.errors.push({
      code: 'missing-table',
      message:
        state.language === 'en'
          ? `the ${name} table is missing; run "Set up workbook" first`
          : `de tabel ${name} ontbreekt; kies eerst "Werkmap inrichten"`,
      file: name,
    });
  }

  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  const known = new Set<string>();
  for (const p of ledger.payments) if (p.importId) known.add(p.importId);
  const entries = parsed.statements.flatMap((s) => s.entries);
  // Entries imported before are shown, not matched: their invoices already count them as paid.
  // Every step below is one pass over the entries: statements run to a million lines.
  const out = new Map<string, ImportEntry>();
  const toMatch: StatementEntry[] = [];
  for (const e of entries) {
    const units = paymentUnits(e);
    if (!units.every((u) => known.has(u.id))) toMatch.push(e);
    else for (const u of units) out.set(u.id, alreadyImportedEntry(u));
  }
  const context = matchContextFromLedger(ledger, input.today, dueDateResolver(customers, ledger.settings));
  const { fresh, alreadyImported } = dedupe(matchEntries(toMatch, context), ledger.payments);
  for (const r of alreadyImported) out.set(r.unit.id, alreadyImportedEntry(r.unit));
  for (const r of fresh) out.set(r.unit.id, freshEntry(r, customers));
  // File order: statements as given, batch details in their entry. Two statements of one file may
  // carry the same entry: show it once, where it first appears. Unit ids as paymentUnits makes them.
  const take = (id: string): void => {
    const v = out.get(id);
    if (v && out.delete(id)) preview.entries.push(v);
  };
  for (const e of entries) {
    if (e.batch?.splittable) e.batch.details.forEach((_, i) => take(`${e.id}/${i + 1}`));
    else take(e.id);
  }
  preview.ok = parsed.format !== undefined && state.tables.has('payments');
  const open = new Map(context.invoices.map((i) => [i.number, i.openCents]));
  const analysis: Analysis = { state, preview, open };
  if (parsed.mappingUsed) analysis.mappingUsed = parsed.mappingUsed;
  return analysis;
}

/** Reads the statement and proposes matches. Never writes. One read. */
export async function previewImport(book: Book, input: ImportInput): Promise<ImportPreview> {
  return (await analyse(book, input)).preview;
}

// ---------------------------------------------------------------- applying

interface Choice {
  entry: ImportEntry;
  proposal: ImportProposal;
}

function choose(
  preview: ImportPreview,
  accept: ImportAcceptance,
): { chosen: Choice[]; skipped: ImportSkipped[] } {
  const chosen: Choice[] = [];
  const skipped: ImportSkipped[] = [];
  const byId = new Map(preview.entries.map((e) => [e.id, e]));
  const noteOf = (e: ImportEntry): string | undefined => e.notes[0]?.code;
  const skip = (e: ImportEntry | string, reason: SkipReason, detail?: string): void => {
    skipped.push({
      entryId: typeof e === 'string' ? e : e.id,
      reason,
      ...(detail !== undefined ? { detail } : {}),
    });
  };
  if (accept.kind === 'all-above') {
    for (const e of preview.entries) {
      const best = e.proposals[0];
      if (e.outcome === 'already-imported') skip(e, 'already-imported');
      else if (e.outcome === 'ignored') skip(e, 'ignored', noteOf(e));
      else if (!best) skip(e, 'unmatched', noteOf(e));
      else if (best.confidence < accept.minConfidence) skip(e, 'below-confidence', String(best.confidence));
      else if (!e.autoAcceptable) skip(e, 'needs-review', e.flags.join(', ') || 'ambiguous');
      else chosen.push({ entry: e, proposal: best });
    }
    return { chosen, skipped };
  }
  const picked = new Map<string, number>();
  for (const c of accept.choices) {
    const e = byId.get(c.entryId);
    if (!e) skip(c.entryId, 'unknown-entry');
    else if (picked.has(c.entryId)) skip(c.entryId, 'duplicate-choice', String(c.proposalIndex));
    else if (e.outcome === 'already-imported') skip(e, 'already-imported');
    else {
      picked.set(c.entryId, c.proposalIndex);
      const p = e.proposals[c.proposalIndex];
      if (!p) skip(e, 'unknown-proposal', String(c.proposalIndex));
    }
  }
  // File order, so the over-payment guard sees payments in the order the bank booked them.
  for (const e of preview.entries) {
    const index = picked.get(e.id);
    const p = index === undefined ? undefined : e.proposals[index];
    if (p) chosen.push({ entry: e, proposal: p });
    else if (index === undefined && e.outcome !== 'already-imported') skip(e, 'not-chosen');
  }
  return { chosen, skipped };
}

function settingChanges(
  state: WorkbookState,
  today: IsoDate,
  mapping: GenericCsvMapping | undefined,
): { changes: Change[]; mappingSaved: boolean; recorded: boolean } {
  const t = state.tables.get('settings');
  const ki = t?.binding.indexOf('key');
  const vi = t?.binding.indexOf('value');
  if (!t || ki === undefined || vi === undefined)
    return { changes: [], mappingSaved: false, recorded: false };
  const hi = t.binding.indexOf('help');
  const values: Cell[] = t.snap.values.map(() => null);
  const append: Record<string, Cell>[] = [];
  const put = (row: number | undefined, key: string, value: Cell, help: string): void => {
    if (row !== undefined) values[row] = value ?? '';
    else if (value !== null) {
      append.push({
        [t.snap.headers[ki] as string]: key,
        [t.snap.headers[vi] as string]: value,
        ...(hi !== undefined ? { [t.snap.headers[hi] as string]: help } : {}),
      });
    }
  };
  const def = SETTING_DEFS.find((d) => d.field === 'lastBankImport');
  if (def)
    put(state.settingsRows.get('lastBankImport'), def[state.language], today, def.help[state.language]);
  if (mapping) {
    const at = readBankCsvMapping(t.snap, t.binding, state.language).rowOfKey;
    for (const r of bankCsvMappingRows(mapping, state.language))
      put(at.get(r.key.slice('bankcsv.'.length).toLowerCase()), r.key, r.value, r.help);
  }
  const changes: Change[] = [];
  if (values.some((v) => v !== null))
    changes.push({ kind: 'setColumn', table: t.snap.name, column: t.snap.headers[vi] as string, values });
  if (append.length > 0) changes.push({ kind: 'appendRows', table: t.snap.name, rows: append });
  return { changes, mappingSaved: !!mapping, recorded: true };
}

/**
 * Books the accepted proposals of a statement into Betalingen and records the import day. One
 * read, one apply; nothing is written when the file cannot be read or Betalingen is missing.
 */
export async function applyImport(book: Book, input: ApplyImportInput): Promise<ImportResult> {
  const { state, preview, open, mappingUsed } = await analyse(book, input);
  const result: ImportResult = {
    ok: false,
    preview,
    added: [],
    skipped: [],
    paymentsAdded: 0,
    totalCents: 0,
    mappingSaved: false,
    errors: preview.errors,
  };
  if (!preview.ok) return result;
  const { chosen, skipped } = choose(preview, input.accept);
  result.skipped = skipped;
  const remaining = new Map(open);
  const rows: { add: ImportAdded; payments: Payment[] }[] = [];
  for (const { entry, proposal } of chosen) {
    const payments = proposal.payments;
    if (payments.length === 0) {
      skipped.push({ entryId: entry.id, reason: 'nothing-to-book' });
      continue;
    }
    // Two chosen transfers must not pay one invoice more than it has open.
    const over = proposal.allocations.find(
      (a) => a.amountCents > 0 && a.amountCents > (remaining.get(a.invoiceNumber) ?? 0),
    );
    if (over) {
      skipped.push({ entryId: entry.id, reason: 'would-overpay', detail: over.invoiceNumber });
      continue;
    }
    const bad = payments.find((p) => !paymentSchema.safeParse(p).success);
    if (bad) {
      skipped.push({
        entryId: entry.id,
        reason: 'invalid-payment',
        detail: bad.invoiceNumber ?? bad.customerNumber ?? '',
      });
      continue;
    }
    for (const a of proposal.allocations)
      remaining.set(a.invoiceNumber, (remaining.get(a.invoiceNumber) ?? 0) - a.amountCents);
    rows.push({ add: { entryId: entry.id, proposalIndex: proposal.index, payments, rows: [] }, payments });
  }

  const changes: Change[] = [];
  const pay = state.tables.get('payments');
  const all = rows.flatMap((r) => r.payments);
  if (pay && all.length > 0) {
    const plan = planFromState(state);
    const planned = plan.get('payments');
    const fields = PAYMENTS.columns
      .map((c) => c.field)
      .filter((f) => all.some((p) => (p as Record<string, unknown>)[f] !== undefined));
    const missing = fields.filter((f) => pay.binding.indexOf(f) === undefined);
    const headers = [...pay.snap.headers];
    if (missing.length > 0 && planned) {
      const added = missing.map((f) =>
        header(
          PAYMENTS.columns.find((c) => c.field === f) as (typeof PAYMENTS.columns)[number],
          state.language,
        ),
      );
      changes.push({ kind: 'addColumns', table: pay.snap.name, headers: added });
      planned.headers.push(...added);
      rebind(planned, state.aliases);
      headers.push(...added);
    }
    const byField = (p: Payment): Record<string, Cell> => {
      const cells = encodeFields(PAYMENTS, p, state);
      const row: Record<string, Cell> = {};
      for (const [field, value] of Object.entries(cells)) {
        const i = planned?.binding.indexOf(field);
        if (i !== undefined && value !== null) row[headers[i] as string] = value;
      }
      return row;
    };
    changes.push({ kind: 'appendRows', table: pay.snap.name, rows: all.map(byField) });
    if (planned) planned.rowCount += all.length;
    changes.push(...liveColumnChanges(plan, state.settings, state.language).changes);
  }
  const settings = settingChanges(
    state,
    input.today,
    mappingUsed && preview.mappingFrom === 'given' ? mappingUsed : undefined,
  );
  changes.push(...settings.changes);
  if (changes.length > 0) await book.apply(changes);

  let next = (pay?.snap.firstRow ?? 2) + (pay?.snap.values.length ?? 0);
  for (const r of rows) {
    r.add.rows = r.payments.map(() => next++);
    result.added.push(r.add);
    result.paymentsAdded += r.payments.length;
    result.totalCents += r.payments.reduce((s, p) => s + p.amount, 0);
  }
  result.ok = true;
  result.mappingSaved = settings.mappingSaved;
  if (settings.recorded) result.lastBankImport = input.today;
  return result;
}
