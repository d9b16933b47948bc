import { DomainError } from '../../../src/domain/errors';
import {
  defaultSettings,
  type CustomerKind,
  type DunningStepKind,
  type Language,
  type SettingsInput,
  type Tone,
} from '../../../src/domain/model';
import {
  draftReminder as draftReminderRaw,
  resolveTemplate,
  templateKeys,
  type DraftReminderInput,
  type ReminderClaim,
  type ReminderDraft,
  type ReminderInvoice,
} from '../../../src/domain/reminders/draft';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

/** formatEuro keeps "€" and the amount together with a no-break space; the expectations below use plain spaces. */
const plain = (s: string) => s.replace(/\u00A0/g, ' ');
function draftReminder(i: DraftReminderInput): ReminderDraft {
  const d = draftReminderRaw(i);
  return { ...d, subject: plain(d.subject), body: plain(d.body), shortBody: plain(d.shortBody) };
}

const INVOICES: ReminderInvoice[] = [
  {
    number: 'F2026-031',
    invoiceDate: isoDate('2026-09-15'),
    dueDate: isoDate('2026-10-15'),
    openCents: cents(121000),
    paymentReference: '5000 0000 0001 2345',
  },
  {
    number: 'F2026-027',
    invoiceDate: isoDate('2026-09-01'),
    dueDate: isoDate('2026-10-01'),
    openCents: cents(60550),
  },
];
const CLAIM: ReminderClaim = {
  interestCents: cents(1234),
  costsCents: cents(27225),
  costsVatCents: cents(5717),
};

function settings(over: SettingsInput = {}) {
  return defaultSettings({
    companyName: 'Studio Vos',
    companyIban: 'nl91abna0417164300',
    senderName: 'Eva Vos',
    companyEmail: 'eva@studiovos.nl',
    companyPhone: '06 1234 5678',
    ...over,
  });
}

function input(over: Partial<DraftReminderInput> = {}): DraftReminderInput {
  return {
    step: { id: 'herinnering-1', kind: 'friendly', offerPaymentPlan: false },
    customer: { number: 'K001', name: 'Bakkerij De Vries BV', contactName: 'Jan de Vries', kind: 'business' },
    invoices: INVOICES,
    newTermUntil: isoDate('2026-11-30'),
    today: isoDate('2026-11-16'),
    settings: settings(),
    ...over,
  };
}

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

/** What each language and tone must say; the matrix below checks every step kind against it. */
const EXPECT = {
  nl: {
    formal: {
      named: 'Beste Jan de Vries,',
      neutral: 'Geachte heer/mevrouw,',
      lines: [
        '- Factuur F2026-027 van 01-09-2026, vervaldatum 01-10-2026: nog open € 605,50',
        '- Factuur F2026-031 van 15-09-2026, vervaldatum 15-10-2026: nog open € 1.210,00 (betalingskenmerk 5000 0000 0001 2345)',
        'Totaal openstaand: € 1.815,50',
      ],
      term: 'uiterlijk 30 november 2026',
      iban: 'NL91 ABNA 0417 1643 00',
      disregard:
        /(Heeft u inmiddels betaald\? Dan kunt u deze herinnering als niet verzonden beschouwen\.|Heeft u inmiddels betaald\? Dan kunt u dit bericht als niet verzonden beschouwen\.)/,
      copy: 'Een kopie van de facturen stuur ik mee als bijlage.',
      questions: {
        friendly:
          /Klopt het dat de betaling nog niet is gedaan\? Of is er iets waardoor u nog niet heeft kunnen betalen/,
        second: /Is er iets waardoor betalen niet lukt, of klopt er iets niet aan de facturen\?/,
        final: /of is er een reden waarom u niet kunt betalen\?/,
      },
      pronoun: { must: /\bu\b/, mustNot: /\b(je|jij|jouw)\b/i },
      plan: 'Dan kunnen we een betalingsregeling afspreken.',
      closing: 'Met vriendelijke groet,',
      statutory: 'binnen 14 dagen na de dag van ontvangst van deze brief',
      consumerCosts:
        'buitengerechtelijke incassokosten verschuldigd van € 329,42 (€ 272,25 plus € 57,17 btw)',
      business: [
        'Sinds de dag na de vervaldatum bent u over het openstaande bedrag de wettelijke handelsrente verschuldigd (art. 6:119a BW); tot en met 16 november 2026 is dat € 12,34.',
        'Betaalt u niet uiterlijk 30 november 2026, dan breng ik de buitengerechtelijke incassokosten van € 329,42 in rekening.',
      ],
      collection: 'Ik draag de vordering daarom over aan een incassobureau',
      subjects: {
        friendly: 'Betalingsherinnering facturen F2026-027 en F2026-031',
        second: 'Tweede herinnering',
        final: 'Laatste herinnering',
        collection: 'incassobureau',
      },
    },
    informal: {
      named: 'Beste Jan,',
      neutral: 'Hallo,',
      lines: [
        '- Factuur F2026-027 van 01-09-2026, vervaldatum 01-10-2026: nog open € 605,50',
        '- Factuur F2026-031 van 15-09-2026, vervaldatum 15-10-2026: nog open € 1.210,00 (betalingskenmerk 5000 0000 0001 2345)',
        'Totaal openstaand: € 1.815,50',
      ],
      term: 'uiterlijk 30 november 2026',
      iban: 'NL91 ABNA 0417 1643 00',
      disregard:
        /Heb je inmiddels betaald\? Dan kun je (deze herinnering|dit bericht) als niet verzonden beschouwen\./,
      copy: 'Een kopie van de facturen stuur ik mee als bijlage.',
      questions: {
        friendly:
          /Klopt het dat de betaling nog niet gedaan is\? Of is er iets waardoor het nog niet gelukt is/,
        second: /Is er iets waardoor betalen niet lukt, of klopt er iets niet aan de facturen\?/,
        final: /of is er een reden waarom je niet kunt betalen\?/,
      },
      pronoun: { must: /\bje\b/, mustNot: /\b(u|uw)\b/ },
      plan: 'Dan kunnen we een betalingsregeling afspreken.',
      closing: 'Hartelijke groet,',
      statutory: 'binnen 14 dagen na de dag van ontvangst van deze brief',
      consumerCosts:
        'buitengerechtelijke incassokosten verschuldigd van € 329,42 (€ 272,25 plus € 57,17 btw)',
      business: [
        'Sinds de dag na de vervaldatum ben je over het openstaande bedrag de wettelijke handelsrente verschuldigd (art. 6:119a BW); tot en met 16 november 2026 is dat € 12,34.',
        'Betaal je niet uiterlijk 30 november 2026, dan breng ik de buitengerechtelijke incassokosten van € 329,42 in rekening.',
      ],
      collection: 'Ik draag de vordering daarom over aan een incassobureau',
      subjects: {
        friendly: 'Herinnering facturen F2026-027 en F2026-031',
        second: 'Tweede herinnering',
        final: 'Laatste herinnering',
        collection: 'incassobureau',
      },
    },
  },
  en: {
    formal: {
      named: 'Dear Jan de Vries,',
      neutral: 'Dear Sir or Madam,',
      lines: [
        '- Invoice F2026-027 dated 1 Sep 2026, due 1 Oct 2026: €605.50 outstanding',
        '- Invoice F2026-031 dated 15 Sep 2026, due 15 Oct 2026: €1,210.00 outstanding (payment reference 5000 0000 0001 2345)',
        'Total outstanding: €1,815.50',
      ],
      term: 'by 30 November 2026',
      iban: 'NL91 ABNA 0417 1643 00',
      disregard: /If you have already paid, please disregard this (reminder|message)\./,
      copy: 'I have attached a copy of the invoices.',
      questions: {
        friendly: /Could you confirm whether payment has been made\? Or is there anything preventing payment/,
        second: /Is there anything preventing payment, or is something wrong with the invoices\?/,
        final: /or there is a reason you cannot pay/,
      },
      pronoun: { must: /\byou\b/, mustNot: /\b(you've|I've|haven't)\b/ },
      plan: 'we can agree on a payment plan',
      closing: 'Kind regards,',
      statutory: 'within 14 days after the day on which you receive this letter',
      consumerCosts: 'extrajudicial collection costs of €329.42 (€272.25 plus €57.17 VAT)',
      business: [
        'Since the day after the due date, statutory commercial interest (art. 6:119a Dutch Civil Code) has been owed on the amount outstanding; up to and including 16 November 2026 it comes to €12.34.',
        'If payment is not received by 30 November 2026, I will charge extrajudicial collection costs of €329.42.',
      ],
      collection: 'I am therefore handing the claim over to a collection agency',
      subjects: {
        friendly: 'Payment reminder: invoices F2026-027 and F2026-031',
        second: 'Second reminder',
        final: 'Final reminder',
        collection: 'collection',
      },
    },
    informal: {
      named: 'Hi Jan,',
      neutral: 'Hello,',
      lines: [
        '- Invoice F2026-027 dated 1 Sep 2026, due 1 Oct 2026: €605.50 outstanding',
        '- Invoice F2026-031 dated 15 Sep 2026, due 15 Oct 2026: €1,210.00 outstanding (payment reference 5000 0000 0001 2345)',
        'Total outstanding: €1,815.50',
      ],
      term: 'by 30 November 2026',
      iban: 'NL91 ABNA 0417 1643 00',
      disregard: /If you've already paid, please ignore this (reminder|message)\./,
      copy: "I've attached a copy of the invoices.",
      questions: {
        friendly:
          /Is that right, or is something holding up the payment, such as a question about the invoices\?/,
        second: /Is something making it hard to pay, or is something wrong with the invoices\?/,
        final: /or there's a reason you can't pay/,
      },
      pronoun: { must: /\byou\b/, mustNot: /\bDear\b/ },
      plan: 'we can set up a payment plan',
      closing: 'Best wishes,',
      statutory: 'within 14 days after the day on which you receive this letter',
      consumerCosts: 'extrajudicial collection costs of €329.42 (€272.25 plus €57.17 VAT)',
      business: [
        'Since the day after the due date, statutory commercial interest (art. 6:119a Dutch Civil Code) has been owed on the amount outstanding; up to and including 16 November 2026 it comes to €12.34.',
        "If I haven't received payment by 30 November 2026, I'll charge extrajudicial collection costs of €329.42.",
      ],
      collection: "So I'm handing the claim over to a collection agency",
      subjects: {
        friendly: 'Reminder: invoices F2026-027 and F2026-031',
        second: 'Second reminder',
        final: 'Final reminder',
        collection: 'collection',
      },
    },
  },
} as const;

const LANGUAGES: Language[] = ['nl', 'en'];
const TONES: Tone[] = ['formal', 'informal'];
const KINDS: DunningStepKind[] = ['friendly', 'second', 'final', 'collection'];
const CUSTOMER_KINDS: CustomerKind[] = ['business', 'consumer'];

const matrix = LANGUAGES.flatMap((language) =>
  TONES.flatMap((tone) =>
    KINDS.flatMap((kind) => CUSTOMER_KINDS.map((customerKind) => ({ language, tone, kind, customerKind }))),
  ),
);

describe.each(matrix)(
  '$kind reminder, $language $tone, to a $customerKind',
  ({ language, tone, kind, customerKind }) => {
    const x = EXPECT[language][tone];
    const claim = kind === 'final' || kind === 'collection' ? CLAIM : undefined;
    const draftInput = input({
      step: { id: `step-${kind}`, kind, offerPaymentPlan: kind === 'second' },
      customer: {
        number: 'K001',
        name: customerKind === 'business' ? 'Bakkerij De Vries BV' : 'Jan de Vries',
        contactName: 'Jan de Vries',
        kind: customerKind,
      },
      settings: settings({ language, tone, chargeCollectionCosts: true, collectionCostsVat: true }),
      claim,
    });
    const draft = draftReminder(draftInput);
    const { body } = draft;

    it('reports language, tone and the total', () => {
      expect(draft.language).toBe(language);
      expect(draft.tone).toBe(tone);
      expect(draft.totalOpenCents).toBe(181550);
    });

    it('opens with a personal salutation, never the neutral one', () => {
      expect(body.startsWith(`${x.named}\n\n`)).toBe(true);
      expect(draft.salutation).toBe(x.named);
      expect(body).not.toContain(x.neutral);
    });

    it('has a subject naming the step and the invoices', () => {
      expect(draft.subject).toContain(x.subjects[kind]);
      expect(draft.subject).not.toContain('\n');
    });

    it('lists every overdue invoice, oldest first, with dates, open amount and the total', () => {
      const [first, second, total] = x.lines;
      expect(body).toContain(`${first}\n${second}\n\n${total}`);
    });

    it('gives the payment details: IBAN, payee and the references', () => {
      expect(body).toContain(x.iban);
      expect(body).toContain('Studio Vos');
      expect(body).toContain('5000 0000 0001 2345');
    });

    it('tells a customer who already paid to disregard it', () => {
      expect(body).toMatch(x.disregard);
    });

    it('signs off with the sender and the company', () => {
      expect(body.endsWith('Eva Vos\nStudio Vos\n06 1234 5678\neva@studiovos.nl')).toBe(true);
      if (kind !== 'collection') expect(body).toContain(`${x.closing}\n\nEva Vos`);
    });

    it('uses the pronoun of its tone', () => {
      expect(body).toMatch(x.pronoun.must);
      expect(body).not.toMatch(x.pronoun.mustNot);
    });

    it('leaves no placeholder and no blank run of lines', () => {
      expect(body).not.toMatch(/\{\{|\}\}/);
      expect(body).not.toMatch(/\n{3}/);
    });

    if (kind !== 'collection') {
      it('states the fact and asks a question', () => {
        expect(body).toMatch(x.questions[kind]);
      });
      it('promises no attachment unless the invoice files go with it', () => {
        expect(body).not.toContain(x.copy);
        const withFiles = draftReminder({ ...draftInput, attachInvoices: true });
        expect(withFiles.body).toContain(x.copy);
      });
    }

    const statutory = kind === 'final' && customerKind === 'consumer';
    if (statutory) {
      it('is the statutory 14-day letter: the accepted wording and the costs amount', () => {
        expect(body).toContain(x.statutory);
        expect(body).toContain(x.consumerCosts);
        // A fixed date could fall inside the 14 days after receipt, so the letter gives none.
        expect(body).not.toContain(x.term);
        expect(draft.warnings).toEqual([]);
      });
    } else {
      it('gives the new term as a date', () => {
        expect(body).toContain(x.term);
        expect(body).not.toContain(x.statutory);
      });
    }

    if (kind === 'final' && customerKind === 'business') {
      it('names statutory commercial interest and collection costs with their amounts', () => {
        for (const part of x.business) expect(body).toContain(part);
      });
    }

    if (kind === 'second') {
      it('is firmer and offers a payment plan', () => {
        expect(body).toContain(x.plan);
      });
    } else {
      it('offers no payment plan', () => {
        expect(body).not.toContain(x.plan);
      });
    }

    if (kind === 'collection') {
      it('announces the hand-over to collection, with the claim', () => {
        expect(body).toContain(x.collection);
        expect(body).toContain(language === 'nl' ? 'Totaal: € 2.157,26' : 'Total: €2,157.26');
      });
    } else {
      it('does not threaten collection agencies before the last steps', () => {
        expect(body).not.toContain(x.collection);
      });
    }

    if (kind === 'friendly') {
      it('says nothing about costs or interest', () => {
        expect(body).not.toMatch(/incassokosten|rente|collection costs|interest/i);
      });
    }
  },
);

describe('salutation', () => {
  const salute = (
    contactName: string | undefined,
    tone: Tone,
    language: Language = 'nl',
    kind: CustomerKind = 'business',
    name = 'Bakkerij De Vries BV',
  ) =>
    draftReminder(
      input({ customer: { number: 'K1', name, contactName, kind }, settings: settings({ tone, language }) }),
    ).salutation;

  it('uses the neutral form only when there is no contact name', () => {
    expect(salute(undefined, 'formal')).toBe('Geachte heer/mevrouw,');
    expect(salute('   ', 'formal')).toBe('Geachte heer/mevrouw,');
    expect(salute(undefined, 'formal', 'en')).toBe('Dear Sir or Madam,');
    expect(salute(undefined, 'informal')).toBe('Hallo,');
    expect(salute(undefined, 'informal', 'en')).toBe('Hello,');
  });

  it('addresses a consumer by the customer name when no contact is given', () => {
    expect(salute(undefined, 'formal', 'nl', 'consumer', 'Renée Jansen')).toBe('Beste Renée Jansen,');
    expect(salute(undefined, 'informal', 'en', 'consumer', 'Renée Jansen')).toBe('Hi Renée,');
  });

  it('keeps the full name when the first word is no first name', () => {
    expect(salute('J. de Vries', 'informal')).toBe('Beste J. de Vries,');
    expect(salute('van Dijk', 'informal')).toBe('Beste van Dijk,');
    expect(salute('Dr. Bakker', 'informal')).toBe('Beste Dr. Bakker,');
    expect(salute('Fatima', 'informal')).toBe('Beste Fatima,');
  });

  it('keeps non-ASCII letters, IJ and apostrophes intact', () => {
    expect(salute('Chloë van Dijk', 'informal')).toBe('Beste Chloë,');
    expect(salute('IJsbrand van ’t Hof', 'informal')).toBe('Beste IJsbrand,');
    expect(salute("Jan-Willem D'Hondt", 'formal')).toBe("Beste Jan-Willem D'Hondt,");
    expect(salute("Jan-Willem D'Hondt", 'informal', 'en')).toBe('Hi Jan-Willem,');
    expect(salute('Zoë Ĳzerman', 'formal', 'en')).toBe('Dear Zoë Ĳzerman,');
  });

  it("treats a name starting with '=' as plain text", () => {
    expect(salute('=HYPERLINK("x")', 'formal')).toBe('Beste =HYPERLINK("x"),');
    expect(salute('=SUM(A1) Jansen', 'informal')).toBe('Beste =SUM(A1) Jansen,');
  });

  it('never expands placeholders typed into a name', () => {
    const d = draftReminder(
      input({
        customer: { number: 'K1', name: '{{iban}} BV', contactName: '{{totalOpen}}', kind: 'business' },
      }),
    );
    expect(d.salutation).toBe('Beste {{totalOpen}},');
    expect(d.body.startsWith('Beste {{totalOpen}},\n')).toBe(true);
  });
});

describe('amounts', () => {
  it('keep the euro sign and the amount together with a no-break space', () => {
    expect(draftReminderRaw(input()).body).toContain('Totaal openstaand: €\u00A01.815,50');
  });
});

describe('language and tone', () => {
  it("takes the customer's language over the settings, and an explicit one over both", () => {
    const cust = {
      number: 'K1',
      name: 'Acme Ltd',
      contactName: 'Sam Smith',
      kind: 'business' as const,
      language: 'en' as const,
    };
    expect(draftReminder(input({ customer: cust })).language).toBe('en');
    expect(draftReminder(input({ customer: cust })).body).toContain('Dear Sam Smith,');
    expect(draftReminder(input({ customer: cust, language: 'nl' })).body).toContain('Beste Sam Smith,');
    expect(draftReminder(input({ customer: { ...cust, language: undefined } })).language).toBe('nl');
    expect(draftReminder(input({ tone: 'informal' })).body).toContain('Beste Jan,');
  });
});

describe('payment details', () => {
  it('asks for the payment reference of a single invoice', () => {
    const first = INVOICES[0] as ReminderInvoice;
    const d = draftReminder(input({ invoices: [first] }));
    expect(d.body).toContain('onder vermelding van betalingskenmerk 5000 0000 0001 2345?');
    expect(d.subject).toBe('Betalingsherinnering factuur F2026-031');
    expect(d.body).not.toContain('bijlage');
    expect(draftReminder(input({ invoices: [first], attachInvoices: true })).body).toContain(
      'Een kopie van de factuur stuur ik mee als bijlage.',
    );
  });

  it('asks for the invoice number when there is no reference', () => {
    const d = draftReminder(input({ invoices: [{ ...(INVOICES[1] as ReminderInvoice) }], language: 'en' }));
    expect(d.body).toContain('quoting invoice number F2026-027.');
    expect(d.subject).toBe('Payment reminder: invoice F2026-027');
  });

  it('lists the invoice numbers when several invoices have no reference', () => {
    const invoices = INVOICES.map(({ paymentReference: _r, ...rest }) => rest);
    expect(draftReminder(input({ invoices })).body).toContain(
      'onder vermelding van de factuurnummers F2026-027 en F2026-031?',
    );
  });

  it('points to the reference per invoice when there are several', () => {
    expect(draftReminder(input()).body).toContain(
      'onder vermelding van het betalingskenmerk of factuurnummer per factuur?',
    );
  });

  it('falls back to the sender name as payee and signs once when names are equal', () => {
    const d = draftReminder(
      input({
        settings: settings({
          companyName: '',
          senderName: 'Eva Vos',
          companyEmail: undefined,
          companyPhone: undefined,
        }),
      }),
    );
    expect(d.body).toContain('ten name van Eva Vos');
    expect(d.body.endsWith('Met vriendelijke groet,\n\nEva Vos')).toBe(true);
  });
});

describe('payment plan', () => {
  const second = (offer: boolean, allow: boolean) =>
    draftReminder(
      input({
        step: { id: 'h2', kind: 'second', offerPaymentPlan: offer },
        settings: settings({ allowPaymentPlans: allow }),
      }),
    ).body;

  it('is offered only when the step offers it and the settings allow it', () => {
    expect(second(true, true)).toContain(
      'Lukt het niet om het hele bedrag in één keer te betalen? Dan kunnen we een betalingsregeling afspreken. Neem daarvoor uiterlijk 30 november 2026 contact met mij op.',
    );
    expect(second(false, true)).not.toContain('betalingsregeling');
    expect(second(true, false)).not.toContain('betalingsregeling');
    expect(second(true, false)).not.toMatch(/\n{3}/);
  });
});

describe('final notice', () => {
  const final = (over: Partial<DraftReminderInput> & { kind?: CustomerKind } = {}) =>
    draftReminder(
      input({
        step: { id: 'aanmaning', kind: 'final', offerPaymentPlan: false },
        customer: { number: 'K9', name: 'Piet Pieters', kind: over.kind ?? 'consumer' },
        settings: settings({ chargeCollectionCosts: true }),
        newTermUntil: isoDate('2026-11-30'),
        ...over,
      }),
    );

  it('to a consumer without VAT on the costs names the costs once', () => {
    const d = final({ claim: { interestCents: cents(0), costsCents: cents(4000), costsVatCents: cents(0) } });
    expect(d.body).toContain(
      'Betaalt u niet binnen 14 dagen na de dag van ontvangst van deze brief, dan bent u naast het openstaande bedrag ook buitengerechtelijke incassokosten verschuldigd van € 40,00.',
    );
    expect(d.body).toContain(
      'het bedrag van € 1.815,50 binnen 14 dagen na de dag van ontvangst van deze brief over te maken',
    );
    expect(d.body).not.toContain('wettelijke rente');
    expect(d.shortBody).toContain('binnen 14 dagen na de dag van ontvangst van deze brief');
  });

  it('to a consumer mentions statutory interest when there is some', () => {
    expect(
      final({ claim: { interestCents: cents(1234), costsCents: cents(4000), costsVatCents: cents(0) } }).body,
    ).toContain(
      'Daarnaast bent u de wettelijke rente verschuldigd; tot en met 16 november 2026 is dat € 12,34.',
    );
  });

  it('to a consumer without costs is no 14-day letter and says so in a warning', () => {
    const d = final();
    expect(d.body).toContain(
      'Betaalt u niet uiterlijk 30 november 2026, dan ben ik genoodzaakt verdere stappen te nemen',
    );
    expect(d.body).not.toContain('incassokosten');
    expect(d.warnings.map((w) => w.code)).toEqual(['costs-not-stated']);
    expect(final({ settings: settings({ chargeCollectionCosts: false }) }).warnings).toEqual([]);
  });

  it('warns when the follow-up comes before 14 days have passed', () => {
    const d = final({ claim: CLAIM, newTermUntil: isoDate('2026-11-23') });
    expect(d.warnings.map((w) => w.code)).toEqual(['consumer-term-too-short']);
    expect(final({ claim: CLAIM, newTermUntil: isoDate('2026-11-30') }).warnings).toEqual([]);
  });

  it('warns when an override dropped the statutory wording', () => {
    const d = final({
      claim: CLAIM,
      settings: settings({
        templates: {
          'final.nl.formal.body': '{{salutation}}\n\nBetaal {{totalOpen}} {{deadline}}.\n\n{{signature}}',
        },
      }),
    });
    expect(d.warnings.map((w) => w.code)).toEqual(['statutory-wording-missing']);
  });

  it('to a business without amounts still names interest and costs', () => {
    const d = final({ kind: 'business' });
    expect(d.body).toContain(
      'Betaalt u niet uiterlijk 30 november 2026, dan breng ik de wettelijke handelsrente (art. 6:119a BW) en de buitengerechtelijke incassokosten in rekening en geef ik de vordering uit handen.',
    );
    expect(d.warnings).toEqual([]);
  });

  it('to a business names only the amounts that are charged', () => {
    const d = final({
      kind: 'business',
      claim: { interestCents: cents(0), costsCents: cents(4000), costsVatCents: cents(0) },
      language: 'en',
    });
    expect(d.body).toContain(
      'If payment is not received by 30 November 2026, I will charge extrajudicial collection costs of €40.00.',
    );
    expect(d.body).not.toContain('interest');
    const none = final({
      kind: 'business',
      claim: { interestCents: cents(0), costsCents: cents(0), costsVatCents: cents(0) },
    });
    expect(none.body).toContain(
      'Betaalt u niet uiterlijk 30 november 2026, dan ben ik genoodzaakt verdere stappen te nemen',
    );
  });

  it('to a business states interest as owed since the day after the due date, never as a future charge', () => {
    const d = final({
      kind: 'business',
      claim: { interestCents: cents(1234), costsCents: cents(0), costsVatCents: cents(0) },
    });
    expect(d.body).toContain('Sinds de dag na de vervaldatum bent u');
    expect(d.body).toContain(
      'Betaalt u niet uiterlijk 30 november 2026, dan geef ik de vordering uit handen.',
    );
    expect(d.body).not.toMatch(/rente in rekening/);
  });

  it('names the invoices the costs cover when the message lists more', () => {
    const [a, b] = INVOICES as ReminderInvoice[];
    const d = final({
      kind: 'consumer',
      invoices: [
        { ...a!, stage: 'final' },
        { ...b!, stage: 'reminded', remindedOn: isoDate('2026-11-10') },
      ],
      claim: {
        interestCents: cents(0),
        costsCents: cents(4000),
        costsVatCents: cents(0),
        invoiceNumbers: [a!.number],
      },
    });
    expect(d.body).toContain(`Dit betreft ${a!.number}.`);
    expect(d.body).toMatch(new RegExp(`${b!.number}[^\\n]*\\(herinnerd op 10-11-2026, termijn loopt nog\\)`));
    expect(d.body).toMatch(new RegExp(`${a!.number}[^\\n]*\\(aanmaning\\)`));
  });

  it('speaks Belgian law to a Belgian business: no Dutch articles, nothing to warn about', () => {
    const d = final({ kind: 'business', settings: settings({ country: 'BE' }) });
    expect(d.warnings).toEqual([]);
    expect(d.body).not.toMatch(/BW\b|6:119a/);
    expect(d.body).toContain(
      'Betaalt u niet uiterlijk 30 november 2026, dan geef ik de vordering uit handen.',
    );
  });
});

describe('collection notice', () => {
  it('without a claim shows no claim overview', () => {
    const d = draftReminder(
      input({
        step: { id: 'incasso', kind: 'collection', offerPaymentPlan: false },
        newTermUntil: isoDate('2026-11-16'),
      }),
    );
    expect(d.body).toContain('Ik draag de vordering daarom over aan een incassobureau');
    expect(d.body).toContain('uiterlijk 16 november 2026 op mijn rekening NL91 ABNA 0417 1643 00');
    expect(d.body).not.toContain('Hoofdsom');
  });

  it('with a claim lists principal, interest, costs, VAT and total', () => {
    const d = draftReminder(
      input({ step: { id: 'incasso', kind: 'collection', offerPaymentPlan: false }, claim: CLAIM }),
    );
    expect(d.body).toContain(
      'Hoofdsom: € 1.815,50\nRente tot en met 16 november 2026: € 12,34\nBuitengerechtelijke incassokosten: € 272,25\nBtw over de incassokosten: € 57,17\nTotaal: € 2.157,26',
    );
  });
});

describe('template overrides', () => {
  const overrides = {
    'herinnering-1.nl.formal.subject': 'Stap-specifiek: {{invoiceNumbers}}',
    'friendly.nl.formal.subject': 'Soort-specifiek',
    'friendly.nl.formal.body':
      '{{salutation}}\n\nNog open: {{totalOpen}}, graag voor {{newTermDate}}.\n\n{{paymentPlanSentence}}\n\n{{senderName}}',
  };

  it('documents the lookup order: step id, then kind', () => {
    expect(templateKeys({ id: 'herinnering-1', kind: 'friendly' }, 'nl', 'formal', 'body')).toEqual([
      'herinnering-1.nl.formal.body',
      'friendly.nl.formal.body',
    ]);
    expect(templateKeys({ id: 'friendly', kind: 'friendly' }, 'en', 'informal', 'subject')).toEqual([
      'friendly.en.informal.subject',
    ]);
  });

  it('uses the step override first, then the kind override, per part', () => {
    const d = draftReminder(input({ settings: settings({ templates: overrides }) }));
    expect(d.subject).toBe('Stap-specifiek: F2026-027 en F2026-031');
    expect(d.body).toBe(
      'Beste Jan de Vries,\n\nNog open: € 1.815,50, graag voor 30 november 2026.\n\nEva Vos',
    );
    expect(d.templateSources).toEqual({
      subject: 'settings:herinnering-1.nl.formal.subject',
      body: 'settings:friendly.nl.formal.body',
    });
    expect(d.placeholdersUsed).toEqual([
      'invoiceNumbers',
      'salutation',
      'totalOpen',
      'newTermDate',
      'paymentPlanSentence',
      'senderName',
    ]);
  });

  it('applies an override only to its own language and tone, and ignores a blank one', () => {
    const en = draftReminder(input({ language: 'en', settings: settings({ templates: overrides }) }));
    expect(en.templateSources).toEqual({
      subject: 'default:friendly.en.formal',
      body: 'default:friendly.en.formal',
    });
    const blank = draftReminder(
      input({ settings: settings({ templates: { 'herinnering-1.nl.formal.body': '  \n ' } }) }),
    );
    expect(blank.templateSources.body).toBe('default:friendly.nl.formal');
    expect(resolveTemplate({ id: 'x', kind: 'second' }, 'nl', 'formal', 'body').source).toBe(
      'default:second.nl.formal',
    );
  });

  it('rejects an unknown placeholder in an override, naming it and the key', () => {
    const e = caught(() =>
      draftReminder(
        input({ settings: settings({ templates: { 'friendly.nl.formal.body': 'Beste {{voornaam}}' } }) }),
      ),
    );
    expect(e.code).toBe('unknown-placeholder');
    expect(e.where).toEqual({ path: 'friendly.nl.formal.body', value: 'voornaam' });
  });

  it('rejects claim placeholders when no claim was given, and the legal paragraph outside the final notice', () => {
    const costs = caught(() =>
      draftReminder(
        input({ settings: settings({ templates: { 'friendly.nl.formal.body': 'Kosten {{costs}}' } }) }),
      ),
    );
    expect(costs.code).toBe('invalid-input');
    expect(costs.message).toContain('no claim amounts');
    expect(costs.where).toEqual({ path: 'friendly.nl.formal.body', value: 'costs' });
    const legal = caught(() =>
      draftReminder(
        input({ settings: settings({ templates: { 'herinnering-1.nl.formal.body': '{{legalNotice}}' } }) }),
      ),
    );
    expect(legal.message).toContain('only the final notice');
  });

  it('fills claim placeholders when a claim is given', () => {
    const d = draftReminder(
      input({
        step: { id: 'h3', kind: 'final', offerPaymentPlan: false },
        claim: CLAIM,
        settings: settings({
          templates: {
            'h3.nl.formal.body':
              '{{interest}}|{{costs}}|{{costsVat}}|{{costsInclVat}}|{{claimTotal}}|{{today}}',
          },
        }),
      }),
    );
    expect(d.body).toBe('€ 12,34|€ 272,25|€ 57,17|€ 329,42|€ 2.157,26|16 november 2026');
  });
});

describe('bad input', () => {
  it.each([
    ['no invoices', { invoices: [] }, 'invalid-input', 'invoices'],
    [
      'nothing open',
      { invoices: [{ ...(INVOICES[0] as ReminderInvoice), openCents: 0 }] },
      'invalid-amount',
      'invoices[0].openCents',
    ],
    [
      'fractional cents',
      { invoices: [{ ...(INVOICES[0] as ReminderInvoice), openCents: 10.5 }] },
      'invalid-amount',
      'invoices[0].openCents',
    ],
    [
      'a bad due date',
      { invoices: [{ ...(INVOICES[0] as ReminderInvoice), dueDate: '2026-02-30' }] },
      'invalid-date',
      'invoices[0].dueDate',
    ],
    [
      'a duplicate invoice',
      { invoices: [INVOICES[0] as ReminderInvoice, INVOICES[0] as ReminderInvoice] },
      'duplicate',
      'invoices[1].number',
    ],
    [
      'a blank invoice number',
      { invoices: [{ ...(INVOICES[0] as ReminderInvoice), number: ' ' }] },
      'invalid-input',
      'invoices[0].number',
    ],
    ['a term before today', { newTermUntil: '2026-11-15' }, 'invalid-input', 'newTermUntil'],
    ['a bad today', { today: '16-11-2026' }, 'invalid-date', 'today'],
    ['no IBAN', { settings: settings({ companyIban: '' }) }, 'invalid-input', 'settings.companyIban'],
    [
      'a wrong IBAN',
      { settings: settings({ companyIban: 'NL91ABNA0417164301' }) },
      'invalid-input',
      'settings.companyIban',
    ],
    [
      'no payee',
      { settings: settings({ companyName: ' ', senderName: undefined }) },
      'invalid-input',
      'settings.companyName',
    ],
    [
      'an unknown step kind',
      { step: { id: 'x', kind: 'polite' as DunningStepKind, offerPaymentPlan: false } },
      'invalid-input',
      'step.kind',
    ],
    [
      'a step without id',
      { step: { id: '', kind: 'friendly' as const, offerPaymentPlan: false } },
      'invalid-input',
      'step.id',
    ],
    ['an unknown language', { language: 'de' as Language }, 'invalid-input', 'language'],
    ['a negative claim', { claim: { ...CLAIM, costsCents: -1 } }, 'invalid-amount', 'claim.costsCents'],
  ] as const)('rejects %s', (_name, over, code, path) => {
    const e = caught(() => draftReminder(input(over as Partial<DraftReminderInput>)));
    expect(e.code).toBe(code);
    expect(e.where.path).toBe(path);
  });
});
