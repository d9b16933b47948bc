/**
 * `klant-inzicht import-invoices FILE INVOICE.xml…`: Peppol BIS 3.0 (UBL) invoices and credit notes
 * the trader sent, into Facturen, their new buyers into Klanten. Every line follows the workbook's
 * language. A file refused (not UBL, not EUR, a number Facturen holds with other content, …) stops
 * the whole import unless --skip-invalid; --dry-run shows what would be added and writes nothing.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Language } from '../domain/model';
import { formatEuro } from '../domain/money';
import { MAX_UBL_CHARS } from '../domain/ubl/xmlTree';
import type { UblProblem } from '../domain/ubl';
import { importInvoices, type InvoiceImportResult } from '../workbook/operations/importInvoices';
import { hostNotes } from './chartNotes';
import { CliError, EXIT, type ExitCode } from './exitCodes';
import { errnoOf, failureLanguage } from './failures';
import { assertWritable, openWorkbookFile, saveAtomically } from './files';
import type { CliIo } from './io';
import { bytesToSave, refuseLoss } from './lossGuard';
import { opening, progress } from './progress';
import { lineLabel, sayIn } from './summaries';

export interface ImportInvoicesCommand {
  file: string;
  invoices: readonly string[];
  dryRun: boolean;
  skipInvalid: boolean;
  force: boolean;
  progress: boolean;
}

/** A UBL file as text: UTF-8 (what Peppol requires), its byte-order mark dropped. */
async function readInvoiceFile(path: string): Promise<string> {
  try {
    const s = await stat(path);
    if (s.isDirectory())
      throw new CliError(EXIT.usage, { nl: `${path} is een map`, en: `${path} is a folder` });
    if (s.size > MAX_UBL_CHARS * 4)
      throw new CliError(EXIT.notAWorkbook, {
        nl: `factuurbestand ${path} is te groot (${s.size} bytes); niet gelezen`,
        en: `invoice file ${path} is too large (${s.size} bytes); not read`,
      });
    return new TextDecoder('utf-8').decode(await readFile(path)).replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = errnoOf(e) ?? '';
    if (code === 'ENOENT')
      throw new CliError(EXIT.missingFile, {
        nl: `factuurbestand niet gevonden: ${path}`,
        en: `invoice file not found: ${path}`,
      });
    throw new CliError(EXIT.lockedOrReadOnly, {
      nl: `kan factuurbestand ${path} niet lezen (${code || (e as Error).message})`,
      en: `cannot read invoice file ${path} (${code || (e as Error).message})`,
    });
  }
}

/** One refusal on one line: file, element path, why. */
function formatUblProblem(p: UblProblem, language: Language): string {
  const line = p.line !== undefined ? sayIn(language)(`, regel ${p.line}`, `, line ${p.line}`) : '';
  return `${p.file} (${p.path}${line}): ${p.why[language]}`;
}

const MATCHED = {
  'company-id': { nl: 'op bedrijfsnummer', en: 'by company number' },
  email: { nl: 'op e-mail', en: 'by e-mail' },
  name: { nl: 'op naam', en: 'by name' },
} as const;

function printResult(r: InvoiceImportResult, io: CliIo, language: Language): void {
  const say = sayIn(language);
  const newOnes = new Set(r.newCustomers.map((c) => c.number));
  for (const a of r.added) {
    const kind = a.documentKind === 'credit-note' ? say(' (creditnota)', ' (credit note)') : '';
    const customer =
      a.customer === 'new' || newOnes.has(a.customerNumber)
        ? say('nieuwe klant', 'new customer')
        : say(MATCHED[a.customer].nl, MATCHED[a.customer].en);
    io.stdout(
      `+ ${a.number}${kind}  ${a.invoiceDate}  ${formatEuro(a.amountInclVat, language)}  ${a.customerNumber} ${a.customerName} (${customer})  ${a.file}\n`,
    );
  }
  for (const t of r.alreadyThere)
    io.stdout(
      say(
        `= ${t.number}  al in Facturen (rij ${t.row})  ${t.file}\n`,
        `= ${t.number}  already in Invoices (row ${t.row})  ${t.file}\n`,
      ),
    );
  for (const t of r.repeats)
    io.stdout(
      say(
        `= ${t.number}  zelfde als ${t.sameAs}  ${t.file}\n`,
        `= ${t.number}  same as ${t.sameAs}  ${t.file}\n`,
      ),
    );
  for (const p of r.refused) io.stdout(`${lineLabel('error', language)}${formatUblProblem(p, language)}\n`);
}

function summary(r: InvoiceImportResult, language: Language): string {
  const say = sayIn(language);
  const n = r.added.length;
  const c = r.newCustomers.length;
  const same = r.alreadyThere.length + r.repeats.length;
  const refusedFiles = new Set(r.refused.map((p) => p.file)).size;
  const verb = r.written ? say('toegevoegd', 'added') : say('toe te voegen', 'to add');
  return say(
    `${n} ${n === 1 ? 'factuur' : 'facturen'} ${verb}, ${c} ${c === 1 ? 'nieuwe klant' : 'nieuwe klanten'}, ${same} al aanwezig (overgeslagen), ${refusedFiles} ${refusedFiles === 1 ? 'bestand' : 'bestanden'} geweigerd`,
    `${n} ${n === 1 ? 'invoice' : 'invoices'} ${verb}, ${c} new ${c === 1 ? 'customer' : 'customers'}, ${same} already there (skipped), ${refusedFiles} ${refusedFiles === 1 ? 'file' : 'files'} refused`,
  );
}

export async function runImportInvoices(c: ImportInvoicesCommand, io: CliIo): Promise<ExitCode> {
  const files: { name: string; text: string }[] = [];
  for (const path of c.invoices) files.push({ name: path, text: await readInvoiceFile(path) });
  const step = progress(io, c.progress, c.dryRun ? 2 : 3);
  step.step(opening(c.file));
  const book = await openWorkbookFile(c.file, io, c.dryRun ? 'read' : 'save');
  const language = failureLanguage();
  const say = sayIn(language);
  if (!c.dryRun) {
    await assertWritable(c.file);
    refuseLoss(book, c.file, c.force);
  }
  step.step({ nl: 'facturen lezen', en: 'reading invoices' });
  const result = await importInvoices(book, files, { dryRun: c.dryRun, skipInvalid: c.skipInvalid });
  if (result.errors.length > 0) {
    step.done();
    for (const e of result.errors) io.stdout(`${lineLabel('error', language)}${e.sheet}: ${e.why}\n`);
    io.stderr(
      say(
        `klant-inzicht: voer eerst "klant-inzicht init ${c.file}" uit\n`,
        `klant-inzicht: run "klant-inzicht init ${c.file}" first\n`,
      ),
    );
    return EXIT.workbookProblem;
  }
  if (result.written) {
    step.step({ nl: `${c.file} opslaan`, en: `saving ${c.file}` });
    await saveAtomically(c.file, await bytesToSave(book, c.force));
  }
  step.done();
  if (result.written) hostNotes(book, io, language);
  printResult(result, io, language);
  io.stdout(`${summary(result, language)}\n`);
  if (result.heldBack === 'dry-run')
    io.stdout(say('proefrun: niets geschreven\n', 'dry run: nothing written\n'));
  else if (result.heldBack === 'refusals')
    io.stdout(
      say(
        'niets geschreven omdat er bestanden geweigerd zijn; verbeter ze, of lees de geldige toch in met --skip-invalid\n',
        'nothing written because files were refused; fix them, or import the valid ones anyway with --skip-invalid\n',
      ),
    );
  else if (!result.written)
    io.stdout(
      say('niets nieuws: de werkmap is niet veranderd\n', 'nothing new: the workbook was not changed\n'),
    );
  return result.refused.length > 0 ? EXIT.rowErrors : EXIT.ok;
}
