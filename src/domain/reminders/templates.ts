/**
 * The default reminder texts, as data. A consultant can override any subject or body in the
 * Instellingen sheet (see `templateKeys` in draft.ts for the lookup order); the phrases below are the
 * building blocks the drafter fills into placeholders such as {{invoiceTable}} and {{legalNotice}}.
 *
 * Style, following the seeds on credit management: address the person by name; state the fact and
 * ask a question ("is there anything that…?") instead of accusing; give a new, shorter term as a
 * date; repeat the invoices (a copy is attached only when the invoice files are known: the
{{attachmentLine}} is empty otherwise, so no letter promises an attachment it lacks); and close with "if this crossed your payment, please
 * disregard it". The writer is a sole trader, so the letters speak as "ik" / "I".
 */
import type { DunningStepKind, Language, Tone } from '../model';

export interface MessageTemplate {
  subject: string;
  body: string;
}

export type TemplateSet = Record<DunningStepKind, Record<Language, Record<Tone, MessageTemplate>>>;

const NL_FORMAL_CLOSE = `{{attachmentLine}}

Heeft u inmiddels betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,

{{signature}}`;

const NL_INFORMAL_CLOSE = `{{attachmentLine}}

Heb je inmiddels betaald? Dan kun je deze herinnering als niet verzonden beschouwen.

Hartelijke groet,

{{signature}}`;

const EN_FORMAL_CLOSE = `{{attachmentLine}}

If you have already paid, please disregard this reminder.

Kind regards,

{{signature}}`;

const EN_INFORMAL_CLOSE = `{{attachmentLine}}

If you've already paid, please ignore this reminder.

Best wishes,

{{signature}}`;

export const DEFAULT_TEMPLATES: TemplateSet = {
  friendly: {
    nl: {
      formal: {
        subject: 'Betalingsherinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Volgens mijn administratie staat er nog {{totalOpen}} open voor de {{invoiceNoun}} hieronder. De betaaltermijn is inmiddels verstreken.

{{invoiceTable}}

Klopt het dat de betaling nog niet is gedaan? Of is er iets waardoor u nog niet heeft kunnen betalen, zoals een vraag over de {{invoiceNoun}}? Laat het mij gerust weten.

Wilt u het bedrag van {{totalOpen}} uiterlijk {{newTermDate}} overmaken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}?

${NL_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Herinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ik zie in mijn administratie dat er nog {{totalOpen}} openstaat voor de {{invoiceNoun}} hieronder. De betaaltermijn is inmiddels verlopen.

{{invoiceTable}}

Klopt het dat de betaling nog niet gedaan is? Of is er iets waardoor het nog niet gelukt is, bijvoorbeeld een vraag over de {{invoiceNoun}}? Laat het me gerust weten.

Wil je {{totalOpen}} uiterlijk {{newTermDate}} overmaken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}?

${NL_INFORMAL_CLOSE}`,
      },
    },
    en: {
      formal: {
        subject: 'Payment reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

According to my records, {{totalOpen}} is still outstanding on the {{invoiceNoun}} below, and the payment term has now passed.

{{invoiceTable}}

Could you confirm whether payment has been made? Or is there anything preventing payment, such as a question about the {{invoiceNoun}}? Please let me know.

I would be grateful if you could transfer {{totalOpen}} by {{newTermDate}} to {{iban}} in the name of {{payee}}, quoting {{reference}}.

${EN_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

A quick note: my records show {{totalOpen}} still open on the {{invoiceNoun}} below, and the payment date has passed.

{{invoiceTable}}

Is that right, or is something holding up the payment, such as a question about the {{invoiceNoun}}? Just let me know.

Could you transfer {{totalOpen}} by {{newTermDate}} to {{iban}} ({{payee}}), quoting {{reference}}?

${EN_INFORMAL_CLOSE}`,
      },
    },
  },
  second: {
    nl: {
      formal: {
        subject: 'Tweede herinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Eerder heb ik u herinnerd aan de betaling van de {{invoiceNoun}} hieronder. Tot vandaag heb ik geen betaling ontvangen: er staat nog {{totalOpen}} open.

{{invoiceTable}}

Ik verzoek u dringend het bedrag van {{totalOpen}} uiterlijk {{newTermDate}} over te maken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}.

Is er iets waardoor betalen niet lukt, of klopt er iets niet aan de {{invoiceNoun}}? Neem dan vóór {{newTermDate}} contact met mij op.

{{paymentPlanSentence}}

${NL_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Tweede herinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ik heb je eerder een herinnering gestuurd voor de {{invoiceNoun}} hieronder, maar ik heb nog geen betaling ontvangen: er staat nog {{totalOpen}} open.

{{invoiceTable}}

Ik vraag je echt om {{totalOpen}} uiterlijk {{newTermDate}} over te maken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}.

Is er iets waardoor betalen niet lukt, of klopt er iets niet aan de {{invoiceNoun}}? Laat het me dan vóór {{newTermDate}} weten.

{{paymentPlanSentence}}

${NL_INFORMAL_CLOSE}`,
      },
    },
    en: {
      formal: {
        subject: 'Second reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

I reminded you earlier about the {{invoiceNoun}} below. I have not yet received payment: {{totalOpen}} is still outstanding.

{{invoiceTable}}

I must ask you to transfer {{totalOpen}} by {{newTermDate}} at the latest to {{iban}} in the name of {{payee}}, quoting {{reference}}.

Is there anything preventing payment, or is something wrong with the {{invoiceNoun}}? If so, please contact me before {{newTermDate}}.

{{paymentPlanSentence}}

${EN_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Second reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

I sent you a reminder about the {{invoiceNoun}} below, but I haven't received payment yet: {{totalOpen}} is still open.

{{invoiceTable}}

Please transfer {{totalOpen}} by {{newTermDate}} at the latest to {{iban}} ({{payee}}), quoting {{reference}}.

Is something making it hard to pay, or is something wrong with the {{invoiceNoun}}? Then let me know before {{newTermDate}}.

{{paymentPlanSentence}}

${EN_INFORMAL_CLOSE}`,
      },
    },
  },
  final: {
    nl: {
      formal: {
        subject: 'Laatste herinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ondanks mijn eerdere herinneringen heb ik de betaling van de {{invoiceNoun}} hieronder nog niet ontvangen. Er staat nog {{totalOpen}} open.

{{invoiceTable}}

Dit is mijn laatste herinnering. Ik verzoek u het bedrag van {{totalOpen}} {{deadline}} over te maken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}.

{{legalNotice}}

Heeft u een vraag over de {{invoiceNoun}}, of is er een reden waarom u niet kunt betalen? Neem dan direct contact met mij op.

${NL_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Laatste herinnering {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ondanks mijn eerdere herinneringen heb ik de betaling van de {{invoiceNoun}} hieronder nog niet ontvangen. Er staat nog {{totalOpen}} open.

{{invoiceTable}}

Dit is mijn laatste herinnering. Ik vraag je het bedrag van {{totalOpen}} {{deadline}} over te maken naar {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}.

{{legalNotice}}

Heb je een vraag over de {{invoiceNoun}}, of is er een reden waarom je niet kunt betalen? Neem dan meteen contact met me op.

${NL_INFORMAL_CLOSE}`,
      },
    },
    en: {
      formal: {
        subject: 'Final reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Despite my earlier reminders, I have not received payment of the {{invoiceNoun}} below. {{totalOpen}} is still outstanding.

{{invoiceTable}}

This is my final reminder. I ask you to transfer {{totalOpen}} {{deadline}} to {{iban}} in the name of {{payee}}, quoting {{reference}}.

{{legalNotice}}

If you have a question about the {{invoiceNoun}}, or there is a reason you cannot pay, please contact me straight away.

${EN_FORMAL_CLOSE}`,
      },
      informal: {
        subject: 'Final reminder: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Despite my earlier reminders, I still haven't received payment of the {{invoiceNoun}} below. {{totalOpen}} is still open.

{{invoiceTable}}

This is my final reminder. Please transfer {{totalOpen}} {{deadline}} to {{iban}} ({{payee}}), quoting {{reference}}.

{{legalNotice}}

If you have a question about the {{invoiceNoun}}, or there's a reason you can't pay, please get in touch straight away.

${EN_INFORMAL_CLOSE}`,
      },
    },
  },
  collection: {
    nl: {
      formal: {
        subject: 'Overdracht aan incassobureau: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ondanks mijn herinneringen heb ik de betaling van de {{invoiceNoun}} hieronder niet ontvangen. Ik draag de vordering daarom over aan een incassobureau, dat hierover contact met u zal opnemen.

{{invoiceTable}}

{{claimOverview}}

U kunt de overdracht nog voorkomen: staat {{totalOpen}} uiterlijk {{newTermDate}} op mijn rekening {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}, dan zie ik ervan af.

Heeft u inmiddels betaald? Dan kunt u dit bericht als niet verzonden beschouwen.

Met vriendelijke groet,

{{signature}}`,
      },
      informal: {
        subject: 'Overdracht aan incassobureau: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Ondanks mijn herinneringen heb ik de betaling van de {{invoiceNoun}} hieronder niet ontvangen. Ik draag de vordering daarom over aan een incassobureau, dat hierover contact met je zal opnemen.

{{invoiceTable}}

{{claimOverview}}

Je kunt de overdracht nog voorkomen: staat {{totalOpen}} uiterlijk {{newTermDate}} op mijn rekening {{iban}} ten name van {{payee}}, onder vermelding van {{reference}}, dan zie ik ervan af.

Heb je inmiddels betaald? Dan kun je dit bericht als niet verzonden beschouwen.

Groet,

{{signature}}`,
      },
    },
    en: {
      formal: {
        subject: 'Claim handed over for collection: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Despite my reminders, I have not received payment of the {{invoiceNoun}} below. I am therefore handing the claim over to a collection agency, which will contact you about it.

{{invoiceTable}}

{{claimOverview}}

You can still prevent the hand-over: if {{totalOpen}} is in my account {{iban}} in the name of {{payee}} by {{newTermDate}}, quoting {{reference}}, I will not proceed.

If you have already paid, please disregard this message.

Kind regards,

{{signature}}`,
      },
      informal: {
        subject: 'Claim handed over for collection: {{invoiceNoun}} {{invoiceNumbers}}',
        body: `{{salutation}}

Despite my reminders, I haven't received payment of the {{invoiceNoun}} below. So I'm handing the claim over to a collection agency, which will contact you about it.

{{invoiceTable}}

{{claimOverview}}

You can still stop the hand-over: if {{totalOpen}} is in my account {{iban}} ({{payee}}) by {{newTermDate}}, quoting {{reference}}, I'll call it off.

If you've already paid, please ignore this message.

Regards,

{{signature}}`,
      },
    },
  },
};

/**
 * Building blocks the drafter fills in. Each has its own small set of placeholders (listed per field).
 */
export interface Phrases {
  /** {{name}}. Used only when there is a contact name. */
  salutationNamed: string;
  /** Used only when there is no contact name at all. */
  salutationNeutral: string;
  invoiceOne: string;
  invoiceMany: string;
  /** {{number}} {{invoiceDate}} {{dueDate}} {{open}} */
  invoiceLine: string;
  /** {{reference}}: appended to a line when the invoice has a payment reference. */
  invoiceLineReference: string;
  /** {{total}} */
  totalLine: string;
  /** {{reference}} */
  referenceOne: string;
  /** {{number}} */
  referenceInvoiceNumber: string;
  /** {{numbers}} */
  referenceInvoiceNumbers: string;
  referencePerInvoice: string;
  /** {{date}} */
  deadlineDate: string;
  /** The statutory term of the 14-day letter (art. 6:96 lid 6 BW, HR 25-11-2016). */
  deadlineStatutory: string;
  /** {{newTermDate}} */
  paymentPlan: string;
  /** {{costsInclVat}} {{costs}} {{costsVat}}: the consumer 14-day letter. */
  consumerCosts: string;
  consumerCostsVat: string;
  /** {{interest}} {{today}} */
  consumerInterest: string;
  /** {{deadline}}: the final notice when nothing extra is charged. */
  noCharges: string;
  /** {{newTermDate}} */
  businessNoClaim: string;
  claimPrincipal: string;
  /** {{today}} */
  claimInterest: string;
  claimCosts: string;
  claimCostsVat: string;
  claimTotal: string;
  /** {{salutation}} {{totalOpen}} {{deadline}} {{signature}}: the short body when a mailto link would be too long. */
  shortBody: string;
  /** {{invoiceNoun}}: only when the invoice files go with the message. */
  attachmentLine: string;
  /** {{stage}}: appended to an invoice line when the message lists invoices at different stages. */
  invoiceLineStage: string;
  /** Each invoice's own stage in a message that lists several. {{date}} in stageReminded. */
  stageFriendly: string;
  stageSecond: string;
  stageFinal: string;
  stageCollection: string;
  stageReminded: string;
  stageOverdue: string;
  /** {{numbers}}: which invoices the costs and interest of the legal paragraph cover. */
  claimCovers: string;
  /** {{interest}} {{today}}: business interest is owed from the day after each due date (art. 6:119a BW). */
  businessInterestOwed: string;
  /** {{newTermDate}} {{costsInclVat}} */
  businessCostsIfUnpaid: string;
  /** {{newTermDate}} */
  businessHandOver: string;
}

const NL_BASE = {
  salutationNeutral: 'Geachte heer/mevrouw,',
  invoiceOne: 'factuur',
  invoiceMany: 'facturen',
  invoiceLine: '- Factuur {{number}} van {{invoiceDate}}, vervaldatum {{dueDate}}: nog open {{open}}',
  invoiceLineReference: ' (betalingskenmerk {{reference}})',
  totalLine: 'Totaal openstaand: {{total}}',
  referenceOne: 'betalingskenmerk {{reference}}',
  referenceInvoiceNumber: 'factuurnummer {{number}}',
  referenceInvoiceNumbers: 'de factuurnummers {{numbers}}',
  referencePerInvoice: 'het betalingskenmerk of factuurnummer per factuur',
  deadlineDate: 'uiterlijk {{date}}',
  deadlineStatutory: 'binnen 14 dagen na de dag van ontvangst van deze brief',
  claimPrincipal: 'Hoofdsom',
  claimInterest: 'Rente tot en met {{today}}',
  claimCosts: 'Buitengerechtelijke incassokosten',
  claimCostsVat: 'Btw over de incassokosten',
  claimTotal: 'Totaal',
  invoiceLineStage: ' ({{stage}})',
  stageFriendly: 'herinnering',
  stageSecond: 'tweede herinnering',
  stageFinal: 'aanmaning',
  stageCollection: 'laatste aanmaning voor incasso',
  stageReminded: 'herinnerd op {{date}}, termijn loopt nog',
  stageOverdue: 'vervallen',
  claimCovers: ' Dit betreft {{numbers}}.',
};

const EN_BASE = {
  invoiceOne: 'invoice',
  invoiceMany: 'invoices',
  invoiceLine: '- Invoice {{number}} dated {{invoiceDate}}, due {{dueDate}}: {{open}} outstanding',
  invoiceLineReference: ' (payment reference {{reference}})',
  totalLine: 'Total outstanding: {{total}}',
  referenceOne: 'payment reference {{reference}}',
  referenceInvoiceNumber: 'invoice number {{number}}',
  referenceInvoiceNumbers: 'invoice numbers {{numbers}}',
  referencePerInvoice: 'the payment reference or invoice number of each invoice',
  deadlineDate: 'by {{date}}',
  deadlineStatutory: 'within 14 days after the day on which you receive this letter',
  claimPrincipal: 'Principal',
  claimInterest: 'Interest up to and including {{today}}',
  claimCosts: 'Extrajudicial collection costs',
  claimCostsVat: 'VAT on the collection costs',
  claimTotal: 'Total',
  invoiceLineStage: ' ({{stage}})',
  stageFriendly: 'reminder',
  stageSecond: 'second reminder',
  stageFinal: 'final notice',
  stageCollection: 'last notice before collection',
  stageReminded: 'reminded on {{date}}, term still running',
  stageOverdue: 'overdue',
  claimCovers: ' This concerns {{numbers}}.',
};

export const PHRASES: Record<Language, Record<Tone, Phrases>> = {
  nl: {
    formal: {
      ...NL_BASE,
      salutationNamed: 'Beste {{name}},',
      paymentPlan:
        'Lukt het niet om het hele bedrag in één keer te betalen? Dan kunnen we een betalingsregeling afspreken. Neem daarvoor uiterlijk {{newTermDate}} contact met mij op.',
      consumerCosts:
        'Betaalt u niet binnen 14 dagen na de dag van ontvangst van deze brief, dan bent u naast het openstaande bedrag ook buitengerechtelijke incassokosten verschuldigd van {{costsInclVat}}.',
      consumerCostsVat:
        'Betaalt u niet binnen 14 dagen na de dag van ontvangst van deze brief, dan bent u naast het openstaande bedrag ook buitengerechtelijke incassokosten verschuldigd van {{costsInclVat}} ({{costs}} plus {{costsVat}} btw).',
      consumerInterest:
        'Daarnaast bent u de wettelijke rente verschuldigd; tot en met {{today}} is dat {{interest}}.',
      noCharges:
        'Betaalt u niet {{deadline}}, dan ben ik genoodzaakt verdere stappen te nemen om het bedrag te innen.',
      attachmentLine: 'Een kopie van de {{invoiceNoun}} stuur ik mee als bijlage.',
      businessInterestOwed:
        'Sinds de dag na de vervaldatum bent u over het openstaande bedrag de wettelijke handelsrente verschuldigd (art. 6:119a BW); tot en met {{today}} is dat {{interest}}. Die rente loopt door tot de dag van betaling.',
      businessCostsIfUnpaid:
        'Betaalt u niet uiterlijk {{newTermDate}}, dan breng ik de buitengerechtelijke incassokosten van {{costsInclVat}} in rekening.',
      businessHandOver: 'Betaalt u niet uiterlijk {{newTermDate}}, dan geef ik de vordering uit handen.',
      businessNoClaim:
        'Betaalt u niet uiterlijk {{newTermDate}}, dan breng ik de wettelijke handelsrente (art. 6:119a BW) en de buitengerechtelijke incassokosten in rekening en geef ik de vordering uit handen.',
      shortBody: `{{salutation}}

[De volledige tekst van deze herinnering staat in het taakvenster van Klant Inzicht en is naar het klembord gekopieerd: plak hem hier.]

Er staat nog {{totalOpen}} open. Ik ontvang uw betaling graag {{deadline}}.

{{signature}}`,
    },
    informal: {
      ...NL_BASE,
      salutationNamed: 'Beste {{name}},',
      salutationNeutral: 'Hallo,',
      paymentPlan:
        'Lukt het niet om alles in één keer te betalen? Dan kunnen we een betalingsregeling afspreken. Laat het me uiterlijk {{newTermDate}} weten.',
      consumerCosts:
        'Betaal je niet binnen 14 dagen na de dag van ontvangst van deze brief, dan ben je naast het openstaande bedrag ook buitengerechtelijke incassokosten verschuldigd van {{costsInclVat}}.',
      consumerCostsVat:
        'Betaal je niet binnen 14 dagen na de dag van ontvangst van deze brief, dan ben je naast het openstaande bedrag ook buitengerechtelijke incassokosten verschuldigd van {{costsInclVat}} ({{costs}} plus {{costsVat}} btw).',
      consumerInterest:
        'Daarnaast ben je de wettelijke rente verschuldigd; tot en met {{today}} is dat {{interest}}.',
      noCharges: 'Betaal je niet {{deadline}}, dan moet ik verdere stappen nemen om het bedrag te innen.',
      attachmentLine: 'Een kopie van de {{invoiceNoun}} stuur ik mee als bijlage.',
      businessInterestOwed:
        'Sinds de dag na de vervaldatum ben je over het openstaande bedrag de wettelijke handelsrente verschuldigd (art. 6:119a BW); tot en met {{today}} is dat {{interest}}. Die rente loopt door tot de dag van betaling.',
      businessCostsIfUnpaid:
        'Betaal je niet uiterlijk {{newTermDate}}, dan breng ik de buitengerechtelijke incassokosten van {{costsInclVat}} in rekening.',
      businessHandOver: 'Betaal je niet uiterlijk {{newTermDate}}, dan geef ik de vordering uit handen.',
      businessNoClaim:
        'Betaal je niet uiterlijk {{newTermDate}}, dan breng ik de wettelijke handelsrente (art. 6:119a BW) en de buitengerechtelijke incassokosten in rekening en geef ik de vordering uit handen.',
      shortBody: `{{salutation}}

[De volledige tekst van deze herinnering staat in het taakvenster van Klant Inzicht en is naar het klembord gekopieerd: plak hem hier.]

Er staat nog {{totalOpen}} open. Ik ontvang je betaling graag {{deadline}}.

{{signature}}`,
    },
  },
  en: {
    formal: {
      ...EN_BASE,
      salutationNamed: 'Dear {{name}},',
      salutationNeutral: 'Dear Sir or Madam,',
      paymentPlan:
        'If paying the full amount at once is difficult, we can agree on a payment plan. Please contact me by {{newTermDate}} to arrange it.',
      consumerCosts:
        'If you do not pay within 14 days after the day on which you receive this letter, you will also owe extrajudicial collection costs of {{costsInclVat}} on top of the amount outstanding.',
      consumerCostsVat:
        'If you do not pay within 14 days after the day on which you receive this letter, you will also owe extrajudicial collection costs of {{costsInclVat}} ({{costs}} plus {{costsVat}} VAT) on top of the amount outstanding.',
      consumerInterest:
        'You also owe statutory interest; up to and including {{today}} this is {{interest}}.',
      noCharges: 'If you do not pay {{deadline}}, I will have to take further steps to collect the amount.',
      attachmentLine: 'I have attached a copy of the {{invoiceNoun}}.',
      businessInterestOwed:
        'Since the day after the due date, statutory commercial interest (art. 6:119a Dutch Civil Code) has been owed on the amount outstanding; up to and including {{today}} it comes to {{interest}}. It continues to run until the day of payment.',
      businessCostsIfUnpaid:
        'If payment is not received by {{newTermDate}}, I will charge extrajudicial collection costs of {{costsInclVat}}.',
      businessHandOver:
        'If payment is not received by {{newTermDate}}, I will hand the claim over for collection.',
      businessNoClaim:
        'If payment is not received by {{newTermDate}}, I will charge statutory commercial interest (art. 6:119a Dutch Civil Code) and extrajudicial collection costs, and hand the claim over for collection.',
      shortBody: `{{salutation}}

[The full text of this reminder is in the Klant Inzicht task pane and has been copied to the clipboard: paste it here.]

{{totalOpen}} is still outstanding. I look forward to receiving your payment {{deadline}}.

{{signature}}`,
    },
    informal: {
      ...EN_BASE,
      salutationNamed: 'Hi {{name}},',
      salutationNeutral: 'Hello,',
      paymentPlan:
        'If paying it all at once is hard, we can set up a payment plan. Just let me know by {{newTermDate}}.',
      consumerCosts:
        "If you don't pay within 14 days after the day on which you receive this letter, you'll also owe extrajudicial collection costs of {{costsInclVat}} on top of the amount outstanding.",
      consumerCostsVat:
        "If you don't pay within 14 days after the day on which you receive this letter, you'll also owe extrajudicial collection costs of {{costsInclVat}} ({{costs}} plus {{costsVat}} VAT) on top of the amount outstanding.",
      consumerInterest:
        'You also owe statutory interest; up to and including {{today}} this is {{interest}}.',
      noCharges: "If you don't pay {{deadline}}, I'll have to take further steps to collect the amount.",
      attachmentLine: "I've attached a copy of the {{invoiceNoun}}.",
      businessInterestOwed:
        'Since the day after the due date, statutory commercial interest (art. 6:119a Dutch Civil Code) has been owed on the amount outstanding; up to and including {{today}} it comes to {{interest}}. It keeps running until the day you pay.',
      businessCostsIfUnpaid:
        "If I haven't received payment by {{newTermDate}}, I'll charge extrajudicial collection costs of {{costsInclVat}}.",
      businessHandOver:
        "If I haven't received payment by {{newTermDate}}, I'll hand the claim over for collection.",
      businessNoClaim:
        "If I haven't received payment by {{newTermDate}}, I'll charge statutory commercial interest (art. 6:119a Dutch Civil Code) and extrajudicial collection costs, and hand the claim over for collection.",
      shortBody: `{{salutation}}

[The full text of this reminder is in the Klant Inzicht task pane and has been copied to the clipboard: paste it here.]

{{totalOpen}} is still open. Could you pay {{deadline}}?

{{signature}}`,
    },
  },
};
