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
  matchContextFromLedger,
  paymentUnits,
  reversedAmounts,
  unitMatcher,
  type GenericCsvMapping,
  type MatchInvoice,
  type StatementEntry,
} from '../../domain/bank';
import type { IsoDate } from '../../domain/dates';
import { paymentSchema, type Payment } from '../../domain/model';
import { addCents, cents, subtractCents } from '../../domain/money';
import { dueDateResolver } from '../../domain/terms';
import { bankCsvMappingRows, readBankCsvMapping } from '../bankCsvSettings';
import type { Book, Cell, Change } from '../book';
import { encodeFields } from '../codec';
import { header, PAYMENTS, tableSpec } from '../schema';
import { SETTING_DEFS } from '../settingDefs';
import { ledgerFromState } from './loadLedger';
import { liveColumnChanges, planFromState, rebind } from './plan';
import { readWorkbook, type WorkbookState } from './state';

import { alreadyImportedEntry, freshEntry, proposalPayments } from './importEntries';
import { parseFile } from './importFile';
import type {
  ApplyImportInput,
  ImportAcceptance,
  ImportAdded,
  ImportEntry,
  ImportInput,
  ImportPreview,
  ImportProposal,
  ImportResult,
  ImportSkipped,
  SkipReason,
} from './importTypes';

export type * from './importTypes';

// ---------------------------------------------------------------- matching

interface Analysis {
  state: WorkbookState;
  preview: ImportPreview;
  /** The invoices as read, for the over-payment guard when applying. */
  invoices: readonly MatchInvoice[];
  mappingUsed?: GenericCsvMapping;
}

/** Who sees the entries as they are made: `head` once before the first (statements, problems). */
interface Shown {
  head?(preview: ImportPreview): void;
  entry(entry: ImportEntry): void;
}

async function analyse(book: Book, input: ImportInput, shown: Shown): Promise<Analysis> {
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
  preview.ok = parsed.format !== undefined && state.tables.has('payments');
  shown.head?.(preview);

  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  const known = new Set<string>();
  for (const p of ledger.payments) if (p.importId) known.add(p.importId);
  const context = matchContextFromLedger(ledger, input.today, dueDateResolver(customers, ledger.settings));
  const match = unitMatcher(context, reversedAmounts(parsed.statements.flatMap((st) => st.entries)));
  // One pass in file order (statements as given, batch details in their entry), keeping only the
  // entry as shown: statements run to a million lines, and holding every match result beside
  // every shown entry doubled the memory. Entries imported before are shown, not matched: their
  // invoices already count them as paid. A unit met again (two statements of one file may carry
  // the same entry) is still matched, so later entries see the open amounts matchEntries would
  // give them, but shown once, where it first appears.
  // An entry's id is unique within its statement and starts with the statement's account; only a
  // batch detail's id (the entry's id and a number) can meet another. So only a file with two
  // statements of one account, an account with a slash or a batch paid in details needs to
  // remember every id it has shown (a million-line CSV export has none of these).
  const accounts = new Set(parsed.statements.map((st) => st.accountIban));
  const unique =
    accounts.size === parsed.statements.length &&
    ![...accounts].some((a) => a.includes('/')) &&
    !parsed.statements.some((st) => st.entries.some((e) => e.batch?.splittable));
  const shownIds = unique ? undefined : new Set<string>();
  const show = (entry: ImportEntry): void => {
    shownIds?.add(entry.id);
    shown.entry(entry);
  };
  for (const statement of parsed.statements) {
    // The parsed entry is let go once shown, so the statement and what is shown of it are not
    // both held whole (the list is this call's own: parseFile made it for us).
    const list = statement.entries as (StatementEntry | undefined)[];
    for (let i = 0; i < list.length; i++) {
      const e = list[i] as StatementEntry;
      list[i] = undefined;
      const units = paymentUnits(e);
      if (units.every((u) => known.has(u.id))) {
        for (const u of units) if (!shownIds?.has(u.id)) show(alreadyImportedEntry(u));
        continue;
      }
      for (const u of units) {
        const r = match(u);
        if (shownIds?.has(u.id)) continue;
        show(known.has(u.id) ? alreadyImportedEntry(u) : freshEntry(r, customers));
      }
    }
  }
  const analysis: Analysis = { state, preview, invoices: context.invoices };
  if (parsed.mappingUsed) analysis.mappingUsed = parsed.mappingUsed;
  return analysis;
}

/** Reads the statement and proposes matches. Never writes. One read. */
export async function previewImport(book: Book, input: ImportInput): Promise<ImportPreview> {
  const entries: ImportEntry[] = [];
  const { preview } = await analyse(book, input, { entry: (e) => entries.push(e) });
  preview.entries = entries;
  return preview;
}

/**
 * previewImport for a caller that shows each entry as it is made and keeps none (the CLI's dry run
 * prints a million-line statement line by line): `head` gets the preview before the first entry,
 * with its statements and problems; `entry` each entry in file order. The preview returned is
 * previewImport's without its entries. Never writes. One read.
 */
export async function streamImport(
  book: Book,
  input: ImportInput,
  show: { head?(preview: ImportPreview): void; entry(entry: ImportEntry): void },
): Promise<ImportPreview> {
  return (await analyse(book, input, show)).preview;
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
  const entries: ImportEntry[] = [];
  const { state, preview, invoices, mappingUsed } = await analyse(book, input, {
    entry: (e) => entries.push(e),
  });
  preview.entries = entries;
  const result: ImportResult = {
    ok: false,
    preview,
    added: [],
    skipped: [],
    paymentsAdded: 0,
    totalCents: cents(0),
    mappingSaved: false,
    errors: preview.errors,
  };
  if (!preview.ok) return result;
  const { chosen, skipped } = choose(preview, input.accept);
  result.skipped = skipped;
  const remaining = new Map(invoices.map((i) => [i.number, i.openCents]));
  const rows: { add: ImportAdded; payments: Payment[] }[] = [];
  for (const { entry, proposal } of chosen) {
    const payments = proposalPayments(entry, proposal);
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
      remaining.set(
        a.invoiceNumber,
        subtractCents(remaining.get(a.invoiceNumber) ?? cents(0), a.amountCents),
      );
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
    result.totalCents = addCents(
      result.totalCents,
      r.payments.reduce((s, p) => addCents(s, p.amount), cents(0)),
    );
  }
  result.ok = true;
  result.mappingSaved = settings.mappingSaved;
  if (settings.recorded) result.lastBankImport = input.today;
  return result;
}
