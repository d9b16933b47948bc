/**
 * Table rows <-> domain records. Every body row becomes a record, a located error, or (when the
 * person left it empty) a reported blank row — nothing is dropped without a word. Columns we do not
 * know are read past and never written; product-owned columns are outputs and do not feed records,
 * with one exception: a due date typed by hand into the Vervaldatum column counts as agreed.
 */
import {
  contactEntrySchema,
  customerSchema,
  invoiceSchema,
  paymentSchema,
  type Arrangement,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Payment,
} from '../domain/model';
import { isIsoDate, type IsoDate } from '../domain/dates';
import { isCents, type Cents } from '../domain/money';
import type { Cell, TableSnapshot } from './book';
import type { TableBinding } from './binding';
import { columnLetter } from './a1';
import {
  decodeRaw,
  defined,
  finish,
  type Decoded,
  type DecodeOptions,
  type RawRecord,
  type RowError,
} from './decodeRows';
import { hasMarks, type PaidMarks } from './paidColumns';

export { textForFormulas, type Decoded, type DecodeOptions, type RowError } from './decodeRows';
export { encodeFields } from './encodeRecord';

export interface DecodedCustomers extends Decoded<Customer> {
  /** Sheet rows whose kind is blank or not one we know, with the cell as typed (loadLedger decides). */
  unknownKind: Map<number, Cell>;
  /** Whether the table has a kind column at all. */
  hasKind: boolean;
}

export function decodeCustomers(
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): DecodedCustomers {
  const raw = decodeRaw(snap, binding, opts);
  const unknownKind = new Map<number, Cell>();
  for (const { row, record } of raw.records)
    if ('unknown:kind' in record) unknownKind.set(row, (record['unknown:kind'] ?? null) as Cell);
  return {
    ...decodeCustomerRecords(raw, snap, binding, opts),
    unknownKind,
    hasKind: binding.indexOf('kind') !== undefined,
  };
}

function decodeCustomerRecords(
  raw: Decoded<RawRecord>,
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): Decoded<Customer> {
  return finish(raw, snap, binding, opts, customerSchema, (r) => {
    const ibans =
      typeof r.ibans === 'string'
        ? r.ibans
            .split(/[;,\n]+/)
            .map((s) => s.replace(/\s+/g, '').toUpperCase())
            .filter(Boolean)
        : [];
    // Most clients of a sole trader are businesses; blank kind means business (shown in the sheet).
    return defined({ ...r, ibans, kind: r.kind ?? 'business' });
  });
}

export interface DecodedInvoices extends Decoded<Invoice> {
  /** Per sheet row, what the row itself says about payment (paidColumns.ts); rows without marks absent. */
  marks: Map<number, PaidMarks>;
}

export function decodeInvoices(
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): DecodedInvoices {
  const raw = decodeRaw(snap, binding, opts);
  const marks = new Map<number, PaidMarks>();
  for (const { row, record } of raw.records) {
    const m: PaidMarks = {};
    if (isIsoDate(record.paidOn)) m.paidOn = record.paidOn;
    if (isCents(record.paidAmount)) m.paidAmount = record.paidAmount;
    if (typeof record.paidFlag === 'boolean') m.paidFlag = record.paidFlag;
    if (typeof record.paymentStatus === 'string') m.paymentStatus = record.paymentStatus;
    if (hasMarks(m)) marks.set(row, m);
  }
  return { ...decodeInvoiceRecords(raw, snap, binding, opts), marks };
}

function decodeInvoiceRecords(
  raw: Decoded<RawRecord>,
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): Decoded<Invoice> {
  return finish(raw, snap, binding, opts, invoiceSchema, (r) => {
    // Without a VAT-exclusive amount: incl. VAT less a VAT column when the list has one, else the
    // amount the customer owes (the overview labels that figure).
    const excl =
      r.amountExclVat ??
      (typeof r.vatAmount === 'number' && typeof r.amountInclVat === 'number'
        ? r.amountInclVat - r.vatAmount
        : r.amountInclVat);
    const dueDate = r.dueDate ?? r['typed:dueDateComputed'];
    return defined({ ...r, amountExclVat: excl, dueDate });
  });
}

export function decodePayments(
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): Decoded<Payment> {
  return finish(decodeRaw(snap, binding, opts), snap, binding, opts, paymentSchema, defined);
}

export function decodeContacts(
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): Decoded<ContactEntry> {
  return finish(decodeRaw(snap, binding, opts), snap, binding, opts, contactEntrySchema, (r) =>
    defined({ ...r, channel: r.channel ?? 'other', summary: r.summary ?? '' }),
  );
}

interface InstalmentRow {
  invoiceNumber: string;
  agreedOn: IsoDate;
  dueDate: IsoDate;
  amount: Cents;
  cancelledOn?: IsoDate;
  note?: string;
}

/**
 * Regelingen holds one row per instalment; rows with the same invoice and agreement date form one
 * arrangement. A cancellation date on any of its rows cancels the whole arrangement.
 */
export function decodeArrangements(
  snap: TableSnapshot,
  binding: TableBinding,
  opts: DecodeOptions,
): Decoded<Arrangement> {
  const raw = decodeRaw(snap, binding, opts);
  const groups = new Map<string, { row: number; rows: InstalmentRow[] }>();
  const errors = [...raw.errors];
  for (const { row, record } of raw.records) {
    const r = record as unknown as InstalmentRow;
    if (typeof r.amount !== 'number' || r.amount <= 0) {
      const index = binding.indexOf('amount');
      const e: RowError = {
        sheet: snap.sheet,
        table: snap.name,
        row,
        value: index === undefined ? null : (snap.values[row - snap.firstRow]?.[index] ?? null),
        code: 'invalid-amount',
        why:
          opts.language === 'en'
            ? 'an instalment must be a positive amount'
            : 'een termijn moet een positief bedrag zijn',
      };
      if (index !== undefined)
        e.column = { header: snap.headers[index] ?? '', letter: columnLetter(snap.firstColumn + index) };
      errors.push(e);
      continue;
    }
    const key = `${r.invoiceNumber}\u0000${r.agreedOn}`;
    const g = groups.get(key);
    if (g) g.rows.push(r);
    else groups.set(key, { row, rows: [r] });
  }
  const records = [...groups.values()].map(({ row, rows }) => {
    const first = rows[0] as InstalmentRow;
    const cancelled = rows
      .map((x) => x.cancelledOn)
      .filter((x): x is IsoDate => !!x)
      .sort()[0];
    const notes = [...new Set(rows.map((x) => x.note).filter((x): x is string => !!x))];
    const a: Arrangement = {
      invoiceNumber: first.invoiceNumber,
      agreedOn: first.agreedOn,
      instalments: rows
        .map((x) => ({ dueDate: x.dueDate, amount: x.amount }))
        .sort((p, q) => (p.dueDate < q.dueDate ? -1 : p.dueDate > q.dueDate ? 1 : 0)),
    };
    if (cancelled) a.cancelledOn = cancelled;
    if (notes.length > 0) a.note = notes.join('; ');
    return { row, record: a };
  });
  return { records, errors, skippedBlank: raw.skippedBlank, warnings: raw.warnings };
}
