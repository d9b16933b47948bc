/**
 * Bank CSV exports: ING, Rabobank, ABN AMRO (TXT), bunq, Knab, Triodos, and a generic CSV with a
 * column mapping the caller keeps. Layouts and where they were read: test/fixtures/bank/csv/SOURCES.md.
 *
 * Rows are numbered as a person sees them in a text editor (1 = the first line of the file,
 * header and banner lines included). A bad row is never dropped: it becomes a DomainError in
 * `errors` with {row, column, value} and the reason as message, and the good rows still come back.
 */
import Papa from 'papaparse';
import { isIsoDate, type IsoDate } from '../dates';
import { DomainError, requireObject, requireText } from '../errors';
import { parseAmountToCents, type DecimalFormat } from './amount';
import { normaliseIban } from './camt053';
import { assignEntryIds, dateRange, type EntryDraft, type Statement } from './statement';

export type BankCsvFormat = 'ing' | 'rabobank' | 'abnamro' | 'bunq' | 'knab' | 'triodos' | 'generic';

export type DateFormat = 'yyyy-mm-dd' | 'yyyymmdd' | 'dd-mm-yyyy' | 'dd/mm/yyyy' | 'dd.mm.yyyy';

/** A column by its header text (case and spaces ignored) or by 0-based position. */
export type ColumnRef = string | number;

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

interface Row {
  line: number;
  cells: string[];
}

/** A row read into the common shape, before ids. */
type Reader = (row: Row, col: (name: ColumnRef) => string) => { account: string; draft: EntryDraft };

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
  const rows = readRows(clean, spec.delimiter);
  let start = 0;
  // Knab puts a banner line above its header.
  if (format === 'knab' && /^KNAB EXPORT/i.test(rows[0]?.cells[0] ?? '')) start = 1;
  let header: string[] | undefined;
  if (spec.hasHeader) {
    header = rows[start]?.cells.map(headerKey);
    start += 1;
  }
  const errors: DomainError[] = [];
  const byAccount = new Map<string, EntryDraft[]>();
  const dataRows = rows.slice(start);
  for (const row of dataRows) {
    const col = (ref: ColumnRef): string => {
      const index = typeof ref === 'number' ? ref : (header?.indexOf(headerKey(ref)) ?? -1);
      if (index < 0)
        throw rowError(row, String(ref), undefined, `column ${JSON.stringify(ref)} is not in the header`);
      return (row.cells[index] ?? '').trim();
    };
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
      const list = byAccount.get(account) ?? [];
      list.push(draft);
      byAccount.set(account, list);
    } catch (e) {
      if (e instanceof DomainError)
        errors.push(e.where.row ? e : new DomainError(e.code, e.message, { ...e.where, row: row.line }));
      else throw e;
    }
  }
  const statements: Statement[] = [...byAccount].map(([account, drafts]) => {
    const entries = assignEntryIds(account, drafts);
    const range = dateRange(entries);
    return {
      accountIban: account,
      statementId: `${format}:${account}:${range.fromDate ?? ''}..${range.toDate ?? ''}`,
      ...range,
      entries,
    };
  });
  return { format, statements, errors, rowCount: dataRows.length };
}

// ---------------------------------------------------------------- the banks

interface Spec {
  delimiter?: string;
  hasHeader: boolean;
  minColumns?: number;
  read: Reader;
}

function specFor(format: BankCsvFormat, mapping?: GenericCsvMapping): Spec {
  switch (format) {
    case 'ing':
      // Datum;Naam / Omschrijving;Rekening;Tegenrekening;Code;Af Bij;Bedrag (EUR);Mutatiesoort;Mededelingen[;Saldo na mutatie;Tag]
      return {
        hasHeader: true,
        read: (row, col) => {
          const afBij = col('Af Bij').toLowerCase();
          if (afBij !== 'af' && afBij !== 'bij')
            throw rowError(row, 'Af Bij', col('Af Bij'), 'expected "Af" or "Bij"');
          const cents = amount(row, 'Bedrag (EUR)', col('Bedrag (EUR)'), { decimal: ',', grouping: true });
          return entry(row, 'Rekening', col('Rekening'), {
            bookingDate: date(row, 'Datum', col('Datum'), 'yyyymmdd'),
            amountCents: afBij === 'af' ? -Math.abs(cents) : Math.abs(cents),
            name: col('Naam / Omschrijving'),
            iban: col('Tegenrekening'),
            remittance: col('Mededelingen'),
          });
        },
      };
    case 'rabobank':
      return {
        hasHeader: true,
        read: (row, col) => {
          const returned = col('Reden retour');
          return entry(row, 'IBAN/BBAN', col('IBAN/BBAN'), {
            bookingDate: date(row, 'Datum', col('Datum'), 'yyyy-mm-dd'),
            valueDate: optionalDate(row, 'Rentedatum', col('Rentedatum'), 'yyyy-mm-dd'),
            amountCents: amount(row, 'Bedrag', col('Bedrag'), { decimal: ',' }),
            currency: col('Munt') || 'EUR',
            name: col('Naam tegenpartij'),
            iban: col('Tegenrekening IBAN/BBAN'),
            remittance: [col('Omschrijving-1'), col('Omschrijving-2'), col('Omschrijving-3')]
              .filter(Boolean)
              .join(' '),
            reference: col('Betalingskenmerk'),
            endToEndId: col('Transactiereferentie'),
            bankReference: col('Volgnr'),
            reversal: returned !== '',
          });
        },
      };
    case 'abnamro':
      // Rekeningnummer, Muntsoort, Transactiedatum, Beginsaldo, Eindsaldo, Rentedatum, Transactiebedrag, Omschrijving
      return {
        delimiter: '\t',
        hasHeader: false,
        minColumns: 8,
        read: (row, col) => {
          const description = col(7);
          const parsed = parseAbnDescription(description);
          return entry(row, 'Rekeningnummer', col(0), {
            bookingDate: date(row, 'Transactiedatum', col(2), 'yyyymmdd'),
            valueDate: optionalDate(row, 'Rentedatum', col(5), 'yyyymmdd'),
            amountCents: amount(row, 'Transactiebedrag', col(6), { decimal: ',', grouping: true }),
            currency: col(1) || 'EUR',
            name: parsed.name ?? '',
            iban: parsed.iban ?? '',
            remittance: parsed.remittance ?? description,
            endToEndId: parsed.endToEndId ?? '',
          });
        },
      };
    case 'bunq':
      // "Date";"Interest Date";"Amount";["Account";]"Counterparty";"Name";"Description"
      return {
        hasHeader: true,
        read: (row, col) =>
          entry(row, 'Account', safe(() => col('Account')) || 'bunq', {
            bookingDate: date(row, 'Date', col('Date'), 'yyyy-mm-dd'),
            valueDate: optionalDate(row, 'Interest Date', col('Interest Date'), 'yyyy-mm-dd'),
            amountCents: amount(row, 'Amount', col('Amount'), {
              decimal: col('Amount').includes(',') ? ',' : '.',
              grouping: true,
            }),
            name: col('Name'),
            iban: col('Counterparty'),
            remittance: col('Description'),
          }),
      };
    case 'knab':
      return {
        hasHeader: true,
        read: (row, col) => {
          const cd = col('CreditDebet').toUpperCase();
          if (cd !== 'C' && cd !== 'D')
            throw rowError(row, 'CreditDebet', col('CreditDebet'), 'expected "C" or "D"');
          const cents = Math.abs(amount(row, 'Bedrag', col('Bedrag'), { decimal: ',', grouping: true }));
          return entry(row, 'Rekeningnummer', col('Rekeningnummer'), {
            bookingDate: date(row, 'Transactiedatum', col('Transactiedatum'), 'dd-mm-yyyy'),
            valueDate: optionalDate(row, 'Valutadatum', col('Valutadatum'), 'dd-mm-yyyy'),
            amountCents: cd === 'D' ? -cents : cents,
            currency: col('Valutacode') || 'EUR',
            name: col('Tegenrekeninghouder'),
            iban: col('Tegenrekeningnummer'),
            remittance: col('Omschrijving'),
            bankReference: safe(() => col('Referentie')),
          });
        },
      };
    case 'triodos':
      // No header: Datum, Rekeningnummer, Bedrag, Debet/Credit, Naam tegenrekening, Tegenrekening, Code, Omschrijving[, Saldo]
      return {
        hasHeader: false,
        minColumns: 8,
        read: (row, col) => {
          const dc = col(3).toLowerCase();
          if (dc !== 'debet' && dc !== 'credit')
            throw rowError(row, 'Debet/Credit', col(3), 'expected "Debet" or "Credit"');
          const cents = Math.abs(amount(row, 'Bedrag', col(2), { decimal: ',', grouping: true }));
          return entry(row, 'Rekeningnummer', col(1), {
            bookingDate: date(row, 'Datum', col(0), 'dd-mm-yyyy'),
            amountCents: dc === 'debet' ? -cents : cents,
            name: col(4),
            iban: col(5),
            remittance: col(7),
          });
        },
      };
    case 'generic':
      return genericSpec(mapping as GenericCsvMapping);
  }
}

function genericSpec(m: GenericCsvMapping): Spec {
  const has = (ref: ColumnRef | undefined): ref is ColumnRef => ref !== undefined && ref !== '';
  if (!has(m.amount) && !(has(m.debit) && has(m.credit))) {
    throw new DomainError(
      'invalid-input',
      'the mapping needs an amount column, or both a debit and a credit column',
      { path: 'mapping.amount' },
    );
  }
  if (!has(m.account) && !m.accountIban) {
    throw new DomainError('invalid-input', 'the mapping needs the own account: a column or a fixed IBAN', {
      path: 'mapping.accountIban',
    });
  }
  const fmt: DecimalFormat = { decimal: m.decimal, grouping: true };
  const label = (ref: ColumnRef) => String(ref);
  return {
    ...(m.delimiter ? { delimiter: m.delimiter } : {}),
    hasHeader: m.hasHeader,
    read: (row, col) => {
      let cents: number;
      if (has(m.amount)) {
        cents = amount(row, label(m.amount), col(m.amount), fmt);
        if (m.sign) {
          const v = col(m.sign.column).toLowerCase();
          const isDebit = m.sign.debitValues.some((d) => d.toLowerCase() === v);
          cents = isDebit ? -Math.abs(cents) : Math.abs(cents);
        }
      } else {
        const d = col(m.debit as ColumnRef);
        const c = col(m.credit as ColumnRef);
        if ((d === '') === (c === '')) {
          throw rowError(
            row,
            `${label(m.debit as ColumnRef)}/${label(m.credit as ColumnRef)}`,
            `${d}|${c}`,
            'exactly one of debit and credit must hold an amount',
          );
        }
        cents =
          d !== ''
            ? -Math.abs(amount(row, label(m.debit as ColumnRef), d, fmt))
            : Math.abs(amount(row, label(m.credit as ColumnRef), c, fmt));
      }
      const account = has(m.account) ? col(m.account) : (m.accountIban as string);
      return entry(row, has(m.account) ? label(m.account) : 'account', account, {
        bookingDate: date(row, label(m.date), col(m.date), m.dateFormat),
        amountCents: cents,
        currency: m.currency ?? 'EUR',
        name: has(m.name) ? col(m.name) : '',
        iban: has(m.iban) ? col(m.iban) : '',
        remittance: has(m.description) ? col(m.description) : '',
        reference: has(m.reference) ? col(m.reference) : '',
      });
    },
  };
}

// ---------------------------------------------------------------- pieces

interface Fields {
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

function entry(
  row: Row,
  accountColumn: string,
  accountRaw: string,
  f: Fields,
): { account: string; draft: EntryDraft } {
  if (!accountRaw) throw rowError(row, accountColumn, accountRaw, 'own account is empty');
  const account = normaliseIban(accountRaw) ?? accountRaw.replace(/\s+/g, '');
  const iban = f.iban ? (normaliseIban(f.iban) ?? f.iban.replace(/\s+/g, '')) : undefined;
  const refs = f.reference ? [f.reference] : [];
  const amountCents = f.amountCents === 0 ? 0 : f.amountCents;
  return {
    account,
    draft: {
      bookingDate: f.bookingDate,
      ...(f.valueDate ? { valueDate: f.valueDate } : {}),
      amountCents,
      currency: f.currency ?? 'EUR',
      direction: amountCents < 0 ? 'debit' : 'credit',
      reversal: f.reversal ?? false,
      booked: true,
      ...(f.name ? { counterpartyName: f.name } : {}),
      ...(iban ? { counterpartyIban: iban } : {}),
      remittance: f.remittance,
      ...(refs[0] ? { structuredReference: refs[0] } : {}),
      structuredReferences: refs,
      ...(f.endToEndId && f.endToEndId !== 'NOTPROVIDED' ? { endToEndId: f.endToEndId } : {}),
      ...(f.bankReference ? { bankReference: f.bankReference } : {}),
    },
  };
}

function amount(row: Row, column: string, value: string, fmt: DecimalFormat): number {
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

function date(row: Row, column: string, value: string, format: DateFormat): IsoDate {
  const iso = parseBankDate(value, format);
  if (!iso) throw rowError(row, column, value, `not a date in the form ${format}`, 'invalid-date');
  return iso;
}

function optionalDate(row: Row, column: string, value: string, format: DateFormat): IsoDate | undefined {
  return value === '' ? undefined : date(row, column, value, format);
}

function rowError(
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

function safe(f: () => string): string {
  try {
    return f();
  } catch {
    return '';
  }
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

/** Parses the file into rows with their 1-based line numbers; blank lines are not rows. */
function readRows(text: string, delimiter?: string): Row[] {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    ...(delimiter ? { delimiter } : {}),
  });
  const rows: Row[] = [];
  // Count physical lines so a quoted field with a line break keeps later row numbers right.
  let line = 1;
  for (const cells of parsed.data) {
    const physical = 1 + cells.reduce((n, c) => n + (c.match(/\r?\n/g)?.length ?? 0), 0);
    if (!(cells.length === 1 && (cells[0] ?? '').trim() === '')) rows.push({ line, cells });
    line += physical;
  }
  return rows;
}

/**
 * ABN AMRO packs counterparty, IBAN and remittance into its description, in a SEPA slash form
 * ("/TRTP/SEPA OVERBOEKING/IBAN/NL…/BIC/…/NAME/…/REMI/…/EREF/…") or a labelled form
 * ("SEPA Overboeking IBAN: NL… BIC: … Naam: … Omschrijving: … Kenmerk: …").
 */
export function parseAbnDescription(description: string): {
  name?: string;
  iban?: string;
  remittance?: string;
  endToEndId?: string;
} {
  requireText(description, 'description');
  const d = description.trim();
  if (d.startsWith('/TRTP/')) {
    const parts = d.split('/');
    const get = (key: string): string | undefined => {
      const i = parts.indexOf(key);
      if (i < 0) return undefined;
      // A value may contain slashes: read up to the next known key.
      const keys = new Set([
        'TRTP',
        'CSID',
        'NAME',
        'MARF',
        'REMI',
        'EREF',
        'IBAN',
        'BIC',
        'ORDP',
        'BENM',
        'ID',
        'ADDR',
      ]);
      const out: string[] = [];
      for (let j = i + 1; j < parts.length && !keys.has(parts[j] ?? ''); j++) out.push(parts[j] ?? '');
      const v = out.join('/').trim();
      return v || undefined;
    };
    const eref = get('EREF');
    return {
      ...opt('name', get('NAME')),
      ...opt('iban', get('IBAN')),
      ...opt('remittance', get('REMI')),
      ...opt('endToEndId', eref === 'NOTPROVIDED' ? undefined : eref),
    };
  }
  if (/^SEPA /i.test(d)) {
    const labels = ['IBAN', 'BIC', 'Naam', 'Omschrijving', 'Kenmerk', 'Machtiging', 'Incassant'];
    const re = new RegExp(`(${labels.join('|')}):\\s*`, 'g');
    const found: Record<string, string> = {};
    const marks = [...d.matchAll(re)];
    marks.forEach((m, i) => {
      const start = (m.index ?? 0) + m[0].length;
      const end = marks[i + 1]?.index ?? d.length;
      found[m[1] ?? ''] = d.slice(start, end).trim();
    });
    const kenmerk = found['Kenmerk'];
    return {
      ...opt('name', found['Naam']),
      ...opt('iban', found['IBAN']),
      ...opt('remittance', [found['Omschrijving'], kenmerk].filter(Boolean).join(' ') || undefined),
      ...opt('endToEndId', kenmerk === 'NOTPROVIDED' ? undefined : kenmerk),
    };
  }
  return {};
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
