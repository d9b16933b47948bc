/**
 * `klant-inzicht statement FILE [--customer K | --all-open] [--from D --until D] --out DIR`: per
 * customer a statement as PDF and an e-mail draft (.eml) with that PDF attached and the payment QR
 * inline. The period defaults to the twelve months up to today. Only reads the workbook.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, addMonths, isIsoDate, type IsoDate } from '../domain/dates';
import { indexLedger } from '../domain/ledger';
import type { Cents } from '../domain/money';
import type { Ledger } from '../domain/model';
import {
  customersWithOpenBalance,
  statementEmail,
  statementMoney,
  statementOf,
  statementQr,
  statementWords,
  type Statement,
  type StatementPeriod,
} from '../domain/statement';
import { statementPdf } from '../pdf/statementPdf';
import type { Parsed } from './commandLine';
import { buildEml, emlParties } from './eml';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { noteWriting, noteWritten, writeOutcome } from './failures';
import { makeOutputDir, writeOutputFile } from './files';
import type { CliIo } from './io';
import { qrGif } from './qrImage';
import { QR_CAPTION } from './qrText';
import { load, unreadRowsLine } from './readWorkbook';
import { sayIn } from './summaries';
import { withUsableEmails } from './traderCommands';

export const STATEMENT_OPTIONS = {
  customer: { type: 'string' },
  'all-open': { type: 'boolean', default: false },
  from: { type: 'string' },
  until: { type: 'string' },
  out: { type: 'string' },
} as const;

interface StatementFile {
  customerNumber: string;
  pdfName: string;
  pdf: Uint8Array;
  emlName: string;
  eml: string;
  statement: Statement;
  /** Why the statement has no payment QR, in its language. */
  noQr?: string;
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
}

/** The statement, its PDF and its e-mail draft for one customer. */
async function statementFile(
  ledger: Ledger,
  customerNumber: string,
  period: StatementPeriod,
  today: IsoDate,
  index = indexLedger(ledger),
): Promise<StatementFile> {
  const s = statementOf(ledger, customerNumber, period, today, index);
  const words = statementWords(s.language);
  const qr = statementQr(s, ledger.settings);
  const pdf = await statementPdf(s, ledger.settings);
  const base = `${safeName(customerNumber)}_${s.language === 'nl' ? 'rekeningoverzicht' : 'statement'}_${period.until}`;
  const mail = statementEmail(s, ledger.settings, qr);
  const eml = buildEml({
    ...emlParties(ledger.settings, s.customer),
    subject: mail.subject,
    body: mail.body,
    date: today,
    messageId: `${today}.${safeName(customerNumber)}.statement.${period.from}.${period.until}@klant-inzicht.invalid`,
    ...(qr.result.ok
      ? {
          inlineImage: {
            contentId: `betaal-qr.${safeName(customerNumber)}@klant-inzicht.invalid`,
            contentType: 'image/gif' as const,
            data: qrGif(qr.result.payload),
            fileName: s.language === 'nl' ? 'betaal-qr.gif' : 'payment-qr.gif',
            ...QR_CAPTION[s.language],
          },
        }
      : {}),
    attachments: [{ fileName: `${base}.pdf`, contentType: 'application/pdf', data: pdf }],
  });
  return {
    customerNumber,
    pdfName: `${base}.pdf`,
    pdf,
    emlName: `${base}.eml`,
    eml,
    statement: s,
    ...(qr.result.ok ? {} : { noQr: `${words.noQr}: ${words.qrWhy[qr.result.problem.code]}` }),
  };
}

/** A PDF written whole or not at all: a temp file beside it, then a rename. */
async function writeBinary(path: string, data: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  noteWriting(path, false);
  try {
    const handle = await open(temp, 'w', 0o644);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    noteWritten();
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : '';
    // A full disk or a refusal by the system: failures.ts says it, with what was written.
    if (['ENOSPC', 'EDQUOT', 'EIO', 'EACCES', 'EPERM', 'EROFS'].includes(code)) throw e;
    const outcome = writeOutcome({ failedNamed: true });
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `kan ${path} niet schrijven (${code || 'onbekende fout'}); ${outcome.nl}`,
      en: `cannot write ${path} (${code || 'unknown error'}); ${outcome.en}`,
    });
  }
}

function dateOption(p: Parsed, name: 'from' | 'until'): IsoDate | undefined {
  const value = p.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new CliError(EXIT.usage, {
      nl: `--${name} moet een datum zijn als JJJJ-MM-DD, niet "${String(value)}"`,
      en: `--${name} must be a date as YYYY-MM-DD, got "${String(value)}"`,
    });
  return value;
}

/** The period asked for: by default the twelve months up to today (until − 12 months + 1 day). */
function periodOf(p: Parsed): StatementPeriod {
  const until = dateOption(p, 'until') ?? p.today;
  const from = dateOption(p, 'from') ?? addDays(addMonths(until, -12), 1);
  if (from > until)
    throw new CliError(EXIT.usage, {
      nl: `--from (${from}) ligt na --until (${until})`,
      en: `--from (${from}) is after --until (${until})`,
    });
  if (until > p.today)
    throw new CliError(EXIT.usage, {
      nl: `--until (${until}) ligt na vandaag (${p.today}); wat later komt is nog niet geboekt`,
      en: `--until (${until}) is after today (${p.today}); what comes later is not booked yet`,
    });
  return { from, until };
}

function whoOf(p: Parsed): { customer: string } | 'all-open' {
  const customer = p.values.customer;
  const allOpen = p.values['all-open'] === true;
  if (typeof customer === 'string' && allOpen)
    throw new CliError(EXIT.usage, {
      nl: 'statement neemt --customer of --all-open, niet allebei',
      en: 'statement takes --customer or --all-open, not both',
    });
  if (typeof customer === 'string' && customer.trim()) return { customer: customer.trim() };
  if (allOpen) return 'all-open';
  throw new CliError(EXIT.usage, {
    nl: 'statement heeft --customer KLANTNUMMER of --all-open nodig',
    en: 'statement needs --customer NUMBER or --all-open',
  });
}

export async function runStatement(p: Parsed, io: CliIo): Promise<ExitCode> {
  const out = p.values.out as string | undefined;
  if (!out)
    throw new CliError(EXIT.usage, {
      nl: 'statement heeft --out MAP nodig',
      en: 'statement needs --out DIR',
    });
  const who = whoOf(p);
  const period = periodOf(p);
  const { loaded, step } = await load(p, io, 3);
  const say = sayIn(loaded.language);
  const { ledger, lines } = withUsableEmails(loaded);
  const index = indexLedger(ledger);
  let numbers: string[];
  if (who === 'all-open')
    numbers = customersWithOpenBalance(ledger, period.until, index).map((c) => c.number);
  else if (index.customersByNumber.has(who.customer)) numbers = [who.customer];
  else
    throw new CliError(EXIT.usage, {
      nl: `klant ${who.customer} staat niet in Klanten`,
      en: `customer ${who.customer} is not in Customers`,
    });
  step.step({ nl: 'rekeningoverzichten maken', en: 'making statements' });
  await makeOutputDir(out);
  const made: StatementFile[] = [];
  for (const number of numbers) {
    const file = await statementFile(ledger, number, period, p.today, index);
    await writeBinary(join(out, file.pdfName), file.pdf);
    await writeOutputFile(join(out, file.emlName), file.eml);
    made.push(file);
  }
  step.done();
  for (const f of made) {
    const { closing, customer } = f.statement;
    const money = (c: Cents) => statementMoney(c, loaded.language);
    io.stdout(
      say(
        `${f.pdfName}, ${f.emlName}: ${customer.name}, saldo ${money(closing.balance)}, vervallen ${money(closing.overdue.total)}\n`,
        `${f.pdfName}, ${f.emlName}: ${customer.name}, balance ${money(closing.balance)}, overdue ${money(closing.overdue.total)}\n`,
      ),
    );
    if (!customer.email)
      io.stdout(
        say('  (geen e-mailadres: vul de ontvanger in)\n', '  (no e-mail address: fill in the recipient)\n'),
      );
    if (f.noQr) io.stdout(`  ! ${f.noQr}\n`);
  }
  for (const line of lines) io.stdout(`${line}\n`);
  io.stdout(
    made.length
      ? say(
          `${made.length} ${made.length === 1 ? 'rekeningoverzicht' : 'rekeningoverzichten'} over ${period.from} t/m ${period.until} in ${out}\n`,
          `${made.length} ${made.length === 1 ? 'statement' : 'statements'} for ${period.from} to ${period.until} in ${out}\n`,
        )
      : say(
          `geen klanten met een open saldo op ${period.until}\n`,
          `no customers with an open balance on ${period.until}\n`,
        ),
  );
  if (loaded.errors.length) io.stdout(unreadRowsLine(loaded.errors.length, p.file, loaded.language));
  return EXIT.ok;
}
