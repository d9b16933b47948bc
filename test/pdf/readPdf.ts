/** Reads a PDF back with poppler's pdftotext (independent of pdf-lib): the text, and each word's box. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Word {
  text: string;
  page: number;
  /** Millimetres from the page's top-left corner. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

// Debian's poppler-utils (.ci/run and npm test install it).
const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFTOPPM = '/usr/bin/pdftoppm';

function withFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'ki-letter-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    writeFileSync(file, bytes);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' }));
}

const PT_TO_MM = 25.4 / 72;

export function pdfWords(bytes: Uint8Array): Word[] {
  const html = withFile(bytes, (file) => execFileSync(PDFTOTEXT, ['-bbox', file, '-'], { encoding: 'utf8' }));
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (!m) continue;
    const [, x0, y0, x1, y1, text] = m;
    words.push({
      text: (text ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
      page,
      xMin: Number(x0) * PT_TO_MM,
      yMin: Number(y0) * PT_TO_MM,
      xMax: Number(x1) * PT_TO_MM,
      yMax: Number(y1) * PT_TO_MM,
    });
  }
  return words;
}

/** One page rendered by poppler's pdftoppm (grey, PGM) as RGBA pixels, for a QR decoder. */
export function pagePixels(
  bytes: Uint8Array,
  page: number,
  dpi = 150,
): { data: Uint8ClampedArray; width: number; height: number } {
  const at = String(page);
  const pgm = withFile(bytes, (file) =>
    execFileSync(PDFTOPPM, ['-gray', '-r', String(dpi), '-f', at, '-l', at, file], {
      maxBuffer: 64 << 20,
    }),
  );
  // P5 header: magic, width, height, maxval, each followed by whitespace; then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const grey = pgm.subarray(header[0].length);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = grey[i] ?? 255;
    data.set([v, v, v, 255], i * 4);
  }
  return { data, width, height };
}
