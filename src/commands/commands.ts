/**
 * Ribbon commands (the function file). "Sorteer werkmap" refreshes and sorts the workbook in one
 * click and tells the user the outcome in the overview's status cell — Excel offers function
 * commands no notification API. This is the only place under the UI that reads the clock.
 * event.completed() is always called: without it Excel shows the command as running until its
 * 5-minute timeout.
 */
import { isoDate, type IsoDate } from '../domain/dates';
import { failureMessage } from './failures';
import { ratesNote, type RatesNotice } from './ratesNote';
import { yoursNote, type YoursNotice } from '../workbook/yoursNote';

export type CommandLanguage = 'nl' | 'en';

/** What the command needs to know about a refresh; the workbook layer's report maps onto it. */
export interface RefreshSummary {
  /** Invoices sorted, by group (overdue first, then open, then closed). */
  invoices: { total: number; overdue: number; open: number; closed: number };
  /** Reminders due today. */
  actions: number;
  /** Rows the codec could not read: left untouched, listed for the user. */
  rowErrors: { sheet?: string; row?: number; column?: string; message: string }[];
  /** Cells read but worth a look (e.g. a date typed as text, which the workbook's formulas skip). */
  warnings?: number;
  /** Set when today is past the last half-year the statutory interest table knows. */
  ratesOutdated?: RatesNotice;
  /** The person's columns with a product name, left as they were (not handed over, not recorded). */
  yours?: YoursNotice[];
}

export interface SortWorkbookDeps {
  /** Runs first, inside the same error handling (e.g. clearing filters the person asked to clear). */
  prepare?(): Promise<void>;
  /** Computes the refresh; its writes may be held back for `report`, to share its request. */
  refresh(today: IsoDate): Promise<RefreshSummary>;
  /**
   * Shows the outcome to the user; `reveal` asks to bring it into view. `refreshed`: the refresh
   * was computed, so this also writes what it held back, then the line, in one request. When
   * that fails, report is called again with the failure and `refreshed` false.
   */
  report(text: string, reveal: boolean, refreshed: boolean): Promise<void>;
  /** The clock, read here and nowhere below. */
  now(): Date;
  language: CommandLanguage;
}

const MAX_LISTED = 5;

/** Today in the user's time zone (not toISOString, which is UTC). */
export function localDate(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return isoDate(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

export function successMessage(summary: RefreshSummary, today: IsoDate, language: CommandLanguage): string {
  const nl = language === 'nl';
  const { total, overdue, open, closed } = summary.invoices;
  const reminders = summary.actions;
  const head = nl
    ? `Bijgewerkt en gesorteerd op ${today}: ${total} facturen (${overdue} te laat, ${open} open, ${closed} afgehandeld); ${reminders} herinnering(en) vandaag.`
    : `Refreshed and sorted on ${today}: ${total} invoices (${overdue} overdue, ${open} open, ${closed} closed); ${reminders} reminder(s) due today.`;
  const warned = summary.warnings ?? 0;
  const warning =
    warned === 0
      ? ''
      : nl
        ? ` ${warned} cel(len) om na te kijken (bijv. een datum als tekst): open het paneel voor de details.`
        : ` ${warned} cell(s) to check (e.g. a date typed as text): open the pane for details.`;
  const rates = summary.ratesOutdated ? ` ${ratesNote(summary.ratesOutdated, language)}` : '';
  const yours = summary.yours?.length ? ` ${yoursNote(summary.yours, language)}` : '';
  if (summary.rowErrors.length === 0) return head + warning + rates + yours;
  const listed = summary.rowErrors.slice(0, MAX_LISTED).map((e) => {
    const at = [e.sheet, e.row !== undefined ? (nl ? `rij ${e.row}` : `row ${e.row}`) : undefined, e.column]
      .filter(Boolean)
      .join(' ');
    return at ? `${at}: ${e.message}` : e.message;
  });
  const more = summary.rowErrors.length - listed.length;
  const tail = more > 0 ? (nl ? ` (en nog ${more})` : ` (and ${more} more)`) : '';
  return nl
    ? `${head} ${summary.rowErrors.length} rij(en) met fouten, niet gewijzigd: ${listed.join('; ')}${tail}.${warning}${rates}${yours}`
    : `${head} ${summary.rowErrors.length} row(s) with errors, left unchanged: ${listed.join('; ')}${tail}.${warning}${rates}${yours}`;
}

/** The SortWorkbook command. Never throws: every outcome is reported, then completed() is called. */
export async function sortWorkbook(event: Office.AddinCommands.Event, deps: SortWorkbookDeps): Promise<void> {
  try {
    const today = localDate(deps.now());
    let text: string;
    let reveal: boolean;
    let refreshed = false;
    try {
      await deps.prepare?.();
      const summary = await deps.refresh(today);
      text = successMessage(summary, today, deps.language);
      reveal = summary.rowErrors.length > 0;
      refreshed = true;
    } catch (e) {
      text = failureMessage(e, deps.language);
      reveal = true;
    }
    try {
      await deps.report(text, reveal, refreshed);
    } catch (e) {
      let shown = false;
      if (refreshed) {
        // The held-back writes failed (or the line could not go with them): say so instead.
        text = failureMessage(e, deps.language);
        try {
          await deps.report(text, true, false);
          shown = true;
        } catch {
          // Falls through to the console below.
        }
      }
      // Nowhere left to show it (e.g. the sheet is protected): the console is the last resort.
      if (!shown) console.error('Klant Inzicht: could not report the result', text, e);
    }
  } finally {
    event.completed();
  }
}

export function commandLanguage(displayLanguage: string | undefined): CommandLanguage {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** The names the manifest's ExecuteFunction actions use. */
export type FunctionName = 'SortWorkbook' | 'ClearFiltersAndSort';

export interface OfficeActions {
  associate(name: string, handler: (event: Office.AddinCommands.Event) => unknown): void;
}

/** `deps` is called per click: Office gives each click a fresh runtime, and so do we. */
export function registerCommands(
  actions: OfficeActions,
  deps: (command: FunctionName) => SortWorkbookDeps,
): void {
  actions.associate('SortWorkbook', (event) => sortWorkbook(event, deps('SortWorkbook')));
  // "Clear filters and sort": the person's explicit choice when a table is filtered.
  actions.associate('ClearFiltersAndSort', (event) => sortWorkbook(event, deps('ClearFiltersAndSort')));
}
