/** What a loaded package holds that ExcelJS drops on save. */

/** Parts of a package ExcelJS drops on save, found by their names in the zip directory. */
const LOSSY_PARTS: [string, string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/slicers/', 'slicers'],
  ['xl/chartsheets/', 'chart sheets'],
  ['xl/timelines/', 'timelines'],
];

export function findLossRisks(bytes: Uint8Array): string[] {
  // Zip directories store entry names uncompressed, so a byte search finds the parts.
  return LOSSY_PARTS.filter(([part]) => containsAscii(bytes, part)).map(([, what]) => what);
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from(needle, (ch) => ch.charCodeAt(0));
  const first = codes[0];
  outer: for (
    let i = bytes.indexOf(first ?? 0);
    i >= 0 && i <= bytes.length - codes.length;
    i = bytes.indexOf(first ?? 0, i + 1)
  ) {
    for (let k = 1; k < codes.length; k += 1) if (bytes[i + k] !== codes[k]) continue outer;
    return true;
  }
  return false;
}
