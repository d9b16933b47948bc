/**
 * Drafts one reminder for one customer: every overdue invoice of that customer in one message, in
 * the customer's language and the chosen tone, from the default templates or the consultant's
 * overrides in the settings. The ladder (which step, which new term) and the legal amounts come in
 * as plain data: this module decides wording, not law or timing.
 */
import { assertIsoDate } from '../dates';
import { DomainError, requireObject, requireOneOf } from '../errors';
import { languageSchema, toneSchema, type Language, type Tone } from '../model';
import { addCents, cents, formatEuro, sumCents, type Cents } from '../money';
import { formatList, formatLongDate, informalName, signatureOf } from './format';
import { checkClaim, checkInvoices, checkStep, companyIban, pick } from './inputChecks';
import { claimCovers, invoiceTable, paymentReference } from './invoiceLines';
import { claimOverview, collectWarnings, legalNotice } from './legalParagraph';
import { renderTemplate, tidyBody, tidySubject, type PlaceholderName } from './render';
import { BELGIAN_CONSUMER_TEMPLATES, BELGIAN_PHRASES, belgianLegalNotice, belgianWarnings } from './belgium';
import { DEFAULT_TEMPLATES, PHRASES, type TemplateSet } from './templates';
import type { DraftReminderInput, ReminderDraft, ReminderStep, TemplatePart } from './types';

export type {
  DraftReminderInput,
  ReminderClaim,
  ReminderCustomer,
  ReminderDraft,
  ReminderInvoice,
  ReminderSettings,
  ReminderStep,
  ReminderWarning,
  ReminderWarningCode,
  TemplatePart,
} from './types';

/**
 * Override keys in lookup order: the step's own id first ("herinnering-2.nl.formal.body"), so one
 * ladder step can differ from another of the same kind; then the kind ("second.nl.formal.body"),
 * which covers every step of that kind. Without either, the built-in default applies.
 * A blank override (an emptied cell) counts as absent.
 */
export function templateKeys(
  step: Pick<ReminderStep, 'id' | 'kind'>,
  language: Language,
  tone: Tone,
  part: TemplatePart,
): string[] {
  checkStep(step);
  pick(languageSchema, language, 'language');
  pick(toneSchema, tone, 'tone');
  requireOneOf(part, ['subject', 'body'], 'part');
  const keys = [`${step.id}.${language}.${tone}.${part}`, `${step.kind}.${language}.${tone}.${part}`];
  return [...new Set(keys)];
}

export function resolveTemplate(
  step: Pick<ReminderStep, 'id' | 'kind'>,
  language: Language,
  tone: Tone,
  part: TemplatePart,
  overrides: Readonly<Record<string, string>> = {},
  /** The built-in set: DEFAULT_TEMPLATES, or the Belgian consumer's ('be-consumer'). */
  defaults: 'default' | 'be-consumer' = 'default',
): { text: string; source: string } {
  requireObject(overrides, 'overrides');
  for (const key of templateKeys(step, language, tone, part)) {
    const text = Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
    if (typeof text === 'string' && text.trim() !== '') return { text, source: `settings:${key}` };
  }
  const set: TemplateSet = defaults === 'be-consumer' ? BELGIAN_CONSUMER_TEMPLATES : DEFAULT_TEMPLATES;
  return {
    text: set[step.kind][language][tone][part],
    source: `default:${defaults === 'be-consumer' ? 'be-consumer.' : ''}${step.kind}.${language}.${tone}`,
  };
}

export function draftReminder(input: DraftReminderInput): ReminderDraft {
  requireObject(input, 'input');
  requireObject(input.customer, 'customer');
  requireObject(input.settings, 'settings');
  const { step, customer, settings, today, newTermUntil, claim } = input;
  checkStep(step);
  assertIsoDate(today, 'today');
  assertIsoDate(newTermUntil, 'newTermUntil');
  if (newTermUntil < today) {
    throw new DomainError('invalid-input', 'the new term cannot end before today', {
      path: 'newTermUntil',
      value: newTermUntil,
    });
  }
  const language = pick(languageSchema, input.language ?? customer.language ?? settings.language, 'language');
  const tone = pick(toneSchema, input.tone ?? settings.tone, 'tone');
  const invoices = checkInvoices(input.invoices, language);
  if (claim !== undefined) checkClaim(claim);
  const phrases = PHRASES[language][tone];
  const money = (cents: Cents) => formatEuro(cents, language);
  const phrase = (text: string, values: Record<string, string>, name: string) =>
    renderTemplate(text, values, `phrase:${name}.${language}.${tone}`, { allowed: Object.keys(values) }).text;

  const iban = companyIban(settings.companyIban);
  const payee = settings.companyName.trim() || settings.senderName?.trim() || '';
  if (!payee) {
    throw new DomainError(
      'invalid-input',
      'set the company name (or the sender name) in the settings before drafting reminders',
      {
        path: 'settings.companyName',
      },
    );
  }

  const totalOpenCents = sumCents(invoices.map((i) => i.openCents));
  const totalOpen = money(totalOpenCents);
  const newTermDate = formatLongDate(newTermUntil, language, 'newTermUntil');
  const todayText = formatLongDate(today, language, 'today');
  const isConsumer = customer.kind === 'consumer';
  const belgian = settings.country === 'BE';
  const costsInclVatCents = claim ? addCents(claim.costsCents, claim.costsVatCents) : cents(0);
  // The 14-day letter (art. 6:96 lid 6 BW): only a consumer's final notice that names collection costs.
  const statutoryLetter = step.kind === 'final' && isConsumer && costsInclVatCents > 0 && !belgian;
  const deadline = statutoryLetter
    ? phrases.deadlineStatutory
    : phrase(phrases.deadlineDate, { date: newTermDate }, 'deadlineDate');

  const contact = customer.contactName?.trim() || (isConsumer ? customer.name.trim() : '');
  const salutation = contact
    ? phrase(
        phrases.salutationNamed,
        { name: tone === 'informal' ? informalName(contact) : contact },
        'salutationNamed',
      )
    : phrases.salutationNeutral;

  const signature = signatureOf(settings);

  const bePhrases = BELGIAN_PHRASES[language][tone];
  // Belgian law names the charges differently: damages (consumer) or the flat compensation (business).
  const overviewPhrases = belgian
    ? {
        ...phrases,
        claimInterest: bePhrases.claimInterest,
        claimCosts: isConsumer ? bePhrases.claimDamages : bePhrases.claimCompensation,
      }
    : phrases;
  const claimValues = claim
    ? {
        interest: money(claim.interestCents),
        costs: money(claim.costsCents),
        costsVat: money(claim.costsVatCents),
        costsInclVat: money(costsInclVatCents),
        claimTotal: money(addCents(addCents(totalOpenCents, claim.interestCents), costsInclVatCents)),
      }
    : undefined;

  const values: Partial<Record<PlaceholderName, string>> = {
    salutation,
    contactName: contact || customer.name.trim(),
    customerName: customer.name.trim(),
    customerNumber: customer.number.trim(),
    invoiceTable: invoiceTable(invoices, phrases, language, totalOpen, phrase),
    invoiceNumbers: formatList(
      invoices.map((i) => i.number),
      language,
    ),
    invoiceNoun: invoices.length === 1 ? phrases.invoiceOne : phrases.invoiceMany,
    totalOpen,
    newTermDate,
    deadline,
    iban,
    payee,
    reference: paymentReference(invoices, phrases, language, phrase),
    companyName: settings.companyName.trim() || payee,
    senderName: settings.senderName?.trim() || payee,
    signature,
    paymentPlanSentence:
      step.offerPaymentPlan && settings.allowPaymentPlans
        ? phrase(phrases.paymentPlan, { newTermDate }, 'paymentPlan')
        : '',
    claimOverview: claim
      ? claimOverview(claim, totalOpenCents, overviewPhrases, money, todayText, phrase)
      : '',
    today: todayText,
    attachmentLine:
      input.attachInvoices === true
        ? phrase(
            phrases.attachmentLine,
            { invoiceNoun: invoices.length === 1 ? phrases.invoiceOne : phrases.invoiceMany },
            'attachmentLine',
          )
        : '',
    ...claimValues,
  };
  if (belgian) {
    const paragraph = belgianLegalNotice({
      kind: step.kind,
      isConsumer,
      claim,
      interestAnnounced: settings.chargeInterest === true,
      phrases: bePhrases,
      money,
      newTermDate,
      today: todayText,
      phrase,
      enterpriseNumber: settings.enterpriseNumber,
    });
    if (paragraph !== undefined) values.legalNotice = paragraph;
  } else if (step.kind === 'final') {
    values.legalNotice = legalNotice({
      claim,
      isConsumer,
      language,
      phrases,
      money,
      newTermDate,
      deadline,
      today: todayText,
      phrase,
      covers: claimCovers(claim, invoices, language),
    });
  }
  const unavailable: Partial<Record<PlaceholderName, string>> = {
    legalNotice: 'only the final notice has a legal paragraph',
    ...(claim
      ? {}
      : Object.fromEntries(
          (['interest', 'costs', 'costsVat', 'costsInclVat', 'claimTotal'] as const).map((n) => [
            n,
            'no claim amounts (interest, collection costs) were given for this reminder',
          ]),
        )),
  };

  const defaults = belgian && isConsumer ? 'be-consumer' : 'default';
  const subjectTemplate = resolveTemplate(step, language, tone, 'subject', settings.templates, defaults);
  const bodyTemplate = resolveTemplate(step, language, tone, 'body', settings.templates, defaults);
  const subject = renderTemplate(subjectTemplate.text, values, keyName(subjectTemplate.source), {
    unavailable,
  });
  const body = renderTemplate(bodyTemplate.text, values, keyName(bodyTemplate.source), { unavailable });
  const bodyText = tidyBody(body.text);

  const warnings = belgian
    ? belgianWarnings(
        input,
        bodyText,
        phrase(bePhrases.firstReminderFree, { newTermDate }, 'be.firstReminderFree'),
      )
    : collectWarnings({
        input,
        isConsumer,
        statutoryLetter,
        costsInclVat: claimValues?.costsInclVat,
        deadlineStatutory: phrases.deadlineStatutory,
        body: bodyText,
      });

  return {
    subject: tidySubject(subject.text),
    body: bodyText,
    language,
    tone,
    placeholdersUsed: [...new Set([...subject.used, ...body.used])],
    totalOpenCents,
    salutation,
    shortBody: tidyBody(
      phrase(phrases.shortBody, { salutation, totalOpen, deadline, signature }, 'shortBody'),
    ),
    templateSources: { subject: subjectTemplate.source, body: bodyTemplate.source },
    warnings,
  };
}

function keyName(source: string): string {
  return source.replace(/^settings:/, '').replace(/^default:/, 'default ');
}
