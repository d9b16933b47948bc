/**
 * Drafts one reminder for one customer: every overdue invoice of that customer in one message, in
 * the customer's language and the chosen tone, from the default templates or the consultant's
 * overrides in the settings. The ladder (which step, which new term) and the legal amounts come in
 * as plain data: this module decides wording, not law or timing.
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { assertIsoDate, daysBetween, type IsoDate } from '../dates';
import { DomainError, requireObject, requireOneOf } from '../errors';
import {
  dunningStepKindSchema,
  languageSchema,
  toneSchema,
  type Customer,
  type DunningStepKind,
  type Language,
  type Settings,
  type Tone,
} from '../model';
import { assertCents, formatEuro, sumCents, type Cents } from '../money';
import { formatList, formatLongDate, formatShortDate, informalName } from './format';
import { renderTemplate, tidyBody, tidySubject, type PlaceholderName } from './render';
import { DEFAULT_TEMPLATES, PHRASES, type Phrases } from './templates';

export interface ReminderStep {
  id: string;
  kind: DunningStepKind;
  offerPaymentPlan: boolean;
}

export interface ReminderInvoice {
  number: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  /** What is still open on this invoice today. */
  openCents: Cents;
  paymentReference?: string;
  /**
   * This invoice's own stage in the message: the step due for it today, 'reminded' (an earlier
   * reminder's term still runs; `remindedOn` says when) or 'overdue' (no step yet). Shown per line
   * when the message lists invoices at different stages.
   */
  stage?: ReminderStage;
  remindedOn?: IsoDate;
}

export type ReminderStage = DunningStepKind | 'reminded' | 'overdue';

/** Amounts the legal module computed for the final notice or the hand-over. */
export interface ReminderClaim {
  interestCents: Cents;
  /** Extrajudicial collection costs, excluding VAT. */
  costsCents: Cents;
  /** VAT on the costs, when the creditor cannot reclaim it; else 0. */
  costsVatCents: Cents;
  /** The invoices the costs and interest cover, when not every listed invoice (named in the letter). */
  invoiceNumbers?: readonly string[];
}

export type ReminderCustomer = Pick<Customer, 'number' | 'name' | 'kind'> &
  Partial<Pick<Customer, 'contactName' | 'language'>>;

export type ReminderSettings = Pick<
  Settings,
  'language' | 'tone' | 'companyName' | 'companyIban' | 'templates' | 'allowPaymentPlans'
> &
  Partial<
    Pick<Settings, 'senderName' | 'companyEmail' | 'companyPhone' | 'country' | 'chargeCollectionCosts'>
  >;

export interface DraftReminderInput {
  step: ReminderStep;
  customer: ReminderCustomer;
  /** Every overdue invoice of this customer: one message lists them all. */
  invoices: readonly ReminderInvoice[];
  /** The new, shorter term, as the last day to pay. */
  newTermUntil: IsoDate;
  today: IsoDate;
  settings: ReminderSettings;
  claim?: ReminderClaim;
  language?: Language;
  tone?: Tone;
  /** True only when the invoice files go with the message: the text then says a copy is attached. */
  attachInvoices?: boolean;
}

export type ReminderWarningCode =
  'costs-not-stated' | 'consumer-term-too-short' | 'statutory-wording-missing' | 'dutch-law-wording';

export interface ReminderWarning {
  code: ReminderWarningCode;
  message: string;
}

export interface ReminderDraft {
  subject: string;
  /** Plain text with \n line breaks. */
  body: string;
  language: Language;
  tone: Tone;
  placeholdersUsed: string[];
  totalOpenCents: Cents;
  salutation: string;
  /** A few lines to put in a mailto link when the full body would make it too long. */
  shortBody: string;
  /** Where subject and body came from: "settings:<key>" or "default:<kind>.<language>.<tone>". */
  templateSources: { subject: string; body: string };
  /** Things the user should know before sending (never blocks drafting). */
  warnings: ReminderWarning[];
}

export type TemplatePart = 'subject' | 'body';

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
): { text: string; source: string } {
  requireObject(overrides, 'overrides');
  for (const key of templateKeys(step, language, tone, part)) {
    const text = Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
    if (typeof text === 'string' && text.trim() !== '') return { text, source: `settings:${key}` };
  }
  return {
    text: DEFAULT_TEMPLATES[step.kind][language][tone][part],
    source: `default:${step.kind}.${language}.${tone}`,
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
  const costsInclVatCents = claim ? claim.costsCents + claim.costsVatCents : 0;
  // The 14-day letter (art. 6:96 lid 6 BW): only a consumer's final notice that names collection costs.
  const statutoryLetter = step.kind === 'final' && isConsumer && costsInclVatCents > 0;
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

  const signature = [
    settings.senderName,
    settings.companyName === settings.senderName ? '' : settings.companyName,
    settings.companyPhone,
    settings.companyEmail,
  ]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join('\n');

  const claimValues = claim
    ? {
        interest: money(claim.interestCents),
        costs: money(claim.costsCents),
        costsVat: money(claim.costsVatCents),
        costsInclVat: money(costsInclVatCents),
        claimTotal: money(totalOpenCents + claim.interestCents + costsInclVatCents),
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
    claimOverview: claim ? claimOverview(claim, totalOpenCents, phrases, money, todayText, phrase) : '',
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
  if (step.kind === 'final') {
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

  const subjectTemplate = resolveTemplate(step, language, tone, 'subject', settings.templates);
  const bodyTemplate = resolveTemplate(step, language, tone, 'body', settings.templates);
  const subject = renderTemplate(subjectTemplate.text, values, keyName(subjectTemplate.source), {
    unavailable,
  });
  const body = renderTemplate(bodyTemplate.text, values, keyName(bodyTemplate.source), { unavailable });
  const bodyText = tidyBody(body.text);

  const warnings = collectWarnings({
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

type PhraseFn = (text: string, values: Record<string, string>, name: string) => string;

function keyName(source: string): string {
  return source.replace(/^settings:/, '').replace(/^default:/, 'default ');
}

function pick<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  path: string,
): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new DomainError('invalid-input', `unsupported ${path} ${JSON.stringify(value)}`, { path, value });
  return r.data;
}

function checkStep(step: Pick<ReminderStep, 'id' | 'kind'>): void {
  if (!step || typeof step.id !== 'string' || step.id.trim() === '') {
    throw new DomainError('invalid-input', 'a dunning step needs an id', {
      path: 'step.id',
      value: step?.id,
    });
  }
  pick(dunningStepKindSchema, step.kind, 'step.kind');
}

function checkInvoices(invoices: readonly ReminderInvoice[], language: Language): ReminderInvoice[] {
  if (!Array.isArray(invoices) || invoices.length === 0) {
    throw new DomainError('invalid-input', 'a reminder needs at least one overdue invoice', {
      path: 'invoices',
    });
  }
  const seen = new Set<string>();
  invoices.forEach((inv, i) => {
    const at = `invoices[${i}]`;
    requireObject(inv, at);
    if (typeof inv.number !== 'string' || inv.number.trim() === '') {
      throw new DomainError('invalid-input', 'an invoice needs a number', {
        path: `${at}.number`,
        value: inv.number,
      });
    }
    if (seen.has(inv.number))
      throw new DomainError('duplicate', `invoice ${inv.number} is listed twice`, {
        path: `${at}.number`,
        value: inv.number,
      });
    seen.add(inv.number);
    if (inv.stage !== undefined)
      requireOneOf(
        inv.stage,
        ['friendly', 'second', 'final', 'collection', 'reminded', 'overdue'],
        `${at}.stage`,
      );
    if (inv.remindedOn !== undefined) assertIsoDate(inv.remindedOn, `${at}.remindedOn`);
    formatShortDate(inv.invoiceDate, language, `${at}.invoiceDate`);
    formatShortDate(inv.dueDate, language, `${at}.dueDate`);
    assertCents(inv.openCents, `${at}.openCents`);
    if (inv.openCents <= 0) {
      throw new DomainError('invalid-amount', `invoice ${inv.number} has nothing open`, {
        path: `${at}.openCents`,
        value: inv.openCents,
      });
    }
  });
  // Oldest debt first, as a person reads a statement.
  return [...invoices].sort(
    (a, b) => cmp(a.dueDate, b.dueDate) || cmp(a.invoiceDate, b.invoiceDate) || cmp(a.number, b.number),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkClaim(claim: ReminderClaim): void {
  requireObject(claim, 'claim');
  for (const k of ['interestCents', 'costsCents', 'costsVatCents'] as const) {
    assertCents(claim[k], `claim.${k}`);
    if (claim[k] < 0)
      throw new DomainError('invalid-amount', 'must not be negative', {
        path: `claim.${k}`,
        value: claim[k],
      });
  }
}

/** A reminder without a valid account to pay to is useless, so this is an error, not a blank. */
function companyIban(raw: string): string {
  const electronic = electronicFormatIBAN(raw ?? '') ?? '';
  if (electronic === '') {
    throw new DomainError('invalid-input', 'set the company IBAN in the settings before drafting reminders', {
      path: 'settings.companyIban',
    });
  }
  if (!isValidIBAN(electronic)) {
    throw new DomainError('invalid-input', 'the company IBAN in the settings is not valid', {
      path: 'settings.companyIban',
      value: raw,
    });
  }
  return friendlyFormatIBAN(electronic) ?? electronic;
}

function invoiceTable(
  invoices: ReminderInvoice[],
  phrases: Phrases,
  language: Language,
  total: string,
  phrase: PhraseFn,
): string {
  const mixed = new Set(invoices.map((i) => i.stage ?? '')).size > 1;
  const lines = invoices.map((inv) => {
    const base = phrase(
      phrases.invoiceLine,
      {
        number: inv.number.trim(),
        invoiceDate: formatShortDate(inv.invoiceDate, language),
        dueDate: formatShortDate(inv.dueDate, language),
        open: formatEuro(inv.openCents, language),
      },
      'invoiceLine',
    );
    const line =
      mixed && inv.stage
        ? base +
          phrase(
            phrases.invoiceLineStage,
            { stage: stageLabel(inv, phrases, language, phrase) },
            'invoiceLineStage',
          )
        : base;
    const ref = inv.paymentReference?.trim();
    return ref
      ? line + phrase(phrases.invoiceLineReference, { reference: ref }, 'invoiceLineReference')
      : line;
  });
  return [...lines, '', phrase(phrases.totalLine, { total }, 'totalLine')].join('\n');
}

function stageLabel(inv: ReminderInvoice, p: Phrases, language: Language, phrase: PhraseFn): string {
  switch (inv.stage) {
    case 'friendly':
      return p.stageFriendly;
    case 'second':
      return p.stageSecond;
    case 'final':
      return p.stageFinal;
    case 'collection':
      return p.stageCollection;
    case 'reminded':
      return inv.remindedOn
        ? phrase(p.stageReminded, { date: formatShortDate(inv.remindedOn, language) }, 'stageReminded')
        : p.stageOverdue;
    default:
      return p.stageOverdue;
  }
}

/** The claim's invoices, when the letter lists more than those: the legal paragraph names them. */
function claimCovers(
  claim: ReminderClaim | undefined,
  invoices: readonly ReminderInvoice[],
  language: Language,
): string | undefined {
  const covered = claim?.invoiceNumbers;
  if (!covered || covered.length === 0) return undefined;
  const listed = new Set(invoices.map((i) => i.number));
  if (covered.length >= listed.size && covered.every((n) => listed.has(n))) return undefined;
  return formatList([...covered], language);
}

function paymentReference(
  invoices: ReminderInvoice[],
  phrases: Phrases,
  language: Language,
  phrase: PhraseFn,
): string {
  const only = invoices.length === 1 ? invoices[0] : undefined;
  if (only) {
    const ref = only.paymentReference?.trim();
    return ref
      ? phrase(phrases.referenceOne, { reference: ref }, 'referenceOne')
      : phrase(phrases.referenceInvoiceNumber, { number: only.number.trim() }, 'referenceInvoiceNumber');
  }
  if (invoices.some((i) => i.paymentReference?.trim())) return phrases.referencePerInvoice;
  return phrase(
    phrases.referenceInvoiceNumbers,
    {
      numbers: formatList(
        invoices.map((i) => i.number.trim()),
        language,
      ),
    },
    'referenceInvoiceNumbers',
  );
}

function claimOverview(
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
  rows.push([phrases.claimTotal, principal + claim.interestCents + claim.costsCents + claim.costsVatCents]);
  return rows.map(([label, cents]) => `${label}: ${money(cents)}`).join('\n');
}

function legalNotice(a: {
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
  const costsIncl = claim ? claim.costsCents + claim.costsVatCents : 0;
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

function collectWarnings(a: {
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
  if ((kind === 'final' || kind === 'collection') && input.settings.country === 'BE') {
    warnings.push({
      code: 'dutch-law-wording',
      message: 'The legal wording of this message follows Dutch law; check it for a Belgian customer.',
    });
  }
  return warnings;
}
