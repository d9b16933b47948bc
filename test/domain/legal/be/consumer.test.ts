import {
  BE_CONSUMER_REGIME_FROM,
  belgianConsumerDamagesCap,
  belgianHolidays,
  belgianWaitingTerm,
  isBelgianWorkingDay,
} from '../../../../src/domain/legal/be';
import { isoDate } from '../../../../src/domain/dates';
import { cents } from '../../../../src/domain/money';

describe('Boek XIX: the damages cap by bracket of the balance', () => {
  it.each([
    [0, 0],
    [1, 2000], // EUR 0.01: EUR 20
    [15000, 2000], // EUR 150.00: still EUR 20
    [15001, 3000], // EUR 150.01: EUR 30 + 10% of 0.01 (0.1 cent rounds to 0)
    [15005, 3001], // 10% of 0.05 = 0.5 cent, half away from zero
    [50000, 6500], // EUR 500.00: 30 + 10% x 350 = 65
    [50001, 6500], // EUR 500.01: 65 + 5% of 0.01
    [100000, 9000], // EUR 1,000: 65 + 5% x 500 = 90
    [3920000, 200000], // EUR 39,200: 65 + 5% x 38,700 = 2,000, the maximum exactly
    [3920100, 200000], // above it: capped
    [100000000, 200000],
  ])('balance %i cents: at most %i cents', (balance, cap) => {
    expect(belgianConsumerDamagesCap(cents(balance))).toBe(cap);
  });

  it('takes effect on 1 September 2023', () => {
    expect(BE_CONSUMER_REGIME_FROM).toBe('2023-09-01');
  });
});

describe('Boek XIX: the waiting term after the free first reminder', () => {
  it('e-mail: 14 calendar days from the next day', () => {
    // Monday 2 March 2026: the term runs 3 to 16 March; charges from Tuesday 17 March.
    expect(belgianWaitingTerm(isoDate('2026-03-02'), 'email')).toEqual({
      startsOn: '2026-03-03',
      lastDay: '2026-03-16',
      chargesFrom: '2026-03-17',
    });
  });

  it('paper: from the third working day after sending, across a weekend', () => {
    // Friday 27 February 2026: working days Mon 2, Tue 3, Wed 4 March; 4 to 17 March.
    expect(belgianWaitingTerm(isoDate('2026-02-27'), 'letter')).toEqual({
      startsOn: '2026-03-04',
      lastDay: '2026-03-17',
      chargesFrom: '2026-03-18',
    });
  });

  it('paper across Easter Monday; an unknown channel counts as paper', () => {
    // Thursday 2 April 2026: Fri 3 (1), Easter Monday 6 April skipped, Tue 7 (2), Wed 8 (3).
    const term = belgianWaitingTerm(isoDate('2026-04-02'));
    expect(term.startsOn).toBe('2026-04-08');
    expect(term.lastDay).toBe('2026-04-21');
    expect(belgianWaitingTerm(isoDate('2026-04-02'), 'phone')).toEqual(term);
  });

  it('a last day on a weekend moves to the Monday', () => {
    // Saturday 7 March 2026 by e-mail: 8 to 21 March (a Saturday), moved to Monday 23 March.
    expect(belgianWaitingTerm(isoDate('2026-03-07'), 'email')).toEqual({
      startsOn: '2026-03-08',
      lastDay: '2026-03-23',
      chargesFrom: '2026-03-24',
    });
  });

  it('a last day on Christmas moves past the weekend after it', () => {
    // Friday 11 December 2026 by e-mail: 12 to 25 December (Christmas, a Friday) -> Monday 28.
    expect(belgianWaitingTerm(isoDate('2026-12-11'), 'email').lastDay).toBe('2026-12-28');
    expect(belgianWaitingTerm(isoDate('2026-12-11'), 'email').chargesFrom).toBe('2026-12-29');
  });

  it('counts the ten Belgian public holidays of 2026, the moving ones from Easter', () => {
    expect([...belgianHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(isBelgianWorkingDay(isoDate('2026-07-21'))).toBe(false);
    expect(isBelgianWorkingDay(isoDate('2026-04-03'))).toBe(true); // Good Friday is a working day in Belgium
  });
});
