/**
 * Bank statements: parse (CAMT.053, bank CSV exports), recognise structured references, and
 * propose which invoices each incoming payment settles. Pure: text in, records out.
 *
 * Typical use by the workbook/CLI/UI:
 *   const statements = looksLikeCamt053(text) ? parseCamt053(text) : parseBankCsv(text, opts).statements;
 *   const results = matchEntries(statements.flatMap((s) => s.entries), matchContextFromLedger(ledger, today));
 *   const { fresh } = dedupe(results, ledger.payments);
 *   // show fresh[i].proposals; on confirmation: proposalToPayments(fresh[i], chosen) -> Payment rows
 */
export { parseAmountToCents, type DecimalFormat } from './amount';
export {
  DEFAULT_MAX_CHARS,
  looksLikeCamt053,
  normaliseIban,
  parseCamt053,
  type Camt053Options,
} from './camt053';
export {
  detectBankCsv,
  parseAbnDescription,
  parseBankCsv,
  parseBankDate,
  type BankCsvFormat,
  type ColumnRef,
  type CsvImportOptions,
  type CsvImportResult,
  type DateFormat,
  type GenericCsvMapping,
} from './csv';
export {
  buildMatchIndex,
  dedupe,
  matchContextFromLedger,
  NAME_ONLY_CEILING,
  NAME_ONLY_MIN_SIMILARITY,
  matchEntries,
  paymentUnits,
  paymentRows,
  proposalToPayments,
  reversedAmounts,
  type PaymentSource,
  unitMatcher,
  type Allocation,
  type MatchContext,
  type MatchCustomer,
  type MatchIndex,
  type MatchInvoice,
  type MatchResult,
  type Outcome,
  type PaymentUnit,
  type Proposal,
  type Reason,
  type ReasonCode,
} from './match';
export {
  betalingskenmerkCheckDigit,
  findReferences,
  formatBetalingskenmerk,
  generateBetalingskenmerk,
  generateOgm,
  generateRf,
  isValidBetalingskenmerk,
  isValidOgm,
  isValidRf,
  looksLikeReference,
  parseReference,
  type PaymentReference,
  type ReferenceKind,
} from './references';
export {
  assignEntryIds,
  contentHash,
  type Direction,
  type EntryDraft,
  type Statement,
  type StatementEntry,
  type TransactionDetail,
} from './statement';
export { invoiceKeyCandidates, invoiceNumberKey, nameSimilarity, nameTokens, normaliseText } from './text';
