/**
 * Finds an invoice's PDF in the folder the settings name (`invoiceFolder`), relative to the
 * workbook's own folder when not absolute: "<invoice number>.pdf", with the characters a file name
 * cannot hold (/ \ : * ? " < > |) written as "_".
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Larger than any invoice; a mail server refuses far less. */
const MAX_BYTES = 10 * 1024 * 1024;

export function invoiceFileName(invoiceNumber: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a file name either
  return `${invoiceNumber.trim().replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_')}.pdf`;
}

export function invoiceFileReader(
  folder: string | undefined,
  workbookPath: string,
): ((invoiceNumber: string) => { fileName: string; data: Uint8Array } | undefined) | undefined {
  if (!folder?.trim()) return undefined;
  const base = isAbsolute(folder) ? folder : resolve(dirname(workbookPath), folder);
  return (invoiceNumber) => {
    const fileName = invoiceFileName(invoiceNumber);
    const path = join(base, fileName);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > MAX_BYTES) return undefined;
      return { fileName, data: readFileSync(path) };
    } catch {
      return undefined;
    }
  };
}
