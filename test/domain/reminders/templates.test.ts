import { renderTemplate, validateTemplate } from '../../../src/domain/reminders/render';
import { DEFAULT_TEMPLATES, PHRASES, type Phrases } from '../../../src/domain/reminders/templates';
import type { DunningStepKind, Language, Tone } from '../../../src/domain/model';

const KINDS: DunningStepKind[] = ['friendly', 'second', 'final', 'collection'];
const cells = KINDS.flatMap((kind) =>
  (['nl', 'en'] as Language[]).flatMap((language) =>
    (['formal', 'informal'] as Tone[]).map((tone) => ({ kind, language, tone })),
  ),
);

describe.each(cells)('default template $kind.$language.$tone', ({ kind, language, tone }) => {
  const t = DEFAULT_TEMPLATES[kind][language][tone];

  it('uses only known placeholders', () => {
    expect(validateTemplate(t.subject).problems).toEqual([]);
    expect(validateTemplate(t.body).problems).toEqual([]);
  });

  it('carries what every reminder needs', () => {
    const used = validateTemplate(t.body).placeholders;
    for (const p of ['salutation', 'invoiceTable', 'totalOpen', 'iban', 'payee', 'reference', 'signature'])
      expect(used).toContain(p);
    expect(used[0]).toBe('salutation');
    expect(validateTemplate(t.subject).placeholders).toEqual(['invoiceNoun', 'invoiceNumbers']);
  });

  it('carries what its step needs', () => {
    const used = validateTemplate(t.body).placeholders;
    expect(used.includes('paymentPlanSentence')).toBe(kind === 'second');
    expect(used.includes('legalNotice')).toBe(kind === 'final');
    expect(used.includes('deadline')).toBe(kind === 'final');
    expect(used.includes('newTermDate')).toBe(kind !== 'final');
    expect(used.includes('claimOverview')).toBe(kind === 'collection');
  });

  it('puts the optional payment plan sentence in a paragraph of its own', () => {
    if (kind === 'second') expect(t.body).toContain('\n\n{{paymentPlanSentence}}\n\n');
  });
});

describe('phrases', () => {
  /** The placeholders each phrase may use, as draft.ts fills them. */
  const allowed: Record<keyof Phrases, string[]> = {
    salutationNamed: ['name'],
    salutationNeutral: [],
    invoiceOne: [],
    invoiceMany: [],
    invoiceLine: ['number', 'invoiceDate', 'dueDate', 'open'],
    invoiceLineReference: ['reference'],
    totalLine: ['total'],
    referenceOne: ['reference'],
    referenceInvoiceNumber: ['number'],
    referenceInvoiceNumbers: ['numbers'],
    referencePerInvoice: [],
    deadlineDate: ['date'],
    deadlineStatutory: [],
    paymentPlan: ['newTermDate'],
    consumerCosts: ['costsInclVat', 'costs', 'costsVat'],
    consumerCostsVat: ['costsInclVat', 'costs', 'costsVat'],
    consumerInterest: ['interest', 'today'],
    noCharges: ['deadline'],
    businessNoClaim: ['newTermDate'],
    claimPrincipal: [],
    claimInterest: ['today'],
    claimCosts: [],
    claimCostsVat: [],
    claimTotal: [],
    shortBody: ['salutation', 'totalOpen', 'deadline', 'signature'],
    attachmentLine: ['invoiceNoun'],
    invoiceLineStage: ['stage'],
    stageFriendly: [],
    stageSecond: [],
    stageFinal: [],
    stageCollection: [],
    stageReminded: ['date'],
    stageOverdue: [],
    claimCovers: ['numbers'],
    businessInterestOwed: ['interest', 'today'],
    businessCostsIfUnpaid: ['newTermDate', 'costsInclVat'],
    businessHandOver: ['newTermDate'],
  };
  const sets = (['nl', 'en'] as Language[]).flatMap((language) =>
    (['formal', 'informal'] as Tone[]).map((tone) => ({ language, tone })),
  );

  it.each(sets)(
    '$language $tone: every phrase uses only the placeholders it is given',
    ({ language, tone }) => {
      const phrases = PHRASES[language][tone];
      for (const [name, names] of Object.entries(allowed) as [keyof Phrases, string[]][]) {
        const check = validateTemplate(phrases[name], names);
        expect({ name, problems: check.problems }).toEqual({ name, problems: [] });
      }
    },
  );

  it('the consumer costs sentences carry the statutory term word for word', () => {
    for (const tone of ['formal', 'informal'] as Tone[]) {
      for (const name of ['consumerCosts', 'consumerCostsVat'] as const) {
        expect(PHRASES.nl[tone][name]).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
        expect(PHRASES.en[tone][name]).toContain(
          'within 14 days after the day on which you receive this letter',
        );
        const filled = renderTemplate(
          PHRASES.nl[tone][name],
          { costsInclVat: 'X', costs: 'Y', costsVat: 'Z' },
          name,
          {
            allowed: ['costsInclVat', 'costs', 'costsVat'],
          },
        ).text;
        expect(filled).toContain('incassokosten verschuldigd van X');
      }
      expect(PHRASES.nl[tone].deadlineStatutory).toBe(
        'binnen 14 dagen na de dag van ontvangst van deze brief',
      );
    }
  });
});
