/** The commands that only read the workbook and write elsewhere: `report` and `remind`. */
import { join } from 'node:path';
import { overviewOf } from '../workbook/operations';
import type { Parsed } from './commandLine';
import { domainReason } from './domainText';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { makeOutputDir, writeOutputFile } from './files';
import type { CliIo } from './io';
import { jsonText } from './jsonText';
import { formatRowError, load, unreadRowsLine } from './readWorkbook';
import { invoiceFileReader } from './invoiceFiles';
import { reminderFiles, type LetterChoice } from './reminders';
import { writeLetters } from './reminderLetters';
import { renderHtmlReport } from './report/html';
import { overviewText } from './report/overviewText';
import { buildReport } from './report/reportData';
import { sayIn } from './summaries';
import { blockForJson, withUsableEmails } from './traderCommands';

export async function runReport(p: Parsed, io: CliIo): Promise<ExitCode> {
  const { loaded, step } = await load(p, io, 3);
  step.step({ nl: 'overzicht berekenen', en: 'computing the overview' });
  const language = loaded.language;
  const say = sayIn(language);
  const errors = loaded.errors.map((e) => formatRowError(e, language));
  const { data, metrics } = buildReport(loaded.ledger, p.today, errors);
  const { layout } = overviewOf(loaded.ledger, {
    today: p.today,
    language,
    dateSystem: loaded.dateSystem,
  });
  step.done();
  if (p.values.json) {
    // The Overzicht's blocks by their defined names, as a chart or script would bind to them.
    const overview = Object.fromEntries(
      layout.blocks.filter((b) => b.name).map((b) => [b.name, blockForJson(b, loaded.dateSystem)]),
    );
    io.stdout(`${jsonText({ today: p.today, metrics, overview, rowErrors: loaded.errors })}\n`);
  } else {
    io.stdout(overviewText(layout.blocks, language, loaded.dateSystem));
    if (errors.length) io.stdout(unreadRowsLine(errors.length, p.file, language));
  }
  const html = p.values.html as string | undefined;
  if (html) {
    await writeOutputFile(html, renderHtmlReport(data));
    if (!p.values.json) io.stdout(say(`rapport geschreven naar ${html}\n`, `report written to ${html}\n`));
  }
  return EXIT.ok;
}

export async function runRemind(p: Parsed, io: CliIo): Promise<ExitCode> {
  const out = p.values.out as string | undefined;
  if (!out)
    throw new CliError(EXIT.usage, { nl: 'remind heeft --out MAP nodig', en: 'remind needs --out DIR' });
  const { loaded, step } = await load(p, io, 3);
  step.step({ nl: 'herinneringen opstellen', en: 'drafting reminders' });
  const language = loaded.language;
  const say = sayIn(language);
  const usable = withUsableEmails(loaded);
  const invoiceFile = invoiceFileReader(usable.ledger.settings.invoiceFolder, p.file);
  const letters = p.values.pdf as LetterChoice | undefined;
  const { files, failures } = reminderFiles(usable.ledger, p.today, {
    ...(invoiceFile ? { invoiceFile } : {}),
    ...(letters ? { letters } : {}),
  });
  await makeOutputDir(out);
  for (const f of files) await writeOutputFile(join(out, f.fileName), f.eml);
  await writeLetters(files, out, p.today);
  step.done();
  for (const f of files) {
    const noAddress = say(
      '  (geen e-mailadres: vul de ontvanger in)',
      '  (no e-mail address: fill in the recipient)',
    );
    io.stdout(`${f.fileName}${f.to ? '' : noAddress}\n`);
    if (f.letter) io.stdout(`${f.letter.fileName}\n`);
    for (const w of f.warnings) io.stdout(`  ! ${w}\n`);
  }
  for (const line of usable.lines) io.stdout(`${line}\n`);
  for (const f of failures) {
    const why = domainReason(f.code, f.why, language, f.path);
    const invoice = f.invoiceNumber
      ? say(`factuur ${f.invoiceNumber}: `, `invoice ${f.invoiceNumber}: `)
      : '';
    const step = f.stepId ? ` (${f.stepId})` : '';
    io.stderr(
      say(
        `geen concept voor ${f.customerNumber}${step}: ${invoice}${why}\n`,
        `no draft for ${f.customerNumber}${step}: ${invoice}${why}\n`,
      ),
    );
  }
  io.stdout(
    say(
      `${files.length} ${files.length === 1 ? 'herinnering' : 'herinneringen'} als concept voor ${p.today} in ${out}\n`,
      `${files.length} reminder drafts for ${p.today} in ${out}\n`,
    ),
  );
  if (loaded.errors.length) io.stdout(unreadRowsLine(loaded.errors.length, p.file, language));
  if (failures.length) {
    throw new CliError(EXIT.workbookProblem, {
      nl: `${failures.length} herinneringen konden niet worden opgesteld; vul de instellingen (Instellingen) aan en probeer het opnieuw`,
      en: `${failures.length} reminders could not be drafted; fix the settings (Settings) and run again`,
    });
  }
  return EXIT.ok;
}
