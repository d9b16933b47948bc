/**
 * What ExcelJS writes differently from the file it read, put back into the written package:
 * the workbook's default font (ExcelJS always writes Calibri 11 as font 0, so every cell in the
 * default style of a LibreOffice workbook, Arial 10, would change font). Only the parts that need
 * it are rewritten; JSZip keeps the others' compressed bytes as they are.
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
  if (!kept.defaultFont) return written;
  const zip = await JSZip.loadAsync(written);
  const styles = await zip.file('xl/styles.xml')?.async('string');
  if (!styles || firstFont(styles) === kept.defaultFont) return written;
  zip.file(
    'xl/styles.xml',
    styles.replace(FIRST_FONT, (_, open: string) => `${open}${kept.defaultFont}`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
