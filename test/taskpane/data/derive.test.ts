/**
 * derive gives each invoice its status and ladder state (the status computed once: the ladder's
 * second question is answered from the first): the rows must hold exactly what the two domain
 * functions give on their own, and a row that fails must keep the error the status gives first.
 */
import { isoDate, type IsoDate } from '../../../src/domain/dates';
import { dunningPlan, dunningState } from '../../../src/domain/dunning';
import { indexLedger } from '../../../src/domain/ledger';
import type { Ledger } from '../../../src/domain/model';
import { invoiceStatus } from '../../../src/domain/status';
import { derive } from '../../../src/taskpane/data/derive';
import { sampleLedger } from '../support/fakeOperations';

const TODAY: IsoDate = isoDate('2026-11-30');

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected it to throw');
}

test("the plan is the domain's plan, made from the rows' states instead of working them out again", () => {
  const ledger = sampleLedger();
  const { plan, planError } = derive(ledger, TODAY);
  expect(planError).toBeUndefined();
  expect(plan.length).toBeGreaterThan(0);
  expect(plan).toEqual(dunningPlan(indexLedger(ledger), ledger.settings, TODAY));
});

test('each row holds the invoice status and ladder state the domain gives', () => {
  const ledger = sampleLedger();
  const index = indexLedger(ledger);
  const { rows } = derive(ledger, TODAY);
  expect(rows).toHaveLength(ledger.invoices.length);
  for (const row of rows) {
    const customer = index.customersByNumber.get(row.invoice.customerNumber);
    if (!customer) throw new Error(`no customer for ${row.invoice.number}`);
    expect(row.error).toBeUndefined();
    expect(row.status).toEqual(invoiceStatus(row.invoice, index, customer, ledger.settings, TODAY));
    expect(row.dunning).toEqual(dunningState(row.invoice, index, customer, ledger.settings, TODAY));
  }
  // The sample has each kind the views show: overdue, disputed, in an arrangement, paid.
  expect(new Set(rows.map((r) => r.status?.kind))).toEqual(
    new Set(['paid-late', 'overdue', 'open', 'disputed', 'in-arrangement']),
  );
});

test('a ladder the domain refuses fails every row with its error, the status unknown', () => {
  const sample = sampleLedger();
  const ledger: Ledger = {
    ...sample,
    settings: {
      ...sample.settings,
      ladder: [{ id: 'x', kind: 'friendly', afterDays: -3, newTermDays: 7, offerPaymentPlan: false }],
    },
  };
  const { rows, rowErrors, planError } = derive(ledger, TODAY);
  expect(planError).toBeDefined();
  expect(rowErrors).toBe(rows.length);
  for (const row of rows) {
    expect(row.status).toBeUndefined();
    expect(row.dunning).toBeUndefined();
    expect(String(row.error)).toBe(String(planError));
  }
});

test('a row whose status fails keeps the status error, also when the ladder fails too', () => {
  const sample = sampleLedger();
  const broken = { ...sample.invoices[0]!, invoiceDate: '2026-13-40' as IsoDate };
  const badLadder = [
    { id: 'x', kind: 'friendly' as const, afterDays: -3, newTermDays: 7, offerPaymentPlan: false },
  ];
  const index = indexLedger(sample);
  const customer = index.customersByNumber.get(broken.customerNumber)!;
  const statusError = caught(() => invoiceStatus(broken, index, customer, sample.settings, TODAY));
  for (const settings of [sample.settings, { ...sample.settings, ladder: badLadder }]) {
    const ledger: Ledger = { ...sample, settings, invoices: [broken, ...sample.invoices.slice(1)] };
    const row = derive(ledger, TODAY).rows[0]!;
    expect(row.status).toBeUndefined();
    expect(row.dunning).toBeUndefined();
    expect(String(row.error)).toBe(String(statusError));
  }
});
