/** The workbook operations the task pane, the ribbon command and the CLI call. */
export { setUp, type SetUpOptions, type SetUpReport, type AdoptedTable } from './setUp';
export { loadLedger, type LoadResult, type SkippedRows } from './loadLedger';
export { refreshAndSort, type RefreshResult } from './refresh';
export {
  appendInvoice,
  appendPayment,
  appendContact,
  appendArrangement,
  setDispute,
  markReminderSent,
  saveSettings,
  nextInvoiceNumber,
  type AppendResult,
} from './append';
export {
  previewImport,
  applyImport,
  type ImportInput,
  type ApplyImportInput,
  type ImportAcceptance,
  type ImportPreview,
  type ImportEntry,
  type ImportProposal,
  type ImportAllocation,
  type ImportProblem,
  type ImportResult,
  type ImportAdded,
  type ImportSkipped,
  type SkipReason,
  type EntryFlag,
  type StatementFormat,
} from './importStatement';
export { overviewOf } from './overview';
export type { RowError } from '../codec';
export { repairTextCells, type RepairResult, type TextConversion } from './repairText';
