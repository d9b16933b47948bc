import fc from 'fast-check';
import { addDays, isoDate } from '../../src/domain/dates';
import { DomainError } from '../../src/domain/errors';
import type { LedgerIndex } from '../../src/domain/ledger';
import type { ContactEntry, Customer, DunningStep, Invoice, Payment, Settings } from '../../src/domain/model';
import {
  DEFAULT_LADDER,
  checkLadder,
  dunningPlan,
  dunningPlanReport,
  dunningState,
  ladderOf,
  missedInstalments,
  newTermUntil,
  nextDunningAction,
  validateLadder,
} from '../../src/domain/dunning';
import {
  arrangement,
  business,
  consumer,
  creditNote,
  index,
  invoice,
  payment,
  reminder,
  settings,
  type Book,
} from './_statusBuilders';
import { cents } from '../../src/domain/money';
import { checkSegmentLadder, parseRule, type Rule } from '../../src/domain/segments';

const rule = (text: string): Rule => {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.rule;
};

// Default invoice: F1 of 2026-01-10, EUR 121.00, business, statutory 30 days -> due Monday 2026-02-09.
const next = (book: Book, today: string, s: Settings = settings(), customer: Customer = business()) =>
  nextDunningAction(book.invoices?.[0] ?? invoice(), index(book), customer, s, isoDate(today));
const state = (book: Book, today: string, s: Settings = settings(), customer: Customer = business()) =>
  dunningState(book.invoices?.[0] ?? invoice(), index(book), customer, s, isoDate(today));

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/** Walks day by day, sending every step the moment it is due; returns [date, step id] pairs. */
function walk(
  inv: Invoice,
  customer: Customer,
  from: string,
  to: string,
  s: Settings = settings(),
  extra: Book = {},
): [string, string][] {
  const contacts: ContactEntry[] = [...(extra.contacts ?? [])];
  const sent: [string, string][] = [];
  for (let day = from; day <= to; day = addDays(isoDate(day), 1)) {
    const idx = index({
      ...extra,
      customers: [customer],
      invoices: [inv, ...(extra.invoices ?? [])],
      contacts,
    });
    const action = nextDunningAction(inv, idx, customer, s, isoDate(day));
    if (action) {
      sent.push([day, action.step.id]);
      contacts.push(reminder(day, action.step.id, inv.number, customer.number));
    }
  }
  return sent;
}

describe('DEFAULT_LADDER', () => {
  it('has the four seed steps in order and is itself a valid ladder', () => {
    expect(DEFAULT_LADDER.map((s) => [s.id, s.kind, s.afterDays, s.newTermDays, s.offerPaymentPlan])).toEqual(
      [
        ['herinnering-1', 'friendly', 1, 7, false],
        ['herinnering-2', 'second', 1, 7, true],
        ['aanmaning', 'final', 1, 14, false],
        ['incasso', 'collection', 1, 0, false],
      ],
    );
    expect(validateLadder(DEFAULT_LADDER)).toEqual(DEFAULT_LADDER);
  });
});

describe('nextDunningAction: the first reminder', () => {
  it('is nothing before or on the due date, and waits for the day after', () => {
    expect(next({}, '2026-02-09')).toBeNull();
    expect(state({}, '2026-02-09')).toMatchObject({ kind: 'waiting', dueOn: '2026-02-10', position: 0 });
  });

  it('is herinnering-1 the day after the due date, with a new term of 7 days', () => {
    expect(next({}, '2026-02-10')).toEqual({
      invoiceNumber: 'F1',
      customerNumber: 'K1',
      invoiceDueDate: '2026-02-09',
      step: DEFAULT_LADDER[0],
      position: 0,
      dueOn: '2026-02-10',
      newTermUntil: '2026-02-17',
      overdueDays: 1,
      open: 12100,
      reason: 'past-due-date',
      legalNotice: undefined,
      missedInstalments: [],
    });
  });

  it('starts a far overdue invoice without history at the first step, never further', () => {
    const a = next({}, '2026-09-01');
    expect(a).toMatchObject({ step: { id: 'herinnering-1' }, dueOn: '2026-02-10', overdueDays: 204 });
  });

  it('does not shift for a weekend: a Saturday due date is reminded on Sunday', () => {
    // consumer, 14 days: due Saturday 2026-01-24
    expect(next({ customers: [consumer()] }, '2026-01-25', settings(), consumer())).toMatchObject({
      dueOn: '2026-01-25',
    });
  });

  it('counts across a leap day: due 2024-03-30 for an invoice of 29 February', () => {
    const inv = invoice({ invoiceDate: isoDate('2024-02-29') });
    expect(next({ invoices: [inv] }, '2024-03-30')).toBeNull();
    expect(next({ invoices: [inv] }, '2024-03-31')).toMatchObject({
      dueOn: '2024-03-31',
      newTermUntil: '2024-04-07',
    });
  });

  it('chases EUR 0.01 and EUR 10,000,000 alike, and a partly paid rest', () => {
    const tiny = invoice({ amountExclVat: cents(1), amountInclVat: cents(1) });
    expect(next({ invoices: [tiny] }, '2026-02-10')).toMatchObject({ open: 1 });
    const huge = invoice({ amountExclVat: cents(826446281), amountInclVat: cents(1_000_000_000) });
    expect(
      next({ invoices: [huge], payments: [payment('2026-02-01', 400_000_000)] }, '2026-02-10'),
    ).toMatchObject({ open: 600_000_000 });
  });
});

describe('nextDunningAction: walking the ladder', () => {
  it('business: reminders 8 days apart, final notice of 14 days, then collection, then completed', () => {
    expect(walk(invoice(), business(), '2026-01-10', '2026-06-30')).toEqual([
      ['2026-02-10', 'herinnering-1'],
      ['2026-02-18', 'herinnering-2'],
      ['2026-02-26', 'aanmaning'],
      ['2026-03-13', 'incasso'],
    ]);
    const contacts = [
      reminder('2026-02-10', 'herinnering-1'),
      reminder('2026-02-18', 'herinnering-2'),
      reminder('2026-02-26', 'aanmaning'),
      reminder('2026-03-13', 'incasso'),
    ];
    expect(state({ contacts }, '2026-07-01')).toMatchObject({
      kind: 'completed',
      last: { step: { id: 'incasso' }, sentOn: '2026-03-13' },
    });
  });

  it('consumer: the final step is the fourteen-day letter, 14 days from the day after receipt, Atw-extended', () => {
    const c = consumer({ paymentTermDays: 30 });
    expect(walk(invoice(), c, '2026-01-10', '2026-06-30')).toEqual([
      ['2026-02-10', 'herinnering-1'],
      ['2026-02-18', 'herinnering-2'],
      ['2026-02-26', 'aanmaning'],
      ['2026-03-14', 'incasso'],
    ]);
    const contacts = [reminder('2026-02-10', 'herinnering-1'), reminder('2026-02-18', 'herinnering-2')];
    expect(
      nextDunningAction(invoice(), index({ customers: [c], contacts }), c, settings(), isoDate('2026-02-26')),
    ).toMatchObject({
      step: { id: 'aanmaning' },
      // Sent (as a letter, the channel not yet known) on Thursday 02-26: received on the second
      // delivery day, Saturday 02-28; 14 days end on Saturday 03-14, extended to Monday 03-16.
      newTermUntil: '2026-03-16',
      legalNotice: 'fourteen-day-letter',
    });
    expect(
      nextDunningAction(
        invoice(),
        index({ customers: [c], contacts }),
        c,
        settings(),
        isoDate('2026-02-26'),
        {
          receiptDelayDays: 2,
        },
      )?.newTermUntil,
    ).toBe('2026-03-16');
  });

  it('business final step is a final notice with 14 days from sending; collection names itself', () => {
    const contacts = [reminder('2026-02-10', 'herinnering-1'), reminder('2026-02-18', 'herinnering-2')];
    expect(next({ contacts }, '2026-02-26')).toMatchObject({
      legalNotice: 'final-notice',
      newTermUntil: '2026-03-12',
      reason: 'previous-term-expired',
    });
    const more = [...contacts, reminder('2026-02-26', 'aanmaning')];
    expect(next({ contacts: more }, '2026-03-13')).toMatchObject({
      step: { id: 'incasso' },
      legalNotice: 'collection',
      newTermUntil: '2026-03-13',
    });
  });

  it('the second reminder offers a payment plan and counts from when the first was really sent', () => {
    const contacts = [reminder('2026-02-20', 'herinnering-1')];
    expect(next({ contacts }, '2026-02-27')).toBeNull();
    expect(state({ contacts }, '2026-02-27')).toMatchObject({
      kind: 'waiting',
      dueOn: '2026-02-28',
      position: 1,
    });
    expect(next({ contacts }, '2026-02-28')).toMatchObject({
      step: { id: 'herinnering-2', offerPaymentPlan: true },
      dueOn: '2026-02-28',
    });
  });

  it('ignores contacts dated after today and contacts without a ladder step', () => {
    const contacts: ContactEntry[] = [
      reminder('2026-03-01', 'herinnering-1'),
      { ...reminder('2026-02-10', 'x'), ladderStep: undefined },
    ];
    expect(next({ contacts }, '2026-02-15')).toMatchObject({ step: { id: 'herinnering-1' } });
  });

  it('follows the furthest step sent, even when an earlier one was re-sent later', () => {
    const contacts = [
      reminder('2026-02-10', 'herinnering-1'),
      reminder('2026-02-18', 'herinnering-2'),
      reminder('2026-02-20', 'herinnering-1'),
    ];
    expect(next({ contacts }, '2026-02-26')).toMatchObject({ step: { id: 'aanmaning' } });
  });
});

describe('nextDunningAction: same-day rule', () => {
  it('sends nothing more on a day a step went out', () => {
    const contacts = [reminder('2026-02-20', 'herinnering-1')];
    expect(next({ contacts }, '2026-02-20')).toBeNull();
    expect(state({ contacts }, '2026-02-20')).toMatchObject({ kind: 'sent-today' });
  });

  it('also when the log names a step this ladder does not know', () => {
    expect(next({ contacts: [reminder('2026-02-20', 'old-step')] }, '2026-02-20')).toBeNull();
    expect(next({ contacts: [reminder('2026-02-20', 'old-step')] }, '2026-02-21')).toMatchObject({
      step: { id: 'herinnering-1' },
    });
  });

  it('holds a zero-day step over to the next day', () => {
    const ladder: DunningStep[] = [
      { id: 'a', kind: 'friendly', afterDays: 0, newTermDays: 0, offerPaymentPlan: false },
      { id: 'b', kind: 'second', afterDays: 0, newTermDays: 0, offerPaymentPlan: false },
      { id: 'c', kind: 'final', afterDays: 0, newTermDays: 0, offerPaymentPlan: false },
    ];
    expect(walk(invoice(), business(), '2026-02-01', '2026-03-01', settings({ ladder }))).toEqual([
      ['2026-02-09', 'a'],
      ['2026-02-10', 'b'],
      ['2026-02-11', 'c'],
    ]);
    const s = settings({ ladder });
    expect(next({ contacts: [reminder('2026-02-09', 'a')] }, '2026-02-10', s)).toMatchObject({
      step: { id: 'b' },
      dueOn: '2026-02-09',
    });
  });
});

describe('nextDunningAction: nothing to chase', () => {
  it('paid, over-paid, credited, written off and credit notes get nothing', () => {
    expect(next({ payments: [payment('2026-02-12', 12100)] }, '2026-02-20')).toBeNull();
    expect(state({ payments: [payment('2026-02-12', 13000)] }, '2026-02-20')).toMatchObject({
      kind: 'not-applicable',
      status: { kind: 'paid-late', open: -900 },
    });
    expect(next({ invoices: [invoice(), creditNote('2026-02-11', -12100)] }, '2026-02-20')).toBeNull();
    expect(next({ invoices: [invoice({ writtenOffOn: isoDate('2026-02-15') })] }, '2026-02-20')).toBeNull();
    expect(next({ invoices: [creditNote('2026-01-01', -500, 'F0', 'C1')] }, '2026-06-20')).toBeNull();
  });

  it('a reversal puts the invoice back on the ladder', () => {
    const payments = [payment('2026-02-08', 12100), payment('2026-02-20', -12100)];
    expect(next({ payments }, '2026-02-19')).toBeNull();
    expect(next({ payments }, '2026-02-20')).toMatchObject({
      step: { id: 'herinnering-1' },
      dueOn: '2026-02-10',
      open: 12100,
    });
  });
});

describe('nextDunningAction: disputes', () => {
  const disputed = invoice({
    disputedSince: isoDate('2026-02-12'),
    disputeResolvedOn: isoDate('2026-03-05'),
  });

  it('a dispute pauses the ladder from its date until it is resolved', () => {
    const contacts = [reminder('2026-02-10', 'herinnering-1')];
    expect(next({ invoices: [disputed], contacts }, '2026-02-20')).toBeNull();
    expect(state({ invoices: [disputed], contacts }, '2026-02-20')).toMatchObject({
      kind: 'paused',
      why: 'disputed',
    });
    expect(next({ invoices: [disputed], contacts }, '2026-03-05')).toMatchObject({
      step: { id: 'herinnering-2' },
      dueOn: '2026-03-05',
      reason: 'dispute-resolved',
    });
  });

  it('an open-ended dispute keeps it paused', () => {
    expect(
      state({ invoices: [invoice({ disputedSince: isoDate('2026-02-01') })] }, '2026-12-31'),
    ).toMatchObject({
      kind: 'paused',
      why: 'disputed',
    });
  });

  it('a dispute resolved before the step was due changes nothing', () => {
    const early = invoice({ disputedSince: isoDate('2026-01-20'), disputeResolvedOn: isoDate('2026-02-01') });
    expect(next({ invoices: [early] }, '2026-02-10')).toMatchObject({
      dueOn: '2026-02-10',
      reason: 'past-due-date',
    });
  });
});

describe('arrangements and missed instalments', () => {
  const plan = arrangement({
    agreedOn: isoDate('2026-03-01'),
    instalments: [
      { dueDate: isoDate('2026-04-15'), amount: cents(6100) },
      { dueDate: isoDate('2026-03-15'), amount: cents(6000) },
    ],
  });
  const sent = [reminder('2026-02-10', 'herinnering-1'), reminder('2026-02-18', 'herinnering-2')];

  it('pauses while the instalments are paid on time', () => {
    const book: Book = { arrangements: [plan], contacts: sent, payments: [payment('2026-03-14', 6000)] };
    expect(state(book, '2026-03-20')).toMatchObject({ kind: 'paused', why: 'arrangement-on-track' });
    // The second instalment's own due date: still on time.
    expect(state(book, '2026-04-15')).toMatchObject({ kind: 'paused', why: 'arrangement-on-track' });
    expect(missedInstalments(invoice(), index(book), isoDate('2026-04-15'))).toEqual([]);
  });

  it('resumes on the day after a missed instalment, at the next step, and reports it', () => {
    const book: Book = { arrangements: [plan], contacts: sent, payments: [payment('2026-03-14', 6000)] };
    const a = next(book, '2026-04-16');
    expect(a).toMatchObject({
      step: { id: 'aanmaning' },
      dueOn: '2026-04-16',
      reason: 'missed-instalment',
      open: 6100,
    });
    expect(a?.missedInstalments).toEqual([
      {
        position: 1,
        instalment: { dueDate: '2026-04-15', amount: 6100 },
        cumulativeDue: 12100,
        paidSinceAgreed: 6000,
        shortfall: 6100,
      },
    ]);
  });

  it('counts only payments since the plan was agreed; a made-up instalment is no longer missed', () => {
    const idx = (payments: Payment[]) => index({ arrangements: [plan], payments });
    expect(
      missedInstalments(invoice(), idx([payment('2026-02-27', 6000)]), isoDate('2026-03-16')),
    ).toHaveLength(1);
    expect(
      missedInstalments(invoice(), idx([payment('2026-03-18', 6000)]), isoDate('2026-03-16')),
    ).toMatchObject([{ position: 0, shortfall: 6000 }]);
    expect(missedInstalments(invoice(), idx([payment('2026-03-18', 6000)]), isoDate('2026-03-20'))).toEqual(
      [],
    );
    expect(missedInstalments(invoice(), idx([]), isoDate('2026-05-01')).map((m) => m.shortfall)).toEqual([
      6000, 12100,
    ]);
    expect(missedInstalments(invoice(), index({}), isoDate('2026-05-01'))).toEqual([]);
  });

  it('resumes when the plan ran out with money still open', () => {
    const short = arrangement({
      agreedOn: isoDate('2026-03-01'),
      instalments: [{ dueDate: isoDate('2026-03-15'), amount: cents(6000) }],
    });
    const book: Book = { arrangements: [short], payments: [payment('2026-03-15', 6000)] };
    expect(next(book, '2026-03-15')).toBeNull();
    expect(next(book, '2026-03-16')).toMatchObject({
      step: { id: 'herinnering-1' },
      dueOn: '2026-03-16',
      reason: 'arrangement-ended',
      open: 6100,
    });
  });

  it('a cancelled arrangement does not pause', () => {
    expect(
      next({ arrangements: [{ ...plan, cancelledOn: isoDate('2026-03-03') }], contacts: sent }, '2026-03-10'),
    ).toMatchObject({ step: { id: 'aanmaning' } });
  });
});

describe('ladder validation and custom ladders', () => {
  const step = (id: string, kind: DunningStep['kind'], over: Partial<DunningStep> = {}): DunningStep => ({
    id,
    kind,
    afterDays: 1,
    newTermDays: 7,
    offerPaymentPlan: false,
    ...over,
  });

  it('needs two reminders before a legal step', () => {
    const e = thrown(() => validateLadder([step('r1', 'friendly'), step('f', 'final')]));
    expect([e.code, e.where.path]).toEqual(['invalid-input', 'settings.ladder[1].kind']);
    expect(thrown(() => validateLadder([step('c', 'collection')])).where.path).toBe(
      'settings.ladder[0].kind',
    );
    expect(validateLadder([step('r1', 'friendly'), step('r2', 'friendly'), step('f', 'final')])).toHaveLength(
      3,
    );
    expect(validateLadder([step('r1', 'friendly')])).toHaveLength(1);
  });

  it("holds the main ladder to the consumer's fourteen-day letter before collection, as a segment's", () => {
    const noLetter = [step('r1', 'friendly'), step('r2', 'second'), step('i', 'collection')];
    const e = thrown(() => ladderOf(settings({ ladder: noLetter })));
    expect([e.code, e.where.path]).toEqual(['invalid-input', 'settings.ladder[2].kind']);
    expect(e.message).toContain("consumer's fourteen-day letter");
    const late = [step('r1', 'friendly'), step('r2', 'second'), step('i', 'collection'), step('a', 'final')];
    expect(thrown(() => checkLadder(late)).where.path).toBe('settings.ladder[2].kind');
    // The same check for a segment's ladder; only a ladder no consumer reaches may skip the letter.
    expect(thrown(() => checkSegmentLadder(noLetter, rule('consument'), 'seg')).where.path).toBe(
      'seg[2].kind',
    );
    expect(checkSegmentLadder(noLetter, rule('zakelijk'), 'seg')).toHaveLength(3);
    expect(checkLadder(noLetter, 'x', false)).toHaveLength(3);
    expect(ladderOf(settings({ ladder: [...DEFAULT_LADDER] }))).toEqual(DEFAULT_LADDER);
    // A plan over such a ladder refuses for every invoice alike rather than charge a consumer costs.
    expect(() =>
      dunningPlan(
        index({ customers: [consumer()], invoices: [invoice()] }),
        settings({ ladder: noLetter }),
        isoDate('2026-06-01'),
      ),
    ).toThrow(/fourteen-day letter/);
  });

  it('rejects duplicates, invalid steps and an empty ladder with a path', () => {
    expect(thrown(() => validateLadder([step('a', 'friendly'), step('a', 'second')])).code).toBe('duplicate');
    expect(thrown(() => validateLadder([step('a', 'friendly', { afterDays: -1 })])).where.path).toBe(
      'settings.ladder[0].afterDays',
    );
    expect(
      thrown(() => validateLadder([{ id: 'a', kind: 'loud', afterDays: 1, newTermDays: 1 }])).where.path,
    ).toBe('settings.ladder[0].kind');
    expect(thrown(() => validateLadder([])).where.path).toBe('settings.ladder');
  });

  it('uses settings.ladder when present and non-empty, the default otherwise', () => {
    expect(ladderOf(settings({ ladder: [] }))).toBe(DEFAULT_LADDER);
    expect(ladderOf(settings()).map((s) => s.id)).toEqual([
      'herinnering-1',
      'herinnering-2',
      'aanmaning',
      'incasso',
    ]);
    const custom = settings({
      ladder: [step('eerste', 'friendly', { afterDays: 3, newTermDays: 10 }), step('tweede', 'second')],
    });
    expect(next({}, '2026-02-11', custom)).toBeNull();
    expect(next({}, '2026-02-12', custom)).toMatchObject({
      step: { id: 'eerste' },
      newTermUntil: '2026-02-22',
    });
    expect(
      state(
        { contacts: [reminder('2026-02-12', 'eerste'), reminder('2026-02-23', 'tweede')] },
        '2026-03-30',
        custom,
      ),
    ).toMatchObject({ kind: 'completed' });
  });

  it('refuses to run on an invalid custom ladder', () => {
    const bad = { ...settings(), ladder: [step('f', 'final')] };
    expect(thrown(() => next({}, '2026-02-12', bad)).where.path).toBe('settings.ladder[0].kind');
    expect(
      thrown(() => next({ payments: [payment('2026-02-01', 12100)] }, '2026-02-12', bad)).where.path,
    ).toBe('settings.ladder[0].kind');
    expect(thrown(() => dunningPlan(index({}), bad, isoDate('2026-02-12'))).where.path).toBe(
      'settings.ladder[0].kind',
    );
  });

  it('newTermUntil: a consumer final notice gives at least 14 days after receipt, even with a shorter configured term', () => {
    const short = step('f', 'final', { newTermDays: 5 });
    expect(newTermUntil(short, isoDate('2026-02-26'), consumer(), {}, 'email')).toBe('2026-03-13');
    expect(newTermUntil(short, isoDate('2026-02-26'), consumer())).toBe('2026-03-16');
    expect(newTermUntil(short, isoDate('2026-02-26'), business())).toBe('2026-03-03');
    expect(newTermUntil(step('r', 'friendly'), isoDate('2024-02-25'), consumer())).toBe('2024-03-03');
    expect(
      thrown(() => newTermUntil(short, isoDate('2026-02-26'), consumer(), { receiptDelayDays: -1 })).where
        .path,
    ).toBe('options.receiptDelayDays');
  });
});

describe('dunningPlan', () => {
  const k2 = business({ number: 'K2', name: 'Tweede BV' });
  const invoices = [
    invoice({ number: 'F3', invoiceDate: isoDate('2026-01-05') }), // K1, due 02-04
    invoice({ number: 'F1' }), // K1, due 02-09
    invoice({ number: 'F2', invoiceDate: isoDate('2026-01-01') }), // K1, due 01-31, already had herinnering-1
    invoice({ number: 'F4', customerNumber: 'K2' }), // K2, due 02-09
    invoice({ number: 'F5', customerNumber: 'K2', disputedSince: isoDate('2026-02-01') }), // paused
    invoice({ number: 'F6', customerNumber: 'K2' }), // paid
  ];
  const book = {
    customers: [k2, business()],
    invoices,
    payments: [payment('2026-02-01', 12100, 'F6')],
    contacts: [reminder('2026-02-01', 'herinnering-1', 'F2')],
    arrangements: [],
    settings: settings(),
  };

  it('makes one group per customer: the most advanced step leads, each invoice keeps its own', () => {
    const plan = dunningPlan(book, settings(), isoDate('2026-02-10'));
    expect(
      plan.map((g) => [
        g.customerNumber,
        g.step.id,
        g.invoices.map((a) => [a.invoiceNumber, a.step.id]),
        g.open,
        g.newTermUntil,
      ]),
    ).toEqual([
      [
        'K1',
        'herinnering-2',
        [
          ['F2', 'herinnering-2'],
          ['F3', 'herinnering-1'],
          ['F1', 'herinnering-1'],
        ],
        36300,
        '2026-02-17',
      ],
      ['K2', 'herinnering-1', [['F4', 'herinnering-1']], 12100, '2026-02-17'],
    ]);
    expect(plan[0]?.customer.name).toBe('Bakkerij De Korrel');
    // The disputed F5 is paused, the paid F6 done: neither is listed.
    expect(plan[1]?.alsoOverdue).toEqual([]);
  });

  it('lists an overdue invoice whose term still runs, without a step', () => {
    const withSent = {
      ...book,
      contacts: [...book.contacts, reminder('2026-02-10', 'herinnering-1', 'F3')],
    };
    const [k1] = dunningPlan(withSent, settings(), isoDate('2026-02-12'));
    // F3 had its first reminder on 02-10 (term to 02-17); F2 and F1 are still due for theirs.
    expect(k1?.invoices.map((a) => a.invoiceNumber)).toEqual(['F2', 'F1']);
    expect(k1?.alsoOverdue.map((o) => [o.invoiceNumber, o.lastSent?.step.id, o.lastSent?.sentOn])).toEqual([
      ['F3', 'herinnering-1', '2026-02-10'],
    ]);
  });

  it("counts one combined message as each invoice's own next step (never skip ahead)", () => {
    // The combined message went out on 02-10 under the lead step's id for F1, F2 and F3.
    const logged = ['F1', 'F2', 'F3'].map((n) => reminder('2026-02-10', 'herinnering-2', n));
    const after = { ...book, contacts: [...book.contacts, ...logged] };
    const i = index(after);
    const f1 = dunningState(invoice({ number: 'F1' }), i, business(), settings(), isoDate('2026-02-11'));
    expect(f1).toMatchObject({ kind: 'waiting', next: { id: 'herinnering-2' }, dueOn: '2026-02-18' });
    const f2 = dunningState(
      invoice({ number: 'F2', invoiceDate: isoDate('2026-01-01') }),
      i,
      business(),
      settings(),
      isoDate('2026-02-11'),
    );
    expect(f2).toMatchObject({ kind: 'waiting', next: { id: 'aanmaning' } });
  });

  it('accepts an index as well as a ledger, and is empty when nothing is due', () => {
    expect(dunningPlan(index(book), settings(), isoDate('2026-02-10'))).toEqual(
      dunningPlan(book, settings(), isoDate('2026-02-10')),
    );
    expect(dunningPlan(book, settings(), isoDate('2026-01-31'))).toEqual([]);
  });

  it('takes the states it is given as they are, works out the rest, and refuses states not in a map', () => {
    const i = index(book);
    const day = isoDate('2026-02-10');
    const stateOf = (n: string) => {
      const inv = invoices.find((x) => x.number === n) as Invoice;
      const customer = i.customersByNumber.get(inv.customerNumber) as Customer;
      return [inv, dunningState(inv, i, customer, settings(), day)] as const;
    };
    // The states dunningState gives: the same plan as without them.
    const all = new Map(invoices.map((inv) => stateOf(inv.number)));
    expect(dunningPlan(i, settings(), day, { states: all })).toEqual(dunningPlan(i, settings(), day));
    // Taken as given, not worked out again: F4 said to be paid leaves K2 without a message; F1,
    // not among the states, is worked out and still listed.
    const [f4, due] = stateOf('F4');
    const partial = new Map([[f4, { kind: 'not-applicable' as const, status: due.status }]]);
    const plan = dunningPlan(i, settings(), day, { states: partial });
    expect(plan.map((g) => g.customerNumber)).toEqual(['K1']);
    expect(plan[0]?.invoices.map((a) => a.invoiceNumber)).toContain('F1');
    expect(thrown(() => dunningPlan(i, settings(), day, { states: [] as never })).where.path).toBe(
      'options.states',
    );
    // A malformed state costs its invoice, named, as any invoice the plan cannot judge (no TypeError).
    for (const bad of [{ kind: 'due' }, { kind: 'waiting' }, { kind: 'due', status: due.status }, null]) {
      const states = new Map([[f4, bad as never]]);
      const report = dunningPlanReport(i, settings(), day, { states });
      expect(report.failures.map((f) => [f.invoiceNumber, f.error.where.path])).toEqual([
        ['F4', 'options.states'],
      ]);
      expect(report.groups.map((g) => g.customerNumber)).toEqual(['K1']);
    }
  });

  it('an invoice with an unknown customer costs that invoice only, and is named', () => {
    const report = dunningPlanReport({ ...book, customers: [business()] }, settings(), isoDate('2026-02-10'));
    expect(report.groups.map((g) => g.customerNumber)).toEqual(['K1']);
    expect(report.failures.map((f) => [f.invoiceNumber, f.error.code, f.error.where.value])).toEqual([
      ['F4', 'unknown-customer', 'K2'],
      ['F5', 'unknown-customer', 'K2'],
      ['F6', 'unknown-customer', 'K2'],
    ]);
  });
});

describe('properties', () => {
  const arbStep = (kind: DunningStep['kind']) =>
    fc
      .record({ afterDays: fc.integer({ min: 0, max: 10 }), newTermDays: fc.integer({ min: 0, max: 15 }) })
      .map((r) => ({ ...r, kind, offerPaymentPlan: false }));
  const arbLadder = fc
    .tuple(
      fc.array(fc.constantFrom<DunningStep['kind']>('friendly', 'second'), { minLength: 2, maxLength: 4 }),
      // Every ladder sends the consumer's fourteen-day letter before collection (checkLadder).
      fc.constantFrom<DunningStep['kind'][]>([], ['final'], ['final', 'collection'], ['final', 'final']),
    )
    .chain(([reminders, legal]) => fc.tuple(...[...reminders, ...legal].map(arbStep)))
    .map((steps): DunningStep[] => steps.map((s, i) => ({ ...s, id: `s${i}` })));

  it('never two steps for one invoice on one day; steps go up one at a time from the first', () => {
    fc.assert(
      fc.property(
        arbLadder,
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
        fc.array(fc.integer({ min: 0, max: 119 }), { maxLength: 3 }),
        (ladder, isConsumer, sendsOn, extraLogDays) => {
          const s = settings({ ladder });
          const customer = isConsumer ? consumer() : business();
          const inv = invoice({ paymentTermDays: 5 });
          // Someone may also have logged a step by hand on some days.
          const contacts: ContactEntry[] = extraLogDays.map((d) =>
            reminder(addDays(isoDate('2026-01-10'), d), 'manual'),
          );
          let previous = -1;
          sendsOn.forEach((willSend, d) => {
            const day = addDays(isoDate('2026-01-10'), d);
            const idx: LedgerIndex = index({ customers: [customer], invoices: [inv], contacts });
            const action = nextDunningAction(inv, idx, customer, s, day);
            const again = dunningPlan(idx, s, day).flatMap((g) => g.invoices);
            expect(again.length).toBe(action ? 1 : 0);
            if (!action) return;
            expect(action.dueOn <= day).toBe(true);
            expect(contacts.some((c) => c.date === day)).toBe(false);
            expect(action.position).toBe(previous + 1);
            if (willSend) {
              contacts.push(reminder(day, action.step.id));
              previous = action.position;
              // Asking again the same day yields nothing.
              expect(
                nextDunningAction(
                  inv,
                  index({ customers: [customer], invoices: [inv], contacts }),
                  customer,
                  s,
                  day,
                ),
              ).toBeNull();
            }
          });
          const days = contacts.filter((c) => c.ladderStep !== 'manual').map((c) => c.date);
          expect(new Set(days).size).toBe(days.length);
          expect(previous).toBeLessThan(ladder.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a term the law voids (art. 6:119a lid 6 BW)', () => {
  it('a large company on 60 days: the first reminder follows the statutory 30 days', () => {
    const big = business({ largeCompany: true, paymentTermDays: 60 });
    const inv = invoice(); // 2026-01-10: agreed due 03-11, statutory due 02-09
    const i = index({ customers: [big], invoices: [inv] });
    const action = nextDunningAction(inv, i, big, settings(), isoDate('2026-02-10'));
    expect(action).toMatchObject({
      step: { id: 'herinnering-1' },
      invoiceDueDate: '2026-02-09',
      overdueDays: 1,
    });
    expect(nextDunningAction(inv, i, big, settings(), isoDate('2026-02-09'))).toBeNull();
  });
});
