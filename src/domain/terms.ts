/**
 * Payment terms and due dates: which term applies to an invoice, where it came from, and what the
 * law says about it (Dutch law, art. 6:119a BW). Legal concerns are warnings, never failures: the
 * sole trader agreed what they agreed, we only point out the risk.
 *
 * A due date that falls on a weekend or a public holiday is NOT moved to the next working day.
 * The term runs in calendar days from the invoice date, so the add-in shows the same date as the
 * invoice and as the workbook's own due-date formula. An agreed payment term is a contractual
 * term, not "een in een wet gestelde termijn", so the Algemene termijnenwet does not extend it.
 *
 * `dueDate` is the agreed date (the workbook shows it). `legalDueDate` is the day the law takes:
 * an agreed term the law voids counts as the statutory 30 days (art. 6:119a lid 6 BW: a large
 * company paying an SME, over 30 days since 1 July 2022, over 60 days from 1 July 2017); a term over
 * 60 days between businesses that the settings say was not expressly agreed counts as 30 days
 * (art. 6:119a lid 5). Interest and the reminder ladder run from `legalDueDate`.
 */
import { addDays, assertIsoDate, daysBetween, type IsoDate } from './dates';
import { DomainError, requireObject } from './errors';
import type { Customer, Invoice, Language, Settings } from './model';

export type TermSource = 'explicit' | 'invoice' | 'customer' | 'settings' | 'statutory' | 'consumer-default';

export type TermWarningCode =
  | 'term-over-60-days'
  | 'large-company-over-30-days'
  | 'due-before-invoice'
  | 'term-over-60-days-not-agreed'
  /** A large company paying an SME on more than 60 days, invoices from 1 July 2017 to 30 June 2022. */
  | 'large-company-term-void';

export interface TermWarning {
  code: TermWarningCode;
  /** The term (in days from the invoice date) the warning is about. */
  termDays: number;
  /** A ready sentence per language; the UI may also translate `code` itself. */
  message: Record<Language, string>;
}

export interface ResolvedTerm {
  dueDate: IsoDate;
  /** The term in days; undefined when the invoice carries an explicit due date. */
  termDays: number | undefined;
  source: TermSource;
  warnings: TermWarning[];
  /** The due date the law takes (see the module comment); equal to dueDate unless a term is void. */
  legalDueDate: IsoDate;
}

/** B2B with nothing agreed (art. 6:119a lid 1 BW). */
export const STATUTORY_BUSINESS_TERM_DAYS = 30;
/** Longer agreed B2B terms are void unless not grossly unfair to the creditor (art. 6:119a BW). */
export const MAX_AGREED_BUSINESS_TERM_DAYS = 60;
/**
 * A large company paying an SME: at most 30 days (art. 6:119a lid 6 BW as amended by the Wet van
 * 30 maart 2022, Stb. 2022, 146, in force 1 July 2022); from 1 July 2017 (Wet tegengaan onredelijk
 * lange betaaltermijnen) at most 60 days.
 */
export const LARGE_COMPANY_MAX_TERM_DAYS = 30;
export const LARGE_COMPANY_RULE_FROM = '2022-07-01';
export const LARGE_COMPANY_60_DAY_RULE_FROM = '2017-07-01';
/** Used when a consumer has no term and the settings carry none (the settings default). */
export const CONSUMER_DEFAULT_TERM_DAYS = 14;

function checkTermDays(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 365) {
    throw new DomainError(
      'invalid-input',
      `expected a whole number of days from 0 to 365, got ${JSON.stringify(value)}`,
      {
        path,
        value,
      },
    );
  }
  return value;
}

function warn(code: TermWarningCode, termDays: number): TermWarning {
  switch (code) {
    case 'term-over-60-days':
      return {
        code,
        termDays,
        message: {
          nl: `Een betalingstermijn van ${termDays} dagen tussen bedrijven is langer dan 60 dagen. Die geldt alleen als hij uitdrukkelijk is afgesproken en niet kennelijk onbillijk is voor u (art. 6:119a lid 5 BW). Volgens de instellingen is hij uitdrukkelijk afgesproken, dus de termijn blijft staan. Klopt dat niet, zet dan in Instellingen "Lange termijn zakelijk uitdrukkelijk afgesproken" op Nee.`,
          en: `A payment term of ${termDays} days between businesses exceeds 60 days. It holds only when expressly agreed and not grossly unfair to you (art. 6:119a(5) Dutch Civil Code). The settings say it was expressly agreed, so the term stands. If not, set "Long business term expressly agreed" to No in Settings.`,
        },
      };
    case 'large-company-over-30-days':
    case 'large-company-term-void':
      return {
        code,
        termDays,
        message: {
          nl: `Een grote onderneming mag met een mkb-bedrijf geen langere betaaltermijn afspreken dan ${termDays === 60 ? 60 : 30} dagen (art. 6:119a lid 6 BW); de langere afspraak is nietig. Rente en herinneringen rekenen daarom met de wettelijke 30 dagen.`,
          en: `A large company may not agree a payment term over ${termDays === 60 ? 60 : 30} days with an SME (art. 6:119a(6) Dutch Civil Code); the longer term is void. Interest and reminders therefore use the statutory 30 days.`,
        },
      };
    case 'term-over-60-days-not-agreed':
      return {
        code,
        termDays,
        message: {
          nl: `Een betalingstermijn van ${termDays} dagen tussen bedrijven geldt alleen als hij uitdrukkelijk is afgesproken (art. 6:119a lid 5 BW); volgens de instellingen is dat niet zo. De afspraak geldt dan niet en rente en herinneringen rekenen met de wettelijke 30 dagen (art. 6:119a lid 2 BW).`,
          en: `A payment term of ${termDays} days between businesses holds only when expressly agreed (art. 6:119a(5) Dutch Civil Code); the settings say it was not. The agreement then does not hold, and interest and reminders use the statutory 30 days (art. 6:119a(2) Dutch Civil Code).`,
        },
      };
    case 'due-before-invoice':
      return {
        code,
        termDays,
        message: {
          nl: `De vervaldatum ligt ${-termDays} dag(en) vóór de factuurdatum. De datum blijft staan; controleer of hij klopt.`,
          en: `The due date is ${-termDays} day(s) before the invoice date. The date is kept; please check it.`,
        },
      };
  }
}

/**
 * The due date of an invoice and where its term came from.
 *
 * Order: an explicit `invoice.dueDate`; else `invoice.paymentTermDays`; else
 * `customer.paymentTermDays`; else, for a business, `settings.businessTermDays` (general terms) or
 * the statutory 30 days; for a consumer `settings.consumerTermDays` (14 unless set).
 *
 * An explicit due date before the invoice date is kept as typed, with a 'due-before-invoice'
 * warning: it is a person's typed value (never overwritten) and most likely a typo the UI should
 * show, not a reason to stop the whole overview.
 *
 * The legal warnings look at the agreed business term in days from the invoice date (for an
 * explicit due date: the days it implies). The user of the add-in is taken to be an SME, so the
 * large-company rule applies whenever the customer is flagged `largeCompany`.
 *
 * Throws DomainError for bad input: invalid dates, term days outside 0..365, or a customer whose
 * number is not the invoice's customer number.
 */
export function resolveTerm(invoice: Invoice, customer: Customer, settings: Settings): ResolvedTerm {
  requireObject(invoice, 'invoice');
  requireObject(customer, 'customer');
  requireObject(settings, 'settings');
  assertIsoDate(invoice.invoiceDate, 'invoice.invoiceDate');
  if (invoice.dueDate !== undefined) assertIsoDate(invoice.dueDate, 'invoice.dueDate');
  if (customer.number !== invoice.customerNumber) {
    throw new DomainError(
      'invalid-input',
      `invoice ${invoice.number} belongs to customer ${invoice.customerNumber}, not ${customer.number}`,
      { path: 'invoice.customerNumber', value: invoice.customerNumber },
    );
  }
  if (customer.kind !== 'business' && customer.kind !== 'consumer') {
    throw new DomainError(
      'invalid-input',
      `expected customer kind business or consumer, got ${JSON.stringify(customer.kind)}`,
      {
        path: 'customer.kind',
        value: customer.kind,
      },
    );
  }
  const invoiceTerm = checkTermDays(invoice.paymentTermDays, 'invoice.paymentTermDays');
  const customerTerm = checkTermDays(customer.paymentTermDays, 'customer.paymentTermDays');
  const businessTerm = checkTermDays(settings.businessTermDays, 'settings.businessTermDays');
  const consumerTerm = checkTermDays(settings.consumerTermDays, 'settings.consumerTermDays');
  const isBusiness = customer.kind === 'business';

  let dueDate: IsoDate;
  let termDays: number | undefined;
  let source: TermSource;
  if (invoice.dueDate !== undefined) {
    dueDate = invoice.dueDate;
    termDays = undefined;
    source = 'explicit';
  } else {
    if (invoiceTerm !== undefined) [termDays, source] = [invoiceTerm, 'invoice'];
    else if (customerTerm !== undefined) [termDays, source] = [customerTerm, 'customer'];
    else if (isBusiness && businessTerm !== undefined) [termDays, source] = [businessTerm, 'settings'];
    else if (isBusiness) [termDays, source] = [STATUTORY_BUSINESS_TERM_DAYS, 'statutory'];
    else [termDays, source] = [consumerTerm ?? CONSUMER_DEFAULT_TERM_DAYS, 'consumer-default'];
    dueDate = addDays(invoice.invoiceDate, termDays);
  }

  const warnings: TermWarning[] = [];
  const effectiveDays = daysBetween(invoice.invoiceDate, dueDate);
  if (effectiveDays < 0) warnings.push(warn('due-before-invoice', effectiveDays));
  let legalDueDate = dueDate;
  if (isBusiness && source !== 'statutory') {
    const statutory = addDays(invoice.invoiceDate, STATUTORY_BUSINESS_TERM_DAYS);
    const largeCap =
      customer.largeCompany !== true
        ? undefined
        : invoice.invoiceDate >= LARGE_COMPANY_RULE_FROM
          ? LARGE_COMPANY_MAX_TERM_DAYS
          : invoice.invoiceDate >= LARGE_COMPANY_60_DAY_RULE_FROM
            ? MAX_AGREED_BUSINESS_TERM_DAYS
            : undefined;
    if (largeCap !== undefined && effectiveDays > largeCap) {
      warnings.push(
        warn(
          largeCap === LARGE_COMPANY_MAX_TERM_DAYS ? 'large-company-over-30-days' : 'large-company-term-void',
          largeCap,
        ),
      );
      legalDueDate = statutory;
    } else if (effectiveDays > MAX_AGREED_BUSINESS_TERM_DAYS) {
      if (settings.businessTermsExpresslyAgreed === false) {
        // A longer term that fails lid 5 leaves no valid agreed term, so lid 2's statutory 30 days
        // apply, as for a void large-company term (docs/legal.md §3).
        warnings.push(warn('term-over-60-days-not-agreed', effectiveDays));
        legalDueDate = statutory;
      } else warnings.push(warn('term-over-60-days', effectiveDays));
    }
  }
  return { dueDate, termDays, source, warnings, legalDueDate };
}

/** Just the due date (see resolveTerm). */
export function dueDateOf(invoice: Invoice, customer: Customer, settings: Settings): IsoDate {
  return resolveTerm(invoice, customer, settings).dueDate;
}

/**
 * A due-date function over a set of customers, for modules that take `(invoice) => IsoDate`
 * (metrics). Throws 'unknown-customer' for an invoice whose customer is not in the set.
 */
export function dueDateResolver(
  customers: ReadonlyMap<string, Customer> | readonly Customer[],
  settings: Settings,
): (invoice: Invoice) => IsoDate {
  if (!(customers instanceof Map) && !Array.isArray(customers)) {
    throw new DomainError('invalid-input', 'expected the customers as a list or a map by number', {
      path: 'customers',
      value: customers,
    });
  }
  requireObject(settings, 'settings');
  const byNumber: ReadonlyMap<string, Customer> =
    customers instanceof Map
      ? customers
      : new Map((customers as readonly Customer[]).map((c) => [c.number, c]));
  return (invoice) => {
    requireObject(invoice, 'invoice');
    const customer = byNumber.get(invoice.customerNumber);
    if (!customer) {
      throw new DomainError(
        'unknown-customer',
        `invoice ${invoice.number} names unknown customer ${invoice.customerNumber}`,
        {
          path: 'invoice.customerNumber',
          value: invoice.customerNumber,
        },
      );
    }
    return dueDateOf(invoice, customer, settings);
  };
}
