/** The workbook operations the task pane, the ribbon command and the CLI call. */
export { setUp, setUpLanguage, type SetUpReport } from './setUp';
export { loadLedger, type LoadResult } from './loadLedger';
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
  type ImportPreview,
  type ImportEntry,
  type ImportProblem,
  type ImportResult,
  type SkipReason,
  type EntryFlag,
} from './importStatement';
export { overviewOf } from './overview';
export { repairTextCells, type RepairResult } from './repairText';
