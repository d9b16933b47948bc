/** The commands that change the workbook as a whole: `init` (set up or adopt) and `sort`. */
import { readFile } from 'node:fs/promises';
import { DomainError } from '../domain/errors';
import type { Language } from '../domain/model';
import { XlsxBook } from '../hosts/xlsx/xlsxBook';
import { ConfigProblem, parseConfig, type ConsultantConfig } from '../workbook/config';
import { setUpLanguage } from '../workbook/operations';
import { reportNotes, watchNewCharts } from './chartNotes';
import type { Parsed } from './commandLine';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { assumeLanguage } from './failures';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import type { CliIo } from './io';
import { bytesToSave, refuseLoss } from './lossGuard';
import { opening, progress } from './progress';
import { rangesBeforeSetUp, sidesBeforeSetUp } from './ranges';
import { formatRowError } from './readWorkbook';
import { lineLabel, refreshSummary, sayIn, setUpSummary } from './summaries';
import type { WorkbookOps } from './workbookOps';

export async function runSort(p: Parsed, io: CliIo, ops: WorkbookOps): Promise<ExitCode> {
  const step = progress(io, p.progress, 3);
  step.step(opening(p.file));
  const book = await openWorkbookFile(p.file, io);
  await assertWritable(p.file);
  refuseLoss(book, p.file, p.values.force === true);
  step.step({ nl: 'bijwerken en sorteren', en: 'refreshing and sorting' });
  const watched = watchNewCharts(book);
  const result = await ops.refreshAndSort(watched.book, p.today, {
    adoptColumns: p.values['adopt-columns'] === true,
  });
  const language = result.language;
  const say = sayIn(language);
  for (const e of result.errors) io.stdout(`${lineLabel('error', language)}${formatRowError(e, language)}\n`);
  step.step({ nl: `${p.file} opslaan`, en: `saving ${p.file}` });
  await saveAtomically(p.file, await bytesToSave(book, p.values.force === true));
  step.done();
  reportNotes(book, io, language, watched.newCharts);
  for (const line of refreshSummary(result)) io.stdout(`${line}\n`);
  const i = result.invoices;
  const n = result.actions.length;
  io.stdout(
    say(
      `${p.file} gesorteerd: ${i.total} facturen, ${i.overdue} vervallen, ${i.open} open; ${n} ${n === 1 ? 'herinnering' : 'herinneringen'} vandaag\n`,
      `sorted ${p.file}: ${i.total} invoices, ${i.overdue} overdue, ${i.open} open; ${n} reminders due today\n`,
    ),
  );
  // Sorting still saves: rows that cannot be read are kept, reported, and sorted last.
  return result.errors.length > 0 ? EXIT.rowErrors : EXIT.ok;
}

/** A consultant's config file, read and checked; every refusal names the file (and the field). */
async function readConfig(path: string): Promise<ConsultantConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(EXIT.missingFile, {
      nl: `configuratiebestand niet gevonden: ${path}`,
      en: `config file not found: ${path}`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message)?.[1];
    throw new CliError(EXIT.usage, {
      nl: `configuratie ${path} is geen geldige JSON${at ? ` (bij teken ${at})` : ''}`,
      en: `config ${path} is not valid: ${(e as Error).message}`,
    });
  }
  try {
    return parseConfig(json);
  } catch (e) {
    const field = e instanceof DomainError ? (e.where.path ?? '') : '';
    // A segment or ladder the checks refuse says why in both languages, at its place in the file.
    if (e instanceof ConfigProblem)
      throw new CliError(EXIT.usage, {
        nl: `configuratie ${path} is niet geldig: ${field}: ${e.why.nl}`,
        en: `config ${path} is not valid: ${field}: ${e.why.en}`,
      });
    throw new CliError(EXIT.usage, {
      nl: `configuratie ${path} is niet geldig: het veld ${field || '(onbekend)'} klopt niet (zie src/workbook/config.ts)`,
      en: `config ${path} is not valid: ${(e as Error).message}`,
    });
  }
}

export async function runInit(p: Parsed, io: CliIo, ops: WorkbookOps): Promise<ExitCode> {
  // No default here: without --language, setUp takes the config's language or the workbook's own.
  const language = p.values.language as string | undefined;
  if (language !== undefined && language !== 'nl' && language !== 'en') {
    throw new CliError(EXIT.usage, {
      nl: `--language moet nl of en zijn, niet "${language}"`,
      en: `--language must be nl or en, got "${language}"`,
    });
  }
  // The person asked for this language: the messages before the workbook is opened speak it.
  if (language) assumeLanguage(language);
  const configPath = p.values.config as string | undefined;
  const config = configPath ? await readConfig(configPath) : undefined;
  const step = progress(io, p.progress, 3);
  step.step(opening(p.file));
  let book: XlsxBook;
  try {
    book = await openWorkbookFile(p.file, io);
    await assertWritable(p.file);
    refuseLoss(book, p.file, p.values.force === true);
  } catch (e) {
    if (!(e instanceof CliError && e.exitCode === EXIT.missingFile)) throw e;
    book = XlsxBook.create();
  }
  const madeTables: string[] = [];
  if (await rangesBeforeSetUp(book, p, io, config, madeTables)) return EXIT.ok;
  // What is offered or done beside a table speaks, and names an empty column, as setUp will.
  const sideLanguage = await setUpLanguage(book, {
    ...(language ? { language: language as Language } : {}),
    ...(config ? { config } : {}),
  });
  if (await sidesBeforeSetUp(book, p, io, sideLanguage, madeTables, config)) return EXIT.ok;
  step.step({ nl: 'inrichten', en: 'setting up' });
  const watched = watchNewCharts(book);
  const report = await ops.setUp(watched.book, {
    ...(p.values['adopt-columns'] === true ? { adoptColumns: true } : {}),
    ...(language ? { language: language as Language } : {}),
    ...(config ? { config } : {}),
  });
  assumeLanguage(report.language);
  step.step({ nl: `${p.file} opslaan`, en: `saving ${p.file}` });
  await saveAtomically(p.file, await bytesToSave(book, p.values.force === true));
  step.done();
  reportNotes(book, io, report.language, watched.newCharts);
  for (const line of [...madeTables, ...setUpSummary(report)]) io.stdout(`${line}\n`);
  io.stdout(sayIn(report.language)(`${p.file} ingericht (Nederlands)\n`, `set up ${p.file} (English)\n`));
  return EXIT.ok;
}
