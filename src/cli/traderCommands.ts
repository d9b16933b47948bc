/**
 * The CLI's side of reading a trader's own list: `check --fix` (convert text dates and amounts,
 * with a backup first), what `check` adds about the list (table notices, invoices paid in the list
 * itself), and a guard that keeps one customer's unusable e-mail cell from stopping every
 * reminder. Kept apart from main.ts so its error handling can change independently.
 */
import { copyFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Ledger } from '../domain/model';
import type { XlsxBook } from '../hosts/xlsx/xlsxBook';
import { emailProblem } from '../workbook/emailCell';
import type { Cell, SheetBlock } from '../workbook/book';
import { serialToIso } from '../workbook/cells';
import type { LoadResult, RepairResult } from '../workbook/operations';
import { DATE_FORMAT } from '../workbook/schema';
import { repairTextCells } from '../workbook/operations';
import { CliError, EXIT } from './exitCodes';
import { saveAtomically } from './files';
import { bytesToSave } from './lossGuard';
import { lineLabel } from './summaries';

/** Where the copy of the workbook before a repair goes: beside it, dated, never over another. */
function backupName(file: string, today: string, language: 'nl' | 'en'): string {
  const ext = extname(file) || '.xlsx';
  const base = basename(file, ext);
  return join(dirname(file), `${base} (${language === 'en' ? 'before fix' : 'voor herstel'} ${today})${ext}`);
}

/** check --fix: backup, convert, save; returns the lines to print. */
export async function fixTextCells(
  book: XlsxBook,
  file: string,
  today: string,
  language: 'nl' | 'en',
  force: boolean,
): Promise<{ result: RepairResult; lines: string[] }> {
  const result = await repairTextCells(book);
  const en = language === 'en';
  const lines: string[] = [];
  if (result.conversions.length === 0) {
    lines.push(
      en ? 'fix: nothing typed as text to convert' : 'herstel: geen datums of bedragen als tekst gevonden',
    );
    return { result, lines };
  }
  const backup = backupName(file, today, language);
  try {
    await copyFile(file, backup);
  } catch (e) {
    throw new CliError(
      EXIT.lockedOrReadOnly,
      en
        ? `cannot write the backup ${backup} (${(e as Error).message}); nothing was changed`
        : `kan de reservekopie ${backup} niet schrijven (${(e as Error).message}); er is niets veranderd`,
    );
  }
  await saveAtomically(file, await bytesToSave(book, force));
  for (const c of result.conversions)
    lines.push(
      `${en ? 'converted' : 'omgezet'} ${c.sheet}!${c.cell} (${c.header}): ${JSON.stringify(c.before)} -> ${c.after}`,
    );
  for (const f of result.formatted) lines.push(en ? `date format set on ${f}` : `datumopmaak gezet op ${f}`);
  lines.push(
    en
      ? `${result.conversions.length} cells converted; the workbook before the fix is in ${backup}`
      : `${result.conversions.length} cellen omgezet; de werkmap van voor het herstel staat in ${backup}`,
  );
  return { result, lines };
}

/** Lines `check` adds about the list as a whole. */
export function listNotes(loaded: LoadResult): string[] {
  const en = loaded.language === 'en';
  const lines = loaded.notices.map((n) => `${lineLabel('notice', loaded.language)}${n.sheet}: ${n.why}`);
  const p = loaded.paidFromInvoiceRows;
  if (p.payments + p.creditNotes > 0)
    lines.push(
      en
        ? `paid in the invoice list itself: ${p.payments} payments, ${p.creditNotes} credited; ${p.undated.length} without a date (paid, left out of the payment behaviour)`
        : `betaald volgens de factuurlijst zelf: ${p.payments} betalingen, ${p.creditNotes} gecrediteerd; ${p.undated.length} zonder datum (betaald, niet mee in het betaalgedrag)`,
    );
  return lines;
}

/**
 * A ledger for drafting reminders in which an unusable e-mail cell (two addresses, not an
 * address) leaves that one draft without a recipient instead of stopping all of them; the lines
 * say which customer and cell.
 */
export function withUsableEmails(loaded: LoadResult): { ledger: Ledger; lines: string[] } {
  const lines: string[] = [];
  const customers = loaded.ledger.customers.map((c) => {
    const why = c.email ? emailProblem(c.email) : undefined;
    if (!why) return c;
    lines.push(
      loaded.language === 'en'
        ? `  ! ${c.number} (${c.name}): e-mail ${why.en}; drafted without a recipient`
        : `  ! ${c.number} (${c.name}): e-mail ${why.nl}; opgesteld zonder ontvanger`,
    );
    const { email: _dropped, ...rest } = c;
    return rest;
  });
  return { ledger: { ...loaded.ledger, customers }, lines };
}

/**
 * An Overzicht block as JSON: dates as 'YYYY-MM-DD' rather than the serial numbers the sheet
 * stores (46355 means nothing to a script), by the block's own date formats.
 */
export function blockForJson(block: SheetBlock, dateSystem: 1900 | 1904): Cell[][] {
  return block.values.map((row, r) =>
    row.map((v, c) => {
      const format = block.cellNumberFormats?.[r]?.[c] ?? block.numberFormats?.[c] ?? null;
      if (typeof v !== 'number' || format !== DATE_FORMAT) return v;
      const iso = serialToIso(v, dateSystem);
      return iso.ok && 'value' in iso ? iso.value : v;
    }),
  );
}
