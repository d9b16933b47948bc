/**
 * Text on a letter's pages: positions in millimetres from the top-left corner (as the window
 * measures are given), lines wrapped to a width, and characters the standard fonts cannot encode
 * (WinAnsi) shown as "?" rather than failing the whole letter.
 */
import type { PDFFont, PDFPage } from 'pdf-lib';
import { A4_MM, mmToPt } from './letterWindow';

const encodable = new WeakMap<PDFFont, Map<string, boolean>>();

/** The text with every character the font cannot encode replaced by "?". */
export function printable(font: PDFFont, text: string): string {
  let cache = encodable.get(font);
  if (!cache) encodable.set(font, (cache = new Map()));
  let out = '';
  for (const ch of text.replace(/[\t\r\n]+/g, ' ')) {
    let ok = cache.get(ch);
    if (ok === undefined) {
      try {
        font.encodeText(ch);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(ch, ok);
    }
    out += ok ? ch : '?';
  }
  return out;
}

export function widthMm(font: PDFFont, text: string, size: number): number {
  return (font.widthOfTextAtSize(printable(font, text), size) * 25.4) / 72;
}

export interface TextOptions {
  font: PDFFont;
  size: number;
  /** 'right': x is where the text ends. */
  align?: 'left' | 'right';
}

export function drawText(page: PDFPage, text: string, xMm: number, baselineMm: number, o: TextOptions): void {
  const shown = printable(o.font, text);
  const x = o.align === 'right' ? xMm - widthMm(o.font, shown, o.size) : xMm;
  page.drawText(shown, { x: mmToPt(x), y: mmToPt(A4_MM.height - baselineMm), size: o.size, font: o.font });
}

/** Lines of at most `maxMm`, broken at spaces; a word longer than a line is broken where it must. */
export function wrap(font: PDFFont, text: string, size: number, maxMm: number): string[] {
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    for (const word of hard.split(/ +/)) {
      const next = line ? `${line} ${word}` : word;
      if (widthMm(font, next, size) <= maxMm) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (widthMm(font, rest, size) > maxMm) {
        let cut = rest.length - 1;
        while (cut > 1 && widthMm(font, rest.slice(0, cut), size) > maxMm) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
