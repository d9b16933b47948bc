import { claimOn } from '../../../src/domain/legal/claim';
import { defaultSettings } from '../../../src/domain/model';
import { cents } from '../../../src/domain/money';
import { isoDate } from '../../../src/domain/dates';

const all = defaultSettings({ chargeInterest: true, chargeCollectionCosts: true });

describe('claimOn', () => {
  it('adds nothing while the invoice is not overdue', () => {
    expect(claimOn(cents(100000), isoDate('2025-03-31'), isoDate('2025-03-31'), 'business', all)).toEqual({
      principal: 100000,
      interest: 0,
      costs: 0,
      total: 100000,
      notes: ['not-overdue'],
    });
  });

  it('business: commercial interest from the day after the due date through today, plus costs', () => {
    // 1-1..31-1-2025: 31 days at 11.15% on 1,000 = 9.47; costs 15% = 150
    const c = claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'business', all);
    expect(c).toMatchObject({ principal: 100000, interest: 947, costs: 15000, total: 115947, notes: [] });
    expect(c.interestDetail?.periods[0]).toMatchObject({
      from: '2025-01-01',
      until: '2025-01-31',
      rate: 11.15,
    });
  });

  it('consumer: consumer rate, and costs only once the fourteen-day letter has run out', () => {
    // 31 days at 6% on 1,000 = 5.0959 -> 5.10
    const before = claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'consumer', all);
    expect(before).toMatchObject({
      interest: 510,
      costs: 0,
      total: 100510,
      notes: ['costs-await-fourteen-day-letter'],
    });
    const after = claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'consumer', all, {
      fourteenDayLetterExpired: true,
    });
    expect(after).toMatchObject({ interest: 510, costs: 15000, total: 115510, notes: [] });
  });

  it('honours the switches and the VAT setting', () => {
    const none = claimOn(
      cents(100000),
      isoDate('2024-12-31'),
      isoDate('2025-01-31'),
      'business',
      defaultSettings(),
    );
    expect(none).toMatchObject({
      interest: 0,
      costs: 0,
      total: 100000,
      notes: ['interest-off', 'costs-off'],
    });
    const vat = claimOn(
      cents(100000),
      isoDate('2024-12-31'),
      isoDate('2025-01-31'),
      'business',
      defaultSettings({ chargeCollectionCosts: true, collectionCostsVat: true }),
    );
    expect(vat).toMatchObject({ interest: 0, costs: 18150, total: 118150 });
    expect(vat.costsDetail).toMatchObject({ amount: 15000, vat: 3150 });
  });

  it('uses the rates the user added over the built-in table', () => {
    const s = defaultSettings({
      chargeInterest: true,
      extraInterestRates: [{ kind: 'commercial', from: '2025-01-01', percent: 20, source: 'test' }],
    });
    // 1,000 x 20% x 31/365 = 16.99
    expect(claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'business', s).interest).toBe(
      1699,
    );
  });

  it('notes when today lies beyond the rate table', () => {
    expect(
      claimOn(cents(100000), isoDate('2026-05-31'), isoDate('2026-07-15'), 'business', all).notes,
    ).toContain('rates-may-be-outdated');
  });

  it('Belgium: EUR 40 flat for business, no Dutch interest, no consumer costs', () => {
    const be = defaultSettings({
      country: 'BE',
      chargeInterest: true,
      chargeCollectionCosts: true,
      collectionCostsVat: true,
    });
    expect(
      claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'business', be),
    ).toMatchObject({
      interest: 0,
      costs: 4000,
      total: 104000,
      notes: ['be-interest-not-supported'],
    });
    expect(
      claimOn(cents(100000), isoDate('2024-12-31'), isoDate('2025-01-31'), 'consumer', be, {
        fourteenDayLetterExpired: true,
      }),
    ).toMatchObject({
      costs: 0,
      notes: ['be-interest-not-supported', 'be-consumer-costs-not-supported'],
    });
  });

  it('owes nothing extra on a settled or over-paid invoice', () => {
    expect(claimOn(cents(0), isoDate('2024-12-31'), isoDate('2025-06-30'), 'business', all)).toEqual({
      principal: 0,
      interest: 0,
      costs: 0,
      total: 0,
      notes: [],
    });
    expect(claimOn(cents(-500), isoDate('2024-12-31'), isoDate('2025-06-30'), 'business', all).total).toBe(
      -500,
    );
  });

  it('rejects bad input with its location', () => {
    expect(() =>
      claimOn(10.5 as never, isoDate('2024-12-31'), isoDate('2025-01-31'), 'business', all),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-amount',
        where: expect.objectContaining({ path: 'invoiceOpenCents' }),
      }),
    );
    expect(() => claimOn(cents(100), '2024-12-32' as never, isoDate('2025-01-31'), 'business', all)).toThrow(
      expect.objectContaining({ code: 'invalid-date', where: expect.objectContaining({ path: 'dueDate' }) }),
    );
  });
});
