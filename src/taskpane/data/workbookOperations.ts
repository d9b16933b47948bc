/**
 * The pane's operations over the workbook layer: the one place where the pane meets
 * src/workbook/operations. Each method adapts a workbook operation's result to what the views show.
 */
import { DomainError } from '../../domain/errors';
import { loadLedger } from '../../workbook/operations/loadLedger';
import { setUp } from '../../workbook/operations/setUp';
import type { PaneOperations, RowProblem, SetupPart } from './operations';

function notYet(name: string): () => Promise<never> {
  return () => Promise.reject(new DomainError('unsupported', `${name} is not available in this version of the workbook layer`));
}

export const workbookOperations: PaneOperations = {
  async setUp(book, { language }) {
    const r = await setUp(book, { language });
    const parts: SetupPart[] = [
      ...r.created.map((c) => ({ part: c.table, table: c.name, sheet: c.sheet, created: true, matched: c.columns, missing: [], unknown: [] })),
      ...r.adopted.map((a) => ({
        part: a.table,
        table: a.name,
        sheet: a.sheet,
        created: false,
        matched: a.matched.map((m) => m.header),
        missing: [...a.missing, ...a.added],
        unknown: a.unknown,
      })),
    ];
    return { parts };
  },
  async loadLedger(book) {
    const r = await loadLedger(book);
    const problems: RowProblem[] = [...r.errors, ...r.warnings].map((e) => ({
      sheet: e.sheet,
      table: e.table,
      row: e.row,
      column: e.column?.header,
      message: e.why,
    }));
    return { ledger: r.ledger, missingParts: r.missingTables, problems };
  },
  refreshAndSort: notYet('refreshAndSort'),
  appendInvoice: notYet('appendInvoice'),
  appendPayment: notYet('appendPayment'),
  appendContact: notYet('appendContact'),
  appendArrangement: notYet('appendArrangement'),
  setDispute: notYet('setDispute'),
  markReminderSent: notYet('markReminderSent'),
  saveSettings: notYet('saveSettings'),
};
