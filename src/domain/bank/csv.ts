/**
 * Bank CSV exports: ING, Rabobank, ABN AMRO (TXT), bunq, Knab, Triodos, and a generic CSV with a
 * column mapping the caller keeps. Layouts and where they were read: test/fixtures/bank/csv/SOURCES.md.
 *
 * Rows are numbered as a person sees them in a text editor (1 = the first line of the file,
 * header and banner lines included). A bad row is never dropped: it becomes a DomainError in
 * `errors` with {row, column, value} and the reason as message, and the good rows still come back.
 */
import Papa from 'papaparse';
import { DomainError, requireObject, requireText } from '../errors';
import { specFor } from './csvBanks';
import { rowError, type ColumnRef, type DateFormat, type Row } from './csvFields';
import { dateRange, setEntryIds, type Statement, type StatementEntry } from './statement';

export { parseAbnDescription } from './abnDescription';
export { parseBankDate, type ColumnRef, type DateFormat } from './csvFields';

export type BankCsvFormat = 'ing' | 'rabobank' | 'abnamro' | 'bunq' | 'knab' | 'triodos' | 'generic';

/** What the caller remembers for a bank we do not know. */
export interface GenericCsvMapping {
  hasHeader: boolean;
  /** Field delimiter; detected when absent. */
  delimiter?: string;
  dateFormat: DateFormat;
  decimal: '.' | ',';
  date: ColumnRef;
  /** One signed amount column… */
  amount?: ColumnRef;
  /** …or a positive amount with a column telling debit from credit… */
  sign?: { column: ColumnRef; debitValues: string[] };
  /** …or two columns, debit and credit. */
  debit?: ColumnRef;
  credit?: ColumnRef;
  name?: ColumnRef;
  iban?: ColumnRef;
  description?: ColumnRef;
  reference?: ColumnRef;
  /** Own account column, or a fixed own account (the file may not say). */
  account?: ColumnRef;
  accountIban?: string;
  currency?: string;
}

export interface CsvImportOptions {
  /** Force a format instead of detecting it. */
  format?: BankCsvFormat;
  /** Required for 'generic'. */
  mapping?: GenericCsvMapping;
  /** Refuse larger inputs at once. Default 50,000,000 characters. */
  maxChars?: number;
}

export interface CsvImportResult {
  format: BankCsvFormat;
  /** One statement per own account found in the file. */
  statements: Statement[];
  /** One located error per bad row (code, message = why, where = {row, column, value}). */
  errors: DomainError[];
  /** Data rows read (good + bad), for a "12 read, 1 refused" line. */
  rowCount: number;
}

const ING_HEADER = ['datum', 'naam/omschrijving', 'rekening', 'tegenrekening', 'code', 'afbij'];
const RABO_HEADER = ['iban/bban', 'munt', 'bic', 'volgnr', 'datum'];
const BUNQ_HEADER = ['date', 'interestdate', 'amount'];
const KNAB_HEADER = ['rekeningnummer', 'transactiedatum', 'valutacode', 'creditdebet', 'bedrag'];

/** Which bank wrote this export, judged by its header (or the shape of the headerless ones). */
export function detectBankCsv(text: string): BankCsvFormat | undefined {
  requireText(text, 'text');
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 3);
  const first = lines[0] ?? '';
  const keys = (line: string) => splitLoose(line).map(headerKey);
  const startsWith = (line: string, header: string[]) => header.every((h, i) => keys(line)[i] === h);
  if (/^KNAB EXPORT/i.test(first.replace(/"/g, '')) && lines[1] && startsWith(lines[1], KNAB_HEADER))
    return 'knab';
  if (startsWith(first, KNAB_HEADER)) return 'knab';
  if (startsWith(first, ING_HEADER)) return 'ing';
  if (startsWith(first, RABO_HEADER)) return 'rabobank';
  if (startsWith(first, BUNQ_HEADER)) return 'bunq';
  const tabs = first.split('\t');
  if (tabs.length === 8 && /^\d{8}$/.test(tabs[2] ?? '') && /^[A-Z]{3}$/.test(tabs[1] ?? ''))
    return 'abnamro';
  const cells = splitLoose(first);
  if (/^\d{2}-\d{2}-\d{4}$/.test(cells[0] ?? '') && /^(Debet|Credit)$/i.test(cells[3] ?? ''))
    return 'triodos';
  return undefined;
}

export function parseBankCsv(text: string, options: CsvImportOptions = {}): CsvImportResult {
  requireText(text, 'text');
  requireObject(options, 'options');
  const maxChars = options.maxChars ?? 50_000_000;
  if (text.length > maxChars) {
    throw new DomainError(
      'invalid-input',
      `file too large for a bank export: ${text.length} characters (limit ${maxChars})`,
      {
        value: text.length,
      },
    );
  }
  const clean = text.replace(/^\uFEFF/, '');
  const format = options.format ?? detectBankCsv(clean);
  if (!format) {
    const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
    throw new DomainError(
      'unsupported',
      `unknown bank export; first line: ${JSON.stringify(firstLine.slice(0, 120))}. Use the generic CSV with a column mapping.`,
      {
        row: 1,
        value: firstLine.slice(0, 120),
      },
    );
  }
  if (format === 'generic' && !options.mapping) {
    throw new DomainError('invalid-input', 'the generic CSV import needs a column mapping', {
      path: 'mapping',
    });
  }
  const spec = specFor(format, options.mapping);
  const errors: DomainError[] = [];
  const byAccount = new Map<string, StatementEntry[]>();
  let header: string[] | undefined;
  // Each column name is looked up in the header once per file, not once per row.
  const positions = new Map<ColumnRef, number>();
  const positionOf = (ref: ColumnRef): number => {
    if (typeof ref === 'number') return ref;
    let index = positions.get(ref);
    if (index === undefined) positions.set(ref, (index = header?.indexOf(headerKey(ref)) ?? -1));
    return index;
  };
  // One reader over the row at hand rather than a closure per row: a file may hold a million.
  let row: Row = { line: 0, cells: [] };
  const col = (ref: ColumnRef): string => {
    const index = positionOf(ref);
    if (index < 0)
      throw rowError(row, String(ref), undefined, `column ${JSON.stringify(ref)} is not in the header`);
    return (row.cells[index] ?? '').trim();
  };
  const readRow = (next: Row): void => {
    row = next;
    try {
      if (spec.minColumns && row.cells.length < spec.minColumns) {
        throw rowError(
          row,
          undefined,
          row.cells.join(spec.delimiter ?? ','),
          `expected at least ${spec.minColumns} columns, found ${row.cells.length}`,
        );
      }
      const { account, draft } = spec.read(row, col);
      const list = byAccount.get(account);
      if (list) list.push(draft);
      else byAccount.set(account, [draft]);
    } catch (e) {
      if (e instanceof DomainError)
        errors.push(e.where.row ? e : new DomainError(e.code, e.message, { ...e.where, row: row.line }));
      else throw e;
    }
  };
  let seen = 0;
  let start = 0;
  let rowCount = 0;
  forEachRow(clean, spec.delimiter, (row) => {
    const k = seen++;
    // Knab puts a banner line above its header.
    if (k === 0 && format === 'knab' && /^KNAB EXPORT/i.test(row.cells[0] ?? '')) start = 1;
    else if (spec.hasHeader && k === start) header = row.cells.map(headerKey);
    else {
      rowCount += 1;
      readRow(row);
    }
  });
  const statements: Statement[] = [...byAccount].map(([account, entries]) => {
    setEntryIds(account, entries);
    const range = dateRange(entries);
    return {
      accountIban: account,
      statementId: `${format}:${account}:${range.fromDate ?? ''}..${range.toDate ?? ''}`,
      ...range,
      entries,
    };
  });
  return { format, statements, errors, rowCount };
}

function headerKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/"/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function splitLoose(line: string): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter: '', header: false });
  return (parsed.data[0] ?? []).map((c) => c.trim());
}

/**
 * Hands each row of the file to `onRow` with its 1-based line number as it is parsed; blank lines
 * are not rows. Row by row, so a million-line export never exists as a million cell arrays at once.
 */
function forEachRow(text: string, delimiter: string | undefined, onRow: (row: Row) => void): void {
  // Count physical lines so a quoted field with a line break keeps later row numbers right.
  let line = 1;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : {}),
    step: (result) => {
      const cells = result.data;
      let physical = 1;
      for (const c of cells) if (c.includes('\n')) physical += c.match(/\r?\n/g)?.length ?? 0;
      if (!(cells.length === 1 && (cells[0] ?? '').trim() === '')) onRow({ line, cells });
      line += physical;
    },
  });
}
