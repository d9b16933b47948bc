/**
 * klant-inzicht: the command line over .xlsx workbooks. `main(argv, io)` does everything and
 * returns the exit code; only the entry at the bottom touches process and the clock. Each command
 * lives in a module of its own (checkCommand, writeCommands, readCommands, import); this one
 * dispatches and makes sure every message, help and usage errors included, speaks the language
 * of the workbook named on the command line.
 */
import { runCheck, runCheckFix } from './checkCommand';
import { parseCommandLine, usageIn, workbookNamedIn } from './commandLine';
import { EXIT, type ExitCode } from './exitCodes';
import { beginCommand, failureLanguage, reportFailure, workbookLanguageKnown } from './failures';
import { openWorkbookFile } from './files';
import { runImport } from './import';
import { runImportInvoices } from './importInvoices';
import { extendTablesIfAsked } from './ranges';
import { bufferIo, type CliIo } from './io';
import { runRemind, runReport } from './readCommands';
import { runStatement } from './statement';
import { forTerminal } from './terminalText';
import { workbookOps, type WorkbookOps } from './workbookOps';
import { runInit, runSort } from './writeCommands';

export { USAGE, parseCommandLine } from './commandLine';
export { formatRowError } from './readWorkbook';
export { watchNewCharts } from './chartNotes';

/**
 * Help and failures that come before the workbook is opened (a usage error, a missing --out, a
 * statement not found) would otherwise be Dutch for everyone: open the workbook the line names
 * just to learn its language. A workbook that cannot be opened leaves the default, Dutch.
 */
async function learnLanguage(argv: readonly string[]): Promise<void> {
  if (workbookLanguageKnown()) return;
  const file = workbookNamedIn(argv);
  if (file === undefined) return;
  try {
    await openWorkbookFile(file, undefined, 'read');
  } catch {
    // Not a workbook we can read: the message stays in the default language.
  }
}

export async function main(
  argv: readonly string[],
  io: CliIo,
  ops: WorkbookOps = workbookOps,
): Promise<ExitCode> {
  beginCommand();
  try {
    const p = parseCommandLine(argv, io);
    if (p === 'help') {
      await learnLanguage(argv);
      io.stdout(usageIn(failureLanguage()));
      return EXIT.ok;
    }
    switch (p.command) {
      case 'init':
        return await runInit(p, io, ops);
      case 'check':
        await extendTablesIfAsked(p, io);
        return p.values.fix === true ? await runCheckFix(p, io) : await runCheck(p, io);
      case 'sort':
        return await runSort(p, io, ops);
      case 'report':
        return await runReport(p, io);
      case 'remind':
        return await runRemind(p, io);
      case 'import':
        return await runImport(
          {
            file: p.file,
            statement: p.statement as string,
            today: p.today,
            apply: p.values.apply === true,
            ...(typeof p.values['min-confidence'] === 'string'
              ? { minConfidence: p.values['min-confidence'] }
              : {}),
            ...(typeof p.values.mapping === 'string' ? { mapping: p.values.mapping } : {}),
            force: p.values.force === true,
            progress: p.progress,
          },
          io,
        );
      // UBL e-invoices the trader sent.
      case 'import-invoices':
        return await runImportInvoices(
          {
            file: p.file,
            invoices: p.invoiceFiles ?? [],
            dryRun: p.values['dry-run'] === true,
            skipInvalid: p.values['skip-invalid'] === true,
            force: p.values.force === true,
            progress: p.progress,
          },
          io,
        );
      // A customer's statement: PDF and e-mail draft.
      case 'statement':
        return await runStatement(p, io);
    }
  } catch (e) {
    await learnLanguage(argv);
    return reportFailure(e, io);
  }
}

/**
 * A stream whose reader went away (`klant-inzicht check x | head`): further text is dropped and the
 * command finishes its work (a save included) instead of dying on an unhandled EPIPE mid-way.
 */
function closable(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(forTerminal(text));
  };
}

/** The real world: process streams and the clock (local calendar day). */
export function nodeIo(): CliIo {
  return {
    stdout: closable(process.stdout),
    stderr: closable(process.stderr),
    stderrIsTty: process.stderr.isTTY === true,
    today: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },
  };
}

export { bufferIo };

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
