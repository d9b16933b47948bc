import fc from 'fast-check';
import { addDays, daysBetween, isoDate } from '../../../src/domain/dates';
import { assumedReceipt, isPostDeliveryDay } from '../../../src/domain/calendar';
import { newTermUntil, DEFAULT_LADDER } from '../../../src/domain/dunning';
import type { ContactChannel, Customer } from '../../../src/domain/model';

const consumer: Customer = { number: 'K1', name: 'P. de Vries', kind: 'consumer', ibans: [] };
const final = DEFAULT_LADDER.find((s) => s.kind === 'final')!;

describe('assumedReceipt', () => {
  it.each<[string, ContactChannel, string, string]>([
    ['a letter posted on Friday: Saturday, then Tuesday', 'letter', '2026-02-20', '2026-02-24'],
    ['a letter posted on Monday: Tuesday, Wednesday', 'letter', '2026-02-23', '2026-02-25'],
    [
      'a letter before Easter: Goede Vrijdag and Easter Monday carry no post',
      'letter',
      '2026-04-02',
      '2026-04-07',
    ],
    ['a letter before Christmas: Thursday, then Tuesday 29', 'letter', '2026-12-23', '2026-12-29'],
    ['an unknown channel counts as a letter', 'other', '2026-02-20', '2026-02-24'],
    ['an e-mail: the next calendar day', 'email', '2026-02-20', '2026-02-21'],
  ])('%s', (_name, channel, sentOn, receipt) => {
    expect(assumedReceipt(isoDate(sentOn), channel)).toBe(receipt);
  });

  it('a letter arrives on a delivery day, after posting, within nine days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 10 }), (n) => {
        const sent = addDays(isoDate('2020-01-01'), n);
        const r = assumedReceipt(sent, 'letter');
        expect(isPostDeliveryDay(r)).toBe(true);
        expect(daysBetween(sent, r)).toBeGreaterThanOrEqual(2);
        expect(daysBetween(sent, r)).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('refuses an unknown channel', () => {
    expect(() => assumedReceipt(isoDate('2026-02-20'), 'pigeon' as ContactChannel)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('the fourteen-day letter: last day of the term (the collection step is due the day after)', () => {
  it.each<[string, ContactChannel, string, string]>([
    // Issue 12's case: posted Friday 2026-02-20 used to give the hand-over on Sunday 2026-03-08.
    ['posted Friday 20 Feb 2026', 'letter', '2026-02-20', '2026-03-10'],
    [
      'e-mailed Friday 20 Feb 2026: ends Saturday 7 March, extended to Monday',
      'email',
      '2026-02-20',
      '2026-03-09',
    ],
    ['posted before Easter 2026', 'letter', '2026-04-02', '2026-04-21'],
    ['posted before Christmas 2026', 'letter', '2026-12-23', '2027-01-12'],
    [
      'ending on Christmas Day 2026 (Friday): through the weekend to Monday',
      'letter',
      '2026-12-09',
      '2026-12-28',
    ],
    ['ending on 29 February 2028 (a Tuesday)', 'email', '2028-02-14', '2028-02-29'],
  ])('%s', (_name, channel, sentOn, lastDay) => {
    expect(newTermUntil(final, isoDate(sentOn), consumer, {}, channel)).toBe(lastDay);
  });

  it('always gives at least 14 full days after receipt, ending on a working day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 10 }),
        fc.constantFrom<ContactChannel>('email', 'letter'),
        (n, channel) => {
          const sent = addDays(isoDate('2020-01-01'), n);
          const end = newTermUntil(final, sent, consumer, {}, channel);
          expect(daysBetween(assumedReceipt(sent, channel), end)).toBeGreaterThanOrEqual(14);
        },
      ),
    );
  });
});
