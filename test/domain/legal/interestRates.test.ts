import { addMonths } from '../../../src/domain/dates';
import {
  BUILT_IN_INTEREST_RATES,
  BUILT_IN_RATES_KNOWN_UNTIL,
  rateOn,
  ratesFor,
} from '../../../src/domain/legal/interestRates';
import { interestRateSchema } from '../../../src/domain/model';

describe('built-in statutory interest rates', () => {
  it.each(['commercial', 'consumer'] as const)(
    '%s: one valid row per half-year from 2020-01-01, each with a source',
    (kind) => {
      const rows = ratesFor(kind);
      expect(rows[0]?.from).toBe('2020-01-01');
      rows.forEach((r, i) => {
        expect(interestRateSchema.parse(r)).toEqual(r);
        expect(r.source.length).toBeGreaterThan(10);
        if (i > 0) expect(r.from).toBe(addMonths(rows[i - 1]!.from, 6));
      });
      expect(addMonths(rows[rows.length - 1]!.from, 6)).toBe('2026-07-01');
      expect(BUILT_IN_RATES_KNOWN_UNTIL).toBe('2026-06-30');
    },
  );

  it('holds the rates read at their sources', () => {
    const pick = (kind: 'commercial' | 'consumer') =>
      Object.fromEntries(ratesFor(kind).map((r) => [r.from, r.percent]));
    expect(pick('commercial')).toMatchObject({
      '2022-07-01': 8,
      '2023-01-01': 10.5,
      '2023-07-01': 12,
      '2024-01-01': 12.5,
      '2024-07-01': 12.25,
      '2025-01-01': 11.15,
      '2025-07-01': 10.15,
    });
    expect(pick('consumer')).toMatchObject({
      '2022-07-01': 2,
      '2023-01-01': 4,
      '2023-07-01': 6,
      '2024-01-01': 7,
      '2024-07-01': 7,
      '2025-01-01': 6,
      '2025-07-01': 4,
    });
  });

  it('marks rows it could not confirm as unverified', () => {
    const unverified = BUILT_IN_INTEREST_RATES.filter((r) => r.source.startsWith('unverified')).map(
      (r) => `${r.kind} ${r.from}`,
    );
    expect(unverified).toEqual(
      expect.arrayContaining([
        'commercial 2025-07-01',
        'commercial 2026-01-01',
        'consumer 2025-07-01',
        'consumer 2026-01-01',
      ]),
    );
    expect(unverified).not.toContain('commercial 2025-01-01');
  });
});

describe('ratesFor', () => {
  it('merges user rates over the table: same start replaces, new start is added, sorted', () => {
    const rows = ratesFor('commercial', [
      { kind: 'commercial', from: '2026-07-01', percent: 9.9, source: 'user' },
      { kind: 'commercial', from: '2025-07-01', percent: 10.2, source: 'user correction' },
      { kind: 'consumer', from: '2026-07-01', percent: 3, source: 'user' },
    ]);
    expect(rows.filter((r) => r.from === '2025-07-01')).toEqual([
      { kind: 'commercial', from: '2025-07-01', percent: 10.2, source: 'user correction' },
    ]);
    expect(rows[rows.length - 1]).toMatchObject({ from: '2026-07-01', percent: 9.9 });
    expect(rows.every((r) => r.kind === 'commercial')).toBe(true);
    expect(rows.map((r) => r.from)).toEqual([...rows.map((r) => r.from)].sort());
  });

  it('rejects an invalid user rate with its location', () => {
    expect(() =>
      ratesFor('consumer', [{ kind: 'consumer', from: '2026-07-01', percent: -1, source: 'x' }]),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        where: expect.objectContaining({ path: 'extraInterestRates[0].percent' }),
      }),
    );
    expect(() =>
      ratesFor('consumer', [{ kind: 'consumer', from: '2026-02-30', percent: 4, source: 'x' }]),
    ).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'extraInterestRates[0].from' }) }),
    );
  });

  it('rejects two user rates for the same start', () => {
    const row = { kind: 'consumer' as const, from: '2026-07-01', percent: 4, source: 'x' };
    expect(() => ratesFor('consumer', [row, { ...row, percent: 5 }])).toThrow(
      expect.objectContaining({ code: 'duplicate' }),
    );
  });
});

describe('rateOn', () => {
  const rows = ratesFor('commercial');
  it('finds the rate in force on a day, including the change day itself', () => {
    expect(rateOn(rows, '2024-06-30').percent).toBe(12.5);
    expect(rateOn(rows, '2024-07-01').percent).toBe(12.25);
    expect(rateOn(rows, '2030-01-01').percent).toBe(10.15);
  });
  it('names the date the table does not reach', () => {
    expect(() => rateOn(rows, '2019-12-31')).toThrow(
      expect.objectContaining({
        code: 'unsupported',
        where: expect.objectContaining({ value: '2019-12-31' }),
      }),
    );
    expect(() => rateOn(rows, '2019-12-31')).toThrow(/2019-12-31/);
  });
});
