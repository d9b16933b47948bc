/**
 * klant-inzicht: the command line over .xlsx workbooks. `main(argv, io)` does everything and
 * returns the exit code; only the entry at the bottom touches process and the clock.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../domain/dates';
import { ratesOutdated } from '../domain/legal/interestRates';
import type { Language } from '../domain/model';
import { XlsxBook } from '../hosts/xlsx/xlsxBook';
import type { Book, ChartSpec } from '../workbook/book';
import type { RowError } from '../workbook/codec';
import { columnNumber } from '../workbook/a1';
import { TABLES } from '../workbook/schema';
import { parseConfig, type ConsultantConfig } from '../workbook/config';
import { loadLedger, overviewOf, type LoadResult } from '../workbook/operations';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { assertWritable, makeOutputDir, openWorkbookFile, saveAtomically, writeOutputFile } from './files';
import { beginCommand, reportFailure } from './failures';
import { bufferIo, type CliIo } from './io';
import { forTerminal } from './terminalText';
import { bytesToSave, refuseLoss } from './lossGuard';
import { runImport } from './import';
import { progress } from './progress';
import { reminderFiles } from './reminders';
import { lineLabel, refreshSummary, sayIn, setUpSummary } from './summaries';
import { renderHtmlReport } from './report/html';
import { overviewText } from './report/overviewText';
import { buildReport } from './report/reportData';
import { blockForJson, fixTextCells, listNotes, withUsableEmails } from './traderCommands';
import { workbookOps, type WorkbookOps } from './workbookOps';

export const USAGE = `klant-inzicht <command> FILE [options]

Commands:
  init FILE [--config consultant.json] [--language nl|en] [--force] [--adopt-columns]
                                                            set up (or adopt) a Klant Inzicht workbook
  check FILE [--fix]                                        list every row that cannot be read, and (as
                                                            warnings) cells the workbook's formulas cannot use;
                                                            --fix converts dates and amounts typed as text
                                                            (a backup of the file is kept beside it)
  sort FILE [--force] [--adopt-columns]                     refresh and sort the workbook in place

  --adopt-columns: take over columns named like the product's (Status, Openstaand, Volgorde) that
  hold your own data; without it they stay yours and the product adds its own beside them.
  report FILE [--json] [--html OUT]                         overview: figures and charts
  remind FILE --out DIR                                     today's reminder drafts as .eml files
  import FILE STATEMENT [--apply] [--min-confidence N] [--mapping MAP.json] [--force]
                                                            match a bank statement (CAMT.053, bank CSV) to
                                                            open invoices; dry run unless --apply

Options for every command:
  --today YYYY-MM-DD   the day to compute for (default: today)
  --progress           show progress on stderr even when it is not a terminal
  -h, --help           this text

Exit codes: 0 ok (warnings alone do not change it), 1 row errors, 2 usage, 3 file not found, 4 not a workbook,
5 locked or read-only, 6 would lose charts/pivots/macros (use --force), 8 workbook problem,
70 internal error.
`;

const COMMON = {
  today: { type: 'string' },
  progress: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const COMMANDS = {
  init: {
    config: { type: 'string' },
    language: { type: 'string' },
    force: { type: 'boolean', default: false },
    'adopt-columns': { type: 'boolean', default: false },
  },
  check: { fix: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
  sort: { force: { type: 'boolean', default: false }, 'adopt-columns': { type: 'boolean', default: false } },
  report: { json: { type: 'boolean', default: false }, html: { type: 'string' } },
  remind: { out: { type: 'string' } },
  import: {
    apply: { type: 'boolean', default: false },
    'min-confidence': { type: 'string' },
    mapping: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
} as const;

type Command = keyof typeof COMMANDS;

interface Parsed {
  command: Command;
  file: string;
  today: string;
  progress: boolean;
  values: Record<string, string | boolean | undefined>;
  /** import: the bank statement file. */
  statement?: string;
}

function isCommand(s: string | undefined): s is Command {
  return s !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, s);
}

export function parseCommandLine(argv: readonly string[], io: CliIo): Parsed | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return 'help';
  if (!isCommand(command)) throw new CliError(EXIT.usage, `unknown command "${command}"\n\n${USAGE}`);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...COMMON, ...COMMANDS[command] },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (e) {
    throw new CliError(EXIT.usage, `${(e as Error).message}\n\n${USAGE}`);
  }
  if (parsed.values.help) return 'help';
  if (command === 'import' && parsed.positionals.length !== 2) {
    throw new CliError(
      EXIT.usage,
      `import needs FILE and STATEMENT, got ${parsed.positionals.length} arguments\n\n${USAGE}`,
    );
  }
  if (command !== 'import' && parsed.positionals.length !== 1) {
    throw new CliError(
      EXIT.usage,
      `${command} needs exactly one FILE, got ${parsed.positionals.length}\n\n${USAGE}`,
    );
  }
  const today = (parsed.values.today as string | undefined) ?? io.today();
  if (!isIsoDate(today))
    throw new CliError(EXIT.usage, `--today must be a date as YYYY-MM-DD, got "${today}"`);
  return {
    command,
    file: parsed.positionals[0] as string,
    today,
    progress: parsed.values.progress === true,
    values: parsed.values,
    ...(command === 'import' ? { statement: parsed.positionals[1] as string } : {}),
  };
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
      io.stdout(USAGE);
      return EXIT.ok;
    }
    switch (p.command) {
      case 'init':
        return await runInit(p, io, ops);
      case 'check':
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
    }
  } catch (e) {
    return reportFailure(e, io);
  }
}

export function formatRowError(e: RowError, language: Language = 'nl'): string {
  const say = sayIn(language);
  const cell = e.column
    ? `${e.sheet}!${e.column.letter}${e.row} (${e.column.header})`
    : `${e.sheet} ${say('rij', 'row')} ${e.row}`;
  const value = e.value === null || e.value === '' ? '' : ` [${JSON.stringify(e.value)}]`;
  return `${cell}: ${e.why}${value}`;
}

async function load(
  p: Parsed,
  io: CliIo,
  steps: number,
): Promise<{ book: XlsxBook; loaded: LoadResult; step: ReturnType<typeof progress> }> {
  const step = progress(io, p.progress, steps);
  step.step(`opening ${p.file}`);
  const book = await openWorkbookFile(p.file, io, 'read');
  step.step('reading tables');
  const loaded = await loadLedger(book);
  return { book, loaded, step };
}

async function runCheck(p: Parsed, io: CliIo): Promise<ExitCode> {
  const { loaded, step } = await load(p, io, 2);
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
  const outdated = ratesOutdated(p.today, l.settings.extraInterestRates);
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
async function runCheckFix(p: Parsed, io: CliIo): Promise<ExitCode> {
  const book = await openWorkbookFile(p.file);
  await assertWritable(p.file);
  refuseLoss(book, p.file, p.values.force === true);
  const language = (await loadLedger(book)).language;
  const { lines } = await fixTextCells(book, p.file, p.today, language, p.values.force === true);
  for (const line of lines) io.stdout(`${line}\n`);
  return runCheck(p, io);
}

async function runSort(p: Parsed, io: CliIo, ops: WorkbookOps): Promise<ExitCode> {
  const step = progress(io, p.progress, 3);
  step.step(`opening ${p.file}`);
  const book = await openWorkbookFile(p.file, io);
  await assertWritable(p.file);
  refuseLoss(book, p.file, p.values.force === true);
  step.step('refreshing and sorting');
  const watched = watchNewCharts(book);
  const result = await ops.refreshAndSort(watched.book, p.today, {
    adoptColumns: p.values['adopt-columns'] === true,
  });
  const language = result.language;
  const say = sayIn(language);
  for (const e of result.errors) io.stdout(`${lineLabel('error', language)}${formatRowError(e, language)}\n`);
  step.step(`saving ${p.file}`);
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

async function runInit(p: Parsed, io: CliIo, ops: WorkbookOps): Promise<ExitCode> {
  // No default here: without --language, setUp takes the config's language or the workbook's own.
  const language = p.values.language as string | undefined;
  if (language !== undefined && language !== 'nl' && language !== 'en') {
    throw new CliError(EXIT.usage, `--language must be nl or en, got "${language}"`);
  }
  let config: ConsultantConfig | undefined;
  const configPath = p.values.config as string | undefined;
  if (configPath) {
    let text: string;
    try {
      text = await readFile(configPath, 'utf8');
    } catch {
      throw new CliError(EXIT.missingFile, `config file not found: ${configPath}`);
    }
    try {
      config = parseConfig(JSON.parse(text));
    } catch (e) {
      throw new CliError(EXIT.usage, `config ${configPath} is not valid: ${(e as Error).message}`);
    }
  }
  const step = progress(io, p.progress, 3);
  step.step(`opening ${p.file}`);
  let book: XlsxBook;
  try {
    book = await openWorkbookFile(p.file, io);
    await assertWritable(p.file);
    refuseLoss(book, p.file, p.values.force === true);
  } catch (e) {
    if (!(e instanceof CliError && e.exitCode === EXIT.missingFile)) throw e;
    book = XlsxBook.create();
  }
  step.step('setting up');
  const watched = watchNewCharts(book);
  const report = await ops.setUp(watched.book, {
    ...(p.values['adopt-columns'] === true ? { adoptColumns: true } : {}),
    ...(language ? { language: language as Language } : {}),
    ...(config ? { config } : {}),
  });
  step.step(`saving ${p.file}`);
  await saveAtomically(p.file, await bytesToSave(book, p.values.force === true));
  step.done();
  reportNotes(book, io, report.language, watched.newCharts);
  for (const line of setUpSummary(report)) io.stdout(`${line}\n`);
  io.stdout(sayIn(report.language)(`${p.file} ingericht (Nederlands)\n`, `set up ${p.file} (English)\n`));
  return EXIT.ok;
}

async function runReport(p: Parsed, io: CliIo): Promise<ExitCode> {
  const { loaded, step } = await load(p, io, 3);
  step.step('computing the overview');
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
    io.stdout(
      `${JSON.stringify({ today: p.today, metrics, overview, rowErrors: loaded.errors }, null, 2)}\n`,
    );
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

function unreadRowsLine(count: number, file: string, language: Language): string {
  return sayIn(language)(
    `${count} ${count === 1 ? 'rij kon' : 'rijen konden'} niet worden gelezen (klant-inzicht check ${file})\n`,
    `${count} rows could not be read (klant-inzicht check ${file})\n`,
  );
}

async function runRemind(p: Parsed, io: CliIo): Promise<ExitCode> {
  const out = p.values.out as string | undefined;
  if (!out) throw new CliError(EXIT.usage, 'remind needs --out DIR');
  const { loaded, step } = await load(p, io, 3);
  step.step('drafting reminders');
  const language = loaded.language;
  const say = sayIn(language);
  const usable = withUsableEmails(loaded);
  const { files, failures } = reminderFiles(usable.ledger, p.today);
  await makeOutputDir(out);
  for (const f of files) await writeOutputFile(join(out, f.fileName), f.eml);
  step.done();
  for (const f of files) {
    const noAddress = say(
      '  (geen e-mailadres: vul de ontvanger in)',
      '  (no e-mail address: fill in the recipient)',
    );
    io.stdout(`${f.fileName}${f.to ? '' : noAddress}\n`);
    for (const w of f.warnings) io.stdout(`  ! ${w}\n`);
  }
  for (const line of usable.lines) io.stdout(`${line}\n`);
  for (const f of failures)
    io.stderr(
      say(
        `geen concept voor ${f.customerNumber} (${f.stepId}): ${f.why}\n`,
        `no draft for ${f.customerNumber} (${f.stepId}): ${f.why}\n`,
      ),
    );
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

/**
 * Watches what an operation writes through the book and keeps the charts it asks for that the
 * file did not show before: on a sheet the same run adds, or where the chart's data block was
 * still empty. ExcelJS cannot write charts, so every sort records them again; the person needs to
 * hear that once per workbook (when the overview first gets its charts), not on every run.
 */
export function watchNewCharts(book: XlsxBook): { book: Book; newCharts: ChartSpec[] } {
  const newCharts: ChartSpec[] = [];
  const watched: Book = {
    read: book.read.bind(book),
    apply: async (changes) => {
      const added = new Set(changes.flatMap((c) => (c.kind === 'addSheet' ? [c.sheet.toLowerCase()] : [])));
      const sheets = new Set((await book.read([])).sheets.map((s) => s.toLowerCase()));
      for (const c of changes) {
        if (c.kind !== 'upsertChart') continue;
        const sheet = c.sheet.toLowerCase();
        if (added.has(sheet) || !sheets.has(sheet) || !sourceHeldData(book, c.sheet, c.chart.source))
          newCharts.push(c.chart);
      }
      await book.apply(changes);
    },
  };
  return { book: watched, newCharts };
}

/** Did the top-left cell of a chart's data range ("A20:C31") hold a value before the run? */
function sourceHeldData(book: XlsxBook, sheet: string, source: string): boolean {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)/i.exec(source);
  if (!m) return false;
  const row = Number(m[2]);
  const column = columnNumber((m[1] as string).toUpperCase());
  const used = book.sheetValues(sheet, { maxRows: row });
  const value = used.values[row - used.top]?.[column - used.left];
  return value !== null && value !== undefined && value !== '';
}

/** One line for the charts ExcelJS could not write (the first time only), one per other note. */
function reportNotes(book: XlsxBook, io: CliIo, language: Language, newCharts: readonly ChartSpec[]): void {
  if (newCharts.length > 0) {
    const names = [...new Set(newCharts.map((c) => c.name))].join(', ');
    io.stderr(
      sayIn(language)(
        `let op: grafieken niet in het bestand geschreven (ExcelJS kan geen grafieken schrijven; "report --html" tekent ze; dit wordt eenmaal per werkmap gemeld): ${names}\n`,
        `note: charts not written to the file (ExcelJS cannot write charts; "report --html" draws them; said once per workbook): ${names}\n`,
      ),
    );
  }
  for (const n of book.notes)
    if (!n.startsWith('chart ')) io.stderr(`${sayIn(language)('let op', 'note')}: ${n}\n`);
}

/** The real world: process streams and the clock (local calendar day). */
export function nodeIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(forTerminal(t)),
    stderr: (t) => process.stderr.write(forTerminal(t)),
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
