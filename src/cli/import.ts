/**
 * `klant-inzicht import FILE STATEMENT`: a bank statement (CAMT.053 or a bank CSV export) against
 * the workbook's open invoices. A dry run by default: it prints what each entry would book and
 * why. With --apply it books the entries "accept all above N" takes (one invoice, paid exactly,
 * nothing as likely beside it) and saves the workbook atomically; the rest are listed as skipped
 * with the reason, for the task pane where a person picks them one by one.
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS, type GenericCsvMapping, type Reason } from '../domain/bank';
import { formatEuro } from '../domain/money';
import {
  applyImport,
  previewImport,
  type ImportEntry,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
} from '../workbook/operations';
import { bytesToSave, refuseLoss } from './lossGuard';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { errnoOf, failureLanguage } from './failures';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import type { CliIo } from './io';
import { progress } from './progress';

export const DEFAULT_MIN_CONFIDENCE = 90;

export interface ImportCommand {
  file: string;
  statement: string;
  today: string;
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
  if (!/^\d{1,3}$/.test(text.trim()) || n > 100)
    throw new CliError(EXIT.usage, {
      nl: `--min-confidence moet een geheel getal van 0 tot en met 100 zijn, niet "${text}"`,
      en: `--min-confidence must be a whole number from 0 to 100, got "${text}"`,
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

// ---------------------------------------------------------------- text

const REASONS: Record<Reason['code'], (p: Reason['params']) => string> = {
  'structured-reference': (p) => `payment reference ${p.references}`,
  'invoice-number': (p) => `invoice number in the description (${p.invoices})`,
  'iban-amount': (p) => `account ${p.iban} is customer ${p.customer}'s, same amount`,
  'iban-sum-of-open': (p) => `account ${p.iban} is customer ${p.customer}'s, sum of ${p.count} open invoices`,
  'iban-known': (p) => `account ${p.iban} is customer ${p.customer}'s, oldest invoices first`,
  'iban-nothing-open': (p) => `account ${p.iban} is customer ${p.customer}'s, nothing open`,
  'name-amount': (p) => `same amount, name alike (${p.name}, ${p.score}%)`,
  'reversal-of-payment': (p) => `undoes the payment of ${p.date} on ${p.invoice || 'no invoice'}`,
  'partial-payment': (p) => `partial: ${euro(p.paid)} of ${euro(p.open)}`,
  'over-payment': (p) => `over-payment ${euro(p.amount)}`,
  'already-paid': (p) => `invoice ${p.invoice} is already paid`,
  'invalid-reference': (p) => `reference ${p.reference} has wrong check digits`,
  'ignored-debit': () => 'money out: ignored',
  'ignored-reversal-of-debit': () => 'reversal of money out: ignored',
  'ignored-not-booked': () => 'not booked yet: ignored',
  'ignored-currency': (p) => `currency ${p.currency}: ignored`,
  'ignored-zero': () => 'zero amount: ignored',
  'reversal-unmatched': () => 'reversal of a payment not found',
  'no-match': () => 'no invoice found',
};

const euro = (v: string | number | undefined): string =>
  typeof v === 'number' ? formatEuro(v, 'nl') : String(v ?? '');

export function describeReason(r: Reason): string {
  return REASONS[r.code](r.params);
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function wouldBook(e: ImportEntry, min: number): boolean {
  const best = e.proposals[0];
  return e.autoAcceptable && !!best && best.confidence >= min;
}

function entryLine(e: ImportEntry, min: number): string {
  const best = e.proposals[0];
  const mark = wouldBook(e, min) ? '+' : e.outcome === 'already-imported' ? '=' : ' ';
  const what = best
    ? [
        ...best.allocations.map((a) => `${a.invoiceNumber || a.customerNumber} ${euro(a.amountCents)}`),
        ...(best.unallocatedCents > 0 ? [`unallocated ${euro(best.unallocatedCents)}`] : []),
      ].join(', ') || 'nothing'
    : '—';
  const why =
    e.outcome === 'already-imported'
      ? 'imported before'
      : best
        ? describeReason(best.reason)
        : e.notes.map(describeReason).join('; ') || '';
  const flags = e.flags.filter((f) => f !== 'already-imported').join(', ');
  const extra = e.proposals.length > 1 ? ` (+${e.proposals.length - 1} other)` : '';
  return `${mark} ${e.bookingDate}  ${euro(e.amountCents).padStart(13)}  ${cut(e.counterpartyName ?? e.counterpartyIban ?? '', 24)}  ${String(best?.confidence ?? '').padStart(3)}  ${cut(what, 34)}  ${why}${extra}${flags ? `  [${flags}]` : ''}\n`;
}

export function formatProblem(p: ImportProblem): string {
  const at = [p.row !== undefined ? `row ${p.row}` : '', p.column ? `column ${p.column}` : '', p.path ?? '']
    .filter(Boolean)
    .join(', ');
  return `${p.file}${at ? ` (${at})` : ''}: ${p.message}${p.value ? ` [${JSON.stringify(p.value)}]` : ''}`;
}

export function printPreview(preview: ImportPreview, min: number, io: CliIo): void {
  for (const s of preview.statements) {
    io.stdout(
      `statement ${s.accountIban} ${s.fromDate ?? '?'}..${s.toDate ?? '?'}: ${s.entries} entries (${preview.format ?? '?'})\n`,
    );
  }
  if (preview.entries.length > 0) {
    io.stdout(
      `  ${'date'.padEnd(10)}  ${'amount'.padStart(13)}  ${'from'.padEnd(24)}  ${'%'.padStart(3)}  ${'proposal'.padEnd(34)}  why\n`,
    );
    for (const e of preview.entries) io.stdout(entryLine(e, min));
  }
  for (const p of preview.errors) io.stdout(`error   ${formatProblem(p)}\n`);
}

function summary(result: ImportResult): string {
  const reasons = new Map<string, number>();
  for (const s of result.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const why = [...reasons].map(([r, n]) => `${n} ${r}`).join(', ');
  return `booked ${result.paymentsAdded} payments (${formatEuro(result.totalCents, 'nl')}) from ${result.added.length} entries${why ? `; skipped: ${why}` : ''}`;
}

// ---------------------------------------------------------------- the command

export async function runImport(c: ImportCommand, io: CliIo): Promise<ExitCode> {
  const min = parseMinConfidence(c.minConfidence);
  const mapping = await readMapping(c.mapping);
  const text = decodeStatement(await readText(c.statement, 'statement'));
  const step = progress(io, c.progress, c.apply ? 4 : 3);
  step.step(`opening ${c.file}`);
  const book = await openWorkbookFile(c.file, io, c.apply ? 'save' : 'read');
  const input = { fileName: c.statement, text, today: c.today, ...(mapping ? { mapping } : {}) };
  if (!c.apply) {
    step.step('matching');
    const preview = await previewImport(book, input);
    step.done();
    printPreview(preview, min, io);
    if (preview.needsMapping) return needsMapping(c, io);
    if (!preview.ok) return EXIT.rowErrors;
    const n = preview.entries.filter((e) => wouldBook(e, min)).length;
    io.stdout(
      `dry run: ${n} of ${preview.entries.length} entries would be booked at --min-confidence ${min} (+); run again with --apply to write\n`,
    );
    return preview.errors.length > 0 ? EXIT.rowErrors : EXIT.ok;
  }
  await assertWritable(c.file);
  refuseLoss(book, c.file, c.force);
  step.step('matching and booking');
  const result = await applyImport(book, { ...input, accept: { kind: 'all-above', minConfidence: min } });
  printPreview(result.preview, min, io);
  if (result.preview.needsMapping) return needsMapping(c, io);
  if (!result.ok) {
    step.done();
    const missingTable = result.errors.some((e) => e.code === 'missing-table');
    if (missingTable)
      io.stderr(
        failureLanguage() === 'en'
          ? `klant-inzicht: run "klant-inzicht init ${c.file}" first\n`
          : `klant-inzicht: voer eerst "klant-inzicht init ${c.file}" uit\n`,
      );
    return missingTable ? EXIT.workbookProblem : EXIT.rowErrors;
  }
  step.step(`saving ${c.file}`);
  await saveAtomically(c.file, await bytesToSave(book, c.force));
  step.done();
  for (const n of book.notes) if (!n.startsWith('chart ')) io.stderr(`note: ${n}\n`);
  io.stdout(`${summary(result)}\n`);
  if (result.lastBankImport) io.stdout(`last bank import: ${result.lastBankImport}\n`);
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
