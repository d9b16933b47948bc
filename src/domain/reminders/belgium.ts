/**
 * The Belgian wording (settings.country 'BE'): the legal paragraph of each step and the consumer's
 * templates, which carry that paragraph from the first reminder on.
 *
 * - Consumers (Boek XIX WER): the first reminder says it is free, gives the waiting term as a date
 *   and names the damages (and interest) the trader's terms allow once it has run out; from the
 *   second reminder on, what is owed because it ran out. Nothing is charged before.
 * - Businesses (wet van 2 augustus 2002): interest (art. 5) and the flat compensation (art. 6) are
 *   owed without notice, so the final notice states them as owed, never as a threat.
 */
import type { DunningStepKind, Language, Tone } from '../model';
import type { Cents } from '../money';
import { DEFAULT_TEMPLATES, type TemplateSet } from './templates';
import type { DraftReminderInput, PhraseFn, ReminderClaim, ReminderWarning } from './types';

export interface BelgianPhrases {
  /** {{newTermDate}}: the free first reminder and its waiting term (Boek XIX WER). */
  firstReminderFree: string;
  /** {{costs}}: the damages the terms allow once the waiting term ran out. */
  firstReminderDamages: string;
  /** {{newTermDate}} */
  firstReminderInterest: string;
  /** {{enterpriseNumber}}: the first reminder identifies the creditor (Boek XIX WER). */
  firstReminderEnterprise: string;
  /** {{costs}} */
  consumerDamagesOwed: string;
  /** {{interest}} {{today}} */
  consumerInterestOwed: string;
  /** {{interest}} {{today}} */
  businessInterestOwed: string;
  /** {{costs}} */
  businessCompensationOwed: string;
  /** {{newTermDate}} */
  handOver: string;
  /** Claim overview labels: {{today}} in claimInterest. */
  claimInterest: string;
  claimDamages: string;
  claimCompensation: string;
}

const WER = 'art. XIX.2 Wetboek van economisch recht';
const LAW_2002 =
  'de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties';
const LAW_2002_EN = 'the Belgian Act of 2 August 2002 on combating late payment in commercial transactions';

export const BELGIAN_PHRASES: Record<Language, Record<Tone, BelgianPhrases>> = {
  nl: {
    formal: {
      firstReminderFree: `Deze eerste herinnering is kosteloos. U kunt tot en met {{newTermDate}} betalen zonder dat er kosten, een schadevergoeding of interesten bijkomen (een termijn van veertien kalenderdagen, ${WER}).`,
      firstReminderDamages:
        'Betaalt u niet binnen die termijn, dan bent u volgens mijn algemene voorwaarden een schadevergoeding van {{costs}} verschuldigd.',
      firstReminderInterest:
        'Vanaf de dag na {{newTermDate}} loopt dan ook nalatigheidsinterest tegen de interestvoet van artikel 5 van de wet van 2 augustus 2002.',
      firstReminderEnterprise: 'Mijn ondernemingsnummer is {{enterpriseNumber}}.',
      consumerDamagesOwed:
        'De termijn van de eerste herinnering is verstreken. Volgens mijn algemene voorwaarden bent u daarom een schadevergoeding van {{costs}} verschuldigd.',
      consumerInterestOwed:
        'Daarnaast bent u nalatigheidsinterest verschuldigd sinds het einde van die termijn; tot en met {{today}} is dat {{interest}}.',
      businessInterestOwed: `Sinds de dag na de vervaldatum bent u van rechtswege en zonder ingebrekestelling nalatigheidsinterest verschuldigd (artikel 5 van ${LAW_2002}); tot en met {{today}} is dat {{interest}}. Die interest loopt door tot de dag van betaling.`,
      businessCompensationOwed:
        'Daarnaast bent u een forfaitaire vergoeding voor invorderingskosten van {{costs}} verschuldigd (artikel 6 van dezelfde wet).',
      handOver: 'Betaalt u niet uiterlijk {{newTermDate}}, dan geef ik de vordering uit handen.',
      claimInterest: 'Nalatigheidsinterest tot en met {{today}}',
      claimDamages: 'Schadevergoeding',
      claimCompensation: 'Forfaitaire vergoeding invorderingskosten',
    },
    informal: {
      firstReminderFree: `Deze eerste herinnering is kosteloos. Je kunt tot en met {{newTermDate}} betalen zonder dat er kosten, een schadevergoeding of interesten bijkomen (een termijn van veertien kalenderdagen, ${WER}).`,
      firstReminderDamages:
        'Betaal je niet binnen die termijn, dan ben je volgens mijn algemene voorwaarden een schadevergoeding van {{costs}} verschuldigd.',
      firstReminderInterest:
        'Vanaf de dag na {{newTermDate}} loopt dan ook nalatigheidsinterest tegen de interestvoet van artikel 5 van de wet van 2 augustus 2002.',
      firstReminderEnterprise: 'Mijn ondernemingsnummer is {{enterpriseNumber}}.',
      consumerDamagesOwed:
        'De termijn van de eerste herinnering is verstreken. Volgens mijn algemene voorwaarden ben je daarom een schadevergoeding van {{costs}} verschuldigd.',
      consumerInterestOwed:
        'Daarnaast ben je nalatigheidsinterest verschuldigd sinds het einde van die termijn; tot en met {{today}} is dat {{interest}}.',
      businessInterestOwed: `Sinds de dag na de vervaldatum ben je van rechtswege en zonder ingebrekestelling nalatigheidsinterest verschuldigd (artikel 5 van ${LAW_2002}); tot en met {{today}} is dat {{interest}}. Die interest loopt door tot de dag van betaling.`,
      businessCompensationOwed:
        'Daarnaast ben je een forfaitaire vergoeding voor invorderingskosten van {{costs}} verschuldigd (artikel 6 van dezelfde wet).',
      handOver: 'Betaal je niet uiterlijk {{newTermDate}}, dan geef ik de vordering uit handen.',
      claimInterest: 'Nalatigheidsinterest tot en met {{today}}',
      claimDamages: 'Schadevergoeding',
      claimCompensation: 'Forfaitaire vergoeding invorderingskosten',
    },
  },
  en: {
    formal: {
      firstReminderFree:
        'This first reminder is free of charge. You can pay up to and including {{newTermDate}} without any costs, damages or interest being added (a term of fourteen calendar days, art. XIX.2 of the Belgian Code of Economic Law).',
      firstReminderDamages:
        'If you do not pay within that term, my terms and conditions entitle me to damages of {{costs}}.',
      firstReminderInterest:
        'From the day after {{newTermDate}}, late-payment interest will then also run at the rate of article 5 of the Belgian Act of 2 August 2002.',
      firstReminderEnterprise: 'My Belgian enterprise number is {{enterpriseNumber}}.',
      consumerDamagesOwed:
        'The term of the first reminder has passed. Under my terms and conditions you therefore owe damages of {{costs}}.',
      consumerInterestOwed:
        'You also owe late-payment interest since the end of that term; up to and including {{today}} it comes to {{interest}}.',
      businessInterestOwed: `Since the day after the due date, late-payment interest has been owed by operation of law and without notice (article 5 of ${LAW_2002_EN}); up to and including {{today}} it comes to {{interest}}. It continues to run until the day of payment.`,
      businessCompensationOwed:
        'You also owe a flat compensation for recovery costs of {{costs}} (article 6 of the same Act).',
      handOver: 'If payment is not received by {{newTermDate}}, I will hand the claim over for collection.',
      claimInterest: 'Late-payment interest up to and including {{today}}',
      claimDamages: 'Damages',
      claimCompensation: 'Flat compensation for recovery costs',
    },
    informal: {
      firstReminderFree:
        'This first reminder is free of charge. You can pay up to and including {{newTermDate}} without any costs, damages or interest being added (a term of fourteen calendar days, art. XIX.2 of the Belgian Code of Economic Law).',
      firstReminderDamages:
        "If you don't pay within that term, my terms and conditions entitle me to damages of {{costs}}.",
      firstReminderInterest:
        'From the day after {{newTermDate}}, late-payment interest will then also run at the rate of article 5 of the Belgian Act of 2 August 2002.',
      firstReminderEnterprise: 'My Belgian enterprise number is {{enterpriseNumber}}.',
      consumerDamagesOwed:
        'The term of the first reminder has passed, so under my terms and conditions you now owe damages of {{costs}}.',
      consumerInterestOwed:
        "You also owe late-payment interest since the end of that term; up to and including {{today}} it's {{interest}}.",
      businessInterestOwed: `Since the day after the due date, late-payment interest has been owed by operation of law and without notice (article 5 of ${LAW_2002_EN}); up to and including {{today}} it comes to {{interest}}. It keeps running until the day you pay.`,
      businessCompensationOwed:
        'You also owe a flat compensation for recovery costs of {{costs}} (article 6 of the same Act).',
      handOver: "If I haven't received payment by {{newTermDate}}, I'll hand the claim over for collection.",
      claimInterest: 'Late-payment interest up to and including {{today}}',
      claimDamages: 'Damages',
      claimCompensation: 'Flat compensation for recovery costs',
    },
  },
};

/** The default templates with the legal paragraph after the payment request, for friendly and second. */
function withLegalParagraph(): TemplateSet {
  const set = structuredClone(DEFAULT_TEMPLATES);
  for (const kind of ['friendly', 'second'] as const)
    for (const language of ['nl', 'en'] as const)
      for (const tone of ['formal', 'informal'] as const) {
        const t = set[kind][language][tone];
        t.body = t.body.replace('\n\n{{attachmentLine}}', '\n\n{{legalNotice}}\n\n{{attachmentLine}}');
      }
  return set;
}

/** A Belgian consumer's templates: the Dutch-law defaults, with {{legalNotice}} in every step. */
export const BELGIAN_CONSUMER_TEMPLATES: TemplateSet = withLegalParagraph();

/** The Belgian legal paragraph of a step, or undefined when the step has none. */
export function belgianLegalNotice(a: {
  kind: DunningStepKind;
  isConsumer: boolean;
  claim: ReminderClaim | undefined;
  interestAnnounced: boolean;
  phrases: BelgianPhrases;
  money: (c: Cents) => string;
  newTermDate: string;
  today: string;
  phrase: PhraseFn;
  /** settings.enterpriseNumber, as typed. */
  enterpriseNumber?: string | undefined;
}): string | undefined {
  const { claim, phrases: p, phrase } = a;
  const parts: string[] = [];
  const costs = claim && claim.costsCents > 0 ? a.money(claim.costsCents) : undefined;
  const interest = claim && claim.interestCents > 0 ? a.money(claim.interestCents) : undefined;
  if (a.isConsumer) {
    if (a.kind === 'friendly') {
      parts.push(phrase(p.firstReminderFree, { newTermDate: a.newTermDate }, 'be.firstReminderFree'));
      if (costs) parts.push(phrase(p.firstReminderDamages, { costs }, 'be.firstReminderDamages'));
      if (a.interestAnnounced)
        parts.push(
          phrase(p.firstReminderInterest, { newTermDate: a.newTermDate }, 'be.firstReminderInterest'),
        );
      const enterpriseNumber = formatEnterpriseNumber(a.enterpriseNumber);
      if (enterpriseNumber)
        parts.push(phrase(p.firstReminderEnterprise, { enterpriseNumber }, 'be.firstReminderEnterprise'));
      return parts.join(' ');
    }
    if (a.kind === 'collection') return undefined;
    if (costs) parts.push(phrase(p.consumerDamagesOwed, { costs }, 'be.consumerDamagesOwed'));
    if (interest)
      parts.push(phrase(p.consumerInterestOwed, { interest, today: a.today }, 'be.consumerInterestOwed'));
    return parts.join(' ');
  }
  if (a.kind !== 'final') return undefined;
  if (interest)
    parts.push(phrase(p.businessInterestOwed, { interest, today: a.today }, 'be.businessInterestOwed'));
  if (costs) parts.push(phrase(p.businessCompensationOwed, { costs }, 'be.businessCompensationOwed'));
  parts.push(phrase(p.handOver, { newTermDate: a.newTermDate }, 'be.handOver'));
  return parts.join(' ');
}

/**
 * The enterprise number as the register writes it (0123.456.789) when it has its ten digits, with
 * or without a "BE" prefix, dots or spaces; otherwise as typed, so nothing a person typed is lost.
 * Undefined when blank.
 */
export function formatEnterpriseNumber(typed: string | undefined): string | undefined {
  const trimmed = typed?.trim() ?? '';
  if (trimmed === '') return undefined;
  const digits = trimmed.replace(/^BE/i, '').replace(/[\s.]/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : trimmed;
}

/**
 * A consumer's first reminder must say it is free and give the term (an override may have lost
 * it), and it must identify the creditor by its enterprise number, which only the settings hold.
 */
export function belgianWarnings(
  input: DraftReminderInput,
  body: string,
  freeSentence: string,
): ReminderWarning[] {
  if (input.customer.kind !== 'consumer' || input.step.kind !== 'friendly') return [];
  const warnings: ReminderWarning[] = [];
  if (!body.includes(freeSentence))
    warnings.push({
      code: 'be-first-reminder-wording',
      message:
        'This first reminder to a Belgian consumer lacks the sentence that it is free and gives the fourteen-day term (Boek XIX WER): put {{legalNotice}} back in the text.',
    });
  if (formatEnterpriseNumber(input.settings.enterpriseNumber) === undefined)
    warnings.push({
      code: 'be-enterprise-number-missing',
      message:
        'This first reminder to a Belgian consumer must name your enterprise number (Boek XIX WER): fill in the row Ondernemingsnummer (Enterprise number) on the Instellingen (Settings) sheet.',
    });
  return warnings;
}
