/**
 * A problem of one Instellingen row and a save of Instellingen refused because of it, as a value:
 * what (its code), where (sheet, row, column, as the workbook names them) and why in both
 * languages. Whoever shows it says it in their own language: the pane in the pane's, the CLI in
 * its own, which need not be the workbook's. `why` keeps the workbook language's sentence for
 * those that print any row problem as it comes.
 */
import { DomainError } from '../domain/errors';
import type { Language } from '../domain/model';
import type { Why } from './cells';
import type { RowError } from './codec';

export interface SettingsProblem extends RowError {
  /** The reason in both languages (`why` is the workbook language's). */
  reason: Why;
}

/** Whether a row problem carries its reason in both languages (a settings problem does). */
export function isSettingsProblem(e: RowError): e is SettingsProblem {
  const reason = (e as Partial<SettingsProblem>).reason;
  return typeof reason === 'object' && typeof reason.nl === 'string' && typeof reason.en === 'string';
}

const NOTHING_SAVED: Record<Language, (sheet: string) => string> = {
  nl: (sheet) => `Er is niets opgeslagen: maak dit eerst af in het werkblad ${sheet}.`,
  en: (sheet) => `Nothing was saved: complete this in the ${sheet} sheet first.`,
};

/** What a refused save of the settings in `sheet` means for the person: nothing changed. */
export function nothingSavedText(sheet: string, language: Language): string {
  return NOTHING_SAVED[language](sheet);
}

/** A refused save's problem as one sentence in `language`: the reason, then that nothing was saved. */
export function refusalText(problem: SettingsProblem, language: Language): string {
  return `${problem.reason[language]}; ${nothingSavedText(problem.sheet, language).replace(/^./, (c) => c.toLowerCase())}`;
}

/**
 * A save of Instellingen refused, with every problem that stopped it. A DomainError located at the
 * first, so whatever shows any error still shows a sentence; the pane's Instellingen shows them all.
 */
export class SettingsRefused extends DomainError {
  constructor(readonly problems: readonly SettingsProblem[]) {
    const first = problems[0];
    super(
      'invalid-input',
      first?.why ?? 'settings refused',
      first ? { sheet: first.sheet, row: first.row, column: first.column?.header, value: first.value } : {},
    );
  }
}
