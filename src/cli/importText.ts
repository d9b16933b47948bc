/**
 * The words of `klant-inzicht import` in both languages: why a proposal was made, why an entry was
 * not booked, the marks after an entry, and amounts as the workbook's language writes them.
 */
import type { Reason } from '../domain/bank';
import type { Language } from '../domain/model';
import { cents, formatEuro } from '../domain/money';
import type { EntryFlag, SkipReason } from '../workbook/operations';
import { sayIn, type Say } from './summaries';

type Words = (p: Reason['params'], say: Say) => string;

const REASONS: Record<Reason['code'], Words> = {
  'structured-reference': (p, say) =>
    say(`betalingskenmerk ${p.references}`, `payment reference ${p.references}`),
  'invoice-number': (p, say) =>
    say(
      `factuurnummer in de omschrijving (${p.invoices})`,
      `invoice number in the description (${p.invoices})`,
    ),
  'iban-amount': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, zelfde bedrag`,
      `account ${p.iban} is customer ${p.customer}'s, same amount`,
    ),
  'iban-sum-of-open': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, samen ${p.count} openstaande facturen`,
      `account ${p.iban} is customer ${p.customer}'s, sum of ${p.count} open invoices`,
    ),
  'iban-known': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, oudste facturen eerst`,
      `account ${p.iban} is customer ${p.customer}'s, oldest invoices first`,
    ),
  'iban-nothing-open': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, er staat niets open`,
      `account ${p.iban} is customer ${p.customer}'s, nothing open`,
    ),
  'name-amount': (p, say) =>
    say(
      `zelfde bedrag, naam lijkt erop (${p.name}, ${p.score}%)`,
      `same amount, name alike (${p.name}, ${p.score}%)`,
    ),
  'name-only': (p, say) =>
    say(
      `alleen de naam komt overeen met klant ${p.customer} (${p.name}, ${p.score}%), ${p.count === 1 ? '1 openstaande factuur' : `${p.count} openstaande facturen`} samen ${euro(p.open, say)}: controleer zelf`,
      `only the name matches customer ${p.customer} (${p.name}, ${p.score}%), ${p.count === 1 ? '1 open invoice' : `${p.count} open invoices`} totalling ${euro(p.open, say)}: check it yourself`,
    ),
  'reversal-of-payment': (p, say) =>
    say(
      `draait de betaling van ${p.date} terug op ${p.invoice || 'geen factuur'}`,
      `undoes the payment of ${p.date} on ${p.invoice || 'no invoice'}`,
    ),
  'partial-payment': (p, say) =>
    say(
      `deelbetaling: ${euro(p.paid, say)} van ${euro(p.open, say)}`,
      `partial: ${euro(p.paid, say)} of ${euro(p.open, say)}`,
    ),
  'over-payment': (p, say) =>
    say(`te veel betaald ${euro(p.amount, say)}`, `over-payment ${euro(p.amount, say)}`),
  'already-paid': (p, say) =>
    say(`factuur ${p.invoice} is al betaald`, `invoice ${p.invoice} is already paid`),
  'invalid-reference': (p, say) =>
    say(
      `kenmerk ${p.reference} heeft verkeerde controlecijfers`,
      `reference ${p.reference} has wrong check digits`,
    ),
  'ignored-debit': (_, say) => say('geld eraf: overgeslagen', 'money out: ignored'),
  'ignored-reversal-of-debit': (_, say) =>
    say('terugboeking van geld eraf: overgeslagen', 'reversal of money out: ignored'),
  'ignored-not-booked': (_, say) => say('nog niet geboekt: overgeslagen', 'not booked yet: ignored'),
  'ignored-currency': (p, say) =>
    say(`valuta ${p.currency}: overgeslagen`, `currency ${p.currency}: ignored`),
  'ignored-zero': (_, say) => say('bedrag nul: overgeslagen', 'zero amount: ignored'),
  'reversal-unmatched': (_, say) =>
    say('terugboeking van een betaling die niet is gevonden', 'reversal of a payment not found'),
  'no-match': (_, say) => say('geen factuur gevonden', 'no invoice found'),
};

/** Why an entry was not booked by --apply, as summary() counts them. */
export const SKIPPED: Record<SkipReason, { nl: string; en: string }> = {
  'already-imported': { nl: 'al eerder ingelezen', en: 'already-imported' },
  ignored: { nl: 'overgeslagen', en: 'ignored' },
  unmatched: { nl: 'zonder factuur', en: 'unmatched' },
  'below-confidence': { nl: 'onder de zekerheid', en: 'below-confidence' },
  'needs-review': { nl: 'zelf nakijken', en: 'needs-review' },
  'not-chosen': { nl: 'niet gekozen', en: 'not-chosen' },
  'unknown-entry': { nl: 'onbekende regel', en: 'unknown-entry' },
  'unknown-proposal': { nl: 'onbekend voorstel', en: 'unknown-proposal' },
  'duplicate-choice': { nl: 'dubbel gekozen', en: 'duplicate-choice' },
  'would-overpay': { nl: 'zou te veel betalen', en: 'would-overpay' },
  'nothing-to-book': { nl: 'niets te boeken', en: 'nothing-to-book' },
  'invalid-payment': { nl: 'ongeldige betaling', en: 'invalid-payment' },
};

/** The marks after an entry, in brackets. */
export const FLAGS: Record<EntryFlag, { nl: string; en: string }> = {
  partial: { nl: 'deelbetaling', en: 'partial' },
  'over-payment': { nl: 'te veel betaald', en: 'over-payment' },
  'already-paid': { nl: 'al betaald', en: 'already paid' },
  'several-invoices': { nl: 'meerdere facturen', en: 'several invoices' },
  reversal: { nl: 'terugboeking', en: 'reversal' },
  'debit-ignored': { nl: 'geld eraf, overgeslagen', en: 'money out, ignored' },
  ignored: { nl: 'overgeslagen', en: 'ignored' },
  unmatched: { nl: 'zonder factuur', en: 'unmatched' },
  'already-imported': { nl: 'al eerder ingelezen', en: 'imported before' },
  'invalid-reference': { nl: 'ongeldig kenmerk', en: 'invalid reference' },
};

/** An amount as the workbook's language writes it (€ 1.210,00 or €1,210.00). */
export const euro = (v: string | number | undefined, say: Say): string => {
  if (typeof v !== 'number') return String(v ?? '');
  return formatEuro(cents(v), say('nl', 'en') as Language);
};

export function describeReason(r: Reason, language: Language = 'en'): string {
  return REASONS[r.code](r.params, sayIn(language));
}
