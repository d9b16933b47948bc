/** The legal paragraph, the claim overview and the warnings of a reminder (Dutch law). */
import { daysBetween } from '../dates';
import type { Language } from '../model';
import { addCents, cents, sumCents, type Cents } from '../money';
import type { Phrases } from './templates';
import type { DraftReminderInput, PhraseFn, ReminderClaim, ReminderWarning } from './types';

export function claimOverview(
  claim: ReminderClaim,
  principal: Cents,
  phrases: Phrases,
  money: (c: Cents) => string,
  today: string,
  phrase: PhraseFn,
): string {
  const rows: [string, Cents][] = [[phrases.claimPrincipal, principal]];
  if (claim.interestCents > 0)
    rows.push([phrase(phrases.claimInterest, { today }, 'claimInterest'), claim.interestCents]);
  if (claim.costsCents > 0) rows.push([phrases.claimCosts, claim.costsCents]);
  if (claim.costsVatCents > 0) rows.push([phrases.claimCostsVat, claim.costsVatCents]);
  rows.push([
    phrases.claimTotal,
    sumCents([principal, claim.interestCents, claim.costsCents, claim.costsVatCents]),
  ]);
  return rows.map(([label, cents]) => `${label}: ${money(cents)}`).join('\n');
}

export function legalNotice(a: {
  claim: ReminderClaim | undefined;
  isConsumer: boolean;
  language: Language;
  phrases: Phrases;
  money: (c: Cents) => string;
  newTermDate: string;
  deadline: string;
  today: string;
  phrase: PhraseFn;
  /** The invoices the claim covers, when not all listed ones. */
  covers: string | undefined;
}): string {
  const { claim, phrases: p, money, phrase } = a;
  const interest = claim && claim.interestCents > 0 ? money(claim.interestCents) : undefined;
  const costsIncl = claim ? addCents(claim.costsCents, claim.costsVatCents) : cents(0);
  const parts: string[] = [];
  if (a.isConsumer) {
    if (claim && costsIncl > 0) {
      const values = {
        costsInclVat: money(costsIncl),
        costs: money(claim.costsCents),
        costsVat: money(claim.costsVatCents),
      };
      parts.push(
        claim.costsVatCents > 0
          ? phrase(p.consumerCostsVat, values, 'consumerCostsVat')
          : phrase(p.consumerCosts, values, 'consumerCosts'),
      );
    } else {
      parts.push(phrase(p.noCharges, { deadline: a.deadline }, 'noCharges'));
    }
    if (interest) parts.push(phrase(p.consumerInterest, { interest, today: a.today }, 'consumerInterest'));
  } else if (!claim) {
    return phrase(p.businessNoClaim, { newTermDate: a.newTermDate }, 'businessNoClaim');
  } else {
    // Commercial interest is owed from the day after the due date without any notice (art. 6:119a
    // BW): the letter states it as owed, never as something that "will be charged" later.
    if (interest)
      parts.push(phrase(p.businessInterestOwed, { interest, today: a.today }, 'businessInterestOwed'));
    if (costsIncl > 0)
      parts.push(
        phrase(
          p.businessCostsIfUnpaid,
          { newTermDate: a.newTermDate, costsInclVat: money(costsIncl) },
          'businessCostsIfUnpaid',
        ),
      );
    else if (interest)
      parts.push(phrase(p.businessHandOver, { newTermDate: a.newTermDate }, 'businessHandOver'));
    else parts.push(phrase(p.noCharges, { deadline: a.deadline }, 'noCharges'));
  }
  if (a.covers && (costsIncl > 0 || interest))
    parts.push(phrase(p.claimCovers, { numbers: a.covers }, 'claimCovers').trim());
  return parts.join(' ');
}

export function collectWarnings(a: {
  input: DraftReminderInput;
  isConsumer: boolean;
  statutoryLetter: boolean;
  costsInclVat: string | undefined;
  deadlineStatutory: string;
  body: string;
}): ReminderWarning[] {
  const { input } = a;
  const warnings: ReminderWarning[] = [];
  const kind = input.step.kind;
  if (kind === 'final' && a.isConsumer && !a.statutoryLetter && input.settings.chargeCollectionCosts) {
    warnings.push({
      code: 'costs-not-stated',
      message:
        'This final notice to a consumer names no collection costs, so it is not a 14-day letter (art. 6:96 lid 6 BW): collection costs cannot be charged after it.',
    });
  }
  if (a.statutoryLetter) {
    if (daysBetween(input.today, input.newTermUntil) < 14) {
      warnings.push({
        code: 'consumer-term-too-short',
        message:
          'The follow-up date is less than 14 days away: a consumer owes collection costs only when 14 days after the day of receipt have passed.',
      });
    }
    if (
      !a.body.includes(a.deadlineStatutory) ||
      (a.costsInclVat !== undefined && !a.body.includes(a.costsInclVat))
    ) {
      warnings.push({
        code: 'statutory-wording-missing',
        message:
          'The text of this final notice lacks the statutory 14-day term or the amount of the collection costs (remove the override or put {{legalNotice}} and {{deadline}} back).',
      });
    }
  }
  // A Belgian workbook's drafts carry Belgian wording (belgium.ts) and never come here.
  return warnings;
}
