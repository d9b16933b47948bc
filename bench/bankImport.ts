/**
 * A deterministic workbook and bank CSV for the statement-import benchmark (bench/bank.bench.ts).
 * The workbook holds 1,000 customers and 10,000 invoices; the statement mixes transfers that name an
 * invoice, pay by reference or by IBAN and amount, unknown payers and debits, as a real export does.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { GenericCsvMapping } from '../src/domain/bank';
import { isoDate } from '../src/domain/dates';
import { dryRun } from '../src/cli/import';
import type { CliIo } from '../src/cli/io';
import { previewImport, setUp } from '../src/workbook/operations';
import { MemoryBook } from '../test/support/memoryBook';

export const IMPORT_CUSTOMERS = 1_000;
export const IMPORT_INVOICES = 10_000;
export const IMPORT_TODAY = isoDate('2026-11-22');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A checksum-valid Dutch IBAN for customer n (mod 97 over the rearranged digits). */
function dutchIban(n: number): string {
  const bban = `RABO${String(n).padStart(10, '0')}`;
  const digits = `${bban}NL00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;
  return `NL${String(98 - rem).padStart(2, '0')}${bban}`;
}

const serial = (y: number, m: number, d: number): number =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

interface Invoice {
  number: string;
  customer: number;
  cents: number;
}

function invoices(): Invoice[] {
  const r = rng(20261122);
  return Array.from({ length: IMPORT_INVOICES }, (_, i) => ({
    number: `2026-${String(i).padStart(5, '0')}`,
    customer: Math.floor(r() * IMPORT_CUSTOMERS),
    cents: 1_000 + Math.floor(r() * 500_000),
  }));
}

/** The set-up workbook with customers and invoices, nothing paid yet. */
export async function importWorkbook(): Promise<MemoryBook> {
  const book = new MemoryBook();
  await setUp(book, {});
  const r = rng(7);
  await book.apply([
    {
      kind: 'appendRows',
      table: 'Klanten',
      rows: Array.from({ length: IMPORT_CUSTOMERS }, (_, c) => ({
        Klantnummer: `K${c}`,
        Naam: `Klant ${['Bakkerij', 'Studio', 'Hotel', 'Garage'][c % 4]} ${c} B.V.`,
        'Soort klant': 'Zakelijk',
        IBAN: dutchIban(c),
      })),
    },
    {
      kind: 'appendRows',
      table: 'Facturen',
      rows: invoices().map((inv) => ({
        Factuurnummer: inv.number,
        Klantnummer: `K${inv.customer}`,
        Factuurdatum: serial(2026, 1 + Math.floor(r() * 10), 1 + Math.floor(r() * 28)),
        'Bedrag excl. BTW': inv.cents / 100,
        'Bedrag incl. BTW': inv.cents / 100,
      })),
    },
  ]);
  return book;
}

/** The column mapping of the benchmark's compact export (a bank we do not know: the generic CSV). */
export const IMPORT_MAPPING: GenericCsvMapping = {
  hasHeader: true,
  delimiter: ';',
  dateFormat: 'yyyymmdd',
  decimal: ',',
  date: 'Datum',
  amount: 'Bedrag',
  iban: 'IBAN',
  description: 'Omschrijving',
  accountIban: 'NL44RABO0123456789',
};

const euros = (cents: number): string =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/**
 * A compact export of `lines` transactions over 2026, about 48 characters a line, so a million
 * lines stay under the importer's 50,000,000-character limit.
 */
export function statementCsv(lines: number): string {
  const r = rng(lines);
  const all = invoices();
  const out: string[] = ['Datum;Bedrag;IBAN;Omschrijving'];
  for (let i = 0; i < lines; i++) {
    const inv = all[Math.floor(r() * all.length)] as Invoice;
    const kind = i % 5;
    const cents = kind === 4 ? -(100 + Math.floor(r() * 10_000)) : kind === 3 ? inv.cents - 500 : inv.cents;
    const date = `2026${String(1 + Math.floor(r() * 11)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const iban = kind === 2 || kind === 3 ? dutchIban(inv.customer) : '';
    const text = kind === 0 || kind === 1 ? `factuur ${inv.number}` : `ov ${i}`;
    out.push(`${date};${euros(cents)};${iban};${text}`);
  }
  return out.join('\n');
}

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** Resident memory now, in MB: what this process holds before the measured work starts. */
const rssMB = (): number => process.memoryUsage().rss / 1048576;
const peakMB = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * Each step in its own process, so its peak memory is its own (bench/bank.bench.ts runs them):
 *   node --import tsx bench/bankImport.ts write 100000 /tmp/statement.csv   the statement file
 *   node --import tsx bench/bankImport.ts floor /tmp/statement.csv          reading it alone
 *   node --import tsx bench/bankImport.ts dryrun /tmp/statement.csv         the CLI's dry run
 *   node --import tsx bench/bankImport.ts preview /tmp/statement.csv        the pane's preview
 * The dry run is `klant-inzicht import`'s without opening the .xlsx: every line printed (to
 * nowhere), none kept. The preview is previewImport's, which holds every entry for the pane's list.
 * Each prints one JSON line: CPU and wall time, resident memory before the work and the peak.
 */
async function main(step: string | undefined, a: string | undefined, b: string | undefined): Promise<void> {
  if (step === 'write' && a && b) {
    writeFileSync(b, statementCsv(Number(a)));
    return;
  }
  if (!a) throw new Error('usage: bankImport.ts write <lines> <file> | floor|dryrun|preview <file>');
  if (step === 'floor') {
    // The floor: the file read and split into lines and fields, nothing interpreted.
    const baseMB = rssMB();
    const w = performance.now();
    const t = cpuMs();
    const text = readFileSync(a, 'utf8');
    let fields = 0;
    for (const line of text.split('\n')) fields += line.split(';').length;
    const ms = cpuMs() - t;
    const wallMs = performance.now() - w;
    console.log(JSON.stringify({ bytes: statSync(a).size, fields, ms, wallMs, baseMB, peakMB: peakMB() }));
    return;
  }
  if (step !== 'dryrun' && step !== 'preview') throw new Error(`unknown step ${step}`);
  const book = await importWorkbook();
  const baseMB = rssMB();
  const w = performance.now();
  const t = cpuMs();
  const text = readFileSync(a, 'utf8');
  const input = { fileName: 'afschrift.csv', text, today: IMPORT_TODAY, mapping: IMPORT_MAPPING };
  // Both report the entries shown and how many "accept all above 90" would book (the CLI's "+").
  let counts: { entries: number; wouldBook: number; printed: number };
  if (step === 'dryrun') {
    let printed = 0;
    const io: CliIo = {
      stdout: (line) => void (printed += line.length),
      stderr: () => undefined,
      stderrIsTty: false,
      today: () => IMPORT_TODAY,
    };
    const r = await dryRun(book, input, 90, io, 'nl');
    counts = { entries: r.entries, wouldBook: r.wouldBook, printed };
  } else {
    const preview = await previewImport(book, input);
    counts = {
      entries: preview.entries.length,
      wouldBook: preview.entries.filter((e) => e.autoAcceptable && (e.proposals[0]?.confidence ?? 0) >= 90)
        .length,
      printed: 0,
    };
  }
  const ms = cpuMs() - t;
  const wallMs = performance.now() - w;
  console.log(
    JSON.stringify({
      bytes: statSync(a).size,
      lines: counts.entries,
      ...counts,
      ms,
      wallMs,
      baseMB,
      peakMB: peakMB(),
    }),
  );
}

if (process.argv[1]?.endsWith('bankImport.ts') && process.argv[2])
  void main(process.argv[2], process.argv[3], process.argv[4]);
