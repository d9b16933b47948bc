/**
 * Writes a Rule as the words a trader reads aloud, in Dutch or English, from the same phrases the
 * parser reads: parseRule(printRule(rule, language)) gives the rule back (the property tests say so).
 */
import { DomainError } from '../errors';
import { cents, centsToDecimal } from '../money';
import type { Language } from '../model';
import { DEFAULT_MONTHS, JOINERS, PHRASES, saysHead, type Condition, type Rule, type Slot } from './rule';

/** Euros without grouping; cents only when there are any, after the language's decimal sign. */
function printAmount(amount: number, language: Language): string {
  const decimal = centsToDecimal(cents(amount));
  const plain = decimal.endsWith('.00') ? decimal.slice(0, -3) : decimal;
  return language === 'nl' ? plain.replace('.', ',') : plain;
}

/** A name bare when it reads back as one word, else in double quotes. */
function printText(text: string): string {
  const bare = /^[^\s"]+$/.test(text) && !Object.values(JOINERS).includes(text.toLowerCase());
  return bare ? text : `"${text}"`;
}

function slotValue(condition: Condition, slot: Slot, language: Language): string {
  switch (slot) {
    case 'text':
      return condition.kind === 'segmentColumn' ? printText(condition.value) : '';
    case 'amount':
      return 'amount' in condition ? printAmount(condition.amount, language) : '';
    default:
      return String((condition as Record<string, unknown>)[slot]);
  }
}

export function printCondition(condition: Condition, language: Language): string {
  const months = 'months' in condition ? condition.months : undefined;
  const candidates = PHRASES.filter((p) => p.language === language && !p.synonym && saysHead(p, condition));
  // The short phrase without "in N maanden" says the default window.
  const phrase =
    candidates.find((p) => p.defaults !== undefined && months === DEFAULT_MONTHS) ??
    candidates.find((p) => p.defaults === undefined);
  if (!phrase) {
    throw new DomainError('invalid-input', `not a condition a rule can say: ${JSON.stringify(condition)}`, {
      path: 'condition',
      value: condition,
    });
  }
  const words: string[] = [];
  let previous: number | undefined;
  for (const part of phrase.words.split(' ')) {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1] as Slot | undefined;
    if (slot) {
      const value = slotValue(condition, slot, language);
      words.push(value);
      previous = slot === 'text' || slot === 'amount' ? undefined : Number(value);
      continue;
    }
    const forms = part.split('/');
    words.push((previous === 1 ? forms[0] : forms.at(-1)) as string);
    previous = undefined;
  }
  return words.join(' ');
}

/** The rule in words, its conditions joined with "en" / "and". */
export function printRule(rule: Rule, language: Language): string {
  return rule.all.map((c) => printCondition(c, language)).join(` ${JOINERS[language]} `);
}
