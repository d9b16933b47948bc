/**
 * `klant-inzicht import FILE STATEMENT`: a bank statement (CAMT.053 or a bank CSV export) against
 * the workbook's open invoices. A dry run by default: it prints what each entry would book and
 * why. With --apply it books the entries "accept all above N" takes (one invoice, paid exactly,
 * nothing as likely beside it) and saves the workbook atomically; the rest are listed as skipped
 * with the reason, for the task pane where a person picks them one by one.
 */
import type { IsoDate } from '../domain/dates';
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS, NAME_ONLY_CEILING, type GenericCsvMapping, type Reason } from '../domain/bank';
import type { Language } from '../domain/model';
import { cents, formatEuro } from '../domain/money';
import {
  applyImport,
  previewImport,
  type EntryFlag,
  type ImportEntry,
  type ImportPreview,
  type ImportProblem,
  type ImportResult,
  type SkipReason,
} from '../workbook/operations';
import { hostNotes } from './chartNotes';
import { bytesToSave, refuseLoss } from './lossGuard';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { errnoOf, failureLanguage } from './failures';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import type { CliIo } from './io';
import { domainReason } from './domainText';
import { opening, progress } from './progress';
import { lineLabel, sayIn, type Say } from './summaries';

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

// ---------------------------------------------------------------- text

type Words = (p: Reason['params'], say: Say) => string;

const REASONS: Record<Reason['code'], Words> = {
  'structured-reference': (p, say) =>
    say(`betalingskenmerk ${p.references}`, `payment reference ${p.references}`),
  'invoice-number': (p, say) =>
    say(
      `factuurnummer in de omschrijving (${p.invoices})`,
      `invoice number in the description (${p.invoices})`,
    ),
  'iban-amount': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, zelfde bedrag`,
      `account ${p.iban} is customer ${p.customer}'s, same amount`,
    ),
  'iban-sum-of-open': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, samen ${p.count} openstaande facturen`,
      `account ${p.iban} is customer ${p.customer}'s, sum of ${p.count} open invoices`,
    ),
  'iban-known': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, oudste facturen eerst`,
      `account ${p.iban} is customer ${p.customer}'s, oldest invoices first`,
    ),
  'iban-nothing-open': (p, say) =>
    say(
      `rekening ${p.iban} is van klant ${p.customer}, er staat niets open`,
      `account ${p.iban} is customer ${p.customer}'s, nothing open`,
    ),
  'name-amount': (p, say) =>
    say(
      `zelfde bedrag, naam lijkt erop (${p.name}, ${p.score}%)`,
      `same amount, name alike (${p.name}, ${p.score}%)`,
    ),
  'name-only': (p, say) =>
    say(
      `alleen de naam komt overeen met klant ${p.customer} (${p.name}, ${p.score}%), ${p.count === 1 ? '1 openstaande factuur' : `${p.count} openstaande facturen`} samen ${euro(p.open, say)}: controleer zelf`,
      `only the name matches customer ${p.customer} (${p.name}, ${p.score}%), ${p.count === 1 ? '1 open invoice' : `${p.count} open invoices`} totalling ${euro(p.open, say)}: check it yourself`,
    ),
  'reversal-of-payment': (p, say) =>
    say(
      `draait de betaling van ${p.date} terug op ${p.invoice || 'geen factuur'}`,
      `undoes the payment of ${p.date} on ${p.invoice || 'no invoice'}`,
    ),
  'partial-payment': (p, say) =>
    say(
      `deelbetaling: ${euro(p.paid, say)} van ${euro(p.open, say)}`,
      `partial: ${euro(p.paid, say)} of ${euro(p.open, say)}`,
    ),
  'over-payment': (p, say) =>
    say(`te veel betaald ${euro(p.amount, say)}`, `over-payment ${euro(p.amount, say)}`),
  'already-paid': (p, say) =>
    say(`factuur ${p.invoice} is al betaald`, `invoice ${p.invoice} is already paid`),
  'invalid-reference': (p, say) =>
    say(
      `kenmerk ${p.reference} heeft verkeerde controlecijfers`,
      `reference ${p.reference} has wrong check digits`,
    ),
  'ignored-debit': (_, say) => say('geld eraf: overgeslagen', 'money out: ignored'),
  'ignored-reversal-of-debit': (_, say) =>
    say('terugboeking van geld eraf: overgeslagen', 'reversal of money out: ignored'),
  'ignored-not-booked': (_, say) => say('nog niet geboekt: overgeslagen', 'not booked yet: ignored'),
  'ignored-currency': (p, say) =>
    say(`valuta ${p.currency}: overgeslagen`, `currency ${p.currency}: ignored`),
  'ignored-zero': (_, say) => say('bedrag nul: overgeslagen', 'zero amount: ignored'),
  'reversal-unmatched': (_, say) =>
    say('terugboeking van een betaling die niet is gevonden', 'reversal of a payment not found'),
  'no-match': (_, say) => say('geen factuur gevonden', 'no invoice found'),
};

/** Why an entry was not booked by --apply, as summary() counts them. */
const SKIPPED: Record<SkipReason, { nl: string; en: string }> = {
  'already-imported': { nl: 'al eerder ingelezen', en: 'already-imported' },
  ignored: { nl: 'overgeslagen', en: 'ignored' },
  unmatched: { nl: 'zonder factuur', en: 'unmatched' },
  'below-confidence': { nl: 'onder de zekerheid', en: 'below-confidence' },
  'needs-review': { nl: 'zelf nakijken', en: 'needs-review' },
  'not-chosen': { nl: 'niet gekozen', en: 'not-chosen' },
  'unknown-entry': { nl: 'onbekende regel', en: 'unknown-entry' },
  'unknown-proposal': { nl: 'onbekend voorstel', en: 'unknown-proposal' },
  'duplicate-choice': { nl: 'dubbel gekozen', en: 'duplicate-choice' },
  'would-overpay': { nl: 'zou te veel betalen', en: 'would-overpay' },
  'nothing-to-book': { nl: 'niets te boeken', en: 'nothing-to-book' },
  'invalid-payment': { nl: 'ongeldige betaling', en: 'invalid-payment' },
};

/** The marks after an entry, in brackets. */
const FLAGS: Record<EntryFlag, { nl: string; en: string }> = {
  partial: { nl: 'deelbetaling', en: 'partial' },
  'over-payment': { nl: 'te veel betaald', en: 'over-payment' },
  'already-paid': { nl: 'al betaald', en: 'already paid' },
  'several-invoices': { nl: 'meerdere facturen', en: 'several invoices' },
  reversal: { nl: 'terugboeking', en: 'reversal' },
  'debit-ignored': { nl: 'geld eraf, overgeslagen', en: 'money out, ignored' },
  ignored: { nl: 'overgeslagen', en: 'ignored' },
  unmatched: { nl: 'zonder factuur', en: 'unmatched' },
  'already-imported': { nl: 'al eerder ingelezen', en: 'imported before' },
  'invalid-reference': { nl: 'ongeldig kenmerk', en: 'invalid reference' },
};

/** An amount as the workbook's language writes it (€ 1.210,00 or €1,210.00). */
const euro = (v: string | number | undefined, say: Say): string =>
  typeof v === 'number' ? say(formatEuro(cents(v), 'nl'), formatEuro(cents(v), 'en')) : String(v ?? '');

export function describeReason(r: Reason, language: Language = 'en'): string {
  return REASONS[r.code](r.params, sayIn(language));
}

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

function printPreview(preview: ImportPreview, min: number, io: CliIo, language: Language = 'en'): void {
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
  if (preview.entries.length > 0) {
    const [date, amount, from, proposal, why] =
      language === 'en'
        ? ['date', 'amount', 'from', 'proposal', 'why']
        : ['datum', 'bedrag', 'van', 'voorstel', 'waarom'];
    io.stdout(
      `  ${date.padEnd(10)}  ${amount.padStart(13)}  ${from.padEnd(24)}  ${'%'.padStart(3)}  ${proposal.padEnd(34)}  ${why}\n`,
    );
    for (const e of preview.entries) io.stdout(entryLine(e, min, language));
  }
  for (const p of preview.errors) io.stdout(`${lineLabel('error', language)}${formatProblem(p, language)}\n`);
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
    const preview = await previewImport(book, input);
    step.done();
    printPreview(preview, min, io, language);
    if (preview.needsMapping) return needsMapping(c, io);
    if (!preview.ok) return EXIT.rowErrors;
    const n = preview.entries.filter((e) => wouldBook(e, min)).length;
    const of = preview.entries.length;
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
