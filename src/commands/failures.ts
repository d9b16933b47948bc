/**
 * The ribbon's failure line, in the person's language, from the host's error code (never Excel's
 * English text alone), saying what was done and what was not: checks run before the first write,
 * so most refusals leave the workbook as it was; a write Excel refused half-way may have left
 * part of the batch (Excel does not roll back), and the line says so.
 */
import { isWorkbookError } from '../workbook/errors';
import { errorText } from '../workbook/errorText';
import type { CommandLanguage } from './commands';

export function failureMessage(error: unknown, language: CommandLanguage): string {
  const nl = language === 'nl';
  const partly = isWorkbookError(error) && error.writesBegan;
  const head = partly
    ? nl
      ? 'Sorteren is niet afgemaakt: Excel kan een deel al hebben geschreven (Excel draait niets terug); klik opnieuw als de oorzaak is opgelost.'
      : 'Sorting did not finish: Excel may have written part of it (Excel does not roll back); click again once the cause is solved.'
    : nl
      ? 'Sorteren is niet gelukt; er is niets gewijzigd.'
      : 'Sorting did not complete; nothing was changed.';
  return `${head} ${errorText(error, language)}`;
}
