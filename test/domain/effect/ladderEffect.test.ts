import { addDays } from '../../../src/domain/dates';
import { DEFAULT_LADDER } from '../../../src/domain/dunning';
import { ladderEffect, type EffectRow, type LadderEffect } from '../../../src/domain/effect';
import { DomainError } from '../../../src/domain/errors';
// The segment rules register themselves when loaded (src/domain/segments/registry.ts).
import '../../../src/domain/segments';
import type {
  Arrangement,
  ContactEntry,
  Customer,
  DunningStep,
  Invoice,
  Payment,
} from '../../../src/domain/model';
import { customer, due30, invoice, ledger, payment, reminder } from '../metrics/builders';
import { settings } from '../_statusBuilders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const today = isoDate('2026-06-30');
// Invoiced 2026-03-01, so due 2026-03-31; the first reminder went on 2026-04-01.
const ON = '2026-03-01';
const H1 = '2026-04-01';

function build() {
  const customers: Customer[] = [
    { ...customer('K1'), segment: 'Horeca' },
    customer('K2'),
    { ...customer('K3'), segment: ' Bouw ' },
  ];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const contacts: ContactEntry[] = [];
  const arrangements: Arrangement[] = [];
  const add = (n: string, k: string, over: Partial<Invoice> = {}, date = ON): Invoice => {
    const inv = invoice(n, k, date, 10000, over);
    invoices.push(inv);
    return inv;
  };
  const pay = (n: string, date: string, amount = 12100) => payments.push(payment(n, date, amount));
  const step = (n: string, k: string, date: string, id: string) => contacts.push(reminder(n, k, date, id));

  add('A', 'K1'); // paid 4 days after the first reminder, which was sent twice
  step('A', 'K1', H1, 'herinnering-1');
  step('A', 'K1', '2026-04-03', 'herinnering-1');
  pay('A', '2026-04-05');
  add('B', 'K1'); // 11 days after the first, 3 after the second
  step('B', 'K1', H1, 'herinnering-1');
  step('B', 'K1', '2026-04-09', 'herinnering-2');
  pay('B', '2026-04-12');
  add('C', 'K1'); // three steps, still open
  step('C', 'K1', H1, 'herinnering-1');
  step('C', 'K1', '2026-04-09', 'herinnering-2');
  step('C', 'K1', '2026-04-17', 'aanmaning');
  add('D', 'K3', {}, '2026-05-20'); // reminded 3 days ago, open: too recent for either share
  step('D', 'K3', '2026-06-27', 'herinnering-1');
  add('E', 'K2', {}, '2026-05-15'); // reminded 10 days ago, paid 2 days later
  step('E', 'K2', '2026-06-20', 'herinnering-1');
  pay('E', '2026-06-22');
  add('F', 'K2', { disputedSince: isoDate('2026-04-10'), disputeResolvedOn: isoDate('2026-05-01') });
  step('F', 'K2', H1, 'herinnering-1');
  pay('F', '2026-05-02');
  add('G', 'K2'); // half paid 2 days after: still open
  step('G', 'K2', H1, 'herinnering-1');
  pay('G', '2026-04-03', 6050);
  add('H', 'K2'); // under a payment plan
  step('H', 'K2', H1, 'herinnering-1');
  arrangements.push({
    invoiceNumber: 'H',
    agreedOn: isoDate('2026-04-20'),
    instalments: [{ dueDate: isoDate('2026-05-20'), amount: cents(12100) }],
  });
  add('W', 'K2', { writtenOffOn: isoDate('2026-05-01') });
  step('W', 'K2', H1, 'herinnering-1');
  add('P', 'K2'); // paid the day before the reminder went out
  step('P', 'K2', H1, 'herinnering-1');
  pay('P', '2026-03-31');
  // Never reminded: the baseline, counted from the due date (2026-03-31).
  add('N1', 'K1');
  pay('N1', '2026-03-25');
  add('N2', 'K2');
  pay('N2', '2026-04-10');
  add('N3', 'K2', {}, '2026-06-15'); // not due until 2026-07-15
  add('N4', 'K2', {}, '2026-04-01'); // due 2026-05-01, nobody reminded, still open
  add('X', 'K2'); // cancelled by a credit note
  add(
    'CN',
    'K2',
    { amountExclVat: cents(-10000), amountInclVat: cents(-12100), creditsInvoice: 'X' },
    '2026-04-05',
  );
  add('FUT', 'K2', {}, '2026-07-10'); // dated after today: does not exist yet
  return ledger({ customers, invoices, payments, contacts, arrangements });
}

const rowOf = (e: { rows: EffectRow[] }, id: string | undefined): EffectRow => {
  const row = e.rows.find((r) => r.step?.stepId === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

const run = (opts: { minSegmentInvoices?: number } = {}): LadderEffect =>
  ladderEffect(build(), { today, dueDateOf: due30, ladder: DEFAULT_LADDER, ...opts });

describe('ladderEffect', () => {
  it('gives the first reminder its shares, censored at today, and its Kaplan–Meier median', () => {
    const first = rowOf(run(), 'herinnering-1');
    expect(first.step).toEqual({ stepId: 'herinnering-1', stepKind: 'friendly', position: 0 });
    expect(first.reached).toBe(10);
    expect(first.excluded).toEqual({
      writtenOff: 1,
      disputed: 1,
      arrangement: 1,
      credited: 0,
      paidBeforeStep: 1,
    });
    expect(first).toMatchObject({ included: 6, paid: 3, open: 3 });
    // Within 7: A, B, C, G reminded 90 days ago and E 10 days ago; D (3 days) cannot tell yet.
    // Paid within 7 days: A (4 days after the first sending, not the second) and E (2).
    expect(first.within7).toEqual({ days: 7, counted: 5, paid: 2, share: 0.4 });
    // Within 14: E drops out too (10 days); A and B (11 days) paid.
    expect(first.within14).toEqual({ days: 14, counted: 4, paid: 2, share: 0.5 });
    // E paid at 2 (S = 5/6), D open at 3 leaves, A at 4 (S = 5/8), B at 11 (S = 5/12 ≤ 1/2).
    expect(first.medianDays).toBe(11);
  });

  it('gives the later steps theirs, also a step nobody reached', () => {
    const e = run();
    expect(rowOf(e, 'herinnering-2')).toMatchObject({
      reached: 2,
      paid: 1,
      open: 1,
      within7: { counted: 2, paid: 1, share: 0.5 },
      within14: { counted: 2, paid: 1, share: 0.5 },
      medianDays: 3,
    });
    expect(rowOf(e, 'aanmaning')).toMatchObject({
      reached: 1,
      paid: 0,
      within7: { counted: 1, paid: 0, share: 0 },
      medianDays: null,
    });
    expect(rowOf(e, 'incasso')).toMatchObject({
      reached: 0,
      included: 0,
      within7: { counted: 0, paid: 0, share: null },
      within14: { counted: 0, paid: 0, share: null },
      medianDays: null,
    });
    expect(e.rows.map((r) => r.step?.stepId)).toEqual([...DEFAULT_LADDER.map((s) => s.id), undefined]);
  });

  it('counts the baseline from the due date: paying early is within, a not-yet-due invoice is left out', () => {
    const base = rowOf(run(), undefined);
    expect(base.reached).toBe(5);
    expect(base.excluded.credited).toBe(1);
    expect(base).toMatchObject({ included: 4, paid: 2, open: 2 });
    // N1 paid 6 days early, N2 10 days late, N4 open 60 days after its due date; N3 not due.
    expect(base.within7).toEqual({ days: 7, counted: 3, paid: 1, share: 1 / 3 });
    expect(base.within14).toEqual({ days: 14, counted: 3, paid: 2, share: 2 / 3 });
    expect(base.medianDays).toBe(10);
  });

  it('gives a block per segment with enough invoices, and says so below the minimum', () => {
    const e = run({ minSegmentInvoices: 3 });
    expect(e.minSegmentInvoices).toBe(3);
    expect(e.segments.map((s) => [s.segment, s.invoices, s.tooFewData])).toEqual([
      ['Bouw', 1, true],
      ['Horeca', 4, false],
    ]);
    const horeca = e.segments[1]!;
    expect(rowOf(horeca, 'herinnering-1')).toMatchObject({
      reached: 3,
      paid: 2,
      within7: { counted: 3, paid: 1 },
      within14: { counted: 3, paid: 2 },
    });
    expect(rowOf(horeca, undefined)).toMatchObject({ reached: 1, paid: 1, within7: { counted: 1, paid: 1 } });
    expect(e.segments[0]!.rows).toEqual([]);
    // The default minimum is larger than this little ledger.
    expect(run().segments.every((s) => s.tooFewData)).toBe(true);
  });

  it("takes the segments from segmentOf when given, and the steps of a customer's own ladder", () => {
    const own = [
      { id: 'bel-1', kind: 'friendly', afterDays: 0, newTermDays: 3, offerPaymentPlan: false },
      ...DEFAULT_LADDER.slice(1),
    ] as const;
    const l = build();
    l.contacts.push(reminder('N4', 'K2', '2026-05-02', 'bel-1'));
    const e = ladderEffect(l, {
      today,
      dueDateOf: due30,
      ladder: DEFAULT_LADDER,
      ladderFor: (c) => (c?.number === 'K2' ? own : DEFAULT_LADDER),
      segmentOf: (c) => (c.number === 'K2' ? 'Laat' : undefined),
      minSegmentInvoices: 1,
    });
    expect(e.segments.map((s) => s.segment)).toEqual(['Laat']);
    expect(rowOf(e, 'bel-1')).toMatchObject({ step: { stepId: 'bel-1', position: 0 }, reached: 1, open: 1 });
    expect(e.rows.map((r) => r.step?.stepId)).toEqual([
      ...DEFAULT_LADDER.map((s) => s.id),
      'bel-1',
      undefined,
    ]);
  });

  it("takes segments and a segment's own ladder from the settings' rules when they define segments", () => {
    const own: DunningStep[] = [
      { id: 'bel-1', kind: 'friendly', afterDays: 0, newTermDays: 3, offerPaymentPlan: false },
      ...DEFAULT_LADDER.slice(1),
    ];
    const l = build();
    l.customers = l.customers.map((c) => (c.number === 'K2' ? { ...c, kind: 'consumer' as const } : c));
    const withRules = settings({ segments: [{ name: 'Particulier', rule: 'consument', ladder: own }] });
    l.contacts.push(reminder('N4', 'K2', '2026-05-02', 'bel-1'));
    const e = ladderEffect(l, {
      today,
      dueDateOf: due30,
      ladder: DEFAULT_LADDER,
      settings: withRules,
      minSegmentInvoices: 1,
    });
    // The rule's segment, not the Segment column (K1 Horeca, K3 Bouw are in no rule's segment).
    expect(e.segments.map((s) => s.segment)).toEqual(['Particulier']);
    expect(rowOf(e, 'bel-1')).toMatchObject({ step: { stepId: 'bel-1', position: 0 }, reached: 1 });
  });

  it('refuses a missing ladder or a segmentOf that is no function, by name', () => {
    const base = { today, dueDateOf: due30 };
    expect(() => ladderEffect(build(), { ...base, ladder: [] })).toThrow(DomainError);
    expect(() =>
      ladderEffect(build(), { ...base, ladder: DEFAULT_LADDER, segmentOf: 'Segment' as never }),
    ).toThrow(/segmentOf/);
    expect(() => ladderEffect(build(), { ...base, ladder: DEFAULT_LADDER, minSegmentInvoices: 0 })).toThrow(
      /minSegmentInvoices|whole number/,
    );
  });

  it('shifts with today: a step becomes countable once its window has passed', () => {
    const later = ladderEffect(build(), {
      today: addDays(today, 4),
      dueDateOf: due30,
      ladder: DEFAULT_LADDER,
    });
    // D was reminded 7 days before the new today: now counted (open) within 7.
    expect(rowOf(later, 'herinnering-1').within7).toMatchObject({ counted: 6, paid: 2 });
  });
});
