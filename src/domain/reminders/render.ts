/**
 * The placeholder engine for reminder templates. Templates are text a consultant edits in the
 * Instellingen sheet, so the engine is strict: an unknown or malformed placeholder is an error that
 * names the placeholder and the template, never a silent blank in a letter to a customer.
 *
 * Substitution is a single pass over the template: inserted values are never scanned again, so a
 * customer called "{{iban}}" stays exactly that text.
 */
import { DomainError, requireArray, requireObject, requireText } from '../errors';

/** Every placeholder a reminder template may use, with a line of help for the settings UI. */
export const REMINDER_PLACEHOLDERS = {
  salutation: { nl: 'Aanhef met de naam van de contactpersoon', en: 'Salutation with the contact’s name' },
  contactName: {
    nl: 'Naam van de contactpersoon (anders de klantnaam)',
    en: 'Contact name (else the customer name)',
  },
  customerName: { nl: 'Naam van de klant', en: 'Customer name' },
  customerNumber: { nl: 'Klantnummer', en: 'Customer number' },
  invoiceTable: {
    nl: 'Lijst van alle vervallen facturen met het totaal',
    en: 'List of all overdue invoices with the total',
  },
  invoiceNumbers: { nl: 'Factuurnummers, bijv. "F1 en F2"', en: 'Invoice numbers, e.g. "F1 and F2"' },
  invoiceNoun: { nl: '"factuur" of "facturen"', en: '"invoice" or "invoices"' },
  totalOpen: { nl: 'Totaal openstaand bedrag', en: 'Total amount outstanding' },
  newTermDate: {
    nl: 'Nieuwe uiterste betaaldatum, bijv. "30 november 2026"',
    en: 'New payment date, e.g. "30 November 2026"',
  },
  deadline: {
    nl: 'Betaaltermijn als zinsdeel: "uiterlijk …" of, in de veertiendagenbrief, de wettelijke formulering',
    en: 'Payment term as a phrase: "by …" or, in the 14-day letter, the statutory wording',
  },
  iban: { nl: 'IBAN van het bedrijf', en: 'Company IBAN' },
  payee: { nl: 'Naam van de begunstigde (bedrijfsnaam)', en: 'Payee name (company name)' },
  reference: { nl: 'Betalingskenmerk of factuurnummer(s)', en: 'Payment reference or invoice number(s)' },
  companyName: { nl: 'Bedrijfsnaam', en: 'Company name' },
  senderName: { nl: 'Naam van de afzender', en: 'Sender name' },
  signature: {
    nl: 'Ondertekening: naam, bedrijf, telefoon, e-mail',
    en: 'Signature: name, company, phone, e-mail',
  },
  paymentPlanSentence: {
    nl: 'Aanbod van een betalingsregeling (leeg als dat niet aan de orde is)',
    en: 'Payment plan offer (empty when not offered)',
  },
  legalNotice: {
    nl: 'Juridische passage van de laatste herinnering (rente, incassokosten, veertiendagenbrief)',
    en: 'Legal paragraph of the final notice (interest, collection costs, 14-day letter)',
  },
  claimOverview: {
    nl: 'Overzicht hoofdsom, rente en kosten (leeg zonder vordering)',
    en: 'Principal, interest and costs (empty without a claim)',
  },
  interest: { nl: 'Rente tot vandaag', en: 'Interest up to today' },
  costs: { nl: 'Incassokosten exclusief btw', en: 'Collection costs excluding VAT' },
  costsVat: { nl: 'Btw over de incassokosten', en: 'VAT on the collection costs' },
  costsInclVat: { nl: 'Incassokosten inclusief eventuele btw', en: 'Collection costs including any VAT' },
  claimTotal: { nl: 'Totaal van hoofdsom, rente en kosten', en: 'Total of principal, interest and costs' },
  today: { nl: 'Datum van vandaag', en: 'Today’s date' },
  attachmentLine: {
    nl: 'Zin over de meegestuurde factuurkopieën (leeg als er geen bijlagen zijn)',
    en: 'Sentence about the attached invoice copies (empty when nothing is attached)',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type PlaceholderName = keyof typeof REMINDER_PLACEHOLDERS;

export const PLACEHOLDER_NAMES: readonly PlaceholderName[] = Object.keys(
  REMINDER_PLACEHOLDERS,
) as PlaceholderName[];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(REMINDER_PLACEHOLDERS, name);
}

export type TemplateProblem =
  | { kind: 'unknown-placeholder'; placeholder: string; index: number }
  | { kind: 'malformed'; text: string; index: number };

export interface TemplateCheck {
  ok: boolean;
  /** Known placeholders in order of first use. */
  placeholders: string[];
  problems: TemplateProblem[];
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

interface Token {
  start: number;
  end: number;
  name: string;
}

function scan(text: string, allowed: ReadonlySet<string>): { tokens: Token[]; problems: TemplateProblem[] } {
  const tokens: Token[] = [];
  const problems: TemplateProblem[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const inner = (m[1] ?? '').trim();
    strayBraces(text.slice(last, start), last, problems);
    last = start + m[0].length;
    if (!NAME.test(inner) || !allowed.has(inner)) {
      problems.push({ kind: 'unknown-placeholder', placeholder: inner, index: start });
      continue;
    }
    tokens.push({ start, end: last, name: inner });
  }
  strayBraces(text.slice(last), last, problems);
  return { tokens, problems };
}

/** "{{" or "}}" outside a complete placeholder is almost always a typo; report it rather than print it. */
function strayBraces(segment: string, offset: number, problems: TemplateProblem[]): void {
  const m = /\{\{|\}\}/.exec(segment);
  if (m)
    problems.push({ kind: 'malformed', text: segment.slice(m.index, m.index + 20), index: offset + m.index });
}

/** Checks a template for the settings UI: which placeholders it uses and what is wrong with it. */
export function validateTemplate(
  text: string,
  allowed: readonly string[] = PLACEHOLDER_NAMES,
): TemplateCheck {
  requireText(text, 'text');
  requireArray(allowed, 'allowed');
  const { tokens, problems } = scan(text, new Set(allowed));
  return { ok: problems.length === 0, placeholders: unique(tokens.map((t) => t.name)), problems };
}

export interface Rendered {
  text: string;
  /** Placeholders the template used, in order of first use. */
  used: string[];
}

/**
 * Fills a template. `values` holds the text for each placeholder this reminder can fill; a known
 * placeholder without a value is an error too (with the reason from `unavailable` when given), because
 * a letter that silently drops "{{costs}}" would misstate a legal claim.
 */
export function renderTemplate(
  text: string,
  values: Readonly<Record<string, string | undefined>>,
  templateKey: string,
  options: { allowed?: readonly string[]; unavailable?: Readonly<Record<string, string | undefined>> } = {},
): Rendered {
  requireText(text, 'text');
  requireObject(values, 'values');
  requireText(templateKey, 'templateKey');
  requireObject(options, 'options');
  const allowed = new Set(options.allowed ?? PLACEHOLDER_NAMES);
  const { tokens, problems } = scan(text, allowed);
  const first = problems[0];
  if (first?.kind === 'unknown-placeholder') {
    throw new DomainError(
      'unknown-placeholder',
      `unknown placeholder {{${first.placeholder}}} in template "${templateKey}"`,
      { path: templateKey, value: first.placeholder },
    );
  }
  if (first?.kind === 'malformed') {
    throw new DomainError(
      'invalid-input',
      `unmatched braces near "${first.text}" in template "${templateKey}"`,
      {
        path: templateKey,
        value: first.text,
      },
    );
  }
  let out = '';
  let last = 0;
  for (const t of tokens) {
    const value = Object.prototype.hasOwnProperty.call(values, t.name) ? values[t.name] : undefined;
    if (value === undefined) {
      const why = options.unavailable?.[t.name] ?? 'no value for this reminder';
      throw new DomainError(
        'invalid-input',
        `placeholder {{${t.name}}} in template "${templateKey}": ${why}`,
        {
          path: templateKey,
          value: t.name,
        },
      );
    }
    out += text.slice(last, t.start) + value;
    last = t.end;
  }
  out += text.slice(last);
  return { text: out, used: unique(tokens.map((t) => t.name)) };
}

/** Tidies a rendered body: no trailing spaces, at most one blank line (empty placeholders leave gaps). */
export function tidyBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A subject is one line. */
export function tidySubject(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
