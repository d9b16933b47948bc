/**
 * A Klant Inzicht workbook on the fake Excel, made the way a person gets one (setUp through the
 * Office host, then rows typed into the tables), in Dutch or English, with deterministic data.
 */
import type { Language } from '../../../src/domain/model';
import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import type { Book, Cell } from '../../../src/workbook/book';
import { setUp } from '../../../src/workbook/operations/setUp';
import { header, tableName, tableSpec, type TableId } from '../../../src/workbook/schema';
import { FakeExcel, type FakeOptions } from './index';

export const fakeApi = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});

/** Deterministic pseudo-random numbers, so every run builds the same workbook. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Excel's 1900-system serial of an ISO date. */
export function serial(iso: string): number {
  return Math.round(
    (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) -
      Date.UTC(1899, 11, 30)) /
      86_400_000,
  );
}

export interface WorkbookShape {
  language?: Language;
  customers: number;
  invoices: number;
  /** The day before which payments may fall (60% of invoices are paid 20 days after issue). */
  today?: string;
  options?: FakeOptions;
}

/** Rows keyed by field, written under the workbook language's headers. */
export function rowsFor(
  id: TableId,
  language: Language,
  rows: Record<string, Cell>[],
): Record<string, Cell>[] {
  const spec = tableSpec(id);
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([field, v]) => {
        const c = spec.columns.find((x) => x.field === field);
        if (!c) throw new Error(`no field ${id}.${field}`);
        return [header(c, language), v];
      }),
    ),
  );
}

export function tableOf(id: TableId, language: Language): string {
  return tableName(tableSpec(id), language);
}

export function customerRows(from: number, count: number): Record<string, Cell>[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return {
      number: `K${String(i + 1).padStart(5, '0')}`,
      name: `Klant ${i + 1}`,
      email: `klant${i + 1}@example.nl`,
    };
  });
}

export async function klantInzichtWorkbook(shape: WorkbookShape): Promise<{ fake: FakeExcel; book: Book }> {
  const language = shape.language ?? 'nl';
  const fake = new FakeExcel({ sheets: [{ name: language === 'nl' ? 'Blad1' : 'Sheet1' }] }, shape.options);
  const book = new OfficeBook(fakeApi(fake));
  await setUp(book, { language });
  const rand = rng(shape.invoices + shape.customers);
  const start = serial('2025-01-01');
  const today = serial(shape.today ?? '2026-11-23');
  const invoices: Record<string, Cell>[] = [];
  const payments: Record<string, Cell>[] = [];
  for (let i = 0; i < shape.invoices; i++) {
    const number = `F${String(i + 1).padStart(6, '0')}`;
    const date = start + Math.floor(rand() * 690);
    const amount = Math.round(rand() * 500_000) / 100 + 10;
    invoices.push({
      number,
      customerNumber: `K${String(1 + Math.floor(rand() * shape.customers)).padStart(5, '0')}`,
      invoiceDate: date,
      description: `Werkzaamheden ${i + 1}`,
      amountInclVat: amount,
    });
    if (rand() < 0.6 && date + 20 < today) payments.push({ date: date + 20, invoiceNumber: number, amount });
  }
  await book.apply([
    {
      kind: 'appendRows',
      table: tableOf('customers', language),
      rows: rowsFor('customers', language, customerRows(0, shape.customers)),
    },
    {
      kind: 'appendRows',
      table: tableOf('invoices', language),
      rows: rowsFor('invoices', language, invoices),
    },
    {
      kind: 'appendRows',
      table: tableOf('payments', language),
      rows: rowsFor('payments', language, payments),
    },
  ]);
  fake.resetStats();
  return { fake, book };
}
