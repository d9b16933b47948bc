/**
 * Text helpers for matching: invoice numbers in free text and how alike two names are.
 * Small on purpose; no dependency buys much here.
 */
import { requireArray, requireText } from '../errors';

/** Lower case, accents off, anything but letters and digits becomes a space. */
export function normaliseText(text: string): string {
  requireText(text, 'text');
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Legal forms and fillers that say nothing about who paid. */
const NOISE = new Set([
  'bv',
  'nv',
  'vof',
  'cv',
  'bvba',
  'bvbva',
  'sprl',
  'srl',
  'sa',
  'commv',
  'vzw',
  'asbl',
  'ltd',
  'gmbh',
  'inc',
  'holding',
  'de',
  'het',
  'en',
  'van',
  'der',
  'den',
  'la',
  'le',
  'the',
  'and',
  'hodn',
  'h',
  'o',
  'd',
  'n',
  'eo',
]);

/** The tokens of a name that identify it (legal forms, articles and "h.o.d.n." removed). */
export function nameTokens(name: string): string[] {
  requireText(name, 'name');
  // Join dotted abbreviations first so "B.V." becomes "bv" rather than "b" and "v".
  const joined = name.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1').replace(/\b(\p{L})\.(?=\s|$)/gu, '$1');
  return normaliseText(joined)
    .split(' ')
    .filter((t) => t.length > 0 && !NOISE.has(t));
}

/**
 * How alike two names are, 0..1: a Dice score over tokens, where tokens count as equal when they
 * are the same, one is the initial of the other ("J" ~ "Jan"), or they differ by one edit and are
 * at least 5 long ("Jansen" ~ "Janssen").
 */
export function nameSimilarity(a: string, b: string): number {
  requireText(a, 'a');
  requireText(b, 'b');
  return tokenSimilarity(nameTokens(a), nameTokens(b));
}

/** nameSimilarity on names already split by nameTokens (for callers that reuse tokens). */
export function tokenSimilarity(ta: readonly string[], tb: readonly string[]): number {
  requireArray(ta, 'ta');
  requireArray(tb, 'tb');
  if (ta.length === 0 || tb.length === 0) return 0;
  const used = new Array<boolean>(tb.length).fill(false);
  let score = 0;
  for (const x of ta) {
    let best = -1;
    let bestScore = 0;
    tb.forEach((y, j) => {
      if (used[j]) return;
      const s = tokenScore(x, y);
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    });
    if (best >= 0) {
      used[best] = true;
      score += bestScore;
    }
  }
  return (2 * score) / (ta.length + tb.length);
}

function tokenScore(x: string, y: string): number {
  if (x === y) return 1;
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 0.8;
  if (x.length >= 5 && y.length >= 5 && Math.abs(x.length - y.length) <= 1 && withinOneEdit(x, y)) return 0.9;
  return 0;
}

function withinOneEdit(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * The key an invoice number is found by in free text: its digits, when it has at least four
 * (shorter numbers would hit every house number and amount). "2026-017", "F2026/017" -> "2026017".
 */
export function invoiceNumberKey(number: string): string | undefined {
  requireText(number, 'number');
  const digits = number.replace(/\D/g, '');
  return digits.length >= 4 ? digits : undefined;
}

const MAX_GROUPS = 6;

/**
 * Every candidate invoice key in a text. Digit groups joined by at most one separator (space, dash,
 * slash, dot, underscore) form a run — "fact. 2026-017", "INV2026017", "factuurnr 2026 017" — and
 * each contiguous stretch of a run's groups is a candidate, so "2026-017 en 2026-018" and
 * "2026 017 2026 018" both yield both numbers. Bounded: at most 6 groups per stretch.
 */
export function invoiceKeyCandidates(text: string): string[] {
  requireText(text, 'text');
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[ \-/._]\d+)*/g)) {
    const groups = m[0].split(/[ \-/._]/);
    for (let i = 0; i < groups.length; i++) {
      let joined = '';
      for (let j = i; j < groups.length && j < i + MAX_GROUPS; j++) {
        joined += groups[j];
        if (joined.length >= 4) out.add(joined);
      }
    }
  }
  return [...out];
}
