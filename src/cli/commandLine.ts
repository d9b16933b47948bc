/**
 * The command line as typed: the usage text in both languages, each command's options, and the
 * parse into a `Parsed` command. Every refusal is a usage error (exit 2) worded in both languages;
 * main prints the one of the workbook named on the line, when there is one.
 */
import { parseArgs } from 'node:util';
import { isIsoDate, type IsoDate } from '../domain/dates';
import type { Language } from '../domain/model';
import { CliError, EXIT, type Bilingual } from './exitCodes';
import type { CliIo } from './io';
import { CHECK_OPTIONS, INIT_OPTIONS } from './ranges';
// statement: a customer's statement (rekeningoverzicht) as PDF and e-mail draft.
import { STATEMENT_OPTIONS } from './statement';

const USAGE_NL = `klant-inzicht <opdracht> BESTAND [opties]

Opdrachten:
  init BESTAND [--config consultant.json] [--language nl|en] [--force] [--adopt-columns] [--tables-from-ranges]
       [--extend-tables]
                                                            een Klant Inzicht-werkmap inrichten (of overnemen)
  check BESTAND [--fix] [--extend-tables]                   elke rij noemen die niet te lezen is en (als
                                                            waarschuwing) cellen waar de formules niet mee rekenen;
                                                            --fix zet datums en bedragen die als tekst staan om
                                                            (met een reservekopie naast het bestand)
  sort BESTAND [--force] [--adopt-columns]                  de werkmap bijwerken en sorteren, op zijn plaats

  --adopt-columns: neem kolommen met de naam van een kolom van het programma (Status, Openstaand,
  Volgorde) die uw eigen gegevens bevatten over; zonder deze optie blijven ze van u en zet het
  programma de zijne ernaast. De keuze wordt vastgelegd in Instellingen (kolom.<tabel>.<kolom>:
  Klant Inzicht of Eigen), dus een volgende init of sort heeft de optie niet meer nodig; een kolom
  die daar Eigen heeft, blijft van u.
  --tables-from-ranges (init): maak een tabel van elke lijst die geen Excel-tabel is en leest als een
  tabel van het programma, elke cel behouden. --extend-tables (check): neem de rijen die direct onder
  een tabel getypt zijn (en de kolommen rechts ervan) op in de tabel; (init): neem de kolommen rechts
  van een tabel (ook na een lege kolom, die dan een kop krijgt) op, zodat de kolommen van het
  programma erachter komen.
  report BESTAND [--json] [--html UIT]                      overzicht: kengetallen en grafieken
  remind BESTAND --out MAP [--pdf | --pdf=all]              de herinneringen van vandaag als .eml-concepten;
                                                            --pdf: ook een brief (pdf) voor elke veertiendagenbrief
                                                            en laatste aanmaning, --pdf=all: voor elke herinnering
  import BESTAND AFSCHRIFT [--apply] [--min-confidence N] [--mapping KOLOMMEN.json] [--force]
                                                            een bankafschrift (CAMT.053, bank-CSV) koppelen aan
                                                            openstaande facturen; proefrun zonder --apply
  import-invoices BESTAND FACTUUR.xml… [--dry-run] [--skip-invalid] [--force]
                                                            verzonden e-facturen en creditnota's (Peppol BIS 3.0,
                                                            UBL) inlezen in Facturen, nieuwe klanten in Klanten;
                                                            een geweigerd bestand houdt alles tegen, tenzij
                                                            --skip-invalid
  statement BESTAND (--customer KLANTNUMMER | --all-open) [--from JJJJ-MM-DD] [--until JJJJ-MM-DD] --out MAP
                                                            rekeningoverzicht per klant als pdf en e-mailconcept
                                                            (.eml); standaard de 12 maanden tot en met vandaag;
                                                            --all-open: elke klant met een open saldo

Opties voor elke opdracht:
  --today JJJJ-MM-DD   de dag waarvoor gerekend wordt (standaard: vandaag)
  --progress           voortgang op stderr, ook als dat geen terminal is
  -h, --help           deze tekst

Afsluitcodes: 0 in orde (alleen waarschuwingen veranderen dat niet), 1 rijfouten, 2 verkeerd gebruik,
3 bestand niet gevonden, 4 geen werkmap, 5 vergrendeld of alleen-lezen, 6 zou grafieken/draaitabellen/
macro's verliezen (gebruik --force), 8 probleem in de werkmap, 70 interne fout.
`;

const USAGE_EN = `klant-inzicht <command> FILE [options]

Commands:
  init FILE [--config consultant.json] [--language nl|en] [--force] [--adopt-columns] [--tables-from-ranges]
       [--extend-tables]
                                                            set up (or adopt) a Klant Inzicht workbook
  check FILE [--fix] [--extend-tables]                      list every row that cannot be read, and (as
                                                            warnings) cells the workbook's formulas cannot use;
                                                            --fix converts dates and amounts typed as text
                                                            (a backup of the file is kept beside it)
  sort FILE [--force] [--adopt-columns]                     refresh and sort the workbook in place

  --adopt-columns: take over columns named like the product's (Status, Openstaand, Volgorde) that
  hold your own data; without it they stay yours and the product adds its own beside them. The
  choice is recorded in Settings (column.<table>.<column>: Klant Inzicht or Own), so a later init or
  sort needs no flag; a column recorded as Own stays yours.
  --tables-from-ranges (init): make a table of each list that is no Excel table and reads as one of
  the product's tables, every cell kept. --extend-tables (check): take the rows typed directly below
  a table (and the columns to its right) into it; (init): take the columns right of a table (also
  past an empty column, which then gets a header) into it, so the product's columns go after them.
  report FILE [--json] [--html OUT]                         overview: figures and charts
  remind FILE --out DIR [--pdf | --pdf=all]                 today's reminder drafts as .eml files;
                                                            --pdf: also a letter (PDF) for every 14-day letter
                                                            and final notice, --pdf=all: for every reminder
  import FILE STATEMENT [--apply] [--min-confidence N] [--mapping MAP.json] [--force]
                                                            match a bank statement (CAMT.053, bank CSV) to
                                                            open invoices; dry run unless --apply
  import-invoices FILE INVOICE.xml… [--dry-run] [--skip-invalid] [--force]
                                                            read e-invoices and credit notes you sent (Peppol
                                                            BIS 3.0, UBL) into Invoices, new customers into
                                                            Customers; one refused file stops all of them,
                                                            unless --skip-invalid
  statement FILE (--customer NUMBER | --all-open) [--from YYYY-MM-DD] [--until YYYY-MM-DD] --out DIR
                                                            a statement of account per customer as PDF and e-mail
                                                            draft (.eml); by default the 12 months up to today;
                                                            --all-open: every customer with an open balance

Options for every command:
  --today YYYY-MM-DD   the day to compute for (default: today)
  --progress           show progress on stderr even when it is not a terminal
  -h, --help           this text

Exit codes: 0 ok (warnings alone do not change it), 1 row errors, 2 usage, 3 file not found, 4 not a workbook,
5 locked or read-only, 6 would lose charts/pivots/macros (use --force), 8 workbook problem,
70 internal error.
`;

export const USAGE: Bilingual = { nl: USAGE_NL, en: USAGE_EN };

export function usageIn(language: Language): string {
  return USAGE[language];
}

const COMMON = {
  today: { type: 'string' },
  progress: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const COMMANDS = {
  init: INIT_OPTIONS,
  check: CHECK_OPTIONS,
  sort: { force: { type: 'boolean', default: false }, 'adopt-columns': { type: 'boolean', default: false } },
  report: { json: { type: 'boolean', default: false }, html: { type: 'string' } },
  remind: { out: { type: 'string' }, pdf: { type: 'string' } },
  import: {
    apply: { type: 'boolean', default: false },
    'min-confidence': { type: 'string' },
    mapping: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  // import-invoices (UBL e-invoices): its own block.
  'import-invoices': {
    'dry-run': { type: 'boolean', default: false },
    'skip-invalid': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
  statement: STATEMENT_OPTIONS,
} as const;

type Command = keyof typeof COMMANDS;

export interface Parsed {
  command: Command;
  file: string;
  today: IsoDate;
  progress: boolean;
  values: Record<string, string | boolean | undefined>;
  /** import: the bank statement file. */
  statement?: string;
  /** import-invoices: the UBL files. */
  invoiceFiles?: string[];
}

function isCommand(s: string | undefined): s is Command {
  return s !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, s);
}

/** A usage error: the message, a blank line and the usage text, each in its language. */
function usageError(message: Bilingual): CliError {
  return new CliError(EXIT.usage, {
    nl: `${message.nl}\n\n${USAGE_NL}`,
    en: `${message.en}\n\n${USAGE_EN}`,
  });
}

/**
 * Node's parseArgs speaks English only; its errors carry stable codes, so the person gets them
 * in the workbook's language. The option as typed is taken from the message (quoted there).
 */
function parseArgsProblem(e: unknown): Bilingual {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  const message = e instanceof Error ? e.message : String(e);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { nl: `onbekende optie ${quoted}`, en: `unknown option ${quoted}` };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return {
        nl: `optie ${quoted.split(' ')[0] ?? quoted} heeft een waarde nodig`,
        en: `option ${quoted.split(' ')[0] ?? quoted} needs a value`,
      };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { nl: `onverwacht argument ${quoted}`, en: `unexpected argument ${quoted}` };
    default:
      return { nl: `ongeldige opdrachtregel (${message})`, en: `invalid command line (${message})` };
  }
}

/** `remind --pdf` alone means the letters; parseArgs has no option with an optional value. */
const PDF_LETTERS = 'letters';
const barePdf = (arg: string): string => (arg === '--pdf' ? `--pdf=${PDF_LETTERS}` : arg);

export function parseCommandLine(argv: readonly string[], io: CliIo): Parsed | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return 'help';
  if (!isCommand(command))
    throw usageError({ nl: `onbekende opdracht "${command}"`, en: `unknown command "${command}"` });
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: command === 'remind' ? rest.map(barePdf) : rest,
      options: { ...COMMON, ...COMMANDS[command] },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (e) {
    throw usageError(parseArgsProblem(e));
  }
  if (parsed.values.help) return 'help';
  const n = parsed.positionals.length;
  if (command === 'import' && n !== 2) {
    throw usageError({
      nl: `import heeft BESTAND en AFSCHRIFT nodig, gekregen: ${n} ${n === 1 ? 'argument' : 'argumenten'}`,
      en: `import needs FILE and STATEMENT, got ${n} arguments`,
    });
  }
  // import-invoices: the workbook and at least one invoice file.
  if (command === 'import-invoices' && n < 2) {
    throw usageError({
      nl: `import-invoices heeft BESTAND en minstens één FACTUUR.xml nodig, gekregen: ${n} ${n === 1 ? 'argument' : 'argumenten'}`,
      en: `import-invoices needs FILE and at least one INVOICE.xml, got ${n} arguments`,
    });
  }
  if (command !== 'import' && command !== 'import-invoices' && n !== 1) {
    throw usageError({
      nl: `${command} heeft precies één BESTAND nodig, gekregen: ${n}`,
      en: `${command} needs exactly one FILE, got ${n}`,
    });
  }
  const pdf = parsed.values.pdf;
  if (pdf !== undefined && pdf !== PDF_LETTERS && pdf !== 'all')
    throw usageError({
      nl: `--pdf neemt geen waarde of "all", niet "${pdf}"`,
      en: `--pdf takes no value or "all", not "${pdf}"`,
    });
  const today = (parsed.values.today as string | undefined) ?? io.today();
  if (!isIsoDate(today))
    throw new CliError(EXIT.usage, {
      nl: `--today moet een datum zijn als JJJJ-MM-DD (YYYY-MM-DD), niet "${today}"`,
      en: `--today must be a date as YYYY-MM-DD, got "${today}"`,
    });
  return {
    command,
    file: parsed.positionals[0] as string,
    today,
    progress: parsed.values.progress === true,
    values: parsed.values,
    ...(command === 'import' ? { statement: parsed.positionals[1] as string } : {}),
    ...(command === 'import-invoices' ? { invoiceFiles: parsed.positionals.slice(1) } : {}),
  };
}

/**
 * The workbook a command line names, read leniently (unknown options allowed), so that help and a
 * usage error can speak that workbook's language. Undefined when none is named.
 */
export function workbookNamedIn(argv: readonly string[]): string | undefined {
  const [command, ...rest] = argv;
  if (!isCommand(command)) return undefined;
  try {
    const { positionals } = parseArgs({
      args: rest,
      options: { ...COMMON, ...COMMANDS[command] },
      allowPositionals: true,
      strict: false,
    });
    return positionals[0];
  } catch {
    return undefined;
  }
}
