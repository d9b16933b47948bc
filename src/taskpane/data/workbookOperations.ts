/**
 * The pane's operations over the workbook layer: the one place where the pane meets
 * src/workbook/operations. Each method adapts a workbook operation's result to what the views
 * show; a write the workbook refuses (AppendResult.ok false) becomes a DomainError located at the
 * sheet, row and column the workbook named, so the form can show it where it happened.
 */
import { DomainError } from '../../domain/errors';
import type { RowError } from '../../workbook/codec';
import type { AppendResult } from '../../workbook/operations/append';
import type { PaneOperations, RowProblem, SetupPart } from './operations';

/**
 * Reading the workbook (the codec, the tables' bindings, the settings reader) loads on first use,
 * as everything below does: the demo draws its first view from what the build computed and reads
 * only after a change, and the pane in Excel asks for it beside the Office host (main.tsx), so it
 * arrives in the same round trip and its parsing stays out of the entry's. (zod stays in the entry:
 * the domain's ladder checks a custom ladder with the model's schema.)
 */
export const loadReading = () =>
  import(/* webpackChunkName: "read" */ '../../workbook/operations/loadLedger');
// Setting up, writing and refreshing: what they pull in (the overview builder, reminders,
// ibantools) stays out of the first view.
const writes = () => import('../../workbook/operations/append');
const bankImport = () => import('../../workbook/operations/importStatement');
const ranges = () => import('../../workbook/operations/ranges');
const invoiceImport = () => import('../../workbook/operations/importInvoices');
const columnChoices = () => import('../../workbook/operations/columnChoices');

function located(e: RowError): DomainError {
  return new DomainError('invalid-input', e.why, {
    sheet: e.sheet,
    row: e.row,
    column: e.column?.header,
    value: e.value,
  });
}

async function checked(result: Promise<AppendResult>): Promise<void> {
  const r = await result;
  if (r.ok) return;
  const first = r.errors[0];
  throw first ? located(first) : new DomainError('invalid-input', 'the workbook refused the change');
}

export const workbookOperations: PaneOperations = {
  async setUp(book, { language, adoptColumns, keepColumns }) {
    const { setUp } = await import('../../workbook/operations/setUp');
    const r = await setUp(book, {
      language,
      ...(adoptColumns ? { adoptColumns } : {}),
      ...(keepColumns ? { keepColumns } : {}),
    });
    const parts: SetupPart[] = [
      ...r.created.map((c) => ({
        part: c.table,
        table: c.name,
        sheet: c.sheet,
        created: true,
        matched: c.columns,
        added: [],
        missing: [],
        unknown: [],
      })),
      ...r.adopted.map((a) => ({
        part: a.table,
        table: a.name,
        sheet: a.sheet,
        created: false,
        matched: a.matched.map((m) => m.header),
        added: a.added,
        missing: a.missing,
        unknown: a.unknown,
      })),
    ];
    return {
      parts,
      skipped: r.skipped.map((s) => ({ part: s.table, sheet: s.sheet, why: s.why })),
      keptTyped: r.keptTyped,
    };
  },
  findYourParts: async (book) => (await columnChoices()).findYourParts(book),
  async loadLedger(book) {
    const r = await (await loadReading()).loadLedger(book);
    const problems: RowProblem[] = [...r.errors, ...r.warnings].map((e) => ({
      sheet: e.sheet,
      table: e.table,
      row: e.row,
      column: e.column?.header,
      message: e.why,
    }));
    return { ledger: r.ledger, missingParts: r.missingTables, problems };
  },
  async refreshAndSort(book, { today }) {
    const [{ refreshAndSort }, { unaskedColumns }] = await Promise.all([
      import('../../workbook/operations/refresh'),
      import('../../workbook/yoursNote'),
    ]);
    return unaskedColumns(await refreshAndSort(book, { today }));
  },
  appendInvoice: async (book, invoice) => checked((await writes()).appendInvoice(book, invoice)),
  appendPayment: async (book, payment) => checked((await writes()).appendPayment(book, payment)),
  appendContact: async (book, entry) => checked((await writes()).appendContact(book, entry)),
  appendArrangement: async (book, arrangement) =>
    checked((await writes()).appendArrangement(book, arrangement)),
  setDispute: async (book, d) =>
    checked(
      (await writes()).setDispute(book, {
        invoiceNumber: d.invoiceNumber,
        since: d.disputedSince,
        note: d.disputeNote,
        resolvedOn: d.disputeResolvedOn,
      }),
    ),
  markReminderSent: async (book, sent) => checked((await writes()).markReminderSent(book, sent)),
  async saveSettings(book, settings) {
    const r = await (await writes()).saveSettings(book, settings);
    // A refused save carries each problem in both languages: Instellingen shows them in the pane's.
    if (!r.ok && r.errors.length > 0) {
      const { isSettingsProblem, SettingsRefused } = await import('../../workbook/settingsRefusal');
      if (r.errors.every(isSettingsProblem)) throw new SettingsRefused(r.errors);
    }
    return checked(Promise.resolve(r));
  },
  previewImport: async (book, input) => (await bankImport()).previewImport(book, input),
  applyImport: async (book, input) => (await bankImport()).applyImport(book, input),
  importInvoices: async (book, files, options) =>
    (await invoiceImport()).importInvoices(book, files, options),
  findRanges: async (book, { language }) => (await ranges()).findLists(book, { language }),
  extendTables: async (book, { language }) => (await ranges()).extendTables(book, { language }),
  tablesFromRanges: async (book, { language }) => (await ranges()).tablesFromRanges(book, { language }),
};
