/**
 * The column mapping for a bank export we do not recognise, remembered in Instellingen as
 * `bankcsv.<field>` rows so a consultant can read and adjust it by hand. A column is its header
 * text, or a number counting from 1 as a person does (the mapping itself counts from 0).
 * readSettings leaves these rows alone (they are "other keys"), and saveSettings does not clear them.
 */
import type { ColumnRef, DateFormat, GenericCsvMapping } from '../domain/bank/csv';
import type { Language } from '../domain/model';
import type { Cell, TableSnapshot } from './book';
import type { TableBinding } from './binding';
import { parseBool } from './cells';
import type { RowError } from './codec';
import { columnLetter } from './a1';

const BANK_CSV_PREFIX = 'bankcsv.';
const BANK_CSV_COLUMNS = [
  'date',
  'amount',
  'debit',
  'credit',
  'name',
  'iban',
  'description',
  'reference',
  'account',
] as const;
const DATE_FORMATS: readonly DateFormat[] = [
  'yyyy-mm-dd',
  'yyyymmdd',
  'dd-mm-yyyy',
  'dd/mm/yyyy',
  'dd.mm.yyyy',
];

export interface BankCsvMappingRead {
  mapping?: GenericCsvMapping;
  /** Rows that hold a bad value, located; the mapping is absent when any is wrong. */
  errors: RowError[];
  /** Key -> 0-based body row, for updating in place. */
  rowOfKey: Map<string, number>;
}

function columnFromCell(cell: Cell): ColumnRef | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1) return cell - 1;
  if (typeof cell === 'string' && cell.trim() !== '') return cell.trim();
  return undefined;
}

function columnToCell(ref: ColumnRef | undefined): Cell {
  if (ref === undefined || ref === '') return null;
  return typeof ref === 'number' ? ref + 1 : ref;
}

export function readBankCsvMapping(
  snap: TableSnapshot | undefined,
  binding: TableBinding | undefined,
  language: Language,
): BankCsvMappingRead {
  const out: BankCsvMappingRead = { errors: [], rowOfKey: new Map() };
  const ki = binding?.indexOf('key');
  const vi = binding?.indexOf('value');
  if (!snap || ki === undefined || vi === undefined) return out;
  const raw = new Map<string, Cell>();
  snap.values.forEach((cells, r) => {
    const key = cells[ki];
    if (typeof key !== 'string' || !key.trim().toLowerCase().startsWith(BANK_CSV_PREFIX)) return;
    const field = key.trim().slice(BANK_CSV_PREFIX.length).toLowerCase();
    out.rowOfKey.set(field, r);
    raw.set(field, cells[vi] ?? null);
  });
  if (raw.size === 0) return out;
  const bad = (field: string, why: { nl: string; en: string }): void => {
    // A missing field is reported at the first bankcsv row: that is where the mapping is.
    const r = out.rowOfKey.get(field) ?? Math.min(...out.rowOfKey.values());
    out.errors.push({
      sheet: snap.sheet,
      table: snap.name,
      row: snap.firstRow + r,
      column: { header: snap.headers[vi] ?? '', letter: columnLetter(snap.firstColumn + vi) },
      value: raw.get(field) ?? null,
      code: 'invalid-setting',
      why: `${BANK_CSV_PREFIX}${field}: ${why[language]}`,
    });
  };
  const text = (field: string): string | undefined => {
    const v = raw.get(field.toLowerCase());
    return v === null || v === undefined || String(v).trim() === '' ? undefined : String(v).trim();
  };
  const mapping: GenericCsvMapping = { hasHeader: true, dateFormat: 'dd-mm-yyyy', decimal: ',', date: '' };
  const header = raw.get('hasheader');
  if (header !== undefined && header !== null && header !== '') {
    const p = parseBool(header);
    if (p.ok && 'value' in p) mapping.hasHeader = p.value;
    else bad('hasheader', { nl: 'vul Ja of Nee in', en: 'fill in Yes or No' });
  }
  const fmt = text('dateFormat')?.toLowerCase();
  if (fmt !== undefined) {
    if ((DATE_FORMATS as readonly string[]).includes(fmt)) mapping.dateFormat = fmt as DateFormat;
    else
      bad('dateformat', {
        nl: `kies een van ${DATE_FORMATS.join(', ')}`,
        en: `choose one of ${DATE_FORMATS.join(', ')}`,
      });
  }
  const decimal = text('decimal');
  if (decimal !== undefined) {
    if (decimal === ',' || decimal === '.') mapping.decimal = decimal;
    else bad('decimal', { nl: 'vul , of . in', en: 'fill in , or .' });
  }
  const delimiter = text('delimiter');
  if (delimiter !== undefined) mapping.delimiter = /^(tab|\\t)$/i.test(delimiter) ? '\t' : delimiter;
  for (const c of BANK_CSV_COLUMNS) {
    const cell = raw.get(c.toLowerCase());
    if (cell === undefined || cell === null || cell === '') continue;
    const ref = columnFromCell(cell);
    if (ref === undefined)
      bad(c.toLowerCase(), {
        nl: 'vul een kolomkop of een kolomnummer (vanaf 1) in',
        en: 'fill in a column header or a column number (from 1)',
      });
    else mapping[c] = ref;
  }
  const signColumn = columnFromCell(raw.get('signcolumn') ?? null);
  const debitValues = text('debitValues');
  if (signColumn !== undefined)
    mapping.sign = {
      column: signColumn,
      debitValues: (debitValues ?? 'D;Af;Debet;Debit')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  const accountIban = text('accountIban');
  if (accountIban) mapping.accountIban = accountIban;
  const currency = text('currency');
  if (currency) mapping.currency = currency.toUpperCase();
  if (mapping.date === '')
    bad('date', { nl: 'de kolom met de boekdatum ontbreekt', en: 'the booking date column is missing' });
  if (mapping.amount === undefined && (mapping.debit === undefined || mapping.credit === undefined)) {
    bad(mapping.debit !== undefined || mapping.credit !== undefined ? 'credit' : 'amount', {
      nl: 'geef een bedragkolom, of een kolom Af én een kolom Bij',
      en: 'give an amount column, or both a debit and a credit column',
    });
  }
  if (mapping.account === undefined && !mapping.accountIban)
    bad('accountiban', {
      nl: 'geef de kolom met de eigen rekening, of de eigen IBAN',
      en: 'give the own-account column, or the own IBAN',
    });
  if (out.errors.length === 0) out.mapping = mapping;
  return out;
}

/** The `bankcsv.<field>` rows for a mapping (fields it does not use get an empty value). */
export function bankCsvMappingRows(
  mapping: GenericCsvMapping,
  language: Language,
): { key: string; value: Cell; help: string }[] {
  const en = language === 'en';
  const yes = en ? 'Yes' : 'Ja';
  const no = en ? 'No' : 'Nee';
  const help = en
    ? 'Bank CSV import: column header or number (from 1)'
    : 'Bank-CSV inlezen: kolomkop of kolomnummer (vanaf 1)';
  const rows: { key: string; value: Cell; help: string }[] = [
    {
      key: 'hasHeader',
      value: mapping.hasHeader ? yes : no,
      help: en
        ? 'Bank CSV import: first line holds the headers'
        : 'Bank-CSV inlezen: eerste regel bevat de kolomkoppen',
    },
    {
      key: 'delimiter',
      value: mapping.delimiter === '\t' ? 'tab' : (mapping.delimiter ?? null),
      help: en
        ? 'Bank CSV import: field separator (empty = detect)'
        : 'Bank-CSV inlezen: scheidingsteken (leeg = herkennen)',
    },
    {
      key: 'dateFormat',
      value: mapping.dateFormat,
      help: en
        ? `Bank CSV import: ${DATE_FORMATS.join(', ')}`
        : `Bank-CSV inlezen: ${DATE_FORMATS.join(', ')}`,
    },
    {
      key: 'decimal',
      value: mapping.decimal,
      help: en ? 'Bank CSV import: decimal sign (, or .)' : 'Bank-CSV inlezen: decimaalteken (, of .)',
    },
    ...BANK_CSV_COLUMNS.map((c) => ({ key: c as string, value: columnToCell(mapping[c]), help })),
    { key: 'signColumn', value: columnToCell(mapping.sign?.column), help },
    {
      key: 'debitValues',
      value: mapping.sign ? mapping.sign.debitValues.join(';') : null,
      help: en
        ? 'Bank CSV import: values meaning money out (;-separated)'
        : 'Bank-CSV inlezen: waarden voor geld eraf (gescheiden door ;)',
    },
    {
      key: 'accountIban',
      value: mapping.accountIban ?? null,
      help: en
        ? 'Bank CSV import: own IBAN when the file does not say'
        : 'Bank-CSV inlezen: eigen IBAN als het bestand die niet noemt',
    },
    {
      key: 'currency',
      value: mapping.currency ?? null,
      help: en ? 'Bank CSV import: currency (empty = EUR)' : 'Bank-CSV inlezen: valuta (leeg = EUR)',
    },
  ];
  return rows.map((r) => ({ ...r, key: `${BANK_CSV_PREFIX}${r.key}` }));
}
