import fc from 'fast-check';
import { addDays, daysBetween, type IsoDate } from '../../../src/domain/dates';
import { DEFAULT_LADDER } from '../../../src/domain/dunning';
import { ladderEffect, type EffectRow, type LadderEffect } from '../../../src/domain/effect';
import type { MetricsLedger } from '../../../src/domain/metrics';
import { arbitraryForecastLedger } from '../forecast/arbitraries';
import { due30 } from '../metrics/builders';
import { cents } from '../../../src/domain/money';

const STEP_IDS = [...DEFAULT_LADDER.map((s) => s.id), 'onbekend'];

/** The forecast's random ledgers, with reminders at every step (and an unknown one) and segments. */
const arbitraryEffectLedger = fc
  .record({
    base: arbitraryForecastLedger(),
    steps: fc.array(fc.nat(STEP_IDS.length - 1), { maxLength: 10 }),
    segments: fc.array(fc.constantFrom('Horeca', 'Bouw', undefined), { maxLength: 9 }),
    extra: fc.array(
      fc.record({
        invoice: fc.nat(30),
        step: fc.nat(STEP_IDS.length - 1),
        day: fc.integer({ min: 0, max: 200 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ base, steps, segments, extra }) => {
    const l = base.ledger;
    const contacts = l.contacts.map((c, i) => ({ ...c, ladderStep: STEP_IDS[steps[i] ?? 0] as string }));
    for (const e of extra) {
      const inv = l.invoices[e.invoice];
      if (!inv) continue;
      contacts.push({
        date: addDays(inv.invoiceDate, e.day),
        customerNumber: inv.customerNumber,
        invoiceNumber: inv.number,
        channel: 'email',
        summary: '',
        ladderStep: STEP_IDS[e.step] as string,
      });
    }
    const customers = l.customers.map((c, i) => {
      const segment = segments[i];
      return segment ? { ...c, segment } : c;
    });
    return { ledger: { ...l, contacts, customers } as MetricsLedger, today: base.today };
  });

const effect = (ledger: MetricsLedger, today: IsoDate, min = 2): LadderEffect =>
  ladderEffect(ledger, { today, dueDateOf: due30, ladder: DEFAULT_LADDER, minSegmentInvoices: min });

const allRows = (e: LadderEffect): EffectRow[] => [...e.rows, ...e.segments.flatMap((s) => s.rows)];

/** Invoices that ask money and exist today, counted from the ledger itself. */
function askingMoney(ledger: MetricsLedger, today: IsoDate): number {
  const numbers = new Set(ledger.invoices.map((i) => i.number));
  return ledger.invoices.filter(
    (i) =>
      i.amountInclVat > 0 &&
      i.invoiceDate <= today &&
      !(i.creditsInvoice !== undefined && i.creditsInvoice !== i.number && numbers.has(i.creditsInvoice)),
  ).length;
}

describe('ladderEffect: properties', () => {
  it('keeps every share within [0, 1] and every count adding up', () => {
    fc.assert(
      fc.property(arbitraryEffectLedger, ({ ledger, today }) => {
        const e = effect(ledger, today);
        for (const r of allRows(e)) {
          const excluded = Object.values(r.excluded).reduce((s, n) => s + n, 0);
          expect(r.reached).toBe(r.included + excluded);
          expect(r.included).toBe(r.paid + r.open);
          for (const w of [r.within7, r.within14]) {
            expect(w.paid).toBeLessThanOrEqual(w.counted);
            expect(w.counted).toBeLessThanOrEqual(r.included);
            if (w.counted === 0) expect(w.share).toBeNull();
            else {
              expect(w.share).toBeGreaterThanOrEqual(0);
              expect(w.share).toBeLessThanOrEqual(1);
              expect(w.share).toBeCloseTo(w.paid / w.counted, 12);
            }
          }
          // A 14-day window needs an older step than a 7-day one.
          expect(r.within14.counted).toBeLessThanOrEqual(r.within7.counted);
          if (r.medianDays !== null) expect(r.paid).toBeGreaterThan(0);
        }
        // Every invoice asking money is in the baseline or reached the first step, never both.
        const base = e.rows[e.rows.length - 1] as EffectRow;
        expect(base.step).toBeUndefined();
        expect((e.rows[0] as EffectRow).reached + base.reached).toBe(askingMoney(ledger, today));
        // Reaching a step means having reached the one before it.
        for (let i = 1; i < DEFAULT_LADDER.length; i++)
          expect((e.rows[i] as EffectRow).reached).toBeLessThanOrEqual((e.rows[i - 1] as EffectRow).reached);
        for (const s of e.segments) {
          expect(s.tooFewData).toBe(s.invoices < 2);
          expect(s.rows.length === 0).toBe(s.tooFewData);
        }
        expect(e.segments.reduce((n, s) => n + s.invoices, 0)).toBeLessThanOrEqual(
          (e.rows[0] as EffectRow).included + base.included,
        );
      }),
      { numRuns: 150 },
    );
  });

  it("never puts an invoice reminded fewer days ago than the window in that share's denominator", () => {
    fc.assert(
      fc.property(
        arbitraryEffectLedger,
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.integer({ min: 0, max: 20 })),
        ({ ledger, today }, ago, paidAfter) => {
          const before = effect(ledger, today);
          // A new customer's invoice, due 20 days before its first reminder, reminded `ago` days
          // before today and perhaps already paid in full.
          const stepOn = addDays(today, -ago);
          const inv = {
            number: 'NIEUW',
            customerNumber: 'KN',
            invoiceDate: addDays(stepOn, -50),
            amountExclVat: cents(10000),
            amountInclVat: cents(12100),
          };
          const payments =
            paidAfter !== null && paidAfter <= ago
              ? [
                  ...ledger.payments,
                  { date: addDays(stepOn, paidAfter), invoiceNumber: 'NIEUW', amount: cents(12100) },
                ]
              : ledger.payments;
          const contact = {
            date: stepOn,
            customerNumber: 'KN',
            invoiceNumber: 'NIEUW',
            channel: 'email' as const,
            summary: '',
            ladderStep: 'herinnering-1',
          };
          const after = effect(
            {
              ...ledger,
              customers: [...ledger.customers, { number: 'KN', name: 'Nieuw', kind: 'business', ibans: [] }],
              invoices: [...ledger.invoices, inv],
              payments,
              contacts: [...ledger.contacts, contact],
            },
            today,
          );
          const was = before.rows[0] as EffectRow;
          const now = after.rows[0] as EffectRow;
          expect(now.reached).toBe(was.reached + 1);
          expect(daysBetween(stepOn, today)).toBe(ago);
          if (ago < 7) expect(now.within7).toEqual(was.within7);
          else expect(now.within7.counted).toBe(was.within7.counted + 1);
          if (ago < 14) expect(now.within14).toEqual(was.within14);
          else expect(now.within14.counted).toBe(was.within14.counted + 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads no clock: the same ledger and today give the same answer at any time of day or year', () => {
    fc.assert(
      fc.property(arbitraryEffectLedger, ({ ledger, today }) => {
        jest.useFakeTimers({ now: new Date('2001-02-03T04:05:06Z') });
        const a = effect(ledger, today);
        jest.setSystemTime(new Date('2039-11-12T23:59:59Z'));
        const b = effect(ledger, today);
        jest.useRealTimers();
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });
});
