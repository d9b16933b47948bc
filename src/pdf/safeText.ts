/**
 * The standard PDF fonts (Helvetica) carry only the WinAnsi character set; pdf-lib throws on any
 * other character. Rather than embed a font of several hundred kilobytes for the odd "Łódź" or
 * "Ελλάδα" in a customer name, text is brought into the font's set here, visibly: a letter with a
 * diacritic the set lacks keeps its base letter (ń -> n), a few letters that do not decompose get
 * their usual Latin spelling (Ł -> L), and anything else becomes "?" so the reader sees that
 * something was there.
 */

/** Letters without a Unicode decomposition, and typography the set lacks, with their usual stand-in. */
const STAND_INS: Readonly<Record<string, string>> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  Ŀ: 'L',
  ŀ: 'l',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u200b': '',
  '\u2060': '',
  '\ufeff': '',
};

export const REPLACEMENT = '?';

/** `text` in characters `supported` holds; line breaks and tabs become spaces (callers wrap text themselves). */
export function toCharacterSet(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    const code = ch.codePointAt(0) as number;
    if (supported.has(code)) {
      out += ch;
      continue;
    }
    const standIn = STAND_INS[ch];
    if (standIn !== undefined) {
      out += [...standIn].every((c) => supported.has(c.codePointAt(0) as number)) ? standIn : REPLACEMENT;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
      out += ' ';
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out +=
      base && base !== ch && [...base].every((c) => supported.has(c.codePointAt(0) as number))
        ? base
        : REPLACEMENT;
  }
  return out;
}
