/**
 * refreshAndSort ("Sorteer werkmap"): recompute what the product owns, sort Facturen and Klanten,
 * rebuild Overzicht and its charts. One read, one apply.
 *
 * Sorting goes through a sort-key column (Volgorde) the add-in writes, then the host's own table
 * sort, so formulas, typed cells and columns we do not know move with their rows: a sort is a
 * permutation, nothing is lost. Facturen: overdue first (most days overdue first), then open (by
 * due date, soonest first), then closed (paid by paid date, newest first). Rows that are not
 * records (errors, blanks) get an empty key and so end at the bottom, in their own order.
 * Klanten: largest open amount first.
 */
import type { IsoDate } from '../../domain/dates';
import type { DunningGroup } from '../../domain/dunning';
import type { Language, Settings } from '../../domain/model';
import type { InvoiceStatus } from '../../domain/status';
import type { Book, Cell, Change } from '../book';
import type { RowError } from '../codec';
import { TOTALS_ROW_CODE } from '../decodeRows';
import { ledgerFromState, type SkippedRows } from './loadLedger';
import { overviewOf } from './overview';
import { STEP_LABELS } from './overviewText';
import {
  columnDressing,
  liveColumnChanges,
  missingProductHeaders,
  overviewNote,
  overdueFill,
  overviewRecord,
  planFromState,
  rebind,
  type Plan,
} from './plan';
import { readWorkbook, type WorkbookState } from './state';
import type { ColumnChoice, ColumnRef } from '../ownership';
import { choiceRecords, yourColumns, type YourColumn } from './columnChoices';

export interface RefreshResult {
  today: IsoDate;
  language: Language;
  errors: RowError[];
  warnings: RowError[];
  skippedBlank: SkippedRows[];
  invoices: { total: number; overdue: number; open: number; closed: number };
  /** Reminder groups due today (what "today's actions" lists). */
  actions: DunningGroup[];
  /** Product columns left alone because they hold typed values ("table.header"). */
  keptTyped: string[];
  /** Product-owned columns added because they were missing. */
  addedColumns: string[];
  /** The sheet the overview was written to. */
  overviewSheet?: string;
  /** Set when a sheet of the person's carries the overview's name: left alone, and where the overview went. */
  overviewNote?: string;
  /** The settings as read (the caller checks e.g. whether the statutory rate table is current). */
  settings?: Settings;
  /** The sheet holding the settings table (Instellingen / Settings), where a person adds a rate. */
  settingsSheet?: string;
  /** Product-named columns that stay the person's, each with the product's own column beside it. */
  yours: YourColumn[];
  /** Owners of columns this run recorded in Instellingen (handed over or kept). */
  recorded: ColumnChoice[];
  changes: number;
}

export interface RefreshOptions {
  today: IsoDate;
  /** As setUp's: the listed columns, or `true` for every one not recorded as kept (--adopt-columns). */
  adoptColumns?: boolean | readonly ColumnRef[];
  keepColumns?: readonly ColumnRef[];
}

type Group = 0 | 1 | 2;

/**
 * Invoice and customer numbers in their natural order (F9 before F10). One collator: localeCompare
 * with options builds one per call, which made this sort take about a second at 50,000 invoices;
 * made at the first sort, not when the pane loads this module.
 */
let numberCollator: Intl.Collator | undefined;
const byNumber = (): Intl.Collator => (numberCollator ??= new Intl.Collator('nl', { numeric: true }));

function sortGroup(s: InvoiceStatus): { group: Group; key: string } {
  const pad = (n: number): string => String(Math.max(0, n)).padStart(6, '0');
  if (s.overdue && s.open > 0) return { group: 0, key: pad(999_999 - s.daysOverdue) };
  if (
    ['open', 'due-today', 'partly-paid', 'disputed', 'in-arrangement', 'overdue'].includes(s.kind) &&
    s.open > 0
  )
    return { group: 1, key: s.dueDate };
  const closedOn = 'paidOn' in s ? s.paidOn : 'writtenOffOn' in s ? s.writtenOffOn : s.dueDate;
  // Newest first: invert the date's digits so ascending order runs backwards in time.
  return { group: 2, key: closedOn.replace(/\d/g, (c) => String(9 - Number(c))) };
}

const FIXED_STEP_TEXTS = new Set(
  [
    'Paused (disputed)',
    'Gepauzeerd (betwist)',
    'Paused (arrangement on track)',
    'Gepauzeerd (regeling loopt)',
    'Sent today',
    'Vandaag verstuurd',
    'Ladder completed',
    'Ladder afgerond',
  ].map((t) => t.toLowerCase()),
);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A dated step text ("Aanmaning op 01-07-2025", "Friendly reminder — today"), any label in either
 * language: one expression, made at the first refresh. Once a workbook is sorted every row holds
 * such a text, and building eight expressions per row cost a refresh of 50,000 rows dearly.
 */
let datedStepText: RegExp | undefined;

/** Could the product have written this next-step text (overview.stepText, either language)? */
function isStepText(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (FIXED_STEP_TEXTS.has(t)) return true;
  datedStepText ??= new RegExp(
    `^(${Object.values(STEP_LABELS)
      .flatMap((l) => [l.nl, l.en])
      .map((label) => escapeRegExp(label.toLowerCase()))
      .join('|')}) (— (vandaag|today)|(op|on) \\d{2}-\\d{2}-\\d{4})$`,
  );
  return datedStepText.test(t);
}

export async function refreshAndSort(book: Book, options: RefreshOptions): Promise<RefreshResult> {
  const { today } = options;
  const state: WorkbookState = await readWorkbook(
    book,
    {},
    {
      ...(options.adoptColumns ? { adoptColumns: options.adoptColumns } : {}),
      ...(options.keepColumns ? { keepColumns: options.keepColumns } : {}),
    },
  );
  const loaded = ledgerFromState(state);
  const { ledger } = loaded;
  const language = state.language;
  const settings = ledger.settings;
  const overview = overviewOf(ledger, { today, language, dateSystem: state.dateSystem });

  const changes: Change[] = [];
  const plan: Plan = planFromState(state);
  const addedColumns: string[] = [];
  for (const id of ['invoices', 'customers'] as const) {
    const t = plan.get(id);
    if (!t) continue;
    const add = missingProductHeaders(t, language);
    if (add.length === 0) continue;
    changes.push({ kind: 'addColumns', table: t.name, headers: add });
    t.headers.push(...add);
    rebind(t, state.aliases);
    changes.push(
      ...columnDressing(
        plan,
        id,
        t.binding.matched.filter((m) => add.includes(m.header)).map((m) => m.field),
      ),
    );
    addedColumns.push(...add.map((h) => `${t.name}.${h}`));
  }

  const live = liveColumnChanges(plan, settings, language);
  changes.push(...live.changes);
  const keptTyped = [...live.keptTyped];
  // Every refresh lays the highlight over the body as it is now; hosts replace the earlier one.
  const highlight = overdueFill(plan);
  if (highlight) changes.push(highlight);

  // Facturen: next step and sort key per body row.
  const counts = { total: 0, overdue: 0, open: 0, closed: 0 };
  const invTable = plan.get('invoices');
  if (invTable) {
    const n = invTable.rowCount;
    const nextStep: Cell[] = Array.from({ length: n }, () => null);
    const ranked: { r: number; group: Group; key: string; number: string }[] = [];
    const firstRow = invTable.firstRow;
    for (const inv of ledger.invoices) {
      const sheetRow = loaded.rows.invoices.get(inv.number);
      if (sheetRow === undefined) continue;
      const step = overview.steps.get(inv.number);
      if (!step) continue;
      const r = sheetRow - firstRow;
      nextStep[r] = step.text;
      const g = sortGroup(step.state.status);
      ranked.push({ r, ...g, number: inv.number });
      counts.total += 1;
      counts[g.group === 0 ? 'overdue' : g.group === 1 ? 'open' : 'closed'] += 1;
    }
    ranked.sort(
      (a, b) =>
        a.group - b.group ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        byNumber().compare(a.number, b.number),
    );
    // Every row gets a key, so no host's handling of empty keys can leave a gap in the middle:
    // records first, then rows that could not be read (in their own order), blank rows, and the
    // person's totals rows last.
    const sortKey: Cell[] = Array.from({ length: n }, () => '');
    ranked.forEach((x, k) => (sortKey[x.r] = k + 1));
    const blank = new Set(
      loaded.skippedBlank
        .filter((b) => b.table === invTable.name)
        .flatMap((b) => b.rows.map((row) => row - firstRow)),
    );
    const totals = new Set(
      loaded.warnings
        .filter((w) => w.code === TOTALS_ROW_CODE && w.table === invTable.name)
        .map((w) => w.row - firstRow),
    );
    let next = ranked.length;
    for (let r = 0; r < n; r++) if (sortKey[r] === '' && !blank.has(r) && !totals.has(r)) sortKey[r] = ++next;
    for (let r = 0; r < n; r++) if (sortKey[r] === '' && !totals.has(r)) sortKey[r] = ++next;
    for (let r = 0; r < n; r++) if (sortKey[r] === '') sortKey[r] = ++next;
    const col = (field: string): string | undefined => {
      const i = invTable.binding.indexOf(field);
      return i === undefined ? undefined : invTable.headers[i];
    };
    const stepCol = col('nextStep');
    const keyCol = col('sortKey');
    if (n > 0 && stepCol) {
      // A note a person typed over a step keeps its place (as a typed value in a formula column).
      const stepI = invTable.binding.indexOf('nextStep') as number;
      const current = invTable.snap?.values ?? [];
      let kept = false;
      const values = nextStep.map((v, r) => {
        const was = current[r]?.[stepI] ?? null;
        if (typeof was === 'string' && was.trim() !== '' && !isStepText(was)) {
          kept = true;
          return null;
        }
        return v ?? '';
      });
      if (kept) keptTyped.push(`${invTable.name}.${stepCol}`);
      changes.push({ kind: 'setColumn', table: invTable.name, column: stepCol, values });
    }
    if (n > 0 && keyCol) {
      changes.push({ kind: 'setColumn', table: invTable.name, column: keyCol, values: sortKey });
      changes.push({ kind: 'sortTable', table: invTable.name, keys: [{ column: keyCol, ascending: true }] });
    }
  }

  const { metrics, actions, layout } = overview;

  // Klanten: largest open first, by the same open figures as the overview.
  const custTable = plan.get('customers');
  if (custTable && custTable.rowCount > 0) {
    const keyI = custTable.binding.indexOf('sortKey');
    if (keyI !== undefined) {
      const openBy = new Map(metrics.totals.byCustomer.map((c) => [c.customerNumber, c.netOpen]));
      const ranked = [...loaded.rows.customers.entries()].map(([number, row]) => ({
        number,
        r: row - custTable.firstRow,
        open: openBy.get(number) ?? 0,
      }));
      ranked.sort((a, b) => b.open - a.open || byNumber().compare(a.number, b.number));
      const values: Cell[] = Array.from({ length: custTable.rowCount }, () => '');
      ranked.forEach((x, k) => (values[x.r] = k + 1));
      const column = custTable.headers[keyI] as string;
      changes.push({ kind: 'setColumn', table: custTable.name, column, values });
      changes.push({ kind: 'sortTable', table: custTable.name, keys: [{ column, ascending: true }] });
    }
  }

  // Only the product's own overview is cleared: a sheet of the person's under its name stays.
  const place = state.overview;
  const sheet = place.sheet;
  if (!place.exists) changes.push({ kind: 'addSheet', sheet, position: 0 });
  changes.push({ kind: 'replaceSheet', sheet, blocks: layout.blocks });
  for (const chart of layout.charts) changes.push({ kind: 'upsertChart', sheet, chart });
  const record = overviewRecord(state, place, language);
  if (record) changes.push(record);
  const note = overviewNote(place, language);
  const choices = choiceRecords(state, language);
  changes.push(...choices);

  await book.apply(changes);
  return {
    today,
    language,
    errors: loaded.errors,
    warnings: loaded.warnings,
    skippedBlank: loaded.skippedBlank,
    invoices: counts,
    actions,
    keptTyped,
    addedColumns,
    overviewSheet: sheet,
    ...(note ? { overviewNote: note } : {}),
    settings,
    ...(state.tables.get('settings') ? { settingsSheet: state.tables.get('settings')?.snap.sheet } : {}),
    yours: yourColumns(state, plan),
    recorded: choices.length > 0 ? [...state.choicesToRecord] : [],
    changes: changes.length,
  };
}
