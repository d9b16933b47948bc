/**
 * Limits checked on the zip directory before anything is decompressed: a small .xlsx can unpack to
 * gigabytes (a zip bomb, or millions of rows), and ExcelJS holds it all in memory, several times
 * over. The defaults keep a 100,000-invoice workbook (about 100 MB of XML) well inside, and a
 * 2 GB heap out of reach.
 */
import { hostError, type XlsxLanguage } from './hostErrors';
import { listZipEntries } from './zipPart';

export interface PackageLimits {
  /** Sum of the parts' declared uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio of a part bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const MB = 1024 * 1024;
const ZIP64_MARK = 0xffffffff;

export function checkPackageLimits(bytes: Uint8Array, limits: PackageLimits, language: XlsxLanguage): void {
  const entries = listZipEntries(bytes);
  if (!entries) return; // not a readable zip directory: JSZip says so next, in its own terms
  let total = 0;
  for (const e of entries) {
    if (e.uncompressedSize === ZIP64_MARK || e.compressedSize === ZIP64_MARK) {
      throw hostError('too-large', language, {
        nl: `onderdeel ${e.name} is groter dan 4 GB`,
        en: `part ${e.name} is larger than 4 GB`,
      });
    }
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
      throw hostError('too-large', language, {
        nl: `onderdeel ${e.name} pakt uit tot ${Math.round(ratio)} keer zijn grootte (de grens is ${limits.maxRatio} keer)`,
        en: `part ${e.name} unpacks to ${Math.round(ratio)} times its size (the limit is ${limits.maxRatio} times)`,
      });
    }
  }
  if (total > limits.maxUncompressedBytes) {
    const size = inUnits(total);
    const max = inUnits(limits.maxUncompressedBytes);
    throw hostError('too-large', language, {
      nl: `uitgepakt is ze ${size} (de grens is ${max})`,
      en: `unpacked it is ${size} (the limit is ${max})`,
    });
  }
}

function inUnits(n: number): string {
  return n >= MB ? `${Math.round(n / MB)} MB` : `${Math.ceil(n / 1024)} KB`;
}
