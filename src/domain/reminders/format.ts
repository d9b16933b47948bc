/**
 * How reminders write dates, lists and names. Dates go through date-fns locales so month names are
 * not hand-maintained; the ISO string is parsed as a local calendar day and never as an instant.
 */
import { format, parseISO } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { assertIsoDate, type IsoDate } from '../dates';
import { requireArray, requireOneOf, requireText } from '../errors';
import type { Language, Settings } from '../model';

const LOCALES = { nl, en: enGB } as const;

/** "30 november 2026" / "30 November 2026": for sentences. */
export function formatLongDate(date: IsoDate, language: Language, path = 'date'): string {
  assertIsoDate(date, path);
  requireOneOf(language, ['nl', 'en'], 'language');
  return format(parseISO(date), 'd MMMM yyyy', { locale: LOCALES[language] });
}

/** "30-11-2026" / "30 Nov 2026": for invoice lines (the English form avoids day/month ambiguity). */
export function formatShortDate(date: IsoDate, language: Language, path = 'date'): string {
  assertIsoDate(date, path);
  requireOneOf(language, ['nl', 'en'], 'language');
  return format(parseISO(date), language === 'nl' ? 'dd-MM-yyyy' : 'd MMM yyyy', {
    locale: LOCALES[language],
  });
}

/** "F1, F2 en F3" / "F1, F2 and F3". */
export function formatList(items: readonly string[], language: Language): string {
  requireArray(items, 'items');
  items.forEach((item, i) => requireText(item, `items[${i}]`));
  requireOneOf(language, ['nl', 'en'], 'language');
  return new Intl.ListFormat(language === 'nl' ? 'nl' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** Dutch surname prefixes and titles that are never a first name. */
const NOT_A_FIRST_NAME = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  '’t',
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'la',
  'le',
  'du',
  'di',
  'da',
  'dos',
  'von',
  'zu',
  'dhr',
  'mevr',
  'mw',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'ir',
  'ing',
  'drs',
  'prof',
  'sir',
]);

/**
 * The name an informal message uses: the first word when it plausibly is a first name ("Jan de
 * Vries" -> "Jan"), else the whole name as typed ("J. de Vries", "van Dijk", "Dr. Bakker"). Whoever
 * wants a different form types it in the contact-name column; guessing further would misname people.
 */
export function informalName(fullName: string): string {
  requireText(fullName, 'fullName');
  const words = fullName.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (words.length < 2) return fullName.trim();
  const plausible = /^\p{L}[\p{L}\p{M}'’-]+$/u.test(first) && !NOT_A_FIRST_NAME.has(first.toLowerCase());
  return plausible ? first : fullName.trim();
}

/** The signature under a reminder, e-mail or letter: sender, company (when another name), phone, e-mail. */
export function signatureOf(
  settings: Pick<Settings, 'senderName' | 'companyName' | 'companyPhone' | 'companyEmail'>,
): string {
  return [
    settings.senderName,
    settings.companyName === settings.senderName ? '' : settings.companyName,
    settings.companyPhone,
    settings.companyEmail,
  ]
    .map((s) => s?.trim() ?? '')
    .filter((s) => s !== '')
    .join('\n');
}
