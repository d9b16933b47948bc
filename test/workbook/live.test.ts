/**
 * The workbook's live formulas must say what the core says. The formulas are generated from
 * expressions (src/workbook/live.ts); here the same expressions are evaluated over generated
 * ledgers and compared with terms.dueDateOf, status.invoiceStatus and metrics' open amounts.
 */
import fc from 'fast-check';
import { addDays, isoDate } from '../../src/domain/dates';
import { indexLedger } from '../../src/domain/ledger';
import { prepareLedger } from '../../src/domain/metrics';
import {
  defaultSettings,
  type Arrangement,
  type Customer,
  type Invoice,
  type Payment,
  type Settings,
} from '../../src/domain/model';
import { invoiceStatus, type InvoiceStatusKind } from '../../src/domain/status';
import { dueDateOf } from '../../src/domain/terms';
import type { Cell } from '../../src/workbook/book';
import { isoToSerial } from '../../src/workbook/cells';
import { encodeFields } from '../../src/workbook/codec';
import { evaluate, type Row } from '../../src/workbook/formulaEval';
import { render } from '../../src/workbook/formulaText';
import { liveColumns, liveInputs, overdueHighlight } from '../../src/workbook/live';
import {
  ARRANGEMENTS,
  CUSTOMERS,
  INVOICES,
  PAYMENTS,
  STATUS_LABELS,
  tableSpec,
  type TableId,
} from '../../src/workbook/schema';
import { cents } from '../../src/domain/money';

const TODAY = isoDate('2026-11-22');
const LABEL: Record<InvoiceStatusKind, keyof typeof STATUS_LABELS> = {
  open: 'open',
  'due-today': 'dueToday',
  overdue: 'overdue',
  'partly-paid': 'partlyPaid',
  'paid-on-time': 'paid',
  'paid-late': 'paid',
  disputed: 'disputed',
  'in-arrangement': 'arrangement',
  credited: 'credited',
  'written-off': 'writtenOff',
  'credit-note': 'creditNote',
};

const day = (offset: number): string => addDays(isoDate(TODAY), offset);
const dayArb = fc.integer({ min: -200, max: 40 }).map(day);

const customerArb = (n: number) =>
  fc
    .record({
      kind: fc.constantFrom('business' as const, 'consumer' as const),
      paymentTermDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    })
    .map((c): Customer => ({ number: `K${n}`, name: `Klant ${n}`, ibans: [], ...c }));

interface World {
  customers: Customer[];
  invoices: Invoice[];
  payments: Payment[];
  arrangements: Arrangement[];
  settings: Settings;
}

const worldArb: fc.Arbitrary<World> = fc
  .record({
    customers: fc.tuple(customerArb(1), customerArb(2), customerArb(3)),
    businessTermDays: fc.option(fc.integer({ min: 7, max: 60 }), { nil: undefined }),
    consumerTermDays: fc.integer({ min: 7, max: 30 }),
    invoices: fc.array(
      fc.record({
        customer: fc.integer({ min: 1, max: 4 }), // 4 = not in Klanten
        invoiceDate: dayArb,
        amount: fc.integer({ min: 0, max: 500_000 }),
        paymentTermDays: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
        dueOffset: fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined }),
        dispute: fc.option(
          fc.tuple(
            fc.integer({ min: 0, max: 60 }),
            fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
          ),
          { nil: undefined },
        ),
        writtenOff: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        payments: fc.array(
          fc.record({ offset: fc.integer({ min: 0, max: 120 }), part: fc.integer({ min: -20, max: 110 }) }),
          { maxLength: 3 },
        ),
        credit: fc.option(
          fc.record({ offset: fc.integer({ min: 0, max: 60 }), part: fc.integer({ min: 1, max: 100 }) }),
          { nil: undefined },
        ),
        arrangement: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map((w): World => {
    const settings = defaultSettings({
      consumerTermDays: w.consumerTermDays,
      ...(w.businessTermDays !== undefined ? { businessTermDays: w.businessTermDays } : {}),
    });
    const invoices: Invoice[] = [];
    const payments: Payment[] = [];
    const arrangements: Arrangement[] = [];
    w.invoices.forEach((g, i) => {
      const number = `2026-${String(i + 1).padStart(4, '0')}`;
      const inv: Invoice = {
        number,
        customerNumber: `K${g.customer}`,
        invoiceDate: isoDate(g.invoiceDate),
        amountExclVat: cents(g.amount),
        amountInclVat: cents(g.amount),
      };
      if (g.paymentTermDays !== undefined) inv.paymentTermDays = g.paymentTermDays;
      if (g.dueOffset !== undefined) inv.dueDate = addDays(isoDate(g.invoiceDate), g.dueOffset);
      if (g.dispute) {
        inv.disputedSince = addDays(isoDate(g.invoiceDate), g.dispute[0]);
        if (g.dispute[1] !== undefined) inv.disputeResolvedOn = addDays(inv.disputedSince, g.dispute[1]);
      }
      if (g.writtenOff !== undefined) inv.writtenOffOn = addDays(isoDate(g.invoiceDate), g.writtenOff);
      invoices.push(inv);
      for (const p of g.payments)
        payments.push({
          date: addDays(isoDate(g.invoiceDate), p.offset),
          invoiceNumber: number,
          amount: cents(Math.round((g.amount * p.part) / 100)),
        });
      if (g.credit) {
        const cn = cents(0 - Math.round((g.amount * g.credit.part) / 100));
        invoices.push({
          number: `C-${number}`,
          customerNumber: inv.customerNumber,
          invoiceDate: addDays(isoDate(g.invoiceDate), g.credit.offset),
          amountExclVat: cn,
          amountInclVat: cn,
          creditsInvoice: number,
        });
      }
      if (g.arrangement !== undefined) {
        arrangements.push({
          invoiceNumber: number,
          agreedOn: addDays(isoDate(g.invoiceDate), g.arrangement),
          instalments: [{ dueDate: addDays(isoDate(g.invoiceDate), g.arrangement + 30), amount: cents(100) }],
        });
      }
    });
    return { customers: [...w.customers], invoices, payments, arrangements, settings };
  });

const opts = { dateSystem: 1900 as const, language: 'nl' as const };

function rowsOf(world: World): Record<TableId, Row[]> {
  const arrRows = world.arrangements.flatMap((a) =>
    a.instalments.map((i) => encodeFields(ARRANGEMENTS, { ...a, ...i }, opts)),
  );
  return {
    customers: world.customers.map((c) => encodeFields(CUSTOMERS, c, opts)),
    invoices: world.invoices.map((i) => encodeFields(INVOICES, i, opts)),
    payments: world.payments.map((p) => encodeFields(PAYMENTS, p, opts)),
    arrangements: arrRows,
    contacts: [],
    settings: [],
  };
}

function calculate(world: World, language: 'nl' | 'en' = 'nl'): Record<TableId, Row[]> {
  const rows = rowsOf(world);
  const todaySerial = isoToSerial(isoDate(TODAY), 1900);
  for (const live of liveColumns(world.settings, language)) {
    for (const row of rows[live.table]) {
      row[live.field] = evaluate(live.expr, {
        row,
        tables: (t) => rows[t as TableId],
        today: todaySerial,
      }) as Cell;
    }
  }
  return rows;
}

const fallbackCustomer = (n: string): Customer => ({ number: n, name: n, kind: 'business', ibans: [] });

describe('live formulas agree with the core', () => {
  it('due date, open amount, days overdue and status on generated ledgers', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const rows = calculate(world);
        const ledger = {
          customers: world.customers,
          invoices: world.invoices,
          payments: world.payments,
          contacts: [],
          arrangements: world.arrangements,
        };
        const index = indexLedger(ledger);
        const customerOf = (inv: Invoice): Customer =>
          index.customersByNumber.get(inv.customerNumber) ?? fallbackCustomer(inv.customerNumber);
        const prepared = prepareLedger(ledger, {
          today: TODAY,
          dueDateOf: (inv) => dueDateOf(inv, customerOf(inv), world.settings),
        });
        world.invoices.forEach((inv, i) => {
          const row = rows.invoices[i] as Row;
          const status = invoiceStatus(inv, index, customerOf(inv), world.settings, isoDate(TODAY));
          expect(row.dueDateComputed).toBe(isoToSerial(status.dueDate, 1900));
          expect(row.daysOverdue).toBe(status.daysOverdue);
          expect(row.status).toBe(STATUS_LABELS[LABEL[status.kind]].nl);
          const p = prepared.invoices.find((x) => x.invoice.number === inv.number);
          expect(Math.round(Number(row.open) * 100)).toBe((p?.open ?? Number.NaN) + 0);
        });
        for (const c of rows.customers) {
          const own = world.invoices.filter((inv) => inv.customerNumber === c.number);
          const expected = own.reduce(
            (s, inv) => s + (prepared.invoices.find((x) => x.invoice.number === inv.number)?.open ?? 0),
            0,
          );
          expect(Math.round(Number(c.open) * 100)).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes status labels in English for an English workbook', () => {
    const world: World = {
      customers: [{ number: 'K1', name: 'A', kind: 'business', ibans: [] }],
      invoices: [
        {
          number: 'F1',
          customerNumber: 'K1',
          invoiceDate: isoDate('2026-09-01'),
          amountExclVat: cents(100),
          amountInclVat: cents(100),
        },
      ],
      payments: [],
      arrangements: [],
      settings: defaultSettings(),
    };
    expect(calculate(world, 'en').invoices[0]?.status).toBe('Overdue');
    expect(calculate(world, 'nl').invoices[0]?.status).toBe('Vervallen');
  });
});

describe('rendered formula text', () => {
  const layout = (id: TableId, sheet: string, firstColumn = 1) => {
    const spec = tableSpec(id);
    return {
      sheet,
      firstRow: 2,
      firstColumn,
      columnOf: (f: string) => {
        const i = spec.columns.findIndex((c) => c.field === f);
        return i < 0 ? undefined : i;
      },
    };
  };
  const ctx = {
    self: 'invoices',
    tables: (t: string) =>
      t === 'invoices'
        ? layout('invoices', 'Facturen')
        : t === 'customers'
          ? layout('customers', 'Klanten')
          : t === 'payments'
            ? layout('payments', 'Betalingen')
            : t === 'arrangements'
              ? layout('arrangements', 'Mijn regelingen', 3)
              : undefined,
  };
  const byField = (f: string) =>
    liveColumns(defaultSettings(), 'nl').find((l) => l.table === 'invoices' && l.field === f)?.expr;

  it('renders the due date with A1 references from the first body row', () => {
    const text = render(byField('dueDateComputed') as never, ctx);
    // First the text guard (a typed date or term stored as text shows a blank), then the rule. The
    // letters follow the spec's column order (term in J, due date in K, after the VAT amount in I).
    expect(
      text.startsWith(
        '=IF(OR(ISTEXT($C2),ISTEXT($J2),ISTEXT($K2)),"",IF(($K2<>""),$K2,IF(($C2=""),"",($C2+IF(($J2<>""),$J2,IFERROR(IF((INDEX(Klanten!$G:$G,MATCH($B2,Klanten!$A:$A,0))=""),',
      ),
    ).toBe(true);
    expect(text).toContain('IF(OR(');
    expect(text).toContain(',14,30)');
  });

  it('quotes sheet names with spaces and uses "<="&TODAY() criteria', () => {
    const text = render(byField('status') as never, ctx);
    expect(text).toContain(
      "COUNTIFS('Mijn regelingen'!$C:$C,$A2,'Mijn regelingen'!$D:$D,\"<=\"&TODAY(),'Mijn regelingen'!$G:$G,\"\")",
    );
    expect(text).toContain('SUMIFS(Betalingen!$D:$D,Betalingen!$B:$B,$A2,Betalingen!$A:$A,"<="&TODAY())');
  });

  it('renders columns an adopted table lacks as empty, like evaluate does', () => {
    const fields = [
      'number',
      'customerNumber',
      'invoiceDate',
      'amountInclVat',
      'dueDateComputed',
      'open',
      'daysOverdue',
      'status',
    ];
    const small = {
      self: 'invoices',
      tables: (t: string) =>
        t === 'invoices'
          ? {
              sheet: 'Blad1',
              firstRow: 5,
              firstColumn: 2,
              columnOf: (f: string) => (fields.includes(f) ? fields.indexOf(f) : undefined),
            }
          : ctx.tables(t),
    };
    const due = render(byField('dueDateComputed') as never, small);
    expect(
      due.startsWith('=IF(OR(ISTEXT($D5),FALSE,FALSE),"",IF((""<>""),"",IF(($D5=""),"",($D5+IF((""<>""),""'),
    ).toBe(true);
    const status = render(byField('status') as never, small);
    expect(status).not.toContain('undefined');
    expect(status).toContain('SUMIFS(Betalingen!$D:$D,Betalingen!$B:$B,$B5,Betalingen!$A:$A,"<="&TODAY())');
  });
});

describe('text where a formula needs a number', () => {
  const settings = defaultSettings();
  const exprOf = (f: string) =>
    liveColumns(settings, 'nl').find((l) => l.table === 'invoices' && l.field === f)?.expr as never;
  const todaySerial = isoToSerial(isoDate(TODAY), 1900);
  const customers: Row[] = [{ number: 'K1', name: 'A', kind: 'Zakelijk' }];

  function live(invoice: Row, payments: Row[] = []): Row {
    const row: Row = { ...invoice };
    const tables = (t: string): Row[] =>
      t === 'invoices' ? [row] : t === 'customers' ? customers : t === 'payments' ? payments : [];
    for (const f of ['dueDateComputed', 'open', 'daysOverdue', 'status'])
      row[f] = evaluate(exprOf(f), { row, tables, today: todaySerial }) as Cell;
    return row;
  }

  const base: Row = {
    number: 'F1',
    customerNumber: 'K1',
    invoiceDate: isoToSerial(isoDate('2026-10-01'), 1900),
    amountInclVat: cents(121),
  };

  it('computes as usual from numbers', () => {
    expect(live(base)).toMatchObject({
      dueDateComputed: isoToSerial(isoDate('2026-10-31'), 1900),
      open: 121,
      daysOverdue: 22,
      status: 'Vervallen',
    });
  });

  it('a text invoice date never yields a plausible wrong figure (it used to show Openstaand 0)', () => {
    const r = live({ ...base, invoiceDate: '01-10-2026' });
    expect(r).toMatchObject({ dueDateComputed: '', open: '', daysOverdue: '', status: 'Controleer invoer' });
  });

  it('a text amount blanks what needs the amount, and the due date still stands', () => {
    const r = live({ ...base, amountInclVat: 'EUR 121,00' });
    expect(r).toMatchObject({
      dueDateComputed: isoToSerial(isoDate('2026-10-31'), 1900),
      open: '',
      daysOverdue: '',
      status: 'Controleer invoer',
    });
  });

  it('a text agreed due date or term is caught too; the status label follows the language', () => {
    expect(live({ ...base, dueDate: '15-11-2026' }).status).toBe('Controleer invoer');
    expect(live({ ...base, paymentTermDays: '14 dagen' }).dueDateComputed).toBe('');
    const en = liveColumns(settings, 'en').find((l) => l.field === 'status' && l.table === 'invoices')
      ?.expr as never;
    expect(
      evaluate(en, {
        row: { ...base, amountInclVat: '121', dueDateComputed: 1 },
        tables: () => [],
        today: todaySerial,
      }),
    ).toBe('Check input');
  });

  it('the overdue highlight ignores a blank Dagen over tijd (Excel ranks "" above every number)', () => {
    const tables = (): Row[] => [];
    expect(evaluate(overdueHighlight(), { row: { daysOverdue: '' }, tables, today: todaySerial })).toBe(
      false,
    );
    expect(evaluate(overdueHighlight(), { row: { daysOverdue: 0 }, tables, today: todaySerial })).toBe(false);
    expect(evaluate(overdueHighlight(), { row: { daysOverdue: 3 }, tables, today: todaySerial })).toBe(true);
  });

  it('liveInputs names the columns the formulas compute with, in every table they read', () => {
    const inputs = liveInputs();
    expect([...(inputs.get('payments') ?? [])].sort()).toEqual(['amount', 'date', 'invoiceNumber']);
    expect(inputs.get('invoices')?.has('invoiceDate')).toBe(true);
    expect(inputs.get('invoices')?.has('deliveryDate')).toBe(false);
    expect(inputs.get('customers')?.has('paymentTermDays')).toBe(true);
    expect(inputs.get('arrangements')?.has('agreedOn')).toBe(true);
    expect(inputs.has('contacts')).toBe(false);
  });
});

describe('a workbook without Betalingen or Regelingen', () => {
  const ctx = {
    self: 'invoices',
    tables: (t: string) =>
      t === 'invoices' || t === 'customers'
        ? {
            sheet: t === 'invoices' ? 'Facturen' : 'Klanten',
            firstRow: 2,
            firstColumn: 1,
            columnOf: (f: string) => {
              const s = tableSpec(t).columns.findIndex((c) => c.field === f);
              return s < 0 ? undefined : s;
            },
          }
        : undefined,
  };

  it('still renders every invoice formula, with the missing tables as empty ones', () => {
    for (const live of liveColumns(defaultSettings(), 'nl').filter((l) => l.table === 'invoices')) {
      const text = render(live.expr, ctx);
      expect(text).not.toMatch(/Betalingen|Regelingen|undefined/);
    }
  });

  it('open is the amount, and status and days overdue follow the due date', () => {
    const row: Row = {
      number: 'F1',
      customerNumber: 'K1',
      invoiceDate: isoToSerial(isoDate('2026-10-01'), 1900),
      amountInclVat: cents(121),
    };
    const tables = (t: string): Row[] => (t === 'invoices' ? [row] : []);
    for (const live of liveColumns(defaultSettings(), 'nl').filter((l) => l.table === 'invoices')) {
      row[live.field] = evaluate(live.expr, {
        row,
        tables,
        today: isoToSerial(isoDate(TODAY), 1900),
      }) as Cell;
    }
    expect(row).toMatchObject({ open: 121, daysOverdue: 22, status: 'Vervallen' });
  });
});
