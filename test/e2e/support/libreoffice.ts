/**
 * LibreOffice Calc as an independent reader of the workbooks the demo hands out: every sheet to
 * CSV with the cells as shown (their number formats applied), so a test sees what a person sees.
 */
import { libreOfficeCsv } from '../../hosts/xlsx/soffice';

/** Sheet name -> rows of text, formatted as LibreOffice shows them. */
export function cellsAsShown(xlsxPath: string): Map<string, string[][]> {
  return libreOfficeCsv(xlsxPath, { asShown: true });
}
