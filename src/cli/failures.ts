/**
 * Every failure of every command ends here: one line in the workbook's language and an exit code
 * from the README's list. No stack trace reaches a person; KLANT_INZICHT_DEBUG=1 shows it to a
 * developer. Failures happen before a workbook is read (a missing file) as well as after, so the
 * language is remembered when a workbook is opened and Dutch until then.
 */
import { DomainError } from '../domain/errors';
import type { Language } from '../domain/model';
import type { Book } from '../workbook/book';
import { TABLES } from '../workbook/schema';
import { isWorkbookError } from '../workbook/errors';
import { errorText } from '../workbook/errorText';
import { XlsxHostError } from '../hosts/xlsx/xlsxBook';
import { domainReason } from './domainText';
import { CliError, EXIT, XLSX_PROBLEM_EXIT, type Bilingual, type ExitCode } from './exitCodes';
import type { CliIo } from './io';

let language: Language = 'nl';
let languageKnown = false;

/**
 * What this command wrote, so a failure says what exists and what does not: the file being
 * written (a write is whole or absent: temp file and rename), the files written whole before it,
 * and whether the workbook was saved.
 */
let writes: { current?: { path: string; workbook: boolean }; done: string[]; workbookSaved: boolean } = {
  done: [],
  workbookSaved: false,
};

/** A new command starts in Dutch until its workbook says otherwise, having written nothing. */
export function beginCommand(): void {
  language = 'nl';
  languageKnown = false;
  writes = { done: [], workbookSaved: false };
}

/** A file is about to be written: the workbook itself, or an output (a draft, a letter, a report). */
export function noteWriting(path: string, workbook: boolean): void {
  writes.current = { path, workbook };
}

/** The file noteWriting named is written whole. */
export function noteWritten(): void {
  const current = writes.current;
  if (!current) return;
  if (current.workbook) writes.workbookSaved = true;
  else writes.done.push(current.path);
  writes.current = undefined;
}

/** How many written files a failure names before it counts the rest. */
const NAMED = 5;

/**
 * What the command did and did not write when a write failed: the file that failed (not there,
 * or its earlier version unchanged), the files written before it, and the workbook.
 */
export function writeOutcome(options: { failedNamed?: boolean } = {}): Bilingual {
  const { current, done, workbookSaved } = writes;
  const list = (more: string) =>
    done.slice(0, NAMED).join(', ') +
    (done.length > NAMED ? ` ${more.replace('N', String(done.length - NAMED))}` : '');
  // The caller's own sentence may name the failed file already ("cannot write X: ...").
  const failed: Bilingual =
    !current || options.failedNamed
      ? { nl: '', en: '' }
      : current.workbook
        ? {
            nl: `de werkmap ${current.path} is niet opgeslagen en ongewijzigd`,
            en: `the workbook ${current.path} was not saved and is unchanged`,
          }
        : {
            nl: `${current.path} is niet geschreven (er is geen half bestand achtergelaten)`,
            en: `${current.path} was not written (no half-written file was left)`,
          };
  const before: Bilingual =
    done.length === 0
      ? current
        ? { nl: 'er is geen ander bestand geschreven', en: 'no other file was written' }
        : { nl: 'er is geen bestand geschreven', en: 'no file was written' }
      : {
          nl: `wel geschreven, en compleet: ${list('en N meer')}`,
          en: `written whole before it: ${list('and N more')}`,
        };
  const workbook: Bilingual = current?.workbook
    ? { nl: '', en: '' }
    : workbookSaved
      ? { nl: 'de werkmap is wel opgeslagen', en: 'the workbook was saved' }
      : { nl: 'de werkmap is niet gewijzigd', en: 'the workbook was not changed' };
  const join = (l: Language) => [failed[l], before[l], workbook[l]].filter(Boolean).join('; ');
  return { nl: join('nl'), en: join('en') };
}

/** Whether a workbook has told this command its language yet. */
export function workbookLanguageKnown(): boolean {
  return languageKnown;
}

/** A language the person chose on the command line (init --language), until a workbook says otherwise. */
export function assumeLanguage(chosen: Language): void {
  language = chosen;
  languageKnown = true;
}

export function failureLanguage(): Language {
  return language;
}

/**
 * Remembers the workbook's language for the messages that follow: English when its tables carry
 * the English names and none the Dutch ones (the same rule the workbook layer applies).
 */
export async function noteWorkbookLanguage(book: Book): Promise<void> {
  const read = await book.read([]);
  const names = new Set(read.allTables.map((t) => t.name.toLowerCase()));
  const distinct = TABLES.filter((t) => t.nl.toLowerCase() !== t.en.toLowerCase());
  const english = distinct.some((t) => names.has(t.en.toLowerCase()));
  const dutch = distinct.some((t) => names.has(t.nl.toLowerCase()));
  language = english && !dutch ? 'en' : 'nl';
  languageKnown = true;
}

export function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string'
    ? e.code
    : undefined;
}

function pathOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'path' in e && typeof e.path === 'string' ? e.path : '';
}

/** Errors V8 throws when an allocation fails short of the fatal heap limit. */
const MEMORY = /Invalid array length|Invalid string length|Array buffer allocation failed|allocation failed/i;

interface Classified {
  exitCode: ExitCode;
  text: Bilingual;
}

/** What a failure means to the person, for the errors the CLI knows by kind. */
function classify(e: unknown): Classified | undefined {
  if (e instanceof CliError) return { exitCode: e.exitCode, text: e.text };
  // The host's refusals are already worded in the workbook's language and say what to do.
  if (e instanceof XlsxHostError)
    return { exitCode: XLSX_PROBLEM_EXIT[e.problem], text: { nl: e.message, en: e.message } };
  // Every other refusal of a Book, by its reason, in the workbook's language (workbook/errorText).
  if (isWorkbookError(e))
    return { exitCode: EXIT.workbookProblem, text: { nl: errorText(e, 'nl'), en: errorText(e, 'en') } };
  if (e instanceof DomainError) {
    const w = e.where;
    const at = (sheet: string, row: string, column: string): string => {
      const parts = [
        w.sheet && `${sheet} ${w.sheet}`,
        w.row && `${row} ${w.row}`,
        w.column && `${column} ${w.column}`,
      ].filter(Boolean);
      return parts.length ? ` (${parts.join(', ')})` : '';
    };
    return {
      exitCode: EXIT.workbookProblem,
      text: {
        nl: `${w.path ? `${w.path}: ` : ''}${domainReason(e.code, e.message, 'nl', w.path)}${at('blad', 'rij', 'kolom')}`,
        en: `${e.message}${at('sheet', 'row', 'column')}`,
      },
    };
  }
  const code = errnoOf(e);
  const where = pathOf(e);
  // The file being written, rather than its temp file's name the error carries.
  const at = writes.current?.path ?? where;
  const outcome = writeOutcome();
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return {
      exitCode: EXIT.lockedOrReadOnly,
      text: {
        nl: `de schijf is vol${at ? ` (bij ${at})` : ''}: ${outcome.nl}; maak ruimte vrij en probeer het opnieuw`,
        en: `the disk is full${at ? ` (at ${at})` : ''}: ${outcome.en}; free some space and try again`,
      },
    };
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return {
      exitCode: EXIT.lockedOrReadOnly,
      text: {
        nl: `geen toestemming om te schrijven${at ? ` naar ${at}` : ''} (${code}): ${outcome.nl}`,
        en: `no permission to write${at ? ` to ${at}` : ''} (${code}): ${outcome.en}`,
      },
    };
  }
  if (code === 'EIO') {
    return {
      exitCode: EXIT.lockedOrReadOnly,
      text: {
        nl: `de schijf gaf een lees- of schrijffout${at ? ` bij ${at}` : ''}: ${outcome.nl}`,
        en: `the disk reported a read or write error${at ? ` at ${at}` : ''}: ${outcome.en}`,
      },
    };
  }
  if (e instanceof RangeError && MEMORY.test(e.message)) return outOfMemory();
  return undefined;
}

export function outOfMemory(detail?: Bilingual): Classified {
  return {
    exitCode: EXIT.workbookProblem,
    text: {
      nl: `te groot om in het geheugen te verwerken${detail ? `: ${detail.nl}` : ''}; er is niets opgeslagen. Geef Node.js meer geheugen (NODE_OPTIONS=--max-old-space-size=4096) of splits de werkmap`,
      en: `too large to process in memory${detail ? `: ${detail.en}` : ''}; nothing was saved. Give Node.js more memory (NODE_OPTIONS=--max-old-space-size=4096) or split the workbook`,
    },
  };
}

/** Prints the failure in the workbook's language and returns its exit code. */
export function reportFailure(e: unknown, io: CliIo): ExitCode {
  const known = classify(e);
  const debug = typeof process !== 'undefined' && process.env['KLANT_INZICHT_DEBUG'] === '1';
  if (known) {
    io.stderr(`klant-inzicht: ${known.text[language]}\n`);
    if (debug && e instanceof CliError && e.detail) io.stderr(`${e.detail}\n`);
    if (debug && e instanceof Error && !(e instanceof CliError)) io.stderr(`${e.stack ?? ''}\n`);
    return known.exitCode;
  }
  const message = e instanceof Error ? e.message : String(e);
  const firstLine = message.split('\n')[0] ?? '';
  io.stderr(
    language === 'en'
      ? `klant-inzicht: internal error (${firstLine}). Please report it, with the output of KLANT_INZICHT_DEBUG=1\n`
      : `klant-inzicht: interne fout (${firstLine}). Meld dit graag, met de uitvoer van KLANT_INZICHT_DEBUG=1\n`,
  );
  if (debug && e instanceof Error) io.stderr(`${e.stack ?? ''}\n`);
  return EXIT.internal;
}
