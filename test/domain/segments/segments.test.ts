import fc from 'fast-check';
import { dunningPlan, DEFAULT_LADDER } from '../../../src/domain/dunning';
import { DomainError } from '../../../src/domain/errors';
import { indexLedger } from '../../../src/domain/ledger';
import type {
  Customer,
  DunningStep,
  Invoice,
  Ledger,
  Payment,
  SettingsInput,
} from '../../../src/domain/model';
import {
  checkSegmentLadder,
  customerFacts,
  parseRule,
  ruleHolds,
  segmentOf,
  segmentsOf,
  type Condition,
  type Rule,
} from '../../../src/domain/segments';
import { business, consumer, invoice, payment, settings } from '../_statusBuilders';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

const TODAY = isoDate('2026-06-30');

const rule = (text: string): Rule => {
  const r = parseRule(text);
  if (!r.ok) throw new Error(text);
  return r.rule;
};

function ledger(over: Partial<Ledger> & { settingsInput?: SettingsInput } = {}): Ledger {
  return {
    customers: over.customers ?? [],
    invoices: over.invoices ?? [],
    payments: over.payments ?? [],
    contacts: over.contacts ?? [],
    arrangements: over.arrangements ?? [],
    settings: settings(over.settingsInput ?? {}),
  };
}

// K1 pays late: three invoices of 1210.00 (1000.00 excl.), due 30 days after their date, paid 20
// days after the due date; one more still open. K2 pays on time. K3 is a consumer with 6000 open.
const late = business({ number: 'K1', name: 'Laat BV', segment: 'Horeca' });
const punctual = business({ number: 'K2', name: 'Netjes BV', segment: 'Bouw' });
const person = consumer({ number: 'K3', name: 'Jan Jansen' });
const paidInvoices: Invoice[] = [];
const payments: Payment[] = [];
['2026-01-05', '2026-02-05', '2026-03-05'].forEach((date, i) => {
  paidInvoices.push(
    invoice({
      number: `L${i}`,
      customerNumber: 'K1',
      invoiceDate: isoDate(date),
      amountExclVat: cents(100_000),
      amountInclVat: cents(121_000),
    }),
  );
  // due date + 30 days term + 20 days late
  const day = Number(date.slice(8, 10));
  payments.push(payment(`2026-0${i + 3}-${String(day + 2).padStart(2, '0')}`, 121_000, `L${i}`));
  paidInvoices.push(
    invoice({
      number: `N${i}`,
      customerNumber: 'K2',
      invoiceDate: isoDate(date),
      amountExclVat: cents(400_000),
      amountInclVat: cents(484_000),
    }),
  );
  payments.push(payment(`2026-0${i + 1}-${String(day + 10).padStart(2, '0')}`, 484_000, `N${i}`));
});
const book = ledger({
  customers: [late, punctual, person],
  invoices: [
    ...paidInvoices,
    invoice({
      number: 'L9',
      customerNumber: 'K1',
      invoiceDate: isoDate('2026-05-01'),
      amountExclVat: cents(100_000),
      amountInclVat: cents(121_000),
    }),
    invoice({
      number: 'P1',
      customerNumber: 'K3',
      invoiceDate: isoDate('2026-06-01'),
      amountExclVat: cents(600_000),
      amountInclVat: cents(600_000),
    }),
  ],
  payments,
});

const holds = (text: string, customer: Customer, l: Ledger = book, today = TODAY) =>
  ruleHolds(rule(text), customerFacts(customer, indexLedger(l), l.settings, today), today);

describe('evaluating a rule from the ledger and today', () => {
  it('counts late payments, revenue, the open amount and the average days late as documented', () => {
    // L0 due 2026-02-04, paid 2026-03-07: 31 days late; L1 due 03-07, paid 04-07: 31; L2 due 04-04, paid 05-07: 33.
    expect(holds('meer dan 2 keer te laat betaald in 12 maanden', late)).toBe(true);
    expect(holds('meer dan 3 keer te laat betaald in 12 maanden', late)).toBe(false);
    expect(holds('meer dan 1 keer te laat betaald in 2 maanden', late)).toBe(false); // only L2 settled after 04-30
    expect(holds('meer dan 0 keer te laat betaald in 12 maanden', punctual)).toBe(false);
    expect(holds('omzet in 12 maanden boven 4000', late)).toBe(false); // 4 × 1000.00 = 4000.00, not over
    expect(holds('omzet in 12 maanden boven 3999,99', late)).toBe(true);
    expect(holds('omzet in 12 maanden boven 10000', punctual)).toBe(true); // 12000.00
    expect(holds('openstaand boven 1209,99', late)).toBe(true); // L9 open
    expect(holds('openstaand boven 1210', late)).toBe(false);
    expect(holds('openstaand onder 1', punctual)).toBe(true);
    expect(holds('gemiddeld meer dan 30 dagen te laat', late)).toBe(true); // (31 + 31 + 33) / 3
    expect(holds('gemiddeld meer dan 32 dagen te laat', late)).toBe(false);
    expect(holds('gemiddeld minder dan 0 dagen te laat', punctual)).toBe(true); // paid early
    expect(holds('gemiddeld minder dan 100 dagen te laat', person)).toBe(false); // nothing paid: no average
    expect(holds('gemiddeld meer dan 0 dagen te laat', person)).toBe(false);
    expect(holds('consument', person)).toBe(true);
    expect(holds('zakelijk', person)).toBe(false);
    expect(holds('segment is horeca', late)).toBe(true);
    expect(holds('segment is Horeca', punctual)).toBe(false);
    expect(holds('segment is Horeca', person)).toBe(false);
    expect(holds('zakelijk en segment is Bouw en omzet in 12 maanden boven 10000', punctual)).toBe(true);
  });

  it("reads no clock: the same ledger and today give the same answer whatever the machine's date", () => {
    jest.useFakeTimers().setSystemTime(new Date('2031-01-01T00:00:00Z'));
    try {
      expect(holds('meer dan 2 keer te laat betaald in 12 maanden', late)).toBe(true);
      expect(holds('openstaand boven 1209,99', late)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    // ... and a later today changes it: a year on, the late payments have left the window.
    expect(holds('meer dan 2 keer te laat betaald in 12 maanden', late, book, isoDate('2027-06-30'))).toBe(
      false,
    );
  });
});

// A ledger of random invoices and payments for one customer, for the monotonicity properties.
const randomBook = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 500 }),
      amount: fc.integer({ min: 1, max: 500_000 }),
      paidAfter: fc.option(fc.integer({ min: 0, max: 120 })),
    }),
    { maxLength: 12 },
  )
  .map((rows) => {
    const start = Date.UTC(2025, 0, 1);
    const iso = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const invoices = rows.map((r, i) =>
      invoice({
        number: `F${i}`,
        customerNumber: 'K1',
        invoiceDate: isoDate(iso(r.day)),
        amountExclVat: cents(r.amount),
        amountInclVat: cents(r.amount),
      }),
    );
    const pays = rows.flatMap((r, i) =>
      r.paidAfter === null ? [] : [payment(iso(r.day + r.paidAfter), r.amount, `F${i}`)],
    );
    return ledger({ customers: [business()], invoices, payments: pays });
  });

describe('evaluation is monotone in its threshold', () => {
  const thresholdOf = (c: Condition): number =>
    'count' in c ? c.count : 'amount' in c ? c.amount : 'days' in c ? c.days : 0;
  const withThreshold = (c: Condition, n: number): Condition =>
    'count' in c
      ? { ...c, count: n }
      : 'amount' in c
        ? { ...c, amount: cents(n) }
        : 'days' in c
          ? { ...c, days: n }
          : c;
  const conditions: Condition[] = [
    { kind: 'latePayments', op: 'more', count: 0, months: 12 },
    { kind: 'latePayments', op: 'less', count: 0, months: 6 },
    { kind: 'revenue', op: 'more', amount: cents(0), months: 12 },
    { kind: 'revenue', op: 'less', amount: cents(0), months: 3 },
    { kind: 'open', op: 'more', amount: cents(0) },
    { kind: 'open', op: 'less', amount: cents(0) },
    { kind: 'averageDaysLate', op: 'more', days: 0, months: 12 },
    { kind: 'averageDaysLate', op: 'less', days: 0, months: 12 },
  ];

  it('"more than" holds for fewer customers as the threshold rises, "less than" for more', () => {
    fc.assert(
      fc.property(
        randomBook,
        fc.constantFrom(...conditions),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (l, c, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const cap = (n: number) => ('count' in c ? n % 1000 : 'days' in c ? n % 366 : n);
          const [lo, hi] = [cap(low), cap(high)].sort((x, y) => x - y) as [number, number];
          const facts = customerFacts(business(), indexLedger(l), l.settings, isoDate('2026-03-01'));
          const atLow = ruleHolds({ all: [withThreshold(c, lo)] }, facts, isoDate('2026-03-01'));
          const atHigh = ruleHolds({ all: [withThreshold(c, hi)] }, facts, isoDate('2026-03-01'));
          expect(thresholdOf(withThreshold(c, lo))).toBe(lo);
          if (c.kind !== 'customerKind' && c.kind !== 'segmentColumn' && c.op === 'more') {
            if (atHigh) expect(atLow).toBe(true);
          } else if (atLow) expect(atHigh).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const phoneCall: DunningStep = {
  id: 'bellen',
  kind: 'friendly',
  afterDays: 0,
  newTermDays: 7,
  offerPaymentPlan: false,
  channel: 'phone',
};
const segmentLadder: DunningStep[] = [
  phoneCall,
  { id: 'herinnering', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: true },
  { id: 'aanmaning', kind: 'final', afterDays: 1, newTermDays: 14, offerPaymentPlan: false },
];

describe('segments in use', () => {
  const withSegments = (segments: NonNullable<SettingsInput['segments']>) =>
    ledger({ ...book, settingsInput: { segments } });

  it("puts a customer in the first segment whose rule holds, in the table's order", () => {
    const l = withSegments([
      { name: 'Structureel laat', rule: 'meer dan 2 keer te laat betaald in 12 maanden' },
      { name: 'Zakelijk', rule: 'zakelijk' },
      { name: 'Horeca', rule: 'segment is Horeca' },
    ]);
    const of = segmentOf(l, TODAY);
    expect(of(late)).toBe('Structureel laat'); // also zakelijk and Horeca: the first wins
    expect(of(punctual)).toBe('Zakelijk');
    expect(of(person)).toBeUndefined();
    const swapped = segmentOf(
      withSegments([
        { name: 'Zakelijk', rule: 'zakelijk' },
        { name: 'Laat', rule: 'meer dan 2 keer te laat betaald in 12 maanden' },
      ]),
      TODAY,
    );
    expect(swapped(late)).toBe('Zakelijk');
  });

  it('has no segment for anyone when none are defined', () => {
    expect(segmentOf(book, TODAY)(late)).toBeUndefined();
    expect(segmentsOf(book.settings)).toEqual([]);
  });

  it("plans each customer on their segment's ladder, and everyone else on the main one", () => {
    // L9 dated 2026-05-01 is due 2026-05-31: the main ladder's first step falls due the day after.
    const l = withSegments([
      {
        name: 'Structureel laat',
        rule: 'meer dan 2 keer te laat betaald in 12 maanden',
        ladder: segmentLadder,
      },
    ]);
    const onDueDate = dunningPlan(l, l.settings, isoDate('2026-05-31'));
    expect(onDueDate.map((g) => [g.customerNumber, g.step.id, g.step.channel])).toEqual([
      ['K1', 'bellen', 'phone'],
    ]);
    const plain = dunningPlan(book, book.settings, isoDate('2026-05-31'));
    expect(plain).toEqual([]);
    // P1 (K3, a consumer in no segment) on the main ladder.
    const later = dunningPlan(l, l.settings, isoDate('2026-07-02'));
    const k3 = later.find((g) => g.customerNumber === 'K3');
    expect([k3?.step.id, k3 && 'segment' in k3]).toEqual([DEFAULT_LADDER[0]?.id, false]);
  });

  it('keeps the plan exactly as before when no rule holds for anyone', () => {
    const l = withSegments([
      { name: 'Groot', rule: 'omzet in 12 maanden boven 1000000', ladder: segmentLadder },
    ]);
    expect(dunningPlan(l, l.settings, isoDate('2026-07-02'))).toEqual(
      dunningPlan(book, book.settings, isoDate('2026-07-02')),
    );
  });

  it("fails the plan with the segment's field when a rule cannot be read or a ladder breaks the law", () => {
    const bad = withSegments([{ name: 'Raar', rule: 'meer dan twee keer' }]);
    expect(() => dunningPlan(bad, bad.settings, TODAY)).toThrow(DomainError);
    expect(() => dunningPlan(bad, bad.settings, TODAY)).toThrow(/settings\.segments\[0\]\.rule: "twee"/);
    const twice = withSegments([
      { name: 'A', rule: 'zakelijk' },
      { name: 'a', rule: 'consument' },
    ]);
    expect(() => segmentsOf(twice.settings)).toThrow(/segments\[1\]\.name/);
  });
});

describe("a segment's ladder obeys the main ladder's rules and the law's", () => {
  const collectionAfterTwo: DunningStep[] = [
    phoneCall,
    { id: 'tweede', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
    { id: 'incasso', kind: 'collection', afterDays: 1, newTermDays: 0, offerPaymentPlan: false },
  ];

  it('needs two reminders before a legal step (validateLadder)', () => {
    expect(() => checkSegmentLadder([phoneCall, DEFAULT_LADDER[2]], rule('zakelijk'), 'segment')).toThrow(
      /segment\[1\]\.kind: step aanmaning \(final\) needs at least two reminders/,
    );
  });

  it("needs the consumer's fourteen-day letter before collection, unless the rule holds businesses only", () => {
    expect(() => checkSegmentLadder(collectionAfterTwo, rule('openstaand boven 5000'), 'segment')).toThrow(
      /segment\[2\]\.kind: step incasso \(collection\) needs the consumer's fourteen-day letter/,
    );
    expect(
      checkSegmentLadder(collectionAfterTwo, rule('zakelijk en openstaand boven 5000'), 'segment'),
    ).toHaveLength(3);
    expect(
      checkSegmentLadder([...segmentLadder, DEFAULT_LADDER[3]], rule('consument'), 'segment'),
    ).toHaveLength(4);
  });
});
