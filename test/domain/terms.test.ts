import fc from 'fast-check';
import { addDays, daysBetween, dayOfWeek, isoDate } from '../../src/domain/dates';
import { DomainError } from '../../src/domain/errors';
import type { Customer, Invoice, Settings } from '../../src/domain/model';
import { dueDateOf, dueDateResolver, resolveTerm } from '../../src/domain/terms';
import { business, consumer, invoice, settings } from './_statusBuilders';

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('resolveTerm: where the term comes from', () => {
  it('an explicit due date wins over every term', () => {
    const r = resolveTerm(
      invoice({ dueDate: isoDate('2026-01-20'), paymentTermDays: 30 }),
      business({ paymentTermDays: 45 }),
      settings({ businessTermDays: 21 }),
    );
    expect(r).toEqual({
      dueDate: '2026-01-20',
      termDays: undefined,
      source: 'explicit',
      warnings: [],
      legalDueDate: '2026-01-20',
    });
  });

  it('the invoice term wins over the customer term and the general terms', () => {
    const r = resolveTerm(
      invoice({ paymentTermDays: 8 }),
      business({ paymentTermDays: 45 }),
      settings({ businessTermDays: 21 }),
    );
    expect(r).toMatchObject({ dueDate: '2026-01-18', termDays: 8, source: 'invoice' });
  });

  it('the customer term wins over the general terms', () => {
    const r = resolveTerm(invoice(), business({ paymentTermDays: 45 }), settings({ businessTermDays: 21 }));
    expect(r).toMatchObject({ dueDate: '2026-02-24', termDays: 45, source: 'customer' });
  });

  it('a business with nothing on invoice or customer gets the general terms', () => {
    expect(resolveTerm(invoice(), business(), settings({ businessTermDays: 21 }))).toMatchObject({
      dueDate: '2026-01-31',
      termDays: 21,
      source: 'settings',
    });
  });

  it('a business with nothing agreed anywhere gets the statutory 30 days', () => {
    expect(resolveTerm(invoice(), business(), settings())).toEqual({
      dueDate: '2026-02-09',
      termDays: 30,
      source: 'statutory',
      warnings: [],
      legalDueDate: '2026-02-09',
    });
  });

  it('a consumer gets the consumer term from the settings, 14 unless set, never the business terms', () => {
    expect(resolveTerm(invoice(), consumer(), settings({ businessTermDays: 45 }))).toMatchObject({
      dueDate: '2026-01-24',
      termDays: 14,
      source: 'consumer-default',
    });
    expect(resolveTerm(invoice(), consumer(), settings({ consumerTermDays: 7 }))).toMatchObject({
      dueDate: '2026-01-17',
      termDays: 7,
    });
    const unparsed = { ...settings(), consumerTermDays: undefined } as unknown as Settings;
    expect(resolveTerm(invoice(), consumer(), unparsed).termDays).toBe(14);
  });

  it('a consumer with an agreed term uses it', () => {
    expect(resolveTerm(invoice(), consumer({ paymentTermDays: 30 }), settings())).toMatchObject({
      termDays: 30,
      source: 'customer',
    });
  });

  it('a term of 0 days is due on the invoice date', () => {
    expect(resolveTerm(invoice({ paymentTermDays: 0 }), business(), settings()).dueDate).toBe('2026-01-10');
  });
});

describe('resolveTerm: calendar edges', () => {
  it('counts from 29 February in a leap year', () => {
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2024-02-29') }), business(), settings())).toBe(
      '2024-03-30',
    );
    expect(
      dueDateOf(invoice({ invoiceDate: isoDate('2024-02-29'), paymentTermDays: 1 }), business(), settings()),
    ).toBe('2024-03-01');
  });

  it('+30 days across February differs between leap and common years', () => {
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2024-02-01') }), business(), settings())).toBe(
      '2024-03-02',
    );
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2025-02-01') }), business(), settings())).toBe(
      '2025-03-03',
    );
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2100-02-01') }), business(), settings())).toBe(
      '2100-03-03',
    ); // 2100 is no leap year
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2000-02-01') }), business(), settings())).toBe(
      '2000-03-02',
    );
  });

  it('crosses month and year ends', () => {
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2026-01-31') }), business(), settings())).toBe(
      '2026-03-02',
    );
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2025-12-31') }), consumer(), settings())).toBe(
      '2026-01-14',
    );
    expect(
      dueDateOf(invoice({ invoiceDate: isoDate('2026-03-31'), paymentTermDays: 30 }), business(), settings()),
    ).toBe('2026-04-30');
  });

  it('does not shift a due date that falls on a weekend or a holiday', () => {
    // 2026-01-10 + 14 = Saturday 24 January 2026.
    const due = dueDateOf(invoice(), consumer(), settings());
    expect(due).toBe('2026-01-24');
    expect(dayOfWeek(due)).toBe(6);
    // 2025-11-25 + 30 = Thursday 25 December 2025 (Christmas): kept.
    expect(dueDateOf(invoice({ invoiceDate: isoDate('2025-11-25') }), business(), settings())).toBe(
      '2025-12-25',
    );
    // Explicit Sunday due date: kept.
    expect(dueDateOf(invoice({ dueDate: isoDate('2026-02-01') }), business(), settings())).toBe('2026-02-01');
  });
});

describe('resolveTerm: legal warnings', () => {
  it('warns about an agreed business term over 60 days, not at exactly 60', () => {
    const at60 = resolveTerm(invoice({ paymentTermDays: 60 }), business(), settings());
    expect(at60.warnings).toEqual([]);
    const at61 = resolveTerm(invoice({ paymentTermDays: 61 }), business(), settings());
    expect(at61.warnings.map((w) => w.code)).toEqual(['term-over-60-days']);
    expect(at61.warnings[0]?.termDays).toBe(61);
    expect(at61.warnings[0]?.message.nl).toContain('61 dagen');
    expect(at61.warnings[0]?.message.en).toContain('61 days');
  });

  it('warns for a long term from any agreed source, including an explicit due date', () => {
    expect(
      resolveTerm(invoice(), business({ paymentTermDays: 90 }), settings()).warnings.map((w) => w.code),
    ).toEqual(['term-over-60-days']);
    expect(
      resolveTerm(invoice(), business(), settings({ businessTermDays: 75 })).warnings.map((w) => w.code),
    ).toEqual(['term-over-60-days']);
    expect(
      resolveTerm(invoice({ dueDate: isoDate('2026-04-10') }), business(), settings()).warnings.map(
        (w) => w.code,
      ),
    ).toEqual(['term-over-60-days']);
  });

  it('does not apply the 60-day rule to consumers', () => {
    expect(resolveTerm(invoice(), consumer({ paymentTermDays: 90 }), settings()).warnings).toEqual([]);
  });

  it('a large company paying an SME on more than 30 days (invoices from 1 July 2022): counts as 30, saying why', () => {
    const big = business({ largeCompany: true, paymentTermDays: 31 });
    const r = resolveTerm(invoice({ invoiceDate: isoDate('2022-07-01') }), big, settings());
    expect(r.warnings.map((w) => w.code)).toEqual(['large-company-over-30-days']);
    expect(r).toMatchObject({ dueDate: '2022-08-01', legalDueDate: '2022-07-31' });
    expect(r.warnings[0]?.message.nl).toMatch(/nietig.*wettelijke 30 dagen/);
    expect(r.warnings[0]?.message.en).toMatch(/void.*statutory 30 days/);
    // Before 1 July 2022 the cap was 60 days (from 1 July 2017): 31 days stood.
    const june = resolveTerm(invoice({ invoiceDate: isoDate('2022-06-30') }), big, settings());
    expect(june.warnings).toEqual([]);
    expect(june.legalDueDate).toBe(june.dueDate);
    expect(
      resolveTerm(invoice(), business({ largeCompany: true, paymentTermDays: 30 }), settings()).warnings,
    ).toEqual([]);
    expect(
      resolveTerm(invoice(), business({ largeCompany: false, paymentTermDays: 45 }), settings()).warnings,
    ).toEqual([]);
  });

  it('a large company with 90 days: void, counts as 30; from 2017 to mid-2022 the cap was 60', () => {
    const big = business({ largeCompany: true, paymentTermDays: 90 });
    const r = resolveTerm(invoice(), big, settings());
    expect(r.warnings.map((w) => w.code)).toEqual(['large-company-over-30-days']);
    expect(r.legalDueDate).toBe('2026-02-09');
    const y2020 = resolveTerm(invoice({ invoiceDate: isoDate('2020-03-01') }), big, settings());
    expect(y2020.warnings.map((w) => [w.code, w.termDays])).toEqual([['large-company-term-void', 60]]);
    expect(y2020.legalDueDate).toBe('2020-03-31');
    const y2016 = resolveTerm(invoice({ invoiceDate: isoDate('2016-03-01') }), big, settings());
    expect(y2016.warnings.map((w) => w.code)).toEqual(['term-over-60-days']);
    expect(y2016.legalDueDate).toBe(y2016.dueDate);
  });

  it('over 60 days between businesses: stands with a warning, or counts as the statutory 30 when the settings say not expressly agreed', () => {
    const c = business({ paymentTermDays: 61 });
    expect(resolveTerm(invoice(), c, settings()).legalDueDate).toBe('2026-03-12');
    const notAgreed = resolveTerm(invoice(), c, settings({ businessTermsExpresslyAgreed: false }));
    expect(notAgreed.warnings.map((w) => w.code)).toEqual(['term-over-60-days-not-agreed']);
    expect(notAgreed).toMatchObject({ dueDate: '2026-03-12', legalDueDate: '2026-02-09' });
    const sixty = resolveTerm(
      invoice(),
      business({ paymentTermDays: 60 }),
      settings({ businessTermsExpresslyAgreed: false }),
    );
    expect(sixty.warnings).toEqual([]);
    expect(sixty.legalDueDate).toBe(sixty.dueDate);
  });

  it('a 90-day business term: the statutory 30 days with the warning when not expressly agreed, 90 when agreed', () => {
    const c = business({ paymentTermDays: 90 });
    // Invoice 2026-01-10: +60 = 2026-03-11, +90 = 2026-04-10.
    const notAgreed = resolveTerm(invoice(), c, settings({ businessTermsExpresslyAgreed: false }));
    expect(notAgreed).toMatchObject({ dueDate: '2026-04-10', legalDueDate: '2026-02-09', termDays: 90 });
    expect(notAgreed.warnings).toHaveLength(1);
    expect(notAgreed.warnings[0]?.message.nl).toContain('wettelijke 30 dagen');
    expect(notAgreed.warnings[0]?.message.nl).toContain('art. 6:119a lid 5 BW');
    expect(notAgreed.warnings[0]?.message.en).toContain('statutory 30 days');
    for (const agreed of [true, undefined]) {
      const r = resolveTerm(invoice(), c, settings({ businessTermsExpresslyAgreed: agreed }));
      expect(r).toMatchObject({ dueDate: '2026-04-10', legalDueDate: '2026-04-10' });
      expect(r.warnings.map((w) => w.code)).toEqual(['term-over-60-days']);
    }
    // The large company paying an SME stays at the statutory 30 days, whatever the setting.
    for (const agreed of [true, false, undefined]) {
      const big = resolveTerm(
        invoice(),
        business({ paymentTermDays: 90, largeCompany: true }),
        settings({ businessTermsExpresslyAgreed: agreed }),
      );
      expect(big.warnings.map((w) => w.code)).toEqual(['large-company-over-30-days']);
      expect(big.legalDueDate).toBe('2026-02-09');
    }
  });

  it('keeps an explicit due date before the invoice date, with a warning', () => {
    const r = resolveTerm(invoice({ dueDate: isoDate('2026-01-07') }), business(), settings());
    expect(r.dueDate).toBe('2026-01-07');
    expect(r.source).toBe('explicit');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'due-before-invoice', termDays: -3 });
    expect(r.warnings[0]?.message.nl).toContain('3 dag(en)');
  });
});

describe('resolveTerm: bad input', () => {
  it('rejects a customer that is not the invoice customer', () => {
    const e = domainError(() => resolveTerm(invoice(), business({ number: 'K2' }), settings()));
    expect(e.code).toBe('invalid-input');
    expect(e.where.path).toBe('invoice.customerNumber');
  });

  it('rejects invalid dates with their path', () => {
    const e1 = domainError(() =>
      resolveTerm(invoice({ invoiceDate: '2025-02-29' as never }), business(), settings()),
    );
    expect([e1.code, e1.where.path]).toEqual(['invalid-date', 'invoice.invoiceDate']);
    const e2 = domainError(() =>
      resolveTerm(invoice({ dueDate: '2026-13-01' as never }), business(), settings()),
    );
    expect([e2.code, e2.where.path]).toEqual(['invalid-date', 'invoice.dueDate']);
  });

  it('rejects negative or fractional terms with their path', () => {
    const e1 = domainError(() => resolveTerm(invoice({ paymentTermDays: -1 }), business(), settings()));
    expect(e1.where.path).toBe('invoice.paymentTermDays');
    const e2 = domainError(() => resolveTerm(invoice(), business({ paymentTermDays: 1.5 }), settings()));
    expect(e2.where.path).toBe('customer.paymentTermDays');
  });

  it('rejects an unknown customer kind', () => {
    const odd = { ...business(), kind: 'company' } as unknown as Customer;
    expect(domainError(() => resolveTerm(invoice(), odd, settings())).where.path).toBe('customer.kind');
  });
});

describe('dueDateResolver', () => {
  it('resolves per customer from a list or a map, and names an unknown customer', () => {
    const list = [business(), consumer({ number: 'K2' })];
    const due = dueDateResolver(list, settings());
    expect(due(invoice())).toBe('2026-02-09');
    expect(due(invoice({ customerNumber: 'K2' }))).toBe('2026-01-24');
    expect(
      dueDateResolver(new Map(list.map((c) => [c.number, c])), settings())(invoice({ customerNumber: 'K2' })),
    ).toBe('2026-01-24');
    const e = domainError(() => due(invoice({ customerNumber: 'K3' })));
    expect([e.code, e.where.value]).toEqual(['unknown-customer', 'K3']);
  });
});

describe('resolveTerm: properties', () => {
  const isoDay = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays(isoDate('1950-01-01'), n));

  it('the due date is never before the invoice date for a non-negative term, and is exactly term days later', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 365 }), fc.boolean(), (date, days, isBusiness) => {
        const inv: Invoice = invoice({ invoiceDate: date, paymentTermDays: days });
        const r = resolveTerm(inv, isBusiness ? business() : consumer(), settings());
        expect(r.dueDate >= date).toBe(true);
        expect(daysBetween(date, r.dueDate)).toBe(days);
        expect(r.warnings.some((w) => w.code === 'due-before-invoice')).toBe(false);
      }),
    );
  });
});
