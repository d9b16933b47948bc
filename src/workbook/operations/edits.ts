/**
 * The person's explicit edits of what is there: a dispute on one invoice, the settings in
 * Instellingen. Each: one read, one apply; a bad request changes nothing.
 */
import type { IsoDate } from '../../domain/dates';
import type { Settings } from '../../domain/model';
import type { Book, Cell, Change } from '../book';
import { encodeFields } from '../codec';
import { INVOICES } from '../schema';
import { planSettingsWrite } from '../settingsWrite';
import { refusalText, type SettingsProblem } from '../settingsRefusal';
import { missingColumn } from '../settingsTable';
import { addMissing, missingTable, problem, type AppendResult } from './appendRecords';
import { ledgerFromState } from './loadLedger';
import { planFromState } from './plan';
import { readWorkbook } from './state';

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

/**
 * Writes settings into Instellingen (settingsWrite.ts): existing keys updated in place, new keys
 * appended; refused, changing nothing, when it would overwrite rows whose reading left something out.
 */
export async function saveSettings(book: Book, settings: Settings): Promise<AppendResult> {
  const state = await readWorkbook(book);
  const miss = missingTable(state, 'settings');
  if (miss) return miss;
  const t = state.tables.get('settings');
  if (!t) return { ok: false, rows: [], errors: [] };
  const absent =
    t.binding.indexOf('key') === undefined
      ? 'key'
      : t.binding.indexOf('value') === undefined
        ? 'value'
        : null;
  if (absent) {
    // At the header row, where the column is missing, and in both languages like every settings refusal.
    const missing = missingColumn(t.snap, absent, state.language);
    const reason = { ...missing.reason, nl: refusalText(missing, 'nl'), en: refusalText(missing, 'en') };
    const refused: SettingsProblem = { ...missing, reason, why: reason[state.language] };
    return { ok: false, rows: [], errors: [refused] };
  }
  const plan = await planSettingsWrite(
    t.snap,
    t.binding,
    state.dateSystem,
    state.language,
    settings,
    state.aliases,
  );
  if (!plan.ok) return { ok: false, rows: [], errors: plan.refused };
  const { changes } = plan;
  if (changes.length > 0) await book.apply(changes);
  return { ok: true, errors: [], rows: [] };
}
