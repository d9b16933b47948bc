/**
 * The pieces every bank's CSV reader uses: a row's amount, date and account read into an entry
 * draft, each failure a DomainError located at the row and column as a person sees them.
 *
 * A statement repeats the same own account, the same few hundred payers' IBANs and the same few
 * hundred dates on every line: those are read once per distinct text (memo below), so a million
 * lines do not validate a million IBAN checksums.
 */
import { isIsoDate, type IsoDate } from '../dates';
import { DomainError, requireText } from '../errors';
import { cents } from '../money';
import { parseAmountToCents, type DecimalFormat } from './amount';
import { normaliseIban } from './camt053';
import type { StatementEntry } from './statement';

export type DateFormat = 'yyyy-mm-dd' | 'yyyymmdd' | 'dd-mm-yyyy' | 'dd/mm/yyyy' | 'dd.mm.yyyy';

/** A column by its header text (case and spaces ignored) or by 0-based position. */
export type ColumnRef = string | number;

export interface Row {
  line: number;
  cells: string[];
}

/** A row read into the common shape, before ids. */
export type Reader = (
  row: Row,
  col: (name: ColumnRef) => string,
) => { account: string; draft: StatementEntry };

/**
 * A pure function's answers by their text, forgotten wholesale past `limit` distinct texts, so
 * memory stays bounded whatever the file holds.
 */
function memo<T>(f: (text: string) => T, limit = 50_000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = f(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}

/** An IBAN in electronic format when it is one (checksum checked), else the text without spaces. */
const accountKey = memo((raw: string): string => normaliseIban(raw) ?? raw.replace(/\s+/g, ''));

export interface Fields {
  bookingDate: IsoDate;
  valueDate?: IsoDate | undefined;
  amountCents: number;
  currency?: string;
  name: string;
  iban: string;
  remittance: string;
  reference?: string;
  endToEndId?: string;
  bankReference?: string | undefined;
  reversal?: boolean;
}

/** The references of the many entries without one: one list, never changed. */
const NO_REFERENCES: readonly string[] = Object.freeze([]);

export function entry(
  row: Row,
  accountColumn: string,
  accountRaw: string,
  f: Fields,
): { account: string; draft: StatementEntry } {
  if (!accountRaw) throw rowError(row, accountColumn, accountRaw, 'own account is empty');
  const account = accountKey(accountRaw);
  const iban = f.iban ? accountKey(f.iban) : undefined;
  const amountCents = cents(f.amountCents === 0 ? 0 : f.amountCents);
  // One literal with every field (absent ones undefined) in the order the spreads gave: its fields
  // live in the object itself, where adding them one by one grew a separate property store per
  // entry (a statement may hold a million). The id is set in place later (setEntryIds).
  const reference = f.reference || undefined;
  const endToEndId = f.endToEndId && f.endToEndId !== 'NOTPROVIDED' ? f.endToEndId : undefined;
  const draft: StatementEntry = {
    id: '',
    bookingDate: f.bookingDate,
    valueDate: f.valueDate || undefined,
    amountCents,
    currency: f.currency ?? 'EUR',
    direction: amountCents < 0 ? 'debit' : 'credit',
    reversal: f.reversal ?? false,
    booked: true,
    counterpartyName: f.name || undefined,
    counterpartyIban: iban,
    remittance: f.remittance,
    structuredReference: reference,
    structuredReferences: reference ? [reference] : NO_REFERENCES,
    endToEndId,
    bankReference: f.bankReference || undefined,
  };
  return { account, draft };
}

export function amount(row: Row, column: string, value: string, fmt: DecimalFormat): number {
  if (value === '') throw rowError(row, column, value, 'amount is empty', 'invalid-amount');
  try {
    return parseAmountToCents(value, fmt);
  } catch (e) {
    if (e instanceof DomainError) throw rowError(row, column, value, e.message, 'invalid-amount');
    throw e;
  }
}

const DATE_SHAPES: Record<DateFormat, RegExp> = {
  'yyyy-mm-dd': /^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})$/,
  yyyymmdd: /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/,
  'dd-mm-yyyy': /^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})$/,
  'dd/mm/yyyy': /^(?<d>\d{1,2})\/(?<m>\d{1,2})\/(?<y>\d{4})$/,
  'dd.mm.yyyy': /^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$/,
};

/** Reads a date in the given layout; throws a located error. Exported for the generic mapping UI. */
export function parseBankDate(value: string, format: DateFormat): IsoDate | undefined {
  requireText(value, 'value');
  if (!Object.prototype.hasOwnProperty.call(DATE_SHAPES, format)) {
    throw new DomainError('invalid-input', `unknown date format ${JSON.stringify(format)}`, {
      path: 'format',
      value: format,
    });
  }
  const g = DATE_SHAPES[format].exec(value.trim())?.groups;
  if (!g) return undefined;
  const iso = `${g['y']}-${(g['m'] ?? '').padStart(2, '0')}-${(g['d'] ?? '').padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

const datesByFormat = new Map<DateFormat, (value: string) => IsoDate | undefined>();

export function date(row: Row, column: string, value: string, format: DateFormat): IsoDate {
  let read = datesByFormat.get(format);
  if (!read) datesByFormat.set(format, (read = memo((v) => parseBankDate(v, format))));
  const iso = read(value);
  if (!iso) throw rowError(row, column, value, `not a date in the form ${format}`, 'invalid-date');
  return iso;
}

export function optionalDate(
  row: Row,
  column: string,
  value: string,
  format: DateFormat,
): IsoDate | undefined {
  return value === '' ? undefined : date(row, column, value, format);
}

export function rowError(
  row: Row,
  column: string | undefined,
  value: unknown,
  why: string,
  code: 'invalid-input' | 'invalid-amount' | 'invalid-date' = 'invalid-input',
): DomainError {
  return new DomainError(code, `row ${row.line}${column ? `, column ${column}` : ''}: ${why}`, {
    row: row.line,
    ...(column ? { column } : {}),
    value,
  });
}

export function safe(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
}
