/**
 * Fills a set-up workbook with a ledger through the workbook layer's own operations, on any Book:
 * the demo's first view runs it on the in-memory PlainBook, the tests also on the .xlsx host.
 */
import { addDays, type IsoDate } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { Language, Ledger } from '../domain/model';
import type { Book, Cell } from '../workbook/book';
import { encodeFields } from '../workbook/codec';
import {
  appendArrangement,
  appendContact,
  appendInvoice,
  appendPayment,
  refreshAndSort,
  saveSettings,
  type AppendResult,
} from '../workbook/operations';
import { header, tableSpec, type TableId } from '../workbook/schema';

/** Appends records to one table in one batch, keyed by the workbook's headers (user columns only). */
async function appendRecords(
  book: Book,
  id: TableId,
  records: readonly Record<string, unknown>[],
  language: Language,
): Promise<void> {
  if (records.length === 0) return;
  const spec = tableSpec(id);
  const opts = { dateSystem: 1900 as const, language };
  const rows = records.map((r) => {
    const cells = encodeFields(spec, r, opts);
    const byHeader: Record<string, Cell> = {};
    for (const c of spec.columns) {
      const v = cells[c.field];
      if (v !== undefined && c.owner === 'user') byHeader[header(c, language)] = v;
    }
    return byHeader;
  });
  await book.apply([{ kind: 'appendRows', table: language === 'en' ? spec.en : spec.nl, rows }]);
}

function refused(what: string, r: AppendResult): DomainError {
  const e = r.errors[0];
  return new DomainError(
    'invalid-input',
    `sample ${what}: ${e ? e.why : 'refused'}`,
    e ? { sheet: e.sheet, row: e.row, value: e.value } : {},
  );
}

async function must(what: string, result: Promise<AppendResult>): Promise<void> {
  const r = await result;
  if (!r.ok) throw refused(what, r);
}

type Step = { date: IsoDate; order: number; run: () => Promise<void> };

/**
 * Fills a set-up workbook with a ledger. The history goes in per table in one batch (a person's
 * existing bookkeeping, pasted in); with `recentDays`, the records of those last days arrive one
 * at a time through the same operations the pane uses (appendInvoice, appendPayment,
 * appendContact, appendArrangement) instead. Then refreshAndSort writes the live columns, the
 * overview and the order, as the ribbon does. The demo batches everything: each per-record
 * operation re-reads the whole workbook and rewrites every row's formulas, which is what its first
 * view used to wait for; the tests take the per-record way to prove both end in the same workbook.
 */
export async function fillLedger(
  book: Book,
  ledger: Ledger,
  options: { today: IsoDate; language: Language; recentDays?: number },
): Promise<void> {
  const { today, language } = options;
  const cutoff = options.recentDays === undefined ? null : addDays(today, -options.recentDays);
  const old = <T>(items: readonly T[], date: (x: T) => IsoDate) =>
    items.filter((x) => cutoff === null || date(x) < cutoff);
  const recent = <T>(items: readonly T[], date: (x: T) => IsoDate) =>
    items.filter((x) => cutoff !== null && date(x) >= cutoff);

  await must('settings', saveSettings(book, ledger.settings));
  await appendRecords(book, 'customers', ledger.customers, language);
  await appendRecords(
    book,
    'invoices',
    old(ledger.invoices, (i) => i.invoiceDate),
    language,
  );
  await appendRecords(
    book,
    'payments',
    old(ledger.payments, (p) => p.date),
    language,
  );
  await appendRecords(
    book,
    'contacts',
    old(ledger.contacts, (c) => c.date),
    language,
  );
  const oldPlans = old(ledger.arrangements, (a) => a.agreedOn);
  await appendRecords(
    book,
    'arrangements',
    oldPlans.flatMap((a) => a.instalments.map((i) => ({ ...a, ...i }))),
    language,
  );

  // The recent weeks in date order; on one day invoices first, then payments, plans, contacts.
  const steps: Step[] = [
    ...recent(ledger.invoices, (i) => i.invoiceDate).map((i) => ({
      date: i.invoiceDate,
      order: 0,
      run: () => must(i.number, appendInvoice(book, i)),
    })),
    ...recent(ledger.payments, (p) => p.date).map((p) => ({
      date: p.date,
      order: 1,
      run: () => must(`payment ${p.reference ?? ''}`, appendPayment(book, p)),
    })),
    ...recent(ledger.arrangements, (a) => a.agreedOn).map((a) => ({
      date: a.agreedOn,
      order: 2,
      run: () => must(`plan ${a.invoiceNumber}`, appendArrangement(book, a)),
    })),
    ...recent(ledger.contacts, (c) => c.date).map((c) => ({
      date: c.date,
      order: 3,
      run: () => must(`contact ${c.date}`, appendContact(book, c)),
    })),
  ];
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  for (const step of steps) await step.run();
  await refreshAndSort(book, { today });
}
