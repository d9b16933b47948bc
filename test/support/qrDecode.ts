/**
 * Reads a QR image back with decoders that share nothing with the generator: omggif unpacks the
 * GIF, jsQR finds and decodes the code in the pixels.
 */
import jsQR from 'jsqr';
import { GifReader } from 'omggif';

export function decodeQrGif(gif: Uint8Array): string | undefined {
  const reader = new GifReader(Buffer.from(gif));
  const pixels = new Uint8ClampedArray(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, pixels);
  const found = jsQR(pixels, reader.width, reader.height);
  if (!found) return undefined;
  // jsQR gives the bytes; the payload declares UTF-8 (character set 1).
  return Buffer.from(found.binaryData).toString('utf8');
}
