/**
 * What ExcelJS writes differently from what it was given, put right in the written package:
 * - the workbook's default font (ExcelJS always writes Calibri 11 as font 0, so every cell in the
 *   default style of a LibreOffice workbook, Arial 10, would change font);
 * - carriage returns in text: ExcelJS writes them raw, and every XML reader turns a raw CR (or
 *   CR LF) into a line feed, so they become &#13; (line endings stay as typed).
 * Only the parts that need it are rewritten; JSZip keeps the others' compressed bytes.
 */
import JSZip from 'jszip';

export interface KeptOnSave {
  /** The original <font>…</font> at index 0 of xl/styles.xml. */
  defaultFont?: string;
}

const FIRST_FONT = /(<fonts\b[^>]*>\s*)(<font\b[^>]*\/>|<font\b[^>]*>[\s\S]*?<\/font>)/;

export function firstFont(stylesXml: string): string | undefined {
  return FIRST_FONT.exec(stylesXml)?.[2];
}

export async function restoreOnSave(written: Uint8Array, kept: KeptOnSave): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(written);
  let changed = false;
  const styles = kept.defaultFont ? await zip.file('xl/styles.xml')?.async('string') : undefined;
  if (styles && kept.defaultFont && firstFont(styles) !== kept.defaultFont) {
    zip.file(
      'xl/styles.xml',
      styles.replace(FIRST_FONT, (_, open: string) => `${open}${kept.defaultFont}`),
    );
    changed = true;
  }
  const strings = await zip.file('xl/sharedStrings.xml')?.async('string');
  if (strings?.includes('\r')) {
    zip.file('xl/sharedStrings.xml', strings.replace(/\r/g, '&#13;'));
    changed = true;
  }
  if (!changed) return written;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
