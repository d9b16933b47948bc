/**
 * Reads our PDFs back with poppler (pdftotext, pdftoppm): a reader that shares nothing with
 * pdf-lib, which wrote them. The page's pixels go to jsQR for the payment code.
 */
import { execFileSync } from 'node:child_process';
import jsQR from 'jsqr';

/** The text of every page as `pdftotext -layout` lays it out; pages are separated by a form feed. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    maxBuffer: 1 << 26,
  }).toString('utf8');
}

export function pdfPages(pdf: Uint8Array): string[] {
  return pdfText(pdf)
    .split('\f')
    .filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** The QR code on `page` (1-based), decoded from a 100 dpi grey rendering, or undefined. */
export function pdfQr(pdf: Uint8Array, page = 1): string | undefined {
  const pgm = execFileSync('pdftoppm', ['-r', '100', '-gray', '-f', String(page), '-l', String(page), '-'], {
    input: pdf,
    maxBuffer: 1 << 28,
  });
  // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [, w, h] = header.map(Number) as [number, number, number];
  const grey = pgm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    const v = grey[i] ?? 255;
    rgba.set([v, v, v, 255], i * 4);
  }
  const found = jsQR(rgba, w, h);
  return found ? Buffer.from(found.binaryData).toString('utf8') : undefined;
}
