import { addDays, addMonths, isoDate } from '../../../../src/domain/dates';
import { DomainError } from '../../../../src/domain/errors';
import {
  BE_COMMERCIAL_RATES,
  belgianCommercialInterest,
  belgianRateOn,
  belgianRates,
  halfYearStart,
} from '../../../../src/domain/legal/be';
import { cents } from '../../../../src/domain/money';

const userRow = (from: string, percent: number) => ({
  kind: 'be-commercial',
  from,
  percent,
  source: 'BS test',
});

describe('Belgian commercial rates as data', () => {
  it('lists only half-years, each with the publication it was read in', () => {
    for (const r of BE_COMMERCIAL_RATES) {
      expect(r.kind).toBe('be-commercial');
      expect(halfYearStart(r.from)).toBe(r.from);
      expect(r.source).toMatch(/BS \d\d-\d\d-\d{4}|numac \d{10}|FOD Financiën/);
    }
    expect(BE_COMMERCIAL_RATES.map((r) => [r.from, r.percent])).toEqual([
      ['2004-07-01', 9.5],
      ['2005-07-01', 9.5],
      ['2007-01-01', 11],
      ['2008-01-01', 11.5],
      ['2012-07-01', 8],
      ['2015-07-01', 8.5],
      ['2020-07-01', 8],
      ['2023-01-01', 10.5],
    ]);
  });

  it.each(BE_COMMERCIAL_RATES.map((r) => [r.from, r.percent]))(
    'the half-year from %s runs at %d%% from its first to its last day, and only then',
    (from, percent) => {
      const rates = belgianRates();
      const last = addDays(addMonths(isoDate(from), 6), -1);
      expect(belgianRateOn(rates, isoDate(from)).percent).toBe(percent);
      expect(belgianRateOn(rates, last).percent).toBe(percent);
      for (const outside of [addDays(isoDate(from), -1), addDays(last, 1)]) {
        let other: number | string;
        try {
          other = belgianRateOn(rates, outside).from;
        } catch (e) {
          other = (e as DomainError).code;
        }
        expect(other === 'unsupported' || other !== from).toBe(true);
      }
    },
  );

  it('finds the row of a half-year on its first and last day', () => {
    expect(belgianRateOn(belgianRates(), isoDate('2007-01-01')).percent).toBe(11);
    expect(belgianRateOn(belgianRates(), isoDate('2007-06-30')).percent).toBe(11);
    expect(belgianRateOn(belgianRates(), isoDate('2008-02-29')).percent).toBe(11.5);
  });

  it('names the half-year and how to add it when no rate was read', () => {
    let error: unknown;
    try {
      belgianRateOn(belgianRates(), isoDate('2007-07-01'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('unsupported');
    expect((error as DomainError).message).toContain('2007-07-01 to 2007-12-31');
    expect((error as DomainError).message).toContain('rate.N.kind be-commercial');
  });

  it("takes the user's be-commercial rows over the built-in ones and ignores Dutch rows", () => {
    const rates = belgianRates([
      userRow('2023-01-01', 10),
      userRow('2025-07-01', 10.5),
      { kind: 'commercial', from: '2025-07-01', percent: 10.15, source: 'nl' },
    ]);
    expect(belgianRateOn(rates, isoDate('2023-03-01')).percent).toBe(10);
    expect(belgianRateOn(rates, isoDate('2025-12-31')).percent).toBe(10.5);
  });

  it('refuses a user row that does not start a half-year, located', () => {
    expect(() => belgianRates([userRow('2025-08-01', 10)])).toThrow(
      'extraInterestRates[0].from: a Belgian rate starts on 1 January or 1 July',
    );
  });
});

describe('belgianCommercialInterest: simple interest, actual/365', () => {
  it('counts 29 February 2008 as a day: EUR 1,000 from 1 Feb to 31 Mar 2008 at 11.5%', () => {
    // 1,000.00 x 11.5% x 60/365 = 18.904 -> 18.90 (29 days of February, 31 of March)
    const r = belgianCommercialInterest({
      principal: cents(100000),
      from: isoDate('2008-02-01'),
      until: isoDate('2008-03-31'),
    });
    expect(r.total).toBe(1890);
    expect(r.periods).toEqual([
      expect.objectContaining({
        from: '2008-02-01',
        until: '2008-03-31',
        days: 60,
        rate: 11.5,
        interest: 1890,
      }),
    ]);
  });

  it('28 and 29 February 2008 are two days', () => {
    // 1,000.00 x 11.5% x 2/365 = 0.630 -> 0.63
    expect(
      belgianCommercialInterest({
        principal: cents(100000),
        from: isoDate('2008-02-28'),
        until: isoDate('2008-02-29'),
      }).total,
    ).toBe(63);
  });

  it('splits at a rate change, each half-year at its own rate, without compounding', () => {
    // June 2007: 30 days at 11%; July 2007: 31 days at 10% (a row the user added).
    // 1,000.00 x (11% x 30 + 10% x 31) / 365 = 17.534 -> 17.53
    const r = belgianCommercialInterest({
      principal: cents(100000),
      from: isoDate('2007-06-01'),
      until: isoDate('2007-07-31'),
      extraRates: [userRow('2007-07-01', 10)],
    });
    expect(r.periods.map((p) => [p.from, p.until, p.days, p.rate])).toEqual([
      ['2007-06-01', '2007-06-30', 30, 11],
      ['2007-07-01', '2007-07-31', 31, 10],
    ]);
    expect(r.total).toBe(1753);
    expect(r.periods.reduce((s, p) => s + p.interest, 0)).toBe(r.total);
  });

  it('does not compound over a full year: two years at 11% on EUR 1,000', () => {
    const extraRates = ['2007-07-01', '2008-07-01', '2009-01-01'].map((f) => userRow(f, 11));
    extraRates.push(userRow('2008-01-01', 11));
    // 2007-01-01..2008-12-31 = 731 days: 1,000.00 x 11% x 731/365 = 220.30
    const r = belgianCommercialInterest({
      principal: cents(100000),
      from: isoDate('2007-01-01'),
      until: isoDate('2008-12-31'),
      extraRates,
    });
    expect(r.total).toBe(22030);
  });

  it('fails on the first day of a half-year without a rate', () => {
    expect(() =>
      belgianCommercialInterest({
        principal: cents(100000),
        from: isoDate('2007-06-01'),
        until: isoDate('2007-07-01'),
      }),
    ).toThrow(/2007-07-01 to 2007-12-31/);
  });

  it('owes nothing on an empty span or a zero principal', () => {
    expect(
      belgianCommercialInterest({
        principal: cents(100000),
        from: isoDate('2008-02-02'),
        until: isoDate('2008-02-01'),
      }).total,
    ).toBe(0);
    expect(
      belgianCommercialInterest({
        principal: cents(0),
        from: isoDate('2008-02-01'),
        until: isoDate('2008-03-01'),
      }).total,
    ).toBe(0);
  });
});
