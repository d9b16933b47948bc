/**
 * Reads a rule's text into a Rule, or says where and why it cannot: the word that failed, where it
 * starts in the text, and what could stand there, taken from the phrases that got furthest. Every
 * text is either a rule or a problem, never a rule that silently matches no one.
 *
 * The words are read in Dutch and English alike (a consultant's Dutch template keeps working in an
 * English workbook), case aside. Amounts are euros: "10000", "10.000", "10,000", "10.000,50",
 * "10000.50", with or without "€"/"EUR". A name with spaces or with "en"/"and" in it goes in
 * double quotes: segment is "Bouw en Infra".
 */
import {
  JOINERS,
  PHRASES,
  SLOT_RANGES,
  buildCondition,
  type Condition,
  type Phrase,
  type Rule,
  type Slot,
} from './rule';
import type { Language } from '../model';

export type Expectation = { word: string } | { slot: Slot } | { joiner: true };

export type RuleProblemCode =
  'empty' | 'missing-condition' | 'unknown-word' | 'missing-word' | 'out-of-range' | 'unclosed-quote';

export interface RuleProblem {
  code: RuleProblemCode;
  /** The word that failed, as typed; '' when the text stopped too early. */
  word: string;
  /** Where that word starts in the text (0-based); the text's length when it stopped too early. */
  offset: number;
  /** What could stand there, each with the language of the phrase it comes from. */
  expected: { expect: Expectation; language: Language }[];
  /** For 'out-of-range': the whole numbers allowed (an amount in cents). */
  range?: [number, number];
}

export type RuleParse = { ok: true; rule: Rule } | { ok: false; problem: RuleProblem };

interface Token {
  text: string;
  offset: number;
  quoted: boolean;
}

interface Failure {
  /** Tokens of the clause matched before the failure. */
  at: number;
  code: RuleProblemCode;
  expect: Expectation;
  language: Language;
  range?: [number, number];
}

const CURRENCY = new Set(['€', 'eur', 'euro']);
const JOINER_WORDS = new Set(Object.values(JOINERS));

function tokenize(text: string): Token[] | RuleProblem {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] as string)) {
      i += 1;
      continue;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return { code: 'unclosed-quote', word: text.slice(i), offset: i, expected: [] };
      tokens.push({ text: text.slice(i + 1, close), offset: i, quoted: true });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && !/\s/.test(text[j] as string) && text[j] !== '"') j += 1;
    tokens.push({ text: text.slice(i, j), offset: i, quoted: false });
    i = j;
  }
  return tokens;
}

/** A whole number as typed (digits only), or undefined. */
function readInt(text: string): number | undefined {
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** Euros as typed, in cents; thousands grouped by one separator, cents after the other. */
function readAmount(text: string): number | undefined {
  const m = /^(\d{1,12}|\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*)(?:([.,])(\d{1,2}))?$/.exec(
    text.replace(/^€/, ''),
  );
  if (!m) return undefined;
  if (m[2] !== undefined && m[3] === m[2]) return undefined;
  const euros = Number((m[1] as string).replace(/[.,]/g, ''));
  const cents = m[4] === undefined ? 0 : Number(m[4].padEnd(2, '0'));
  return euros * 100 + cents;
}

/** The words of a phrase in order: literal forms, or a slot. */
function partsOf(phrase: Phrase): ({ forms: string[] } | { slot: Slot })[] {
  return phrase.words.split(' ').map((part) => {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    return slot ? { slot: slot as Slot } : { forms: part.split('/') };
  });
}

function matchPhrase(phrase: Phrase, tokens: readonly Token[]): Condition | Failure {
  const slots: Partial<Record<Slot, number | string>> = { ...phrase.defaults };
  const fail = (
    at: number,
    expect: Expectation,
    code: RuleProblemCode,
    range?: [number, number],
  ): Failure => ({
    at,
    code,
    expect,
    language: phrase.language,
    ...(range ? { range } : {}),
  });
  let t = 0;
  for (const part of partsOf(phrase)) {
    if ('slot' in part && part.slot === 'text') {
      const first = tokens[t];
      if (!first || (first.quoted && first.text.trim() === '')) return fail(t, part, 'missing-word');
      const rest = first.quoted ? [first] : tokens.slice(t);
      const quotedLater = rest.findIndex((x, k) => k > 0 && x.quoted);
      if (quotedLater > 0) return fail(t + quotedLater, { joiner: true }, 'unknown-word');
      slots.text = rest
        .map((x) => x.text)
        .join(' ')
        .trim()
        .replace(/\s+/g, ' ');
      t += rest.length;
      continue;
    }
    let token = tokens[t];
    if (!token) return fail(t, 'slot' in part ? part : { word: part.forms.at(-1) as string }, 'missing-word');
    if ('slot' in part) {
      if (part.slot === 'amount' && !token.quoted && CURRENCY.has(token.text.toLowerCase())) {
        t += 1;
        token = tokens[t];
        if (!token) return fail(t, part, 'missing-word');
      }
      const value = token.quoted
        ? undefined
        : part.slot === 'amount'
          ? readAmount(token.text)
          : readInt(token.text);
      if (value === undefined) return fail(t, part, 'unknown-word');
      const range = SLOT_RANGES[part.slot as Exclude<Slot, 'text'>];
      if (value < range[0] || value > range[1]) return fail(t, part, 'out-of-range', range);
      slots[part.slot] = value;
      t += 1;
      continue;
    }
    if (token.quoted || !part.forms.includes(token.text.toLowerCase()))
      return fail(t, { word: part.forms.at(-1) as string }, 'unknown-word');
    t += 1;
  }
  if (t < tokens.length) return fail(t, { joiner: true }, 'unknown-word');
  return buildCondition(phrase.head, slots);
}

const isFailure = (x: Condition | Failure): x is Failure => 'at' in x;

/** The clause's best match, or the problem of the phrases that got furthest. */
function readClause(
  tokens: readonly Token[],
  after: Token | undefined,
  textLength: number,
): Condition | RuleProblem {
  const failures: Failure[] = [];
  for (const phrase of PHRASES) {
    const result = matchPhrase(phrase, tokens);
    if (!isFailure(result)) return result;
    failures.push(result);
  }
  const furthest = Math.max(...failures.map((f) => f.at));
  let best = failures.filter((f) => f.at === furthest);
  // A number out of range says more than "expected another word" at the same place.
  const ranged = best.filter((f) => f.code === 'out-of-range');
  if (ranged.length > 0) best = ranged;
  const first = best[0] as Failure;
  const token = tokens[furthest] ?? after;
  const seen = new Set<string>();
  const expected = best
    .map((f) => ({ expect: f.expect, language: f.language }))
    .filter((e) => {
      const key = `${e.language}:${JSON.stringify(e.expect)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return {
    code: token ? (first.code === 'missing-word' ? 'unknown-word' : first.code) : 'missing-word',
    word: token?.text ?? '',
    offset: token?.offset ?? textLength,
    expected,
    ...(first.range ? { range: first.range } : {}),
  };
}

/** Reads a rule (see the module comment); a problem names the failing word and its place. */
export function parseRule(text: string): RuleParse {
  if (typeof text !== 'string') {
    return { ok: false, problem: { code: 'empty', word: '', offset: 0, expected: [] } };
  }
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { ok: false, problem: tokens };
  if (tokens.length === 0)
    return { ok: false, problem: { code: 'empty', word: '', offset: 0, expected: [] } };
  const all: Condition[] = [];
  let clause: Token[] = [];
  const close = (joiner: Token | undefined): RuleProblem | undefined => {
    if (clause.length === 0) {
      const at = joiner ?? tokens.at(-1);
      return {
        code: 'missing-condition',
        word: at?.text ?? '',
        offset: at?.offset ?? text.length,
        expected: [],
      };
    }
    const read = readClause(clause, joiner, text.length);
    if ('code' in read) return read;
    all.push(read);
    clause = [];
    return undefined;
  };
  for (const token of tokens) {
    if (!token.quoted && JOINER_WORDS.has(token.text.toLowerCase())) {
      const problem = close(token);
      if (problem) return { ok: false, problem };
    } else clause.push(token);
  }
  const problem = close(undefined);
  if (problem) return { ok: false, problem };
  return { ok: true, rule: { all } };
}
