/**
 * The CLI's side of lists beside or instead of tables: `check` names every row typed directly
 * below a table (and every column to its right), `check --extend-tables` takes them into the
 * table; `init` names every plain range that reads as one of the product's tables and, with
 * `--tables-from-ranges`, makes it one. Each line says exactly where and what.
 */
import type { Language } from '../domain/model';
import type { Book } from '../workbook/book';
import { aliasesFromConfig, type ConsultantConfig } from '../workbook/config';
import {
  extendTables,
  findRangeOffers,
  findTableSides,
  tablesFromRanges,
  type RangeOffer,
  type TableSide,
} from '../workbook/operations/ranges';
import { loadLedger } from '../workbook/operations';
import { tableSpec } from '../workbook/schema';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import { bytesToSave, refuseLoss } from './lossGuard';
import type { CliIo } from './io';
import { lineLabel, sayIn } from './summaries';

function rowsText(s: TableSide, language: Language): string {
  const r = s.rows;
  if (!r) return '';
  const n = r.last - r.first + 1;
  const span = n === 1 ? `${r.first}` : `${r.first}-${r.last}`;
  return sayIn(language)(`${n === 1 ? 'rij' : 'rijen'} ${span}`, `${n === 1 ? 'row' : 'rows'} ${span}`);
}

function columnsText(s: TableSide, language: Language): string {
  const c = s.columns;
  if (!c) return '';
  const span = c.first === c.last ? c.first : `${c.first}:${c.last}`;
  const names = c.headers.map((h) => (h === null ? '?' : JSON.stringify(h))).join(', ');
  return sayIn(language)(
    `${c.headers.length === 1 ? 'kolom' : 'kolommen'} ${span} (${names})`,
    `${c.headers.length === 1 ? 'column' : 'columns'} ${span} (${names})`,
  );
}

/** check: one warning per table with something typed beside it, and the offer. */
export async function besideLines(book: Book, file: string, language: Language): Promise<string[]> {
  const say = sayIn(language);
  const lines: string[] = [];
  for (const s of await findTableSides(book, { language })) {
    const label = lineLabel('warning', language);
    const named = s.columns?.named ? ` (${namedText(s.columns, language, false)})` : '';
    if (s.rows)
      lines.push(
        label +
          say(
            `${s.sheet} ${rowsText(s, language)}: direct onder tabel ${s.table} getypt maar geen deel ervan, dus niet meegeteld; ` +
              `"klant-inzicht check ${file} --extend-tables" neemt ze op in de tabel`,
            `${s.sheet} ${rowsText(s, language)}: typed directly below table ${s.table} but not part of it, so not counted; ` +
              `"klant-inzicht check ${file} --extend-tables" takes them into the table`,
          ),
      );
    if (s.columns)
      lines.push(
        label +
          say(
            `${s.sheet} ${columnsText(s, language)}: direct rechts van tabel ${s.table} getypt maar geen deel ervan${named}; ` +
              (s.columnsBlocked
                ? 'geef elke kolom eerst een eigen kop, dan kan --extend-tables hem opnemen'
                : `--extend-tables neemt ${s.columns.headers.length === 1 ? 'hem' : 'ze'} op in de tabel`),
            `${s.sheet} ${columnsText(s, language)}: typed directly right of table ${s.table} but not part of it${named}; ` +
              (s.columnsBlocked
                ? 'give every column a header of its own first, then --extend-tables can take it in'
                : `--extend-tables takes ${s.columns.headers.length === 1 ? 'it' : 'them'} into the table`),
          ),
      );
  }
  return lines;
}

/** What a table took in: "tabel X (Blad) uitgebreid met kolommen E:F (...); ...". */
function extendedText(s: TableSide, language: Language): string {
  const say = sayIn(language);
  const what = [rowsText(s, language), columnsText(s, language)]
    .filter((x) => x !== '')
    .join(say(' en ', ' and '));
  const named = s.columns?.named ? `; ${namedText(s.columns, language, true)}` : '';
  return say(
    `tabel ${s.table} (${s.sheet}) uitgebreid met ${what}${named}; elke cel staat waar hij stond`,
    `table ${s.table} (${s.sheet}) extended over ${what}${named}; every cell stays where it was`,
  );
}

/** check --extend-tables: grows the tables and says what each took in (the caller saves). */
async function extendTablesLines(book: Book, language: Language): Promise<string[]> {
  const say = sayIn(language);
  const done = await extendTables(book, { language });
  if (done.length === 0)
    return [say('uitbreiden: niets getypt naast een tabel', 'extend: nothing typed beside a table')];
  return done.map((s) => extendedText(s, language));
}

/**
 * init, before setting up: a table of the product's that lacks some of its columns, with columns
 * of the person's to its right ("Notities", past an empty column or not) where the set-up would put
 * them. Without
 * --extend-tables it is offered and init stops, changing nothing; with it the table grows over
 * them (each note then moves with its row when sorted) and the product's columns go after them.
 * The lines saying so go to `made`. Returns true when init should stop.
 */
export async function sidesBeforeSetUp(
  book: Book,
  p: Invocation,
  io: CliIo,
  language: Language,
  made: string[],
  config?: ConsultantConfig,
): Promise<boolean> {
  const say = sayIn(language);
  // The consultant's aliases make a table the product's, as rangesBeforeSetUp and setUp read it.
  const args = { language, ...(config ? { aliases: aliasesFromConfig(config) } : {}) };
  const sides = (await findTableSides(book, args)).filter(
    (s) => s.part && s.missing && s.columns && !s.columnsBlocked,
  );
  if (sides.length === 0) return false;
  if (p.values['extend-tables'] === true) {
    const tables = sides.map((s) => s.table);
    // Only the columns offered: rows typed below a table are check --extend-tables' business.
    for (const s of await extendTables(book, { ...args, tables, columnsOnly: true }))
      made.push(extendedText(s, language));
    return false;
  }
  for (const s of sides) {
    const named = s.columns?.named ? ` (${namedText(s.columns, language, false)})` : '';
    const one = s.columns?.headers.length === 1;
    io.stdout(
      lineLabel('notice', language) +
        say(
          `${s.sheet} ${columnsText(s, language)}: direct rechts van tabel ${s.table} getypt maar geen deel ervan${named}; ` +
            `"klant-inzicht init ${p.file} --extend-tables" neemt ${one ? 'hem' : 'ze'} op in de tabel en zet de kolommen van Klant Inzicht erachter\n`,
          `${s.sheet} ${columnsText(s, language)}: typed directly right of table ${s.table} but not part of it${named}; ` +
            `"klant-inzicht init ${p.file} --extend-tables" takes ${one ? 'it' : 'them'} into the table and puts Klant Inzicht's columns after ${one ? 'it' : 'them'}\n`,
        ),
    );
  }
  io.stdout(`${say('er is niets gewijzigd', 'nothing was changed')}\n`);
  return true;
}

function offerText(o: RangeOffer, language: Language): string {
  const say = sayIn(language);
  const headers = o.headers.map((h) => (h === '' ? say('(zonder kop)', '(no header)') : h)).join(', ');
  return say(
    `${o.sheet}!${o.address} (${o.rows} ${o.rows === 1 ? 'rij' : 'rijen'}, kolommen ${headers}) lijkt op ${o.table}`,
    `${o.sheet}!${o.address} (${o.rows} ${o.rows === 1 ? 'row' : 'rows'}, columns ${headers}) reads as ${o.table}`,
  );
}

/** The empty columns inside a list and the header each gets: "lege kolom E krijgt de kop "Kolom E"". */
function namedText(
  o: { named?: { column: string; header: string }[] | undefined },
  language: Language,
  done: boolean,
): string {
  const say = sayIn(language);
  return (o.named ?? [])
    .map((n) =>
      done
        ? say(
            `de lege kolom ${n.column} kreeg de kop "${n.header}"`,
            `empty column ${n.column} was headed "${n.header}"`,
          )
        : say(
            `de lege kolom ${n.column} krijgt de kop "${n.header}"`,
            `empty column ${n.column} gets the header "${n.header}"`,
          ),
    )
    .join(', ');
}

const BLOCKED: Record<NonNullable<RangeOffer['blocked']>, Record<Language, string>> = {
  'no-header': {
    nl: 'een kolom zonder kop: geef elke kolom een kop',
    en: 'a column without a header: give each one a header',
  },
  'duplicate-header': {
    nl: 'een kop die twee keer voorkomt: maak de koppen uniek',
    en: 'a header used twice: make the headers unique',
  },
  'name-taken': { nl: 'er is al een tabel met die naam', en: 'a table of that name already exists' },
  filtered: {
    nl: 'het filter van het blad verbergt rijen: wis het filter (Gegevens > Wissen) en probeer het opnieuw',
    en: "the sheet's filter hides rows: clear the filter (Data > Clear) and try again",
  },
};

/** init's and check's options, with the flags of this module. */
export const INIT_OPTIONS = {
  config: { type: 'string' },
  language: { type: 'string' },
  force: { type: 'boolean', default: false },
  'adopt-columns': { type: 'boolean', default: false },
  'tables-from-ranges': { type: 'boolean', default: false },
  'extend-tables': { type: 'boolean', default: false },
} as const;
export const CHECK_OPTIONS = {
  fix: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'extend-tables': { type: 'boolean', default: false },
} as const;

interface Invocation {
  file: string;
  values: Record<string, string | boolean | undefined>;
}

/**
 * init, before setting up: plain ranges that read as the product's tables. Without
 * --tables-from-ranges they are offered; init then stops, changing nothing, when the customers or
 * invoices are such a list or a list lies on a sheet other than its part's, and otherwise goes on
 * (set-up skips the side part whose sheet holds the list). With the flag they become tables, and setUp
 * adopts them; the lines saying so go to `made`, for the caller to print once the file is saved (a
 * set-up that fails after them saves nothing).
 * Returns true when init should stop.
 */
export async function rangesBeforeSetUp(
  book: Book,
  p: Invocation,
  io: CliIo,
  config?: ConsultantConfig,
  /** The lines saying which tables were made: the caller prints them once the file is saved. */
  made: string[] = [],
): Promise<boolean> {
  const typed = p.values.language;
  const language: Language = typed === 'en' || typed === 'nl' ? typed : (config?.language ?? 'nl');
  const say = sayIn(language);
  const args = { language, ...(config ? { aliases: aliasesFromConfig(config) } : {}) };
  const offers = await findRangeOffers(book, args);
  if (offers.length === 0) return false;
  const print = (line: string): void => io.stdout(`${line}\n`);
  for (const o of offers.filter((x) => x.blocked))
    print(
      lineLabel('warning', language) +
        offerText(o, language) +
        say(', maar wordt geen tabel: ', ', but cannot become a table: ') +
        BLOCKED[o.blocked ?? 'no-header'][language] +
        (o.headless
          ? o.headless.length === 1
            ? say(` (kolom ${o.headless.join('')})`, ` (column ${o.headless.join('')})`)
            : say(` (kolommen ${o.headless.join(', ')})`, ` (columns ${o.headless.join(', ')})`)
          : ''),
    );
  const open = offers.filter((o) => !o.blocked);
  if (open.length === 0) return false;
  if (p.values['tables-from-ranges'] !== true) {
    // A side list (payments, contacts, ...) on the sheet its part would take makes setUp skip that
    // part, so the rest can be set up. Stop for a list elsewhere (setUp would put an empty table
    // beside it) and for the customers or invoices themselves (a set-up without them is no use).
    const onOwnSheet = (o: RangeOffer): boolean => {
      const spec = tableSpec(o.part);
      return [spec.nl, spec.en].some((n) => n.toLowerCase() === o.sheet.toLowerCase());
    };
    const core = (o: RangeOffer): boolean => o.part === 'invoices' || o.part === 'customers';
    const stop = open.some((o) => core(o) || !onOwnSheet(o));
    for (const o of open)
      print(
        lineLabel('notice', language) +
          offerText(o, language) +
          say(
            `; "klant-inzicht init ${p.file} --tables-from-ranges" maakt er een tabel van, zonder een cel te verliezen`,
            `; "klant-inzicht init ${p.file} --tables-from-ranges" makes it a table, losing no cell`,
          ) +
          (o.named ? ` (${namedText(o, language, false)})` : ''),
      );
    if (!stop) return false;
    print(say('er is niets gewijzigd', 'nothing was changed'));
    return true;
  }
  for (const o of await tablesFromRanges(book, args))
    made.push(
      say(
        `tabel ${o.table} gemaakt van ${o.sheet}!${o.address}: kopregel ongewijzigd${o.named ? ` (behalve: ${namedText(o, language, true)})` : ''}, ${o.rows} ${o.rows === 1 ? 'rij' : 'rijen'} en ${o.headers.length} kolommen, elke cel behouden${o.sheetFilter ? '; het filter van het blad is vervangen door dat van de tabel' : ''}`,
        `made table ${o.table} of ${o.sheet}!${o.address}: header row as typed${o.named ? ` (but: ${namedText(o, language, true)})` : ''}, ${o.rows} ${o.rows === 1 ? 'row' : 'rows'} and ${o.headers.length} columns, every cell kept${o.sheetFilter ? "; the sheet's filter was replaced by the table's" : ''}`,
      ),
    );
  return false;
}

/** check --extend-tables: extend, save only when something changed, say what (before the check). */
export async function extendTablesIfAsked(p: Invocation, io: CliIo): Promise<void> {
  if (p.values['extend-tables'] !== true) return;
  const { file } = p;
  const force = p.values.force === true;
  const book = await openWorkbookFile(file);
  await assertWritable(file);
  refuseLoss(book, file, force);
  const language = (await loadLedger(book)).language;
  const sides = await findTableSides(book, { language });
  const lines = await extendTablesLines(book, language);
  if (sides.some((s) => s.rows || (s.columns && !s.columnsBlocked)))
    await saveAtomically(file, await bytesToSave(book, force));
  for (const line of lines) io.stdout(`${line}\n`);
}
