/**
 * Paid where traders write it (issue 9 point 2): the invoice row's own paid marks count as
 * payments in the core (through loadLedger) and in the workbook's live formulas, by the same
 * rule, and nothing is counted twice when Betalingen has the invoice too.
 */
import fc from 'fast-check';
import { addDays, isoDate } from '../../src/domain/dates';
import { indexLedger } from '../../src/domain/ledger';
import { paymentBehaviour, prepareLedger } from '../../src/domain/metrics';
import { defaultSettings, type Customer, type Invoice } from '../../src/domain/model';
import { invoiceStatus } from '../../src/domain/status';
import { dueDateOf } from '../../src/domain/terms';
import type { Cell } from '../../src/workbook/book';
import { isoToSerial } from '../../src/workbook/cells';
import { evaluate, type Row } from '../../src/workbook/formulaEval';
import { liveColumns } from '../../src/workbook/live';
import { loadLedger, refreshAndSort, setUp } from '../../src/workbook/operations';
import { fromMarks, paymentStatusOf, UNKNOWN_PAID_ON } from '../../src/workbook/paidColumns';
import { STATUS_LABELS } from '../../src/workbook/schema';
import { MemoryBook } from '../support/memoryBook';
import { cents } from '../../src/domain/money';

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);
const day = (offset: number): string => addDays(isoDate(TODAY), offset);

const HEADERS = [
  'Factuurnummer',
  'Klantnummer',
  'Factuurdatum',
  'Bedrag incl. BTW',
  'Betaald op',
  'Betaald bedrag',
  'Betaald?',
  'Betaalstatus',
];
const FIELDS = [
  'number',
  'customerNumber',
  'invoiceDate',
  'amountInclVat',
  'paidOn',
  'paidAmount',
  'paidFlag',
  'paymentStatus',
];

const STATUS_OF: Record<string, keyof typeof STATUS_LABELS> = {
  open: 'open',
  'due-today': 'dueToday',
  overdue: 'overdue',
  'partly-paid': 'partlyPaid',
  'paid-on-time': 'paid',
  'paid-late': 'paid',
  credited: 'credited',
};

const rowArb = fc.record({
  invoiceOffset: fc.integer({ min: -120, max: 5 }),
  amount: fc.integer({ min: 1, max: 300_000 }),
  paidOn: fc.option(fc.integer({ min: -100, max: 10 }), { nil: undefined }),
  paidPart: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  flag: fc.option(fc.constantFrom<Cell>('ja', 'nee', 'x', 'WAAR', true, false, 1, 0, 'Yes', '✓', '✔'), {
    nil: undefined,
  }),
  status: fc.option(fc.constantFrom('betaald', 'open', 'Gecrediteerd', 'Voldaan', 'verstuurd'), {
    nil: undefined,
  }),
  inPayments: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
});

describe('paid marks in the invoice row', () => {
  it('core and live formulas agree on status, open amount and days overdue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 10 }), async (gen) => {
        const rows: Cell[][] = [];
        const payments: Cell[][] = [];
        gen.forEach((g, i) => {
          const number = `F${i + 1}`;
          const invoiceDate = day(g.invoiceOffset);
          rows.push([
            number,
            'K1',
            d(invoiceDate),
            g.amount / 100,
            g.paidOn === undefined ? null : d(day(g.paidOn)),
            g.paidPart === undefined ? null : Math.round((g.amount * g.paidPart) / 100) / 100,
            g.flag ?? null,
            g.status ?? null,
          ]);
          if (g.inPayments !== undefined)
            payments.push([d(invoiceDate), number, Math.round((g.amount * g.inPayments) / 100) / 100]);
        });
        const book = new MemoryBook({
          tables: [
            { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
            { name: 'Facturen', sheet: 'Facturen', headers: HEADERS, rows },
            {
              name: 'Betalingen',
              sheet: 'Betalingen',
              headers: ['Datum', 'Factuurnummer', 'Bedrag'],
              rows: payments,
            },
          ],
        });
        const loaded = await loadLedger(book);
        expect(loaded.errors).toEqual([]);
        const { ledger } = loaded;
        const settings = defaultSettings();
        const index = indexLedger(ledger);
        const customer = ledger.customers[0] as Customer;
        const prepared = prepareLedger(ledger, {
          today: TODAY,
          dueDateOf: (inv) => dueDateOf(inv, customer, settings),
        });
        const cells = (table: string): Row[] =>
          table === 'invoices'
            ? rows.map((r) => Object.fromEntries(FIELDS.map((f, i) => [f, r[i] ?? null])))
            : table === 'payments'
              ? payments.map((r) => ({
                  date: r[0] ?? null,
                  invoiceNumber: r[1] ?? null,
                  amount: r[2] ?? null,
                }))
              : table === 'customers'
                ? [{ number: 'K1', name: 'Jansen' }]
                : [];
        const invoiceRows = cells('invoices');
        const allPayments = cells('payments');
        for (const live of liveColumns(settings, 'nl').filter((c) => c.table === 'invoices'))
          for (const row of invoiceRows)
            row[live.field] = evaluate(live.expr, {
              row,
              tables: (t) => (t === 'invoices' ? invoiceRows : t === 'payments' ? allPayments : cells(t)),
              today: d(TODAY),
            }) as Cell;
        gen.forEach((_, i) => {
          const inv = ledger.invoices.find((x) => x.number === `F${i + 1}`) as Invoice;
          const row = invoiceRows[i] as Row;
          const status = invoiceStatus(inv, index, customer, settings, isoDate(TODAY));
          const label = STATUS_OF[status.kind];
          expect(label).toBeDefined();
          expect(row.status).toBe(STATUS_LABELS[label as keyof typeof STATUS_LABELS].nl);
          expect(row.daysOverdue).toBe(status.daysOverdue);
          const p = prepared.invoices.find((x) => x.invoice.number === inv.number);
          expect(Math.round(Number(row.open) * 100)).toBe((p?.open ?? Number.NaN) + 0);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('counts nothing twice: Betalingen wins, and check is told', async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Betaald op'],
          rows: [['F1', 'K1', d('2026-10-01'), 100, d('2026-10-20')]],
        },
        {
          name: 'Betalingen',
          sheet: 'Betalingen',
          headers: ['Datum', 'Factuurnummer', 'Bedrag'],
          rows: [[d('2026-10-20'), 'F1', 100]],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.payments.map((p) => p.amount)).toEqual([10000]);
    expect(loaded.warnings.map((w) => [w.code, w.column?.header])).toEqual([
      ['paid-column-ignored', 'Betaald op'],
    ]);
  });

  it('a list paid months ago is not chased: paid status, sorted with the paid, no reminder', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Tabel1',
          sheet: 'Mijn facturen',
          headers: ['Factuur', 'Klant', 'Datum', 'Bedrag', 'Betaald op', 'Voldaan'],
          rows: [
            ['F1', 'Jansen', d('2026-05-01'), 1210, d('2026-05-20'), null],
            ['F2', 'Jansen', d('2026-06-01'), 500, null, 'ja'],
            ['F3', 'Jansen', d('2026-09-01'), 800, null, null],
          ],
        },
      ],
    });
    await setUp(book, {});
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.invoices).toMatchObject({ total: 3, overdue: 1, closed: 2 });
    expect(r.actions.flatMap((a) => a.invoices.map((i) => i.invoiceNumber))).toEqual(['F3']);
    const loaded = await loadLedger(book);
    expect(loaded.paidFromInvoiceRows).toEqual({ payments: 2, creditNotes: 0, undated: ['F2'] });
    expect(
      loaded.warnings.filter((w) => w.code === 'paid-without-date').map((w) => [w.row, w.column?.header]),
    ).toEqual([[expect.any(Number), 'Voldaan']]);
    // Paid without a date: paid, and no evidence in the payment-behaviour figures.
    const settings = loaded.ledger.settings;
    const prepared = prepareLedger(loaded.ledger, {
      today: TODAY,
      dueDateOf: (inv) =>
        dueDateOf(
          inv,
          loaded.ledger.customers.find((c) => c.number === inv.customerNumber) as Customer,
          settings,
        ),
    });
    expect(paymentBehaviour(prepared).overall.paidCount).toBe(1);
  });

  it("reads a person's own Status column (betaald/open) as payment status and adds the product's beside it", async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', 'Status'],
          rows: [
            ['F1', 'Jansen', d('2026-05-01'), 100, 'betaald'],
            ['F2', 'Jansen', d('2026-06-01'), 200, 'open'],
            ['F3', 'Jansen', d('2026-07-01'), 300, 'gecrediteerd'],
          ],
        },
      ],
    });
    const report = await setUp(book, {});
    expect(report.adopted.find((a) => a.table === 'invoices')?.personal).toEqual(['Status']);
    await refreshAndSort(book, { today: TODAY });
    const t = book.snapshot().tables.find((x) => x.name === 'Facturen');
    const mine = t?.headers.indexOf('Status') ?? -1;
    const ours = t?.headers.indexOf('Status (Klant Inzicht)') ?? -1;
    expect(ours).toBeGreaterThan(mine);
    const byNumber = new Map(t?.values.map((r) => [r[0], r]));
    expect(byNumber.get('F1')?.[mine]).toBe('betaald');
    expect(t?.formulas.every((f) => f[mine] === null)).toBe(true);
    const loaded = await loadLedger(book);
    const index = indexLedger(loaded.ledger);
    const customer = loaded.ledger.customers[0] as Customer;
    const kinds = ['F1', 'F2', 'F3'].map(
      (n) =>
        invoiceStatus(
          loaded.ledger.invoices.find((i) => i.number === n) as Invoice,
          index,
          customer,
          loaded.ledger.settings,
          isoDate(TODAY),
        ).kind,
    );
    expect(kinds).toEqual(['paid-on-time', 'overdue', 'credited']);
  });

  it('reads the words traders use for payment status', () => {
    expect(['Betaald', 'VOLDAAN', 'paid'].map(paymentStatusOf)).toEqual(['paid', 'paid', 'paid']);
    expect(['open', 'Openstaand', 'niet betaald'].map(paymentStatusOf)).toEqual(['open', 'open', 'open']);
    expect(paymentStatusOf('gecrediteerd')).toBe('credited');
    expect(paymentStatusOf('herinnering 2 gestuurd')).toBeUndefined();
    const inv: Invoice = {
      number: 'F9',
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-01-01'),
      amountExclVat: cents(100),
      amountInclVat: cents(121),
    };
    expect(fromMarks(inv, { paidFlag: true }, false).payment).toMatchObject({
      date: UNKNOWN_PAID_ON,
      amount: 121,
    });
    expect(fromMarks(inv, { paidFlag: false }, false).payment).toBeUndefined();
    expect(fromMarks(inv, { paymentStatus: 'gecrediteerd' }, false).creditNote).toMatchObject({
      amountInclVat: -121,
      creditsInvoice: 'F9',
    });
  });
});
