/**
 * Breaking text into lines that fit a width, by words; a word wider than the line on its own is cut
 * where it no longer fits (an IBAN or a long e-mail address in a narrow column).
 */
export interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

function cutWord(word: string, font: Measure, size: number, width: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part && font.widthOfTextAtSize(part + ch, size) > width) {
      parts.push(part);
      part = ch;
    } else part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** The lines of `text` at `size` within `width` points; an empty text is one empty line. */
export function wrapText(text: string, font: Measure, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (font.widthOfTextAtSize(word, size) <= width) line = word;
      else {
        const parts = cutWord(word, font, size, width);
        lines.push(...parts.slice(0, -1));
        line = parts.at(-1) ?? '';
      }
    }
    lines.push(line);
  }
  return lines;
}
