/**
 * Reads one part (file) out of an .xlsx zip, for the few facts ExcelJS misreads. Works in Node
 * and in browsers: decompression goes through the standard DecompressionStream.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Where the end-of-directory record starts, or -1: in the last 22 bytes plus a comment of at most 65535. */
function endOfDirectory(view: DataView, length: number): number {
  for (let i = length - 22; i >= Math.max(0, length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

/** The text of part `name` (e.g. "xl/workbook.xml"), or null when the zip has no such part. */
export async function readZipPart(bytes: Uint8Array, name: string): Promise<string | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(view, bytes.length);
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let e = 0; e < entries && p + 46 <= bytes.length; e += 1) {
    if (view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const entryName = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (entryName === name) {
      if (view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return null;
      const start =
        localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      const data = bytes.slice(start, start + compressedSize);
      if (method === 0) return decoder.decode(data);
      if (method !== 8) return null;
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      return new Response(stream).text();
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As the zip directory declares it; JSZip checks it against the real size when it inflates. */
  uncompressedSize: number;
}

/** The zip's directory, read without decompressing anything; null when there is none. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(view, bytes.length);
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const out: ZipEntry[] = [];
  for (let e = 0; e < count; e += 1) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(p + 28, true);
    out.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}
