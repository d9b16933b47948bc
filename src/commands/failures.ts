/**
 * The ribbon's failure line, in the person's language, from the host's error code (never Excel's
 * English text alone), saying what was done and what was not: checks run before the first write,
 * so most refusals leave the workbook as it was; a write Excel refused half-way may have left
 * part of the batch (Excel does not roll back), and the line says so.
 */
import { DomainError } from '../domain/errors';
import { OfficeHostError } from '../hosts/office/errors';
import { hostErrorText } from '../hosts/office/messages';
import type { CommandLanguage } from './commands';

export function failureMessage(error: unknown, language: CommandLanguage): string {
  const nl = language === 'nl';
  const partly = error instanceof OfficeHostError && error.writesBegan;
  const head = partly
    ? nl
      ? 'Sorteren is niet afgemaakt: Excel kan een deel al hebben geschreven (Excel draait niets terug); klik opnieuw als de oorzaak is opgelost.'
      : 'Sorting did not finish: Excel may have written part of it (Excel does not roll back); click again once the cause is solved.'
    : nl
      ? 'Sorteren is niet gelukt; er is niets gewijzigd.'
      : 'Sorting did not complete; nothing was changed.';
  if (error instanceof OfficeHostError) {
    return `${head} ${hostErrorText(error, language)}`;
  }
  const detail = error instanceof DomainError || error instanceof Error ? error.message : String(error);
  return `${head} ${detail}`;
}
