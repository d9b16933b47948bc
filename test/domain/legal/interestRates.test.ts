import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addMonths, isoDate } from '../../../src/domain/dates';
import {
  BUILT_IN_INTEREST_RATES,
  BUILT_IN_RATES_KNOWN_UNTIL,
  rateOn,
  ratesFor,
  ratesOutdated,
  unverifiedRates,
} from '../../../src/domain/legal/interestRates';
import { interestRateSchema } from '../../../src/domain/model';

describe('built-in statutory interest rates', () => {
  it.each(['commercial', 'consumer'] as const)(
    '%s: valid rows from 2002-01-01 on, in order, each with a source, to the known half-year',
    (kind) => {
      const rows = ratesFor(kind);
      expect(rows[0]?.from).toBe('2002-01-01');
      rows.forEach((r, i) => {
        expect(interestRateSchema.parse(r)).toEqual(r);
        expect(r.source.length).toBeGreaterThan(10);
        if (i > 0) expect(r.from > rows[i - 1]!.from).toBe(true);
      });
      expect(addMonths(rows[rows.length - 1]!.from, 6)).toBe('2026-07-01');
      expect(BUILT_IN_RATES_KNOWN_UNTIL).toBe('2026-06-30');
    },
  );

  it('holds the rates read at their sources, at every change', () => {
    const on = (kind: 'commercial' | 'consumer', d: string) => rateOn(ratesFor(kind), isoDate(d)).percent;
    // Consumer: each Staatsblad decree and the day before it.
    const consumer: [string, number][] = [
      ['2002-01-01', 7],
      ['2003-07-31', 7],
      ['2003-08-01', 5],
      ['2004-01-31', 5],
      ['2004-02-01', 4],
      ['2006-12-31', 4],
      ['2007-01-01', 6],
      ['2009-06-30', 6],
      ['2009-07-01', 4],
      ['2010-01-01', 3],
      ['2011-06-30', 3],
      ['2011-07-01', 4],
      ['2012-06-30', 4],
      ['2012-07-01', 3],
      ['2014-12-31', 3],
      ['2015-01-01', 2],
      ['2022-12-31', 2],
      ['2023-01-01', 4],
      ['2023-07-01', 6],
      ['2024-01-01', 7],
      ['2024-12-31', 7],
      ['2025-01-01', 6],
      // Issue 12: 6% stayed until 2025-12-31; 4% from 2026-01-01 (not from 2025-07-01).
      ['2025-07-01', 6],
      ['2025-12-31', 6],
      ['2026-01-01', 4],
    ];
    for (const [d, pct] of consumer) expect([d, on('consumer', d)]).toEqual([d, pct]);
    const commercial: [string, number][] = [
      ['2002-11-30', 7],
      ['2002-12-01', 10.35],
      ['2003-01-01', 9.85],
      // Variable-rate tenders: the marginal rate of the last operation before the half-year.
      ['2003-06-30', 9.85],
      ['2003-07-01', 9.1],
      ['2003-12-31', 9.1],
      // 30 December 2003: 2.02 (the Raad van Arbitrage table had 9.01 for all of 2004).
      ['2004-01-01', 9.02],
      ['2004-06-30', 9.02],
      ['2004-07-01', 9.01],
      ['2004-12-31', 9.01],
      ['2005-01-01', 9.09],
      ['2005-06-30', 9.09],
      ['2005-07-01', 9.05],
      ['2005-12-31', 9.05],
      // The Official Journal's notice: 2,25 % on 1 January 2006.
      ['2006-01-01', 9.25],
      ['2006-06-30', 9.25],
      ['2008-01-01', 11.2],
      ['2009-07-01', 8],
      // ECB 1.25% from 13 April 2011, 1.50% only from 13 July 2011: 8.25 for the half-year.
      ['2011-06-30', 8],
      ['2011-07-01', 8.25],
      ['2011-12-31', 8.25],
      ['2012-01-01', 8],
      ['2012-07-01', 8],
      ['2013-01-01', 7.75],
      ['2013-03-15', 7.75],
      ['2013-03-16', 8.75],
      ['2014-06-30', 8.25],
      // ECB 0.15% from 11 June 2014: 8.15 for the second half of 2014.
      ['2014-07-01', 8.15],
      ['2014-12-31', 8.15],
      ['2015-01-01', 8.05],
      ['2016-06-30', 8.05],
      ['2016-07-01', 8],
      ['2016-01-01', 8.05],
      ['2022-12-31', 8],
      ['2023-01-01', 10.5],
      ['2023-07-01', 12],
      ['2024-01-01', 12.5],
      ['2024-07-01', 12.25],
      ['2025-01-01', 11.15],
      ['2025-07-01', 10.15],
    ];
    for (const [d, pct] of commercial) expect([d, on('commercial', d)]).toEqual([d, pct]);
  });

  it.each(['commercial', 'consumer'] as const)(
    '%s: at every change the new rate holds from its first day and the old one through the day before',
    (kind) => {
      const rows = ratesFor(kind);
      rows.forEach((r, i) => {
        expect([r.from, rateOn(rows, r.from).percent]).toEqual([r.from, r.percent]);
        const before = rows[i - 1];
        if (before)
          expect([r.from, rateOn(rows, addDays(r.from, -1)).percent]).toEqual([r.from, before.percent]);
      });
    },
  );

  it('marks unverified exactly the rows docs/legal.md names, and every other row cites an official text', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/legal.md'), 'utf8');
    const block = /<!-- unverified-rates -->([\s\S]*?)<!-- \/unverified-rates -->/.exec(doc)?.[1] ?? '';
    const named = [...block.matchAll(/^\| (commercial|consumer) \| (\d{4}-\d{2}-\d{2}) \|/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const unverified = unverifiedRates().map((r) => `${r.kind} ${r.from}`);
    expect(named.length).toBeGreaterThan(0);
    expect(named.sort()).toEqual([...unverified].sort());
    for (const r of BUILT_IN_INTEREST_RATES) {
      if (r.source.startsWith('unverified')) continue;
      // A verified row names an official publication: the ECB's rates or a Staatsblad decree.
      expect([
        r.from,
        /ECB main refinancing rate|Stb\. \d{4}, \d+|Besluit van \d+ \w+ \d{4}/.test(r.source),
      ]).toEqual([r.from, true]);
    }
  });

  it('states each read commercial figure as the ECB rate it cites plus the margin of its day', () => {
    // A typo in a figure or in its source shows here: the row must agree with what it cites.
    const read = BUILT_IN_INTEREST_RATES.filter(
      (r) => r.kind === 'commercial' && !r.source.startsWith('unverified'),
    );
    expect(read.length).toBeGreaterThan(30);
    for (const r of read) {
      const m = /ECB main refinancing rate (\d+\.\d{2})%.*\+ (7|8) points under art\. 6:120 lid 2 BW/.exec(
        r.source,
      );
      const margin = r.from < '2013-03-16' ? 7 : 8;
      expect([r.from, m?.[2]]).toEqual([r.from, String(margin)]);
      expect([r.from, Math.round((Number(m?.[1]) + margin) * 100) / 100]).toEqual([r.from, r.percent]);
    }
  });

  it('holds no commercial row from a secondary table alone since fixed-rate tenders (2009)', () => {
    const late = unverifiedRates().filter((r) => r.kind === 'commercial' && r.from >= '2009-01-01');
    expect(late.map((r) => r.from)).toEqual(['2025-07-01', '2026-01-01']);
  });
});

describe('ratesOutdated', () => {
  it('is silent through the last half-year the table knows and speaks the day after', () => {
    expect(ratesOutdated(isoDate('2026-06-30'))).toBeUndefined();
    expect(ratesOutdated(isoDate('2026-07-01'))).toEqual({ knownUntil: '2026-06-30', daysPast: 1 });
    expect(ratesOutdated(isoDate('2026-11-30'))?.daysPast).toBe(153);
  });
  it('needs a new row of both kinds before it is silent again', () => {
    const commercial = { kind: 'commercial', from: '2026-07-01', percent: 9.9, source: 'user' };
    const consumer = { kind: 'consumer', from: '2026-07-01', percent: 4, source: 'user' };
    expect(ratesOutdated(isoDate('2026-11-30'), [commercial])).toBeDefined();
    expect(ratesOutdated(isoDate('2026-11-30'), [commercial, consumer])).toBeUndefined();
    expect(ratesOutdated(isoDate('2027-01-01'), [commercial, consumer])).toEqual({
      knownUntil: '2026-12-31',
      daysPast: 1,
    });
  });
  it('rejects a bad day', () => {
    expect(() => ratesOutdated('2026-13-01' as never)).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});

describe('ratesOutdated for a Belgian workbook', () => {
  const be = (from: string) => ({ kind: 'be-commercial', from, percent: 9.5, source: 'BS' });
  const nlBoth = (from: string) => [
    { kind: 'commercial', from, percent: 9.9, source: 'user' },
    { kind: 'consumer', from, percent: 4, source: 'user' },
  ];
  it('checks the Belgian half-year table: silent through its last half-year, speaking the day after', () => {
    // The latest built-in Belgian row is the first half of 2023.
    expect(ratesOutdated(isoDate('2023-06-30'), [], 'BE')).toBeUndefined();
    expect(ratesOutdated(isoDate('2023-07-01'), [], 'BE')).toEqual({ knownUntil: '2023-06-30', daysPast: 1 });
  });
  it('is silent again once the current half-year has its row, and speaks when the next begins', () => {
    expect(ratesOutdated(isoDate('2026-11-30'), [be('2026-07-01')], 'BE')).toBeUndefined();
    expect(ratesOutdated(isoDate('2026-12-31'), [be('2026-07-01')], 'BE')).toBeUndefined();
    expect(ratesOutdated(isoDate('2027-01-01'), [be('2026-07-01')], 'BE')).toEqual({
      knownUntil: '2026-12-31',
      daysPast: 1,
    });
  });
  it("counts only its own country's rows", () => {
    // Dutch rows do not make the Belgian table current, nor Belgian rows the Dutch one.
    expect(ratesOutdated(isoDate('2026-11-30'), nlBoth('2026-07-01'), 'BE')).toBeDefined();
    expect(ratesOutdated(isoDate('2026-11-30'), [be('2026-07-01')], 'NL')).toBeDefined();
    expect(ratesOutdated(isoDate('2026-11-30'), nlBoth('2026-07-01'), 'NL')).toBeUndefined();
    // The default stays the Dutch check, whatever the Belgian table holds.
    expect(ratesOutdated(isoDate('2026-06-30'))).toBeUndefined();
  });
  it('rejects an unknown country', () => {
    expect(() => ratesOutdated(isoDate('2026-06-30'), [], 'DE' as 'NL')).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
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
    expect(rateOn(rows, isoDate('2024-06-30')).percent).toBe(12.5);
    expect(rateOn(rows, isoDate('2024-07-01')).percent).toBe(12.25);
    expect(rateOn(rows, isoDate('2030-01-01')).percent).toBe(10.15);
  });
  it('names the date the table does not reach', () => {
    expect(() => rateOn(rows, isoDate('2001-12-31'))).toThrow(
      expect.objectContaining({
        code: 'unsupported',
        where: expect.objectContaining({ value: '2001-12-31' }),
      }),
    );
    expect(() => rateOn(rows, isoDate('2001-12-31'))).toThrow(/2001-12-31/);
  });
});
