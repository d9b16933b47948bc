/** `klant-inzicht check FILE [--fix]`: every row that cannot be read, located; warnings apart. */
import { ratesOutdated } from '../domain/legal/interestRates';
import { loadLedger } from '../workbook/operations';
import { TABLES } from '../workbook/schema';
import type { Parsed } from './commandLine';
import { EXIT, type ExitCode } from './exitCodes';
import { assertWritable, openWorkbookFile } from './files';
import type { CliIo } from './io';
import { refuseLoss } from './lossGuard';
import { besideLines } from './ranges';
import { formatRowError, load } from './readWorkbook';
import { lineLabel, sayIn } from './summaries';
import { fixTextCells, listNotes } from './traderCommands';

export async function runCheck(p: Parsed, io: CliIo): Promise<ExitCode> {
  const { book, loaded, step } = await load(p, io, 2);
  step.done();
  const language = loaded.language;
  const say = sayIn(language);
  for (const id of loaded.missingTables) {
    const t = TABLES.find((spec) => spec.id === id)?.[language] ?? id;
    io.stdout(
      say(
        `tabel ontbreekt: ${t} (voer "klant-inzicht init ${p.file}" uit)\n`,
        `missing table: ${t} (run "klant-inzicht init ${p.file}")\n`,
      ),
    );
  }
  for (const line of listNotes(loaded)) io.stdout(`${line}\n`);
  for (const line of await besideLines(book, p.file, language)) io.stdout(`${line}\n`);
  for (const e of loaded.errors) io.stdout(`${lineLabel('error', language)}${formatRowError(e, language)}\n`);
  // Warnings (an unknown customer, a date or amount stored as text) are printed but leave the exit
  // code alone: every record was read, so a script that gates on `check` keeps working; the text
  // cells are the person's to retype (the add-in never rewrites them).
  for (const w of loaded.warnings)
    io.stdout(`${lineLabel('warning', language)}${formatRowError(w, language)}\n`);
  // Empty rows are not errors, but every row is accounted for: say which ones were passed over.
  for (const s of loaded.skippedBlank) {
    const rows = s.rows.join(', ');
    const one = s.rows.length === 1;
    io.stdout(
      lineLabel('blank', language) +
        say(
          `${s.sheet} ${one ? 'rij' : 'rijen'} ${rows}: leeg, overgeslagen\n`,
          `${s.sheet} ${one ? 'row' : 'rows'} ${rows}: empty, skipped\n`,
        ),
    );
  }
  const l = loaded.ledger;
  // A notice, not a warning: the exit code stays; interest past the table uses the last known rate.
  const outdated = ratesOutdated(p.today, l.settings.extraInterestRates, l.settings.country);
  if (outdated)
    io.stdout(
      lineLabel('notice', language) +
        say(
          `de wettelijke rentes zijn bekend tot en met ${outdated.knownUntil}; rentes daarna kunnen verouderd zijn. ` +
            `Voeg elke nieuwe rente (handels- en consumentenrente, per 1 januari of 1 juli) toe op het blad Instellingen als ` +
            `rate.N.kind, rate.N.from, rate.N.percent en rate.N.source, of in het taakvenster onder Instellingen\n`,
          `statutory interest rates are known through ${outdated.knownUntil}; rates after that may be outdated. ` +
            `Add each new rate (commercial and consumer, from 1 January or 1 July) in the Settings sheet as ` +
            `rate.N.kind, rate.N.from, rate.N.percent and rate.N.source, or in the task pane under Settings\n`,
        ),
    );
  const e = loaded.errors.length;
  const w = loaded.warnings.length;
  io.stdout(
    say(
      `${l.customers.length} klanten, ${l.invoices.length} facturen, ${l.payments.length} betalingen gelezen; ` +
        `${e} ${e === 1 ? 'rijfout' : 'rijfouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}\n`,
      `${l.customers.length} customers, ${l.invoices.length} invoices, ${l.payments.length} payments read; ` +
        `${e} row errors, ${w} warnings\n`,
    ),
  );
  return loaded.errors.length > 0 || loaded.missingTables.includes('invoices') ? EXIT.rowErrors : EXIT.ok;
}

/** check --fix: convert text dates and amounts (backup first), then check the result as usual. */
export async function runCheckFix(p: Parsed, io: CliIo): Promise<ExitCode> {
  const book = await openWorkbookFile(p.file);
  await assertWritable(p.file);
  refuseLoss(book, p.file, p.values.force === true);
  const language = (await loadLedger(book)).language;
  const { lines } = await fixTextCells(book, p.file, p.today, language, p.values.force === true);
  for (const line of lines) io.stdout(`${line}\n`);
  return runCheck(p, io);
}
