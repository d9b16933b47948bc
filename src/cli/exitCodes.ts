/** Distinct exit codes, so scripts can tell what went wrong without parsing messages. */
import type { XlsxProblem } from '../hosts/xlsx/hostErrors';
export const EXIT = {
  ok: 0,
  /** `check` (or another command) found rows it cannot read. */
  rowErrors: 1,
  usage: 2,
  missingFile: 3,
  notAWorkbook: 4,
  /** Open in Excel or LibreOffice, read-only, or no permission. */
  lockedOrReadOnly: 5,
  /** Saving would drop content ExcelJS cannot write (charts, pivot tables, macros); --force overrides. */
  wouldLoseContent: 6,
  /** The workbook's structure stops the command (e.g. a table cannot grow over a typed cell). */
  workbookProblem: 8,
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A message in both of the workbook's languages; the CLI prints the one the workbook uses. */
export interface Bilingual {
  nl: string;
  en: string;
}

/**
 * An error the CLI reports as one clear line and an exit code (no stack trace). Given one string
 * (usage text, still English only) it is shown as is in either language.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly text: Bilingual;
  constructor(
    readonly exitCode: ExitCode,
    message: string | Bilingual,
    /** What a library said, for a developer (KLANT_INZICHT_DEBUG=1), never for the person. */
    readonly detail?: string,
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.text = typeof message === 'string' ? { nl: message, en: message } : message;
  }
}

/**
 * The exit code for each refusal of the .xlsx host (XlsxHostError.problem). Its message is already
 * in the workbook's language and says what to do: print it as it is.
 */
export const XLSX_PROBLEM_EXIT = {
  'not-a-package': EXIT.notAWorkbook,
  unreadable: EXIT.notAWorkbook,
  damaged: EXIT.notAWorkbook,
  'too-large': EXIT.notAWorkbook,
  'merged-cells': EXIT.workbookProblem,
  'hidden-rows': EXIT.workbookProblem,
  'would-lose-parts': EXIT.wouldLoseContent,
} as const satisfies Record<XlsxProblem, ExitCode>;
