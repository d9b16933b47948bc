/**
 * A QR code drawn as vector squares (sharp at any print resolution, no image to embed): error
 * correction M and a quiet zone of four modules, as EPC069-12 asks for the payment QR. The payload
 * goes in as UTF-8 bytes, the character set an EPC payload declares.
 */
import qrcode from 'qrcode-generator';
import type { PDFPage } from 'pdf-lib';
import { rgb } from 'pdf-lib';

const QUIET_ZONE = 4;

function utf8Binary(text: string): string {
  return Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join('');
}

/** Draws the QR of `payload` with its lower-left corner at (x, y), `size` points square including the quiet zone. */
export function drawQr(page: PDFPage, payload: string, x: number, y: number, size: number): void {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(payload), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const module = size / (count + 2 * QUIET_ZONE);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row++) {
    // One rectangle per run of dark modules: no hairline seams between neighbours in a viewer.
    for (let col = 0; col < count;) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < count && qr.isDark(row, end)) end++;
      page.drawRectangle({
        x: x + (col + QUIET_ZONE) * module,
        y: y + size - (row + QUIET_ZONE + 1) * module,
        width: (end - col) * module,
        height: module,
        color: rgb(0, 0, 0),
      });
      col = end;
    }
  }
}
