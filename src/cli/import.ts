/**
 * `klant-inzicht import FILE STATEMENT`: a bank statement (CAMT.053 or a bank CSV export) against
 * the workbook's open invoices. A dry run by default: it prints what each entry would book and
 * why. With --apply it books the entries "accept all above N" takes (one invoice, paid exactly,
 * nothing as likely beside it) and saves the workbook atomically; the rest are listed as skipped
 * with the reason, for the task pane where a person picks them one by one.
 */
import type { IsoDate } from '../domain/dates';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS, NAME_ONLY_CEILING, type GenericCsvMapping } from '../domain/bank';
import type { Language } from '../domain/model';
import { formatEuro } from '../domain/money';
import type { Book } from '../workbook/book';
import {
  applyImport,
  type ImportEntry,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
  type SkipReason,
} from '../workbook/operations';
import { streamImport, type ImportInput } from '../workbook/operations/importStatement';
import { hostNotes } from './chartNotes';
import { bytesToSave, refuseLoss } from './lossGuard';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { errnoOf, failureLanguage } from './failures';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import type { CliIo } from './io';
import { domainReason } from './domainText';
import { opening, progress } from './progress';
import { lineLabel, sayIn } from './summaries';

const DEFAULT_MIN_CONFIDENCE = 90;

export interface ImportCommand {
  file: string;
  statement: string;
  today: IsoDate;
  apply: boolean;
  /** Text as typed after --min-confidence (validated here). */
  minConfidence?: string;
  /** Path of a JSON column mapping for a bank CSV we do not recognise. */
  mapping?: string;
  force: boolean;
  progress: boolean;
}

/** Bank files are UTF-8 nowadays, but older exports are Windows-1252: decode that when UTF-8 does not fit. */
export function decodeStatement(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

/**
 * The largest statement read, in bytes: the parsers' own limit in characters, checked on the file's
 * size before a byte is read (a UTF-8 character is at least one byte, so nothing under it is
 * refused by the parsers later for length).
 */
export const MAX_STATEMENT_BYTES = DEFAULT_MAX_CHARS;

const WHAT = {
  statement: { nl: 'bankafschrift', en: 'statement' },
  mapping: { nl: 'kolomindeling', en: 'mapping file' },
} as const;

async function readText(path: string, kind: keyof typeof WHAT): Promise<Uint8Array> {
  const what = WHAT[kind];
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new CliError(EXIT.usage, {
        nl: `${what.nl} ${path} is een map`,
        en: `${what.en} ${path} is a folder`,
      });
    if (s.size > MAX_STATEMENT_BYTES) {
      const mb = (n: number) => `${Math.round(n / 1_000_000).toLocaleString('en')} MB`;
      throw new CliError(EXIT.notAWorkbook, {
        nl: `${what.nl} ${path} is te groot: ${mb(s.size)}, de grens is ${mb(MAX_STATEMENT_BYTES)}; niet gelezen. Exporteer een kortere periode`,
        en: `${what.en} ${path} is too large: ${mb(s.size)}, the limit is ${mb(MAX_STATEMENT_BYTES)}; not read. Export a shorter period`,
      });
    }
    return await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = errnoOf(e) ?? '';
    if (code === 'ENOENT')
      throw new CliError(EXIT.missingFile, {
        nl: `${what.nl} niet gevonden: ${path}`,
        en: `${what.en} not found: ${path}`,
      });
    if (code === 'EISDIR')
      throw new CliError(EXIT.usage, {
        nl: `${what.nl} ${path} is een map`,
        en: `${what.en} ${path} is a folder`,
      });
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `kan ${what.nl} ${path} niet lezen (${code || (e as Error).message})`,
      en: `cannot read ${what.en} ${path} (${code || (e as Error).message})`,
    });
  }
}

function parseMinConfidence(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MIN_CONFIDENCE;
  const n = Number(text);
  // A proposal on the payer's name alone must never be booked without a person choosing it.
  const lowest = NAME_ONLY_CEILING + 1;
  if (!/^\d{1,3}$/.test(text.trim()) || n > 100 || n < lowest)
    throw new CliError(EXIT.usage, {
      nl: `--min-confidence moet een geheel getal van ${lowest} tot en met 100 zijn, niet "${text}" (daaronder vallen voorstellen op alleen een naam, die u zelf kiest)`,
      en: `--min-confidence must be a whole number from ${lowest} to 100, got "${text}" (below that are proposals on a name alone, which you choose yourself)`,
    });
  return n;
}

async function readMapping(path: string | undefined): Promise<GenericCsvMapping | undefined> {
  if (!path) return undefined;
  const text = decodeStatement(await readText(path, 'mapping'));
  try {
    return JSON.parse(text) as GenericCsvMapping;
  } catch (e) {
    const why = (e as Error).message;
    throw new CliError(EXIT.usage, {
      nl: `kolomindeling ${path} is geen JSON: ${why}`,
      en: `mapping file ${path} is not JSON: ${why}`,
    });
  }
}

export { describeReason } from './importText';
import { describeReason, euro, FLAGS, SKIPPED } from './importText';

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function wouldBook(e: ImportEntry, min: number): boolean {
  const best = e.proposals[0];
  return e.autoAcceptable && !!best && best.confidence >= min;
}

function entryLine(e: ImportEntry, min: number, language: Language): string {
  const say = sayIn(language);
  const best = e.proposals[0];
  const mark = wouldBook(e, min) ? '+' : e.outcome === 'already-imported' ? '=' : ' ';
  const what = best
    ? [
        ...best.allocations.map((a) => `${a.invoiceNumber || a.customerNumber} ${euro(a.amountCents, say)}`),
        ...(best.unallocatedCents > 0
          ? [`${say('niet toegewezen', 'unallocated')} ${euro(best.unallocatedCents, say)}`]
          : []),
      ].join(', ') || say('niets', 'nothing')
    : '—';
  const why =
    e.outcome === 'already-imported'
      ? say('eerder ingelezen', 'imported before')
      : best
        ? describeReason(best.reason, language)
        : e.notes.map((n) => describeReason(n, language)).join('; ') || '';
  const flags = e.flags
    .filter((f) => f !== 'already-imported')
    .map((f) => FLAGS[f][language])
    .join(', ');
  const others = e.proposals.length - 1;
  const extra =
    others > 0 ? say(` (+${others} ${others === 1 ? 'ander' : 'andere'})`, ` (+${others} other)`) : '';
  return `${mark} ${e.bookingDate}  ${euro(e.amountCents, say).padStart(13)}  ${cut(e.counterpartyName ?? e.counterpartyIban ?? '', 24)}  ${String(best?.confidence ?? '').padStart(3)}  ${cut(what, 34)}  ${why}${extra}${flags ? `  [${flags}]` : ''}\n`;
}

function formatProblem(p: ImportProblem, language: Language = 'en'): string {
  const say = sayIn(language);
  const at = [
    p.row !== undefined ? `${say('rij', 'row')} ${p.row}` : '',
    p.column ? `${say('kolom', 'column')} ${p.column}` : '',
    p.path ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  const why = domainReason(p.code, p.message, language, p.path);
  return `${p.file}${at ? ` (${at})` : ''}: ${why}${p.value ? ` [${JSON.stringify(p.value)}]` : ''}`;
}

function printHead(preview: ImportPreview, io: CliIo, language: Language): void {
  const say = sayIn(language);
  for (const s of preview.statements) {
    const period = `${s.fromDate ?? '?'}..${s.toDate ?? '?'}`;
    io.stdout(
      say(
        `afschrift ${s.accountIban} ${period}: ${s.entries} ${s.entries === 1 ? 'regel' : 'regels'} (${preview.format ?? '?'})\n`,
        `statement ${s.accountIban} ${period}: ${s.entries} entries (${preview.format ?? '?'})\n`,
      ),
    );
  }
}

function columnHeads(language: Language): string {
  const [date, amount, from, proposal, why] =
    language === 'en'
      ? ['date', 'amount', 'from', 'proposal', 'why']
      : ['datum', 'bedrag', 'van', 'voorstel', 'waarom'];
  return `  ${date.padEnd(10)}  ${amount.padStart(13)}  ${from.padEnd(24)}  ${'%'.padStart(3)}  ${proposal.padEnd(34)}  ${why}\n`;
}

function printErrors(preview: ImportPreview, io: CliIo, language: Language): void {
  for (const p of preview.errors) io.stdout(`${lineLabel('error', language)}${formatProblem(p, language)}\n`);
}

function printPreview(preview: ImportPreview, min: number, io: CliIo, language: Language = 'en'): void {
  printHead(preview, io, language);
  if (preview.entries.length > 0) {
    io.stdout(columnHeads(language));
    for (const e of preview.entries) io.stdout(entryLine(e, min, language));
  }
  printErrors(preview, io, language);
}

/**
 * The dry run prints each entry as the import makes it and keeps none, so a million-line statement
 * is never held as a million shown entries; what it prints is printPreview's. Exported for
 * bench/bankImport.ts, which measures it.
 */
export async function dryRun(
  book: Book,
  input: ImportInput,
  min: number,
  io: CliIo,
  language: Language,
): Promise<{ preview: ImportPreview; entries: number; wouldBook: number }> {
  let entries = 0;
  let booked = 0;
  const preview = await streamImport(book, input, {
    head: (head) => printHead(head, io, language),
    entry: (e) => {
      if (entries === 0) io.stdout(columnHeads(language));
      entries += 1;
      if (wouldBook(e, min)) booked += 1;
      io.stdout(entryLine(e, min, language));
    },
  });
  printErrors(preview, io, language);
  return { preview, entries, wouldBook: booked };
}

function summary(result: ImportResult, language: Language): string {
  const reasons = new Map<SkipReason, number>();
  for (const s of result.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const why = [...reasons].map(([r, n]) => `${n} ${SKIPPED[r][language]}`).join(', ');
  const total = formatEuro(result.totalCents, language);
  const n = result.paymentsAdded;
  return sayIn(language)(
    `${n} ${n === 1 ? 'betaling' : 'betalingen'} geboekt (${total}) uit ${result.added.length} regels${why ? `; niet geboekt: ${why}` : ''}`,
    `booked ${n} payments (${total}) from ${result.added.length} entries${why ? `; skipped: ${why}` : ''}`,
  );
}

// ---------------------------------------------------------------- the command

export async function runImport(c: ImportCommand, io: CliIo): Promise<ExitCode> {
  const min = parseMinConfidence(c.minConfidence);
  const mapping = await readMapping(c.mapping);
  const text = decodeStatement(await readText(c.statement, 'statement'));
  const step = progress(io, c.progress, c.apply ? 4 : 3);
  step.step(opening(c.file));
  const book = await openWorkbookFile(c.file, io, c.apply ? 'save' : 'read');
  // Opening the workbook told failures.ts its language: the lines below speak it too.
  const language = failureLanguage();
  const say = sayIn(language);
  const input = { fileName: c.statement, text, today: c.today, ...(mapping ? { mapping } : {}) };
  if (!c.apply) {
    step.step({ nl: 'koppelen', en: 'matching' });
    const { preview, entries: of, wouldBook: n } = await dryRun(book, input, min, io, language);
    step.done();
    if (preview.needsMapping) return needsMapping(c, io);
    if (!preview.ok) return EXIT.rowErrors;
    io.stdout(
      say(
        `proefrun: ${n} van ${of} regels zouden worden geboekt bij --min-confidence ${min} (+); voer opnieuw uit met --apply om te schrijven\n`,
        `dry run: ${n} of ${of} entries would be booked at --min-confidence ${min} (+); run again with --apply to write\n`,
      ),
    );
    return preview.errors.length > 0 ? EXIT.rowErrors : EXIT.ok;
  }
  await assertWritable(c.file);
  refuseLoss(book, c.file, c.force);
  step.step({ nl: 'koppelen en boeken', en: 'matching and booking' });
  const result = await applyImport(book, { ...input, accept: { kind: 'all-above', minConfidence: min } });
  printPreview(result.preview, min, io, language);
  if (result.preview.needsMapping) return needsMapping(c, io);
  if (!result.ok) {
    step.done();
    const missingTable = result.errors.some((e) => e.code === 'missing-table');
    if (missingTable)
      io.stderr(
        language === 'en'
          ? `klant-inzicht: run "klant-inzicht init ${c.file}" first\n`
          : `klant-inzicht: voer eerst "klant-inzicht init ${c.file}" uit\n`,
      );
    return missingTable ? EXIT.workbookProblem : EXIT.rowErrors;
  }
  step.step({ nl: `${c.file} opslaan`, en: `saving ${c.file}` });
  await saveAtomically(c.file, await bytesToSave(book, c.force));
  step.done();
  hostNotes(book, io, language);
  io.stdout(`${summary(result, language)}\n`);
  if (result.lastBankImport)
    io.stdout(
      say(`laatste bankimport: ${result.lastBankImport}\n`, `last bank import: ${result.lastBankImport}\n`),
    );
  return result.errors.length > 0 ? EXIT.rowErrors : EXIT.ok;
}

function needsMapping(c: ImportCommand, io: CliIo): ExitCode {
  const example =
    '{"hasHeader":true,"dateFormat":"dd-mm-yyyy","decimal":",","date":"Datum","amount":"Bedrag","name":"Naam","iban":"Tegenrekening","description":"Omschrijving","accountIban":"NL..."}';
  io.stderr(
    failureLanguage() === 'en'
      ? `klant-inzicht: ${c.statement} is not an export of a bank this tool knows; pass --mapping MAPPING.json (e.g. ${example}); with --apply it is remembered in Settings\n`
      : `klant-inzicht: ${c.statement} is geen export van een bank die dit programma kent; geef --mapping KOLOMMEN.json mee (bijvoorbeeld ${example}); met --apply wordt die onthouden in Instellingen\n`,
  );
  return EXIT.usage;
}
