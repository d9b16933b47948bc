/**
 * The Belgian path end to end: settings.country 'BE' picks the Boek XIX consumer ladder and the
 * wet van 2 augustus 2002 for businesses, from the plan through the claim to the draft.
 */
import { todaysReminders } from '../../src/domain/actions';
import { DEFAULT_LADDER, dunningState, newTermUntil } from '../../src/domain/dunning';
import { indexLedger } from '../../src/domain/ledger';
import type { ContactEntry, Customer, Invoice, Ledger, SettingsInput } from '../../src/domain/model';
import { defaultSettings } from '../../src/domain/model';
import { isoDate } from '../../src/domain/dates';
import { cents } from '../../src/domain/money';
// Registers the segments' rules with the ladder (as the workbook does when Instellingen has them).
import '../../src/domain/segments';

const jan: Customer = { number: 'K2', name: 'Jan Peeters', kind: 'consumer', ibans: [] };
const firma: Customer = { number: 'K1', name: 'Drukkerij Vlaanderen BV', kind: 'business', ibans: [] };
const [friendly, second, final] = DEFAULT_LADDER as [
  (typeof DEFAULT_LADDER)[number],
  (typeof DEFAULT_LADDER)[number],
  (typeof DEFAULT_LADDER)[number],
];

const inv = (over: Partial<Invoice>): Invoice => ({
  number: 'F1',
  customerNumber: 'K2',
  invoiceDate: isoDate('2026-02-01'),
  paymentTermDays: 14, // due 2026-02-15
  amountExclVat: cents(12100),
  amountInclVat: cents(12100),
  ...over,
});
const sent = (date: string, step: string, channel: ContactEntry['channel'] = 'email', customer = 'K2') => ({
  date: isoDate(date),
  customerNumber: customer,
  invoiceNumber: 'F1',
  channel,
  ladderStep: step,
  summary: '',
});

function ledger(over: Omit<Partial<Ledger>, 'settings'> & { settings?: SettingsInput } = {}): Ledger {
  return {
    customers: [jan, firma],
    invoices: [inv({})],
    payments: [],
    contacts: [],
    arrangements: [],
    ...over,
    settings: defaultSettings({
      country: 'BE',
      companyName: 'Atelier Hout',
      enterpriseNumber: 'BE 0123 456 789',
      companyIban: 'BE68539007547034',
      chargeInterest: true,
      chargeCollectionCosts: true,
      ...over.settings,
    }),
  };
}

describe('the new term of a step under Belgian law', () => {
  it("a consumer's friendly reminder gives at least the waiting term", () => {
    expect(newTermUntil(friendly, isoDate('2026-02-16'), jan, { country: 'BE' }, 'email')).toBe('2026-03-02');
    expect(newTermUntil(friendly, isoDate('2026-02-16'), jan, { country: 'BE' })).toBe('2026-03-04'); // by post
  });

  it('a business keeps the trader’s term; a consumer’s final notice is no Dutch fourteen-day letter', () => {
    expect(newTermUntil(friendly, isoDate('2026-02-16'), firma, { country: 'BE' })).toBe('2026-02-23');
    expect(newTermUntil(final, isoDate('2026-02-20'), jan, { country: 'BE' })).toBe('2026-03-06');
    // Dutch law for the same letter: received Tue 24 Feb, 14 days from then, to Tue 10 March.
    expect(newTermUntil(final, isoDate('2026-02-20'), jan)).toBe('2026-03-10');
  });
});

describe('a Belgian consumer: the free first reminder', () => {
  it('is due the day after the due date, free, with the term as a date and the damages it may bring', () => {
    const [action] = todaysReminders(ledger(), isoDate('2026-02-16'));
    expect(action?.error).toBeUndefined();
    expect(action?.group.step.id).toBe(friendly.id);
    expect(action?.group.newTermUntil).toBe('2026-03-04');
    expect(action?.input?.claim).toEqual({ interestCents: 0, costsCents: 2000, costsVatCents: 0 });
    const body = action?.draft?.body ?? '';
    expect(body).toContain(
      'Deze eerste herinnering is kosteloos. U kunt tot en met 4 maart 2026 betalen zonder dat er kosten, een schadevergoeding of interesten bijkomen',
    );
    expect(body).toContain('schadevergoeding van €\u00a020,00 verschuldigd');
    expect(body).toContain('Vanaf de dag na 4 maart 2026 loopt dan ook nalatigheidsinterest');
    expect(body).not.toMatch(/BW\b|incassokosten/);
    // The creditor identifies itself by its enterprise number, written as the register does.
    expect(body).toContain('Mijn ondernemingsnummer is 0123.456.789.');
    expect(action?.draft?.warnings).toEqual([]);
  });

  it('warns, and says no number, when the settings hold no enterprise number', () => {
    for (const enterpriseNumber of [undefined, '', '   ']) {
      const d = todaysReminders(ledger({ settings: { enterpriseNumber } }), isoDate('2026-02-16'))[0]?.draft;
      expect(d?.warnings.map((w) => w.code)).toEqual(['be-enterprise-number-missing']);
      expect(d?.body).not.toContain('ondernemingsnummer');
    }
  });

  it('names a number it cannot read as ten digits exactly as typed', () => {
    const d = todaysReminders(
      ledger({ settings: { enterpriseNumber: ' 123.456 ' } }),
      isoDate('2026-02-16'),
    )[0]?.draft;
    expect(d?.body).toContain('Mijn ondernemingsnummer is 123.456.');
    expect(d?.warnings).toEqual([]);
  });

  it('asks for the number only in the first reminder to a consumer', () => {
    const none = { enterpriseNumber: undefined };
    // A business's first reminder: Boek XIX does not apply.
    const business = ledger({
      settings: none,
      invoices: [inv({ customerNumber: 'K1', invoiceDate: isoDate('2026-01-01'), paymentTermDays: 30 })],
    });
    expect(todaysReminders(business, isoDate('2026-02-01'))[0]?.draft?.warnings).toEqual([]);
    // The consumer's second reminder: the first one identified the creditor already.
    const rate = { kind: 'be-commercial', from: '2026-01-01', percent: 10, source: 'test row' } as const;
    const later = ledger({
      contacts: [sent('2026-02-16', friendly.id)],
      settings: { ...none, extraInterestRates: [rate] },
    });
    const [action] = todaysReminders(later, isoDate('2026-03-03'));
    expect(action?.group.step.id).toBe(second.id);
    expect(action?.draft?.warnings).toEqual([]);
  });

  it('in English and informal Dutch too', () => {
    const en = todaysReminders(ledger({ settings: { language: 'en' } }), isoDate('2026-02-16'))[0]?.draft
      ?.body;
    expect(en).toContain(
      'This first reminder is free of charge. You can pay up to and including 4 March 2026',
    );
    expect(en).toContain('damages of €20.00');
    expect(en).toContain('My Belgian enterprise number is 0123.456.789.');
    const je = todaysReminders(ledger({ settings: { tone: 'informal' } }), isoDate('2026-02-16'))[0]?.draft
      ?.body;
    expect(je).toContain('Je kunt tot en met 4 maart 2026 betalen');
  });

  it('announces no damages when the terms have no damages clause, and none for a debt from before Boek XIX', () => {
    const plain = todaysReminders(
      ledger({ settings: { chargeCollectionCosts: false } }),
      isoDate('2026-02-16'),
    )[0];
    expect(plain?.input?.claim).toBeUndefined();
    expect(plain?.draft?.body).toContain('Deze eerste herinnering is kosteloos.');
    expect(plain?.draft?.body).not.toContain('schadevergoeding van');
    const old = todaysReminders(
      ledger({ invoices: [inv({ invoiceDate: isoDate('2023-08-01') })] }),
      isoDate('2023-08-16'),
    )[0];
    expect(old?.input?.claim).toBeUndefined();
  });

  it('warns when an override drops the statutory sentence', () => {
    const d = todaysReminders(
      ledger({
        settings: { templates: { 'friendly.nl.formal.body': '{{salutation}} Betaal {{totalOpen}}.' } },
      }),
      isoDate('2026-02-16'),
    )[0]?.draft;
    expect(d?.warnings.map((w) => w.code)).toEqual(['be-first-reminder-wording']);
  });
});

describe('a Belgian consumer after the waiting term', () => {
  const rate2026 = { kind: 'be-commercial', from: '2026-01-01', percent: 10, source: 'test row' } as const;
  // The first reminder e-mailed Monday 16 February: the term runs 17 February to 2 March.
  const afterFirst = (today: string, extra: SettingsInput = {}) =>
    ledger({
      contacts: [sent('2026-02-16', friendly.id)],
      settings: { extraInterestRates: [rate2026], ...extra },
    });

  it('sends nothing on the last day of the term', () => {
    const l = afterFirst('2026-03-02');
    const state = dunningState(l.invoices[0]!, indexLedger(l), jan, l.settings, isoDate('2026-03-02'));
    expect(state).toMatchObject({ kind: 'waiting', dueOn: '2026-03-03' });
    expect(todaysReminders(l, isoDate('2026-03-02'))).toEqual([]);
  });

  it('the day after, the second reminder states the damages and the interest since the term ended', () => {
    const [action] = todaysReminders(afterFirst('2026-03-03'), isoDate('2026-03-03'));
    expect(action?.group.step.id).toBe(second.id);
    // 121.00 x 10% x 1/365 = 0.033 -> 0.03
    expect(action?.input?.claim).toEqual({ interestCents: 3, costsCents: 2000, costsVatCents: 0 });
    expect(action?.draft?.body).toContain(
      'De termijn van de eerste herinnering is verstreken. Volgens mijn algemene voorwaarden bent u daarom een schadevergoeding van €\u00a020,00 verschuldigd.',
    );
    expect(action?.draft?.body).toContain('tot en met 3 maart 2026 is dat €\u00a00,03');
  });

  it("finds the first reminder on the customer's own (segment) ladder", () => {
    const own = [
      {
        id: 'bellen',
        kind: 'friendly',
        afterDays: 1,
        newTermDays: 7,
        offerPaymentPlan: false,
        channel: 'phone',
      },
      { id: 'mail-2', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: false },
      { id: 'brief', kind: 'final', afterDays: 1, newTermDays: 14, offerPaymentPlan: false },
    ] as const;
    const l = ledger({
      contacts: [sent('2026-02-16', 'bellen')],
      settings: {
        extraInterestRates: [rate2026],
        segments: [{ name: 'Particulieren', rule: 'consument', ladder: own.map((st) => ({ ...st })) }],
      },
    });
    const [action] = todaysReminders(l, isoDate('2026-03-03'));
    expect(action?.group.step.id).toBe('mail-2');
    // The call on 16 February opened the waiting term, as the main ladder's first reminder would.
    expect(action?.input?.claim).toEqual({ interestCents: 3, costsCents: 2000, costsVatCents: 0 });
  });

  it('a half-year without a known rate is an error on that customer alone', () => {
    const l = afterFirst('2026-03-03', { extraInterestRates: [] });
    l.customers.push({ ...firma, number: 'K3' });
    l.invoices.push(inv({ number: 'F9', customerNumber: 'K3', invoiceDate: isoDate('2026-02-01') }));
    const actions = todaysReminders(l, isoDate('2026-03-03'));
    const k2 = actions.find((a) => a.group.customerNumber === 'K2');
    expect(k2?.error?.message).toContain('2026-01-01 to 2026-06-30');
    expect(k2?.error?.where.path).toBe('invoices.F1');
    expect(actions.find((a) => a.group.customerNumber === 'K3')?.draft).toBeDefined();
  });
});

describe('a Belgian business: the final notice', () => {
  // Due 2023-01-31; reminders e-mailed 1 and 9 February; the final notice is due 17 February 2023.
  const l = ledger({
    invoices: [
      inv({
        customerNumber: 'K1',
        invoiceDate: isoDate('2023-01-01'),
        paymentTermDays: 30,
        amountInclVat: cents(100000),
      }),
    ],
    contacts: [sent('2023-02-01', friendly.id, 'email', 'K1'), sent('2023-02-09', second.id, 'email', 'K1')],
  });

  it('states interest at the published rate and the flat EUR 40 as owed, citing the Belgian act', () => {
    const [action] = todaysReminders(l, isoDate('2023-02-17'));
    expect(action?.group.step.id).toBe(final.id);
    // 1,000.00 x 10.5% (BS 17-03-2023) x 17/365 (1 to 17 February) = 4.890 -> 4.89
    expect(action?.input?.claim).toEqual({ interestCents: 489, costsCents: 4000, costsVatCents: 0 });
    const body = action?.draft?.body ?? '';
    expect(body).toContain(
      'van rechtswege en zonder ingebrekestelling nalatigheidsinterest verschuldigd (artikel 5 van de wet van 2 augustus 2002',
    );
    expect(body).toContain('tot en met 17 februari 2023 is dat €\u00a04,89');
    expect(body).toContain(
      'forfaitaire vergoeding voor invorderingskosten van €\u00a040,00 verschuldigd (artikel 6',
    );
    expect(body).not.toMatch(/6:119a|BW\b/);
  });

  it('the hand-over names the Belgian charges in its overview', () => {
    const withFinal = { ...l, contacts: [...l.contacts, sent('2023-02-17', final.id, 'email', 'K1')] };
    const [action] = todaysReminders(withFinal, isoDate('2023-03-04'));
    expect(action?.group.step.kind).toBe('collection');
    expect(action?.draft?.body).toContain('Nalatigheidsinterest tot en met 4 maart 2023');
    expect(action?.draft?.body).toContain('Forfaitaire vergoeding invorderingskosten: €\u00a040,00');
    expect(action?.draft?.body).not.toContain('Buitengerechtelijke');
  });
});
