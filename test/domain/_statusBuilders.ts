/** Small builders for the terms, status and dunning tests (kept apart from any shared builders). */
import { indexLedger, type LedgerIndex } from '../../src/domain/ledger';
import {
  defaultSettings,
  type Arrangement,
  type ContactEntry,
  type Customer,
  type Invoice,
  type Payment,
  type Settings,
  type SettingsInput,
} from '../../src/domain/model';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';

export const business = (over: Partial<Customer> = {}): Customer => ({
  number: 'K1',
  name: 'Bakkerij De Korrel',
  kind: 'business',
  ibans: [],
  ...over,
});

export const consumer = (over: Partial<Customer> = {}): Customer => ({
  number: 'K1',
  name: 'Jan Jansen',
  kind: 'consumer',
  ibans: [],
  ...over,
});

export const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  number: 'F1',
  customerNumber: 'K1',
  invoiceDate: isoDate('2026-01-10'),
  amountExclVat: cents(10000),
  amountInclVat: cents(12100),
  ...over,
});

export const payment = (date: string, amount: number, invoiceNumber = 'F1'): Payment => ({
  date: isoDate(date),
  amount: cents(amount),
  invoiceNumber,
});

export const creditNote = (date: string, amountInclVat: number, credits = 'F1', number = 'C1'): Invoice =>
  invoice({
    number,
    invoiceDate: isoDate(date),
    amountExclVat: cents(amountInclVat),
    amountInclVat: cents(amountInclVat),
    creditsInvoice: credits,
  });

export const reminder = (
  date: string,
  ladderStep: string,
  invoiceNumber = 'F1',
  customerNumber = 'K1',
): ContactEntry => ({
  date: isoDate(date),
  customerNumber,
  invoiceNumber,
  channel: 'email',
  ladderStep,
  summary: '',
});

export const arrangement = (over: Partial<Arrangement> = {}): Arrangement => ({
  invoiceNumber: 'F1',
  agreedOn: isoDate('2026-03-01'),
  instalments: [{ dueDate: isoDate('2026-03-15'), amount: cents(6000) }],
  ...over,
});

export const settings = (over: SettingsInput = {}): Settings => defaultSettings(over);

export interface Book {
  customers?: Customer[];
  invoices?: Invoice[];
  payments?: Payment[];
  contacts?: ContactEntry[];
  arrangements?: Arrangement[];
}

export function index(book: Book): LedgerIndex {
  return indexLedger({
    customers: book.customers ?? [business()],
    invoices: book.invoices ?? [invoice()],
    payments: book.payments ?? [],
    contacts: book.contacts ?? [],
    arrangements: book.arrangements ?? [],
  });
}
