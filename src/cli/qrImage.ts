/**
 * The payment QR as a GIF for the .eml drafts (mail programs show GIF inline everywhere; an SVG
 * many do not). Error correction M and a quiet zone of four modules, as EPC069-12 and the QR
 * standard ask; the payload goes in as UTF-8 bytes, the character set the payload declares.
 */
import qrcode from 'qrcode-generator';
import { utf8Bytes } from '../domain/payment/epcQr';

/** The payload's UTF-8 bytes as a one-byte-per-character string: the library's byte mode takes them as they are. */
function utf8Binary(text: string): string {
  return utf8Bytes(text)
    .map((b) => String.fromCharCode(b))
    .join('');
}

export function qrGif(payload: string, moduleSize = 4): Uint8Array {
  const qr = qrcode(0, 'M');
  qr.addData(utf8Binary(payload), 'Byte');
  qr.make();
  const url = qr.createDataURL(moduleSize, moduleSize * 4);
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}
