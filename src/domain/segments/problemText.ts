/** A rule's problem in the person's language, naming the word that failed and where it stands. */
import type { Language } from '../model';
import type { Expectation, RuleProblem } from './parse';
import { JOINERS, type Slot } from './rule';

const SLOTS: Record<Language, Record<Slot, string>> = {
  nl: {
    count: 'een aantal (heel getal)',
    months: 'een aantal maanden',
    days: 'een aantal dagen',
    amount: 'een bedrag in euro',
    text: 'een naam',
  },
  en: {
    count: 'a number (whole)',
    months: 'a number of months',
    days: 'a number of days',
    amount: 'an amount in euros',
    text: 'a name',
  },
};

function expectation(e: Expectation, language: Language): string {
  if ('word' in e) return `"${e.word}"`;
  if ('slot' in e) return SLOTS[language][e.slot];
  return `"${JOINERS[language]}"`;
}

/** "a, b or c" */
function list(items: string[], language: Language): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} ${language === 'nl' ? 'of' : 'or'} ${unique.at(-1) as string}`;
}

export function ruleProblemText(problem: RuleProblem, language: Language): string {
  // What the phrases of the person's language expect; the other language's only when none of theirs got as far.
  const own = problem.expected.filter((e) => e.language === language);
  const expected = list(
    (own.length > 0 ? own : problem.expected).map((e) => expectation(e.expect, language)),
    language,
  );
  const at = problem.offset + 1;
  const nl = language === 'nl';
  switch (problem.code) {
    case 'empty':
      return nl
        ? 'De regel is leeg; schrijf bijvoorbeeld "meer dan 2 keer te laat betaald in 12 maanden".'
        : 'The rule is empty; write for example "paid late more than 2 times in 12 months".';
    case 'missing-condition':
      return nl
        ? `"${problem.word}" (teken ${at}) verbindt twee voorwaarden, maar er ontbreekt er een.`
        : `"${problem.word}" (character ${at}) joins two conditions, but one is missing.`;
    case 'unclosed-quote':
      return nl
        ? `Het aanhalingsteken bij teken ${at} wordt niet gesloten.`
        : `The quotation mark at character ${at} is not closed.`;
    case 'missing-word':
      return nl
        ? `De regel houdt te vroeg op; daarna verwacht: ${expected}.`
        : `The rule stops too early; expected next: ${expected}.`;
    case 'out-of-range': {
      const [min, max] = problem.range ?? [0, 0];
      const amount = problem.expected.some((e) => 'slot' in e.expect && e.expect.slot === 'amount');
      const show = (n: number) => String(amount ? n / 100 : n);
      return nl
        ? `"${problem.word}" (teken ${at}) ligt niet tussen ${show(min)} en ${show(max)}.`
        : `"${problem.word}" (character ${at}) is not between ${show(min)} and ${show(max)}.`;
    }
    case 'unknown-word':
      return nl
        ? `"${problem.word}" (teken ${at}) past hier niet; verwacht: ${expected}.`
        : `"${problem.word}" (character ${at}) does not fit here; expected: ${expected}.`;
  }
}
