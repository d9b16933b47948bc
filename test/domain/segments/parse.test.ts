import fc from 'fast-check';
import {
  parseRule,
  printRule,
  ruleProblemText,
  type Condition,
  type Rule,
  type RuleProblem,
} from '../../../src/domain/segments';
import { cents } from '../../../src/domain/money';

const rule = (text: string): Rule => {
  const r = parseRule(text);
  if (!r.ok) throw new Error(ruleProblemText(r.problem, 'en'));
  return r.rule;
};
const problem = (text: string): RuleProblem => {
  const r = parseRule(text);
  if (r.ok) throw new Error(`${text} parsed as ${JSON.stringify(r.rule)}`);
  return r.problem;
};

describe('a segment rule as a trader reads it aloud', () => {
  it("reads the brief's Dutch and English examples into the same conditions", () => {
    expect(rule('meer dan 2 keer te laat betaald in 12 maanden')).toEqual(
      rule('paid late more than 2 times in 12 months'),
    );
    expect(rule('meer dan 2 keer te laat betaald in 12 maanden').all).toEqual([
      { kind: 'latePayments', op: 'more', count: 2, months: 12 },
    ]);
    expect(rule('omzet in 12 maanden boven 10000').all).toEqual([
      { kind: 'revenue', op: 'more', amount: 1_000_000, months: 12 },
    ]);
    expect(rule('revenue in 12 months over 10000')).toEqual(rule('omzet in 12 maanden boven 10000'));
    expect(rule('openstaand boven 5000').all).toEqual([{ kind: 'open', op: 'more', amount: 500_000 }]);
    expect(rule('gemiddeld meer dan 10 dagen te laat').all).toEqual([
      { kind: 'averageDaysLate', op: 'more', days: 10, months: 12 },
    ]);
    expect(rule('consument').all).toEqual([{ kind: 'customerKind', value: 'consumer' }]);
    expect(rule('Particulier')).toEqual(rule('consumer'));
    expect(rule('zakelijk')).toEqual(rule('business'));
    expect(rule('segment is Horeca').all).toEqual([{ kind: 'segmentColumn', value: 'Horeca' }]);
  });

  it('joins conditions with "en" / "and", reads case-insensitively and quoted names with spaces', () => {
    expect(rule('Zakelijk EN omzet in 6 maanden onder 2.500,50 and segment is "Bouw en Infra"').all).toEqual([
      { kind: 'customerKind', value: 'business' },
      { kind: 'revenue', op: 'less', amount: 250_050, months: 6 },
      { kind: 'segmentColumn', value: 'Bouw en Infra' },
    ]);
    expect(rule('segment is Zakelijke   dienstverlening').all).toEqual([
      { kind: 'segmentColumn', value: 'Zakelijke dienstverlening' },
    ]);
  });

  it('reads amounts in euros as people write them', () => {
    const amount = (text: string) => (rule(`openstaand boven ${text}`).all[0] as { amount: number }).amount;
    expect(amount('5000')).toBe(500_000);
    expect(amount('5.000')).toBe(500_000);
    expect(amount('5,000')).toBe(500_000);
    expect(amount('5000,5')).toBe(500_050);
    expect(amount('10.000,25')).toBe(1_000_025);
    expect(amount('10,000.25')).toBe(1_000_025);
    expect(amount('€5000')).toBe(500_000);
    expect(amount('€ 5000')).toBe(500_000);
    expect(amount('EUR 5000')).toBe(500_000);
    expect(problem('openstaand boven 5.000.5').code).toBe('unknown-word');
    expect(problem('openstaand boven 1.000,000.00').code).toBe('unknown-word');
  });

  it('prints singular and plural as the number asks, and the short form for the usual 12 months', () => {
    expect(printRule(rule('meer dan 1 keer te laat betaald in 1 maanden'), 'nl')).toBe(
      'meer dan 1 keer te laat betaald in 1 maand',
    );
    expect(printRule(rule('paid late more than 1 times in 1 months'), 'en')).toBe(
      'paid late more than 1 time in 1 month',
    );
    expect(printRule(rule('gemiddeld minder dan 3 dagen te laat in 12 maanden'), 'nl')).toBe(
      'gemiddeld minder dan 3 dagen te laat',
    );
    expect(printRule(rule('gemiddeld meer dan 3 dagen te laat in 6 maanden'), 'en')).toBe(
      'on average more than 3 days late in 6 months',
    );
    expect(printRule(rule('openstaand boven 5000,5 en consument'), 'en')).toBe(
      'open over 5000.50 and consumer',
    );
  });
});

describe("a rule that cannot be read says where and why, in the person's language", () => {
  it('names the word that failed, its place, and what could stand there', () => {
    const p = problem('meer dan twee keer te laat betaald in 12 maanden');
    expect([p.code, p.word, p.offset]).toEqual(['unknown-word', 'twee', 9]);
    expect(ruleProblemText(p, 'nl')).toBe(
      '"twee" (teken 10) past hier niet; verwacht: een aantal (heel getal).',
    );
    expect(ruleProblemText(p, 'en')).toBe(
      '"twee" (character 10) does not fit here; expected: a number (whole).',
    );
  });

  it("lists the words a condition may begin with, in the person's own language", () => {
    const p = problem('veel te laat');
    expect(ruleProblemText(p, 'nl')).toContain('"meer", "minder", "omzet", "openstaand", "gemiddeld"');
    expect(ruleProblemText(p, 'nl')).not.toContain('"revenue"');
    expect(ruleProblemText(p, 'en')).toContain('"revenue"');
  });

  it('says a rule stops too early, a number lies out of range, a joiner lacks a condition, a quote is open', () => {
    const early = problem('meer dan 2 keer te laat betaald');
    expect([early.code, early.offset]).toEqual(['missing-word', 31]);
    expect(ruleProblemText(early, 'nl')).toBe('De regel houdt te vroeg op; daarna verwacht: "in".');
    const range = problem('omzet in 0 maanden boven 5');
    expect([range.code, range.word, range.range]).toEqual(['out-of-range', '0', [1, 120]]);
    expect(ruleProblemText(range, 'en')).toBe('"0" (character 10) is not between 1 and 120.');
    const joiner = problem('consument en');
    expect([joiner.code, joiner.word, joiner.offset]).toEqual(['missing-condition', 'en', 10]);
    expect(problem('en consument').offset).toBe(0);
    expect(problem('consument en en zakelijk').offset).toBe(13);
    expect(problem('segment is "Bouw').code).toBe('unclosed-quote');
    expect(problem('   ').code).toBe('empty');
    expect(ruleProblemText(problem(''), 'nl')).toContain('leeg');
  });

  it('says which joiner is missing between two conditions', () => {
    const p = problem('consument zakelijk');
    expect([p.word, p.offset]).toEqual(['zakelijk', 10]);
    expect(ruleProblemText(p, 'nl')).toContain('verwacht: "en"');
    expect(ruleProblemText(p, 'en')).toContain('expected: "and"');
  });

  it('points at the joiner when a condition ends early before it', () => {
    const p = problem('meer dan 2 keer en zakelijk');
    expect([p.code, p.word, p.offset]).toEqual(['unknown-word', 'en', 16]);
    expect(ruleProblemText(p, 'nl')).toContain('verwacht: "te"');
  });
});

const op = fc.constantFrom<'more' | 'less'>('more', 'less');
const months = fc.integer({ min: 1, max: 120 });
const name = fc.oneof(
  fc.constantFrom(
    'Horeca',
    'Bouw en Infra',
    'Zakelijke dienstverlening',
    'en',
    'AND',
    'x/y',
    'Meijer & De Wit',
  ),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .map((s) => s.replace(/["\s]+/g, ' ').trim())
    .filter((s) => s.length > 0),
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    kind: fc.constant('latePayments' as const),
    op,
    count: fc.integer({ min: 0, max: 999 }),
    months,
  }),
  fc.record({
    kind: fc.constant('revenue' as const),
    op,
    amount: fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => cents(n)),
    months,
  }),
  fc.record({
    kind: fc.constant('open' as const),
    op,
    amount: fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => cents(n)),
  }),
  fc.record({
    kind: fc.constant('averageDaysLate' as const),
    op,
    days: fc.integer({ min: 0, max: 365 }),
    months,
  }),
  fc.record({
    kind: fc.constant('customerKind' as const),
    value: fc.constantFrom('consumer' as const, 'business' as const),
  }),
  fc.record({ kind: fc.constant('segmentColumn' as const), value: name }),
);

describe('parse(print(rule)) = rule', () => {
  it('holds for every rule, in Dutch and in English', () => {
    fc.assert(
      fc.property(
        fc.array(condition, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (all, language) => {
          const text = printRule({ all }, language);
          const read = parseRule(text);
          expect(read).toEqual({ ok: true, rule: { all } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads any text as either a rule or a located problem, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const read = parseRule(text);
        if (read.ok) expect(read.rule.all.length).toBeGreaterThan(0);
        else {
          expect(read.problem.offset).toBeGreaterThanOrEqual(0);
          expect(read.problem.offset).toBeLessThanOrEqual(text.length);
          expect(ruleProblemText(read.problem, 'nl').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
