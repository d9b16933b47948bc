/**
 * The statement import on many lines: what the preview shows must be exactly what the core's
 * matcher makes of the file, entry by entry, in file order and each entry once — the behaviour a
 * linear import has to keep. Sizes are a few thousand lines: enough for duplicates, batches of
 * work and imports made before to meet, small enough for a unit test. Speed lives in bench/; the
 * generous per-test limit is for a busy machine, not a target.
 */
import {
  dedupe,
  matchContextFromLedger,
  matchEntries,
  paymentUnits,
  parseBankCsv,
  parseCamt053,
  type GenericCsvMapping,
  type MatchResult,
  type StatementEntry,
} from '../../src/domain/bank';
import { dueDateResolver } from '../../src/domain/terms';
import { isoToSerial } from '../../src/workbook/cells';
import {
  applyImport,
  loadLedger,
  previewImport,
  setUp,
  type ImportEntry,
} from '../../src/workbook/operations';
import { streamImport } from '../../src/workbook/operations/importStatement';
import { MemoryBook } from '../support/memoryBook';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-11-22');
const CUSTOMERS = 60;
const INVOICES = 600;
const ACCOUNT = 'NL44RABO0123456789';

/** A checksum-valid Dutch IBAN for customer n. */
function iban(n: number): string {
  const bban = `RABO${String(n).padStart(10, '0')}`;
  const digits = `${bban}NL00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;
  return `NL${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** Deterministic spread of test data (mulberry32). */
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

interface Inv {
  number: string;
  customer: number;
  cents: number;
}

const invoices: Inv[] = (() => {
  const r = rng(14);
  return Array.from({ length: INVOICES }, (_, i) => ({
    number: `2026-${String(i).padStart(4, '0')}`,
    customer: Math.floor(r() * CUSTOMERS),
    cents: 1_000 + Math.floor(r() * 200_000),
  }));
})();

async function workbook(payments: { date: string; invoice: string; cents: number; importId: string }[]) {
  const book = new MemoryBook();
  await setUp(book, {});
  await book.apply([
    {
      kind: 'appendRows',
      table: 'Klanten',
      rows: Array.from({ length: CUSTOMERS }, (_, c) => ({
        Klantnummer: `K${c}`,
        Naam: `Klant ${c}`,
        'Soort klant': 'Zakelijk',
        IBAN: iban(c),
      })),
    },
    {
      kind: 'appendRows',
      table: 'Facturen',
      rows: invoices.map((inv, i) => ({
        Factuurnummer: inv.number,
        Klantnummer: `K${inv.customer}`,
        Factuurdatum: isoToSerial(isoDate(`2026-${String(1 + (i % 9)).padStart(2, '0')}-10`), 1900),
        'Bedrag excl. BTW': inv.cents / 100,
        'Bedrag incl. BTW': inv.cents / 100,
      })),
    },
    ...(payments.length > 0
      ? [
          {
            kind: 'appendRows' as const,
            table: 'Betalingen',
            rows: payments.map((p) => ({
              Datum: isoToSerial(isoDate(p.date), 1900),
              Factuurnummer: p.invoice,
              Bedrag: p.cents / 100,
              'Import-ID': p.importId,
            })),
          },
        ]
      : []),
  ]);
  return book;
}

const MAPPING: GenericCsvMapping = {
  hasHeader: true,
  delimiter: ';',
  dateFormat: 'yyyymmdd',
  decimal: ',',
  date: 'Datum',
  amount: 'Bedrag',
  name: 'Naam',
  iban: 'IBAN',
  description: 'Omschrijving',
  accountIban: ACCOUNT,
};

const euros = (cents: number): string =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/**
 * Transfers that name an invoice, pay by IBAN and amount (sometimes short), come from strangers,
 * or go out; every 7th line repeats an earlier one word for word (a second, distinct entry).
 */
function csv(lines: number): string {
  const r = rng(lines);
  const rows: string[] = [];
  for (let i = 0; i < lines; i++) {
    if (i % 7 === 6) {
      rows.push(rows[Math.floor(r() * rows.length)] as string);
      continue;
    }
    const inv = invoices[Math.floor(r() * invoices.length)] as Inv;
    const kind = i % 5;
    const cents = kind === 4 ? -(100 + Math.floor(r() * 5_000)) : kind === 3 ? inv.cents - 250 : inv.cents;
    const day = `2026${String(1 + Math.floor(r() * 10)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const payer = kind === 2 || kind === 3 ? iban(inv.customer) : '';
    const name = kind === 2 ? `Klant ${inv.customer}` : `Iemand ${i % 97}`;
    const text = kind <= 1 ? `factuur ${inv.number}` : `overboeking ${i % 50}`;
    rows.push(`${day};${euros(cents)};${name};${payer};${text}`);
  }
  return ['Datum;Bedrag;Naam;IBAN;Omschrijving', ...rows].join('\n');
}

/** What the preview should show, straight from the core: distinct units in file order. */
async function expected(book: MemoryBook, entries: StatementEntry[]) {
  const { ledger } = await loadLedger(book);
  const known = new Set(ledger.payments.map((p) => p.importId).filter((id): id is string => !!id));
  const notBefore = entries.filter((e) => !paymentUnits(e).every((u) => known.has(u.id)));
  const customers = new Map(ledger.customers.map((c) => [c.number, c]));
  const context = matchContextFromLedger(ledger, isoDate(TODAY), dueDateResolver(customers, ledger.settings));
  const { fresh } = dedupe(matchEntries(notBefore, context), ledger.payments);
  const byId = new Map<string, MatchResult>();
  for (const r of fresh) byId.set(r.unit.id, r);
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const e of entries)
    for (const u of paymentUnits(e))
      if (!seen.has(u.id)) {
        seen.add(u.id);
        ids.push(u.id);
      }
  return ids.map((id) => {
    const r = byId.get(id);
    return r
      ? {
          id,
          outcome: r.outcome,
          proposals: r.proposals.map((p) => ({
            confidence: p.confidence,
            reason: p.reason,
            allocations: p.allocations.map((a) => ({
              ...a,
              customerName: `Klant ${a.customerNumber.slice(1)}`,
            })),
          })),
          notes: r.notes,
        }
      : { id, outcome: 'already-imported', proposals: [], notes: [] };
  });
}

const LIMIT = 120_000;

describe('statement import on many lines', () => {
  it(
    'shows every entry of a 2,000-line CSV once, in file order, as the matcher proposes it',
    async () => {
      const text = csv(2_000);
      const entries = parseBankCsv(text, { format: 'generic', mapping: MAPPING }).statements.flatMap(
        (s) => s.entries,
      );
      // Every 40th entry was imported before (its payment row carries the entry's id).
      const before = entries
        .filter((e, i) => i % 40 === 0 && e.amountCents > 0)
        .map((e) => ({ date: e.bookingDate, invoice: invoices[0]?.number ?? '', cents: 1, importId: e.id }));
      const book = await workbook(before);
      const preview = await previewImport(book, {
        fileName: 'afschrift.csv',
        text,
        today: TODAY,
        mapping: MAPPING,
      });

      expect(preview.ok).toBe(true);
      expect(preview.errors).toEqual([]);
      expect(preview.entries).toHaveLength(2_000);
      const want = await expected(book, entries);
      expect(
        preview.entries.map((e) => ({
          id: e.id,
          outcome: e.outcome,
          proposals: e.proposals.map((p) => ({
            confidence: p.confidence,
            reason: p.reason,
            allocations: p.allocations,
          })),
          notes: e.notes,
        })),
      ).toEqual(want);
      // The mix the file was made for is really there.
      const outcomes = new Set(preview.entries.map((e) => e.outcome));
      expect([...outcomes].sort()).toEqual(['already-imported', 'ignored', 'proposed']);
      expect(preview.entries.filter((e) => e.outcome === 'already-imported')).toHaveLength(before.length);
      expect(preview.entries.some((e) => e.autoAcceptable)).toBe(true);
      expect(preview.entries.some((e) => e.flags.includes('partial'))).toBe(true);
    },
    LIMIT,
  );

  it(
    'streams what the preview shows: the head first, then every entry in file order, none kept',
    async () => {
      const text = csv(1_200);
      const entries = parseBankCsv(text, { format: 'generic', mapping: MAPPING }).statements.flatMap(
        (s) => s.entries,
      );
      const before = entries
        .filter((e, i) => i % 30 === 0 && e.amountCents > 0)
        .map((e) => ({ date: e.bookingDate, invoice: invoices[0]?.number ?? '', cents: 1, importId: e.id }));
      const book = await workbook(before);
      const input = { fileName: 'afschrift.csv', text, today: TODAY, mapping: MAPPING };
      const preview = await previewImport(book, input);
      const seen: string[] = [];
      const streamed: ImportEntry[] = [];
      const rest = await streamImport(book, input, {
        head: (head) => seen.push(`head ${head.statements.length} ${head.errors.length} ${head.ok}`),
        entry: (e) => {
          seen.push('entry');
          streamed.push(e);
        },
      });
      expect(seen[0]).toBe(`head 1 0 true`);
      expect(seen.filter((x) => x.startsWith('head'))).toHaveLength(1);
      expect(streamed).toHaveLength(1_200);
      expect(streamed).toEqual(preview.entries);
      expect(rest).toEqual({ ...preview, entries: [] });
      expect(streamed.filter((e) => e.outcome === 'already-imported')).toHaveLength(before.length);
    },
    LIMIT,
  );

  it(
    'books the confident entries of a large file once: a second import of it adds nothing',
    async () => {
      const text = csv(1_500);
      const book = await workbook([]);
      const input = { fileName: 'afschrift.csv', text, today: TODAY, mapping: MAPPING };
      const preview = await previewImport(book, input);
      const first = await applyImport(book, { ...input, accept: { kind: 'all-above', minConfidence: 90 } });
      expect(first.ok).toBe(true);
      expect(first.added.length).toBeGreaterThan(50);
      // Each booked entry was shown as auto-acceptable; the guard against paying twice may refuse some.
      const auto = new Set(preview.entries.filter((e) => e.autoAcceptable).map((e) => e.id));
      for (const a of first.added) expect(auto.has(a.entryId)).toBe(true);
      const second = await applyImport(book, { ...input, accept: { kind: 'all-above', minConfidence: 90 } });
      expect(second.paymentsAdded).toBe(0);
      const again = await previewImport(book, input);
      const booked = new Set(first.added.map((a) => a.entryId));
      for (const e of again.entries) if (booked.has(e.id)) expect(e.outcome).toBe('already-imported');
      expect(again.entries.map((e) => e.id)).toEqual(preview.entries.map((e) => e.id));
    },
    LIMIT,
  );

  it(
    'shows an entry two statements of one CAMT file both carry once, where it first appears',
    async () => {
      const ntry = (i: number): string => {
        const inv = invoices[i % INVOICES] as Inv;
        return `<Ntry><Amt Ccy="EUR">${(inv.cents / 100).toFixed(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-${String(1 + (i % 28)).padStart(2, '0')}</Dt></BookgDt><AcctSvcrRef>REF${i}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Klant ${inv.customer}</Nm></Dbtr><DbtrAcct><Id><IBAN>${iban(inv.customer)}</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>factuur ${inv.number}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`;
      };
      const stmt = (id: string, from: number, to: number): string => {
        const body: string[] = [];
        for (let i = from; i < to; i++) body.push(ntry(i));
        return `<Stmt><Id>${id}</Id><Acct><Id><IBAN>${ACCOUNT}</IBAN></Id></Acct>${body.join('')}</Stmt>`;
      };
      // Two overlapping statements: 0..999 and 600..1,599; the 400 in between are in both.
      const text =
        '<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>' +
        stmt('A', 0, 1_000) +
        stmt('B', 600, 1_600) +
        '</BkToCstmrStmt></Document>';
      const statements = parseCamt053(text);
      expect(statements.map((s) => s.entries.length)).toEqual([1_000, 1_000]);
      const book = await workbook([]);
      const preview = await previewImport(book, { fileName: 'afschrift.xml', text, today: TODAY });

      expect(preview.ok).toBe(true);
      expect(preview.entries.map((e) => e.id)).toEqual(
        Array.from({ length: 1_600 }, (_, i) => `${ACCOUNT}/r:REF${i}`),
      );
      const want = await expected(
        book,
        statements.flatMap((s) => s.entries),
      );
      expect(preview.entries.map((e) => [e.id, e.outcome, e.proposals[0]?.confidence])).toEqual(
        want.map((w) => [w.id, w.outcome, w.proposals[0]?.confidence]),
      );
    },
    LIMIT,
  );
});
