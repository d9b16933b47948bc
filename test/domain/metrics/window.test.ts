import { addDays, daysBetween, isoDate } from '../../../src/domain/dates';
import {
  createDayCounter,
  inWindow,
  quarterOf,
  recentMonthEnds,
  recentQuarters,
  trailingWindow,
} from '../../../src/domain/metrics/window';
import fc from 'fast-check';

describe('trailingWindow: the 365 days ending today', () => {
  it('leaves out the day exactly 365 days ago and keeps the day after it', () => {
    const w = trailingWindow(isoDate('2026-06-30'));
    expect(w).toEqual({ after: '2025-06-30', through: '2026-06-30' });
    expect(inWindow(isoDate('2025-06-30'), w)).toBe(false); // 365 days ago
    expect(inWindow(isoDate('2025-07-01'), w)).toBe(true); // 364 days ago
    expect(inWindow(isoDate('2026-06-30'), w)).toBe(true); // today
    expect(inWindow(isoDate('2026-07-01'), w)).toBe(false); // tomorrow
  });

  it('spans 29 February: starts a calendar day later than the same date last year', () => {
    // 2023-03-02 -> 2024-03-01 is 365 days because 2024-02-29 exists.
    const w = trailingWindow(isoDate('2024-03-01'));
    expect(w.after).toBe('2023-03-02');
    expect(daysBetween(isoDate('2023-03-02'), isoDate('2024-03-01'))).toBe(365);
    expect(inWindow(isoDate('2023-03-02'), w)).toBe(false);
    expect(inWindow(isoDate('2023-03-03'), w)).toBe(true);
    expect(inWindow(isoDate('2024-02-29'), w)).toBe(true);
  });

  it('ending on 29 February starts on 1 March of the year before', () => {
    expect(trailingWindow(isoDate('2024-02-29')).after).toBe('2023-03-01');
  });
});

describe('recentMonthEnds', () => {
  it('takes the month ends before today, oldest first', () => {
    expect(recentMonthEnds(isoDate('2026-03-15'), 3)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28']);
  });
  it('includes today when today ends a month, and knows leap Februaries', () => {
    expect(recentMonthEnds(isoDate('2024-03-31'), 2)).toEqual(['2024-02-29', '2024-03-31']);
  });
  it('gives 12 distinct ends for a year of history', () => {
    const ends = recentMonthEnds(isoDate('2026-01-31'), 12);
    expect(ends).toHaveLength(12);
    expect(ends[0]).toBe('2025-02-28');
    expect(ends[11]).toBe('2026-01-31');
  });
});

describe('quarters', () => {
  it('names quarters and counts back across years', () => {
    expect(quarterOf(isoDate('2026-03-31'))).toBe('2026-Q1');
    expect(quarterOf(isoDate('2026-10-01'))).toBe('2026-Q4');
    expect(recentQuarters(isoDate('2026-02-10'), 3).map((q) => q.key)).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
    ]);
    expect(recentQuarters(isoDate('2026-02-10'), 1)).toEqual([{ key: '2026-Q1', first: '2026-01-01' }]);
  });
});

describe('createDayCounter', () => {
  it('agrees with daysBetween', () => {
    const days = createDayCounter();
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), (a, b) => {
        const from = addDays(isoDate('2025-01-01'), a);
        const to = addDays(isoDate('2025-01-01'), b);
        expect(days(from, to)).toBe(daysBetween(from, to));
      }),
      { numRuns: 200 },
    );
  });
});
