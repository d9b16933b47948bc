/**
 * PaneOperations over a Ledger held in memory: records every call and applies it to the ledger the
 * way the workbook layer would, so component tests see the pane re-read after a write.
 */
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import type { PaneOperations } from '../../../src/taskpane/data/operations';
import type { PaneBackend } from '../../../src/taskpane/backend';
import type { Book } from '../../../src/workbook/book';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

interface Recorded {
  name: keyof PaneOperations;
  arg: unknown;
}

export function emptyLedger(): Ledger {
  return {
    customers: [],
    invoices: [],
    payments: [],
    contacts: [],
    arrangements: [],
    settings: defaultSettings(),
  };
}

export function fakeOperations(initial: Ledger, options: { failWith?: Error } = {}) {
  const state = { ledger: JSON.parse(JSON.stringify(initial)) as Ledger, calls: [] as Recorded[], loads: 0 };
  const write = (name: keyof PaneOperations, arg: unknown, apply: (l: Ledger) => void) => {
    state.calls.push({ name, arg });
    if (options.failWith) return Promise.reject(options.failWith);
    apply(state.ledger);
    return Promise.resolve();
  };
  const ops: PaneOperations = {
    setUp: async () => {
      state.calls.push({ name: 'setUp', arg: undefined });
      return {
        parts: [
          {
            part: 'invoices',
            table: 'Facturen',
            sheet: 'Facturen',
            created: false,
            matched: ['Factuurnummer', 'Klantnummer'],
            added: ['Vervaldatum', 'Openstaand'],
            missing: ['Leverdatum'],
            unknown: ['Mijn kolom'],
          },
          {
            part: 'customers',
            table: 'Klanten',
            sheet: 'Klanten',
            created: true,
            matched: [],
            added: [],
            missing: [],
            unknown: [],
          },
        ],
        skipped: [
          {
            part: 'payments',
            sheet: 'Betalingen',
            why: 'er is al een blad of tabel Betalingen, maar zonder herkenbare tabel Betalingen',
          },
        ],
        keptTyped: ['Facturen.Status'],
      };
    },
    loadLedger: async () => {
      state.loads += 1;
      return { ledger: JSON.parse(JSON.stringify(state.ledger)) as Ledger, missingParts: [], problems: [] };
    },
    refreshAndSort: (_b, arg) => write('refreshAndSort', arg, () => undefined).then(() => []),
    appendInvoice: (_b, inv) => write('appendInvoice', inv, (l) => void l.invoices.push(inv)),
    appendPayment: (_b, p) => write('appendPayment', p, (l) => void l.payments.push(p)),
    appendContact: (_b, c) => write('appendContact', c, (l) => void l.contacts.push(c)),
    appendArrangement: (_b, a) => write('appendArrangement', a, (l) => void l.arrangements.push(a)),
    setDispute: (_b, d) =>
      write('setDispute', d, (l) => {
        const inv = l.invoices.find((i) => i.number === d.invoiceNumber);
        if (inv)
          Object.assign(inv, {
            disputedSince: d.disputedSince,
            disputeNote: d.disputeNote,
            disputeResolvedOn: d.disputeResolvedOn,
          });
      }),
    markReminderSent: (_b, s) =>
      write('markReminderSent', s, (l) => {
        for (const n of s.invoiceNumbers) {
          l.contacts.push({
            date: s.date,
            customerNumber: s.customerNumber,
            invoiceNumber: n,
            channel: s.channel,
            ladderStep: s.stepId,
            summary: s.summary,
          });
        }
      }),
    saveSettings: (_b, s) => write('saveSettings', s, (l) => void (l.settings = s)),
    previewImport: async (_b, input) => {
      state.calls.push({ name: 'previewImport', arg: input });
      return {
        ok: false,
        fileName: input.fileName,
        statements: [],
        entries: [],
        errors: [],
        needsMapping: false,
      };
    },
    applyImport: async (_b, input) => {
      state.calls.push({ name: 'applyImport', arg: input });
      return {
        ok: false,
        preview: {
          ok: false,
          fileName: input.fileName,
          statements: [],
          entries: [],
          errors: [],
          needsMapping: false,
        },
        added: [],
        skipped: [],
        paymentsAdded: 0,
        totalCents: cents(0),
        mappingSaved: false,
        errors: [],
      };
    },
    importInvoices: async (_b, files, options) => {
      state.calls.push({ name: 'importInvoices', arg: { files: files.map((x) => x.name), options } });
      return {
        language: 'nl' as const,
        added: [],
        newCustomers: [],
        alreadyThere: [],
        repeats: [],
        refused: [],
        errors: [],
        written: false,
      };
    },
    // Lists beside and instead of tables live in the workbook, which this fake does not hold.
    findRanges: async () => ({ sides: [], offers: [] }),
    findYourParts: async () => ({ columns: [] }),
    extendTables: (_b) => write('extendTables', undefined, () => undefined).then(() => []),
    tablesFromRanges: (_b, arg) => write('tablesFromRanges', arg, () => undefined).then(() => []),
  };
  return { ops, state };
}

const nullBook: Book = {
  read: () => Promise.reject(new Error('the fake operations never read')),
  apply: () => Promise.reject(new Error('the fake operations never apply')),
};

export function testBackend(overrides: Partial<PaneBackend> = {}): PaneBackend {
  return {
    kind: 'demo',
    book: nullBook,
    today: () => isoDate('2026-11-30'),
    displayLanguage: 'nl-NL',
    theme: 'light',
    ...overrides,
  };
}

/**
 * A small business on 30 Nov 2026: a business customer with an overdue invoice (reminder due), a
 * consumer with an open one, a disputed invoice, one in an arrangement with a missed instalment,
 * and paid history for the charts.
 */
export function sampleLedger(): Ledger {
  return {
    customers: [
      {
        number: 'K001',
        name: 'Bakkerij De Korenaar',
        contactName: 'Jan de Vries',
        email: 'jan@korenaar.nl',
        kind: 'business',
        ibans: [],
        segment: 'Horeca',
      },
      { number: 'K002', name: 'Petra Jansen', email: 'petra@example.nl', kind: 'consumer', ibans: [] },
      { number: 'K003', name: 'Bouwbedrijf Hoogland', kind: 'business', ibans: [], paymentTermDays: 14 },
    ],
    invoices: [
      {
        number: 'F2026-001',
        customerNumber: 'K001',
        invoiceDate: isoDate('2026-06-01'),
        amountExclVat: cents(100000),
        amountInclVat: cents(121000),
        product: 'Advies',
      },
      {
        number: 'F2026-002',
        customerNumber: 'K001',
        invoiceDate: isoDate('2026-10-01'),
        amountExclVat: cents(50000),
        amountInclVat: cents(60500),
        product: 'Advies',
      },
      {
        number: 'F2026-003',
        customerNumber: 'K002',
        invoiceDate: isoDate('2026-11-20'),
        amountExclVat: cents(20000),
        amountInclVat: cents(24200),
      },
      {
        number: 'F2026-004',
        customerNumber: 'K003',
        invoiceDate: isoDate('2026-09-01'),
        amountExclVat: cents(80000),
        amountInclVat: cents(96800),
        disputedSince: isoDate('2026-10-01'),
        disputeNote: 'Meerwerk niet afgesproken',
      },
      {
        number: 'F2026-005',
        customerNumber: 'K003',
        invoiceDate: isoDate('2026-08-01'),
        amountExclVat: cents(30000),
        amountInclVat: cents(36300),
      },
    ],
    payments: [
      {
        date: isoDate('2026-07-10'),
        invoiceNumber: 'F2026-001',
        customerNumber: 'K001',
        amount: cents(121000),
      },
    ],
    contacts: [
      {
        date: isoDate('2026-09-01'),
        customerNumber: 'K003',
        invoiceNumber: 'F2026-005',
        channel: 'phone',
        summary: 'Belde over regeling',
      },
    ],
    arrangements: [
      {
        invoiceNumber: 'F2026-005',
        agreedOn: isoDate('2026-09-01'),
        instalments: [
          { dueDate: isoDate('2026-10-01'), amount: cents(12100) },
          { dueDate: isoDate('2026-11-01'), amount: cents(12100) },
          { dueDate: isoDate('2026-12-01'), amount: cents(12100) },
        ],
      },
    ],
    settings: defaultSettings({
      companyName: 'Studio Klaver',
      companyIban: 'NL91ABNA0417164300',
      senderName: 'Eva Klaver',
      lastBankImport: '2026-11-01',
    }),
  };
}
