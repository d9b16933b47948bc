/**
 * The person's answer for a product-named column holding their data (ownership.ts), written to
 * Instellingen so every later set-up and refresh — from the ribbon, the pane or the CLI — keeps
 * it; and the report of the columns that stay the person's, with the product's own beside them.
 */
import type { Language } from '../../domain/model';
import type { Book, Cell, Change } from '../book';
import { choiceHelp, choiceKey, choiceValue, sameColumn, type ColumnChoice } from '../ownership';
import type { TableId } from '../schema';
import { planFromState, type Plan } from './plan';
import { readWorkbook, type WorkbookState } from './state';

/** A column that carries one of the product's names but stays the person's. */
export interface YourColumn {
  table: TableId;
  /** The table's name in the workbook. */
  tableName: string;
  sheet: string;
  header: string;
  /** The product's field the header names: what handing it over would let the product write. */
  field: string;
  /** The product's own column for the same purpose, when the table has one ("Status (Klant Inzicht)"). */
  own?: string;
  /** The person said to keep it (recorded in Instellingen); else only its data says it is theirs. */
  kept: boolean;
}

/** Instellingen rows (key, value, help) for choices, for a settings table being created. */
export function choiceRows(choices: readonly ColumnChoice[], language: Language): Cell[][] {
  return choices.map((c) => [
    choiceKey(c.ref, language),
    choiceValue(c.owner, language),
    choiceHelp(c.ref, c.owner, language),
  ]);
}

/**
 * The changes that record this run's choices in the existing Instellingen: a changed answer is
 * rewritten in its own row, a new one appended. Nothing when there is no table to hold them (set-up
 * creating Instellingen writes them with choiceRows).
 */
export function choiceRecords(state: WorkbookState, language: Language): Change[] {
  const t = state.tables.get('settings');
  if (!t || state.choicesToRecord.length === 0) return [];
  const header = (field: string): string | undefined => {
    const i = t.binding.indexOf(field);
    return i === undefined ? undefined : t.snap.headers[i];
  };
  const key = header('key');
  const value = header('value');
  const help = header('help');
  if (!key || !value) return [];
  const rows = t.snap.values.length;
  const values: Cell[] = Array.from({ length: rows }, () => null);
  const helps: Cell[] = Array.from({ length: rows }, () => null);
  const appended: Record<string, Cell>[] = [];
  for (const c of state.choicesToRecord) {
    const at = state.columnChoices.find((x) => sameColumn(x.ref, c.ref))?.row;
    if (at === undefined) {
      appended.push({
        [key]: choiceKey(c.ref, language),
        [value]: choiceValue(c.owner, language),
        ...(help ? { [help]: choiceHelp(c.ref, c.owner, language) } : {}),
      });
      continue;
    }
    values[at] = choiceValue(c.owner, language);
    helps[at] = choiceHelp(c.ref, c.owner, language);
  }
  const changes: Change[] = [];
  if (values.some((v) => v !== null)) {
    changes.push({ kind: 'setColumn', table: t.snap.name, column: value, values });
    if (help) changes.push({ kind: 'setColumn', table: t.snap.name, column: help, values: helps });
  }
  if (appended.length > 0) changes.push({ kind: 'appendRows', table: t.snap.name, rows: appended });
  return changes;
}

/** The person's product-named columns, with the product's own column beside each as planned. */
export function yourColumns(state: WorkbookState, plan: Plan): YourColumn[] {
  const out: YourColumn[] = [];
  for (const [id, t] of state.tables) {
    const planned = plan.get(id);
    for (const p of t.personal) {
      const i = planned?.binding.indexOf(p.field);
      const own = i === undefined || i === p.index ? undefined : planned?.headers[i];
      out.push({
        table: id,
        tableName: t.snap.name,
        sheet: t.snap.sheet,
        header: p.header,
        field: p.field,
        ...(own ? { own } : {}),
        kept: p.kept,
      });
    }
  }
  return out;
}

/** What of the person's carries one of the product's names, as the workbook stands. */
export interface YourParts {
  columns: YourColumn[];
  /**
   * A sheet of the person's under the overview's name (never cleared), and the sheet the product's
   * overview uses instead.
   */
  sheet?: { name: string; overview: string };
}

/** The person's product-named columns and sheet; reads only. */
export async function findYourParts(book: Book): Promise<YourParts> {
  const state = await readWorkbook(book);
  const taken = state.overview.taken;
  return {
    columns: yourColumns(state, planFromState(state)),
    ...(taken ? { sheet: { name: taken, overview: state.overview.sheet } } : {}),
  };
}
