import { cents } from '../../src/domain/money';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { GenericCsvMapping } from '../../src/domain/bank';
import type { Cell } from '../../src/workbook/book';
import { isoToSerial } from '../../src/workbook/cells';
import {
  applyImport,
  loadLedger,
  previewImport,
  setUp,
  type ImportEntry,
} from '../../src/workbook/operations';
import { proposalPayments } from '../../src/workbook/operations/importEntries';
import type { ImportProposal } from '../../src/workbook/operations/importTypes';
import { MemoryBook } from '../support/memoryBook';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-03-20');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);
const fixture = (rel: string): string =>
  readFileSync(path.resolve(__dirname, '../fixtures/bank', rel), 'utf8');

interface Setup {
  customers?: [string, string, string | null][];
  invoices?: [string, string, string, number, string | null][];
  payments?: [string, string, number, string | null][];
}

/** A set-up workbook with customers (number, name, IBAN), invoices (number, customer, date, incl. VAT, reference) and payments. */
async function workbook(s: Setup = {}): Promise<MemoryBook> {
  const book = new MemoryBook();
  await setUp(book, {});
  const changes = [];
  if (s.customers?.length) {
    changes.push({
      kind: 'appendRows' as const,
      table: 'Klanten',
      rows: s.customers.map(([n, name, iban]) => ({
        Klantnummer: n,
        Naam: name,
        'Soort klant': 'Zakelijk',
        IBAN: iban,
      })),
    });
  }
  if (s.invoices?.length) {
    changes.push({
      kind: 'appendRows' as const,
      table: 'Facturen',
      rows: s.invoices.map(([n, c, date, amount, ref]) => ({
        Factuurnummer: n,
        Klantnummer: c,
        Factuurdatum: d(date),
        'Bedrag excl. BTW': amount,
        'Bedrag incl. BTW': amount,
        Betalingskenmerk: ref,
      })),
    });
  }
  if (s.payments?.length) {
    changes.push({
      kind: 'appendRows' as const,
      table: 'Betalingen',
      rows: s.payments.map(([date, inv, amount, importId]) => ({
        Datum: d(date),
        Factuurnummer: inv,
        Bedrag: amount,
        'Import-ID': importId,
      })),
    });
  }
  if (changes.length) await book.apply(changes);
  book.calls = { read: 0, apply: 0 };
  return book;
}

const RABO_HEADER =
  '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij","Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie","Machtigingskenmerk","Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2","Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"';

interface Line {
  seq: number;
  date: string;
  cents: number;
  iban: string;
  name: string;
  text: string;
  ref?: string;
}

const euros = (cents: number): string =>
  `${cents < 0 ? '-' : '+'}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/** A Rabobank CSV export (own account NL44RABO0123456789) with the given lines. */
function rabo(lines: Line[]): string {
  const rows = lines.map((l) =>
    [
      'NL44RABO0123456789',
      'EUR',
      'RABONL2U',
      String(l.seq).padStart(18, '0'),
      l.date,
      l.date,
      euros(l.cents),
      '+0,00',
      l.iban,
      l.name,
      '',
      '',
      '',
      'cb',
      '',
      '',
      '',
      '',
      l.ref ?? '',
      l.text,
      '',
      '',
      '',
      '',
      '',
      '',
    ]
      .map((c) => `"${c}"`)
      .join(','),
  );
  return [RABO_HEADER, ...rows].join('\n');
}

const DE_VRIES: [string, string, string | null] = ['K1', 'Bakkerij De Vries', 'NL36INGB0007654321'];
const MAAS: [string, string, string | null] = ['K2', 'Drukkerij Maas', 'NL39RABO0300065264'];
const PEETERS: [string, string, string | null] = ['K3', 'Studio Peeters', 'BE71096123456769'];

const entry = (entries: ImportEntry[], cents: number): ImportEntry => {
  const e = entries.find((x) => x.amountCents === cents);
  if (!e) throw new Error(`no entry of ${cents}`);
  return e;
};

describe('previewImport', () => {
  it('proposes, flags and never writes (Rabobank export from the fixtures)', async () => {
    const book = await workbook({
      customers: [DE_VRIES, MAAS],
      invoices: [['2026-017', 'K1', '2026-02-20', 1210, '6000000002026017']],
    });
    const p = await previewImport(book, {
      fileName: 'rabobank.csv',
      text: fixture('csv/rabobank.csv'),
      today: TODAY,
    });
    expect(book.calls).toEqual({ read: 1, apply: 0 });
    expect(p).toMatchObject({ ok: true, format: 'rabobank', needsMapping: false, errors: [] });
    expect(p.entries.map((e) => [e.amountCents, e.outcome, e.flags])).toEqual([
      [121000, 'proposed', []],
      [-12100, 'ignored', ['debit-ignored']],
      [-121000, 'reversal', ['reversal']],
    ]);
    const paid = p.entries[0] as ImportEntry;
    expect(paid.autoAcceptable).toBe(true);
    expect(paid.proposals[0]).toMatchObject({
      index: 0,
      confidence: 99,
      reason: { code: 'structured-reference' },
      allocations: [
        {
          invoiceNumber: '2026-017',
          customerNumber: 'K1',
          amountCents: 121000,
          customerName: 'Bakkerij De Vries',
        },
      ],
      unallocatedCents: 0,
    });
    // The rows choosing it would book, made from the entry as shown.
    expect(proposalPayments(paid, paid.proposals[0] as ImportProposal)).toEqual([
      expect.objectContaining({
        date: isoDate('2026-03-02'),
        invoiceNumber: '2026-017',
        customerNumber: 'K1',
        amount: cents(121000),
        importId: paid.id,
        method: 'bank',
      }),
    ]);
    // The reversal undoes the payment the same file proposed.
    expect(p.entries[2]?.proposals[0]?.allocations).toEqual([
      expect.objectContaining({ invoiceNumber: '2026-017', amountCents: -121000 }),
    ]);
  });

  it('reads a CAMT.053 statement: ignores debits, flags the reversal batch, matches the payer by IBAN and amount', async () => {
    const book = await workbook({
      customers: [['K9', '3rd Party Media', 'NL69ABNA0522123643']],
      invoices: [['F-2013-55', 'K9', '2013-12-01', 1405.31, null]],
    });
    const p = await previewImport(book, {
      fileName: 'oca-test-camt053.xml',
      text: fixture('camt053/oca-test-camt053.xml'),
      today: isoDate('2014-01-10'),
    });
    expect(p.format).toBe('camt053');
    expect(p.statements).toEqual([
      expect.objectContaining({ accountIban: 'NL77ABNA0574908765', entries: 3 }),
    ]);
    const credit = entry(p.entries, 140531);
    expect(credit).toMatchObject({
      outcome: 'proposed',
      autoAcceptable: true,
      counterpartyName: '3rd party Media',
    });
    expect(credit.proposals[0]).toMatchObject({
      confidence: 85,
      reason: { code: 'iban-amount' },
      allocations: [{ invoiceNumber: 'F-2013-55', amountCents: 140531 }],
    });
    expect(entry(p.entries, -75425).flags).toEqual(['debit-ignored']);
    // The batch reversal is split into its two details, each a reversal nobody paid us for.
    const details = p.entries.filter((e) => e.id.includes('/h:8a794cf789a17f22#1/'));
    expect(details).toHaveLength(2);
    for (const e of details) expect(e.flags).toContain('reversal');
  });

  it('locates the errors of a file it cannot read, and of rows it cannot read', async () => {
    const book = await workbook({ customers: [DE_VRIES] });
    const wrong = await previewImport(book, {
      fileName: 'genkgo-camt053.v2.wrong.xml',
      text: fixture('camt053/genkgo-camt053.v2.wrong.xml'),
      today: TODAY,
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.entries).toEqual([]);
    expect(wrong.errors).toHaveLength(1);
    expect(wrong.errors[0]?.file).toBe('genkgo-camt053.v2.wrong.xml');

    const text = rabo([
      {
        seq: 1,
        date: isoDate('2026-03-02'),
        cents: 121000,
        iban: 'NL36INGB0007654321',
        name: 'Bakkerij De Vries',
        text: 'x',
      },
    ]).replace('"2026-03-02","2026-03-02"', '"2026-02-31","2026-03-02"');
    const bad = await previewImport(book, { fileName: 'r.csv', text, today: TODAY });
    expect(bad.ok).toBe(true);
    expect(bad.entries).toEqual([]);
    expect(bad.errors).toEqual([
      expect.objectContaining({ file: 'r.csv', row: 2, column: 'Datum', value: '2026-02-31' }),
    ]);
  });

  it('asks for a column mapping for an unknown CSV, and uses the one Instellingen remembers', async () => {
    const book = await workbook({
      customers: [PEETERS],
      invoices: [['2026-0217', 'K3', '2026-03-01', 1210, '+++000/2026/02179+++']],
    });
    const unknown = await previewImport(book, {
      fileName: 'generic.csv',
      text: fixture('csv/generic.csv'),
      today: TODAY,
    });
    expect(unknown).toMatchObject({ ok: false, needsMapping: true, entries: [] });
    expect(unknown.errors[0]).toMatchObject({ code: 'needs-mapping', row: 1 });

    const mapping: GenericCsvMapping = {
      hasHeader: true,
      dateFormat: 'dd/mm/yyyy',
      decimal: '.',
      date: 'Boekdatum',
      debit: 'Af',
      credit: 'Bij',
      name: 'Tegenpartij',
      iban: 'IBAN tegenpartij',
      description: 'Omschrijving',
      account: 1,
    };
    const given = await previewImport(book, {
      fileName: 'generic.csv',
      text: fixture('csv/generic.csv'),
      today: TODAY,
      mapping,
    });
    expect(given).toMatchObject({ ok: true, format: 'generic', mappingFrom: 'given' });
    expect(entry(given.entries, 121000).proposals[0]).toMatchObject({
      confidence: 99,
      allocations: [{ invoiceNumber: '2026-0217' }],
    });

    const applied = await applyImport(book, {
      fileName: 'generic.csv',
      text: fixture('csv/generic.csv'),
      today: TODAY,
      mapping,
      accept: { kind: 'all-above', minConfidence: 90 },
    });
    expect(applied).toMatchObject({ ok: true, paymentsAdded: 1, mappingSaved: true });
    const settings = book.snapshot().tables.find((t) => t.name === 'Instellingen');
    const rows = new Map((settings?.values ?? []).map((r) => [r[0], r[1]] as [Cell, Cell]));
    expect(rows.get('bankcsv.date')).toBe('Boekdatum');
    expect(rows.get('bankcsv.account')).toBe(2); // counted from 1 for a person
    expect(rows.get('bankcsv.dateFormat')).toBe('dd/mm/yyyy');

    const remembered = await previewImport(book, {
      fileName: 'generic.csv',
      text: fixture('csv/generic.csv'),
      today: TODAY,
    });
    expect(remembered).toMatchObject({ ok: true, format: 'generic', mappingFrom: 'workbook' });
    expect(entry(remembered.entries, 121000).outcome).toBe('already-imported');
  });

  it('says so when Betalingen is missing, and applyImport then writes nothing', async () => {
    const book = new MemoryBook();
    const p = await previewImport(book, {
      fileName: 'rabobank.csv',
      text: fixture('csv/rabobank.csv'),
      today: TODAY,
    });
    expect(p.ok).toBe(false);
    expect(p.errors).toEqual([expect.objectContaining({ code: 'missing-table' })]);
    const r = await applyImport(book, {
      fileName: 'rabobank.csv',
      text: fixture('csv/rabobank.csv'),
      today: TODAY,
      accept: { kind: 'all-above', minConfidence: 0 },
    });
    expect(r.ok).toBe(false);
    expect(book.calls.apply).toBe(0);
  });
});

describe('applyImport', () => {
  it('books confident payments with one read and one apply, records the day, and a second import adds nothing', async () => {
    const book = await workbook({
      customers: [DE_VRIES, MAAS],
      invoices: [['2026-017', 'K1', '2026-02-20', 1210, '6000000002026017']],
    });
    const input = {
      fileName: 'rabobank.csv',
      text: fixture('csv/rabobank.csv'),
      today: TODAY,
      accept: { kind: 'all-above', minConfidence: 90 } as const,
    };
    const first = await applyImport(book, input);
    expect(book.calls).toEqual({ read: 1, apply: 1 });
    expect(first).toMatchObject({ ok: true, paymentsAdded: 1, totalCents: 121000, lastBankImport: TODAY });
    expect(first.added).toEqual([expect.objectContaining({ proposalIndex: 0, rows: [2] })]);
    expect(first.skipped.map((s) => [s.reason, s.detail])).toEqual([
      ['ignored', 'ignored-debit'],
      ['below-confidence', '80'], // the reversal; at any threshold it would need review
    ]);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.payments).toEqual([
      expect.objectContaining({
        invoiceNumber: '2026-017',
        customerNumber: 'K1',
        amount: cents(121000),
        date: isoDate('2026-03-02'),
        importId: 'NL44RABO0123456789/r:000000000000000101',
      }),
    ]);
    expect(loaded.ledger.settings.lastBankImport).toBe(TODAY);

    const second = await applyImport(book, { ...input, today: isoDate('2026-03-27') });
    expect(second.paymentsAdded).toBe(0);
    expect(second.skipped).toContainEqual({
      entryId: 'NL44RABO0123456789/r:000000000000000101',
      reason: 'already-imported',
    });
    const again = await loadLedger(book);
    expect(again.ledger.payments).toHaveLength(1);
    expect(again.ledger.settings.lastBankImport).toBe('2026-03-27');
  });

  it('imports a CAMT.053 file twice: the second adds nothing', async () => {
    const book = await workbook({
      customers: [['K9', '3rd Party Media', 'NL69ABNA0522123643']],
      invoices: [['F-90782', 'K9', '2013-12-01', 1405.31, null]],
    });
    const input = {
      fileName: 'oca.xml',
      text: fixture('camt053/oca-test-camt053.xml'),
      today: isoDate('2014-01-10'),
      accept: { kind: 'all-above', minConfidence: 80 } as const,
    };
    expect((await applyImport(book, input)).paymentsAdded).toBe(1);
    const second = await applyImport(book, input);
    expect(second.paymentsAdded).toBe(0);
    expect((await loadLedger(book)).ledger.payments).toHaveLength(1);
  });

  it('adds the Import-ID column to a Betalingen table that lacks it, so the second import still adds nothing', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'IBAN'],
          rows: [['K1', 'Bakkerij De Vries', 'NL36INGB0007654321']],
        },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [['2026-017', 'K1', d('2026-02-20'), 1210]],
        },
        { name: 'Betalingen', sheet: 'Betalingen', headers: ['Datum', 'Factuurnummer', 'Bedrag'], rows: [] },
      ],
    });
    const input = {
      fileName: 'ing.csv',
      text: fixture('csv/ing.csv'),
      today: TODAY,
      accept: { kind: 'all-above', minConfidence: 90 } as const,
    };
    const first = await applyImport(book, input);
    expect(first.paymentsAdded).toBe(1);
    expect(first.lastBankImport).toBeUndefined(); // no Instellingen table to record it in
    const headers = book.snapshot().tables.find((t) => t.name === 'Betalingen')?.headers;
    expect(headers).toEqual(
      expect.arrayContaining(['Datum', 'Factuurnummer', 'Bedrag', 'Klantnummer', 'Import-ID']),
    );
    expect((await applyImport(book, input)).paymentsAdded).toBe(0);
  });

  describe('what needs a person is shown and never forced', () => {
    const customers = [DE_VRIES, MAAS, PEETERS];
    const invoices: Setup['invoices'] = [
      ['2026-001', 'K1', '2026-01-10', 1000, null], // paid in part
      ['2026-002', 'K2', '2026-01-15', 300, null], // one transfer for two invoices
      ['2026-003', 'K2', '2026-01-20', 200, null],
      ['2026-004', 'K3', '2026-01-25', 1210, null], // over-paid
      ['2026-005', 'K1', '2026-01-05', 500, null], // paid before
    ];
    const payments: Setup['payments'] = [['2026-02-01', '2026-005', 500, null]];
    const text = rabo([
      {
        seq: 1,
        date: isoDate('2026-03-02'),
        cents: 40000,
        iban: 'NL36INGB0007654321',
        name: 'Bakkerij De Vries',
        text: 'Factuur 2026-001 deel 1',
      },
      {
        seq: 2,
        date: isoDate('2026-03-03'),
        cents: 50000,
        iban: 'NL39RABO0300065264',
        name: 'Drukkerij Maas',
        text: 'Facturen 2026-002 en 2026-003',
      },
      {
        seq: 3,
        date: isoDate('2026-03-04'),
        cents: 150000,
        iban: 'BE71096123456769',
        name: 'Studio Peeters',
        text: 'Factuur 2026-004',
      },
      {
        seq: 4,
        date: isoDate('2026-03-05'),
        cents: 50000,
        iban: 'NL36INGB0007654321',
        name: 'Bakkerij De Vries',
        text: 'Factuur 2026-005',
      },
    ]);
    const id = (seq: number) => `NL44RABO0123456789/r:${String(seq).padStart(18, '0')}`;

    it('flags each case in the preview', async () => {
      const book = await workbook({ customers, invoices, payments });
      const p = await previewImport(book, { fileName: 'r.csv', text, today: TODAY });
      const byId = new Map(p.entries.map((e) => [e.id, e]));
      expect(byId.get(id(1))).toMatchObject({ flags: ['partial'], autoAcceptable: false });
      expect(byId.get(id(1))?.proposals[0]).toMatchObject({
        reason: { code: 'invoice-number' },
        allocations: [{ invoiceNumber: '2026-001', amountCents: 40000 }],
        unallocatedCents: 0,
      });
      expect(byId.get(id(2))).toMatchObject({ flags: ['several-invoices'], autoAcceptable: false });
      expect(byId.get(id(2))?.proposals[0]?.allocations.map((a) => [a.invoiceNumber, a.amountCents])).toEqual(
        [
          ['2026-002', 30000],
          ['2026-003', 20000],
        ],
      );
      expect(byId.get(id(3))).toMatchObject({ flags: ['over-payment'], autoAcceptable: false });
      expect(byId.get(id(3))?.proposals[0]).toMatchObject({
        allocations: [{ invoiceNumber: '2026-004', amountCents: 121000 }],
        unallocatedCents: 29000,
        customerNumber: 'K3',
      });
      expect(byId.get(id(4))?.flags).toContain('already-paid');
      expect(byId.get(id(4))?.autoAcceptable).toBe(false);
      expect(
        byId.get(id(4))?.proposals.every((x) => x.allocations.every((a) => a.invoiceNumber !== '2026-005')),
      ).toBe(true);
    });

    it('"accept all above" books none of them, whatever the threshold', async () => {
      const book = await workbook({ customers, invoices, payments });
      const r = await applyImport(book, {
        fileName: 'r.csv',
        text,
        today: TODAY,
        accept: { kind: 'all-above', minConfidence: 0 },
      });
      expect(r.ok).toBe(true);
      expect(r.paymentsAdded).toBe(0);
      expect(r.skipped.map((s) => s.reason)).toEqual([
        'needs-review',
        'needs-review',
        'needs-review',
        'needs-review',
      ]);
      expect((await loadLedger(book)).ledger.payments).toHaveLength(1);
      expect((await loadLedger(book)).ledger.settings.lastBankImport).toBe(TODAY);
    });

    it('books exactly what a person picks, one by one', async () => {
      const book = await workbook({ customers, invoices, payments });
      const r = await applyImport(book, {
        fileName: 'r.csv',
        text,
        today: TODAY,
        accept: {
          kind: 'chosen',
          choices: [
            { entryId: id(1), proposalIndex: 0 },
            { entryId: id(2), proposalIndex: 0 },
            { entryId: id(3), proposalIndex: 0 },
            { entryId: 'nope', proposalIndex: 0 },
            { entryId: id(1), proposalIndex: 1 },
          ],
        },
      });
      expect(r.paymentsAdded).toBe(5);
      expect(r.totalCents).toBe(40000 + 50000 + 150000);
      expect(r.skipped).toEqual([
        { entryId: 'nope', reason: 'unknown-entry' },
        { entryId: id(1), reason: 'duplicate-choice', detail: '1' },
        { entryId: id(4), reason: 'not-chosen' },
      ]);
      const booked = (await loadLedger(book)).ledger.payments
        .filter((x) => x.importId)
        .map((x) => [x.invoiceNumber ?? null, x.customerNumber, x.amount]);
      expect(booked).toEqual([
        ['2026-001', 'K1', 40000],
        ['2026-002', 'K2', 30000],
        ['2026-003', 'K2', 20000],
        ['2026-004', 'K3', 121000],
        [null, 'K3', 29000], // the over-payment stays with the customer, on no invoice
      ]);
    });
  });
});

describe('property: applied payments never exceed the transfers', () => {
  it('holds for random invoices, transfers and choices', async () => {
    const customers: [string, string, string | null][] = [DE_VRIES, MAAS, PEETERS];
    const ibans = customers.map((c) => c[2] as string);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            customer: fc.integer({ min: 0, max: 2 }),
            cents: fc.integer({ min: 100, max: 200000 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(
          fc.record({
            payer: fc.integer({ min: 0, max: 3 }),
            invoice: fc.integer({ min: 0, max: 7 }),
            cents: fc.integer({ min: -50000, max: 300000 }),
            cite: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.oneof(
          fc.record({
            kind: fc.constant('all-above' as const),
            minConfidence: fc.integer({ min: 0, max: 100 }),
          }),
          fc.record({
            kind: fc.constant('chosen' as const),
            picks: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
          }),
        ),
        async (invs, transfers, how) => {
          const invoices = invs.map((x, i): [string, string, string, number, string | null] => [
            `2026-${String(i + 1).padStart(3, '0')}`,
            `K${x.customer + 1}`,
            '2026-01-01',
            x.cents / 100,
            null,
          ]);
          const book = await workbook({ customers, invoices });
          const lines = transfers
            .filter((t) => t.cents !== 0)
            .map((t, i): Line => ({
              seq: i + 1,
              date: isoDate('2026-03-02'),
              cents: t.cents,
              iban: ibans[t.payer] ?? 'NL91ABNA0417164300',
              name: t.payer < 3 ? (customers[t.payer]?.[1] ?? '') : 'Onbekend',
              text: t.cite ? `Factuur 2026-${String(t.invoice + 1).padStart(3, '0')}` : 'betaling',
            }));
          if (lines.length === 0) return;
          const text = rabo(lines);
          const preview = await previewImport(book, { fileName: 'p.csv', text, today: TODAY });
          const accept =
            how.kind === 'all-above'
              ? how
              : {
                  kind: 'chosen' as const,
                  choices: preview.entries
                    .map((e, i) => ({ entryId: e.id, proposalIndex: how.picks[i] ?? 0 }))
                    .filter(
                      (c) => preview.entries.find((e) => e.id === c.entryId)?.proposals[c.proposalIndex],
                    ),
                };
          const r = await applyImport(book, { fileName: 'p.csv', text, today: TODAY, accept });
          const amountOf = new Map(preview.entries.map((e) => [e.id, e.amountCents]));
          let total = 0;
          for (const a of r.added) {
            const transfer = amountOf.get(a.entryId) ?? 0;
            const booked = a.payments.reduce((s, p) => s + p.amount, 0);
            expect(Math.abs(booked)).toBeLessThanOrEqual(Math.abs(transfer));
            expect(Math.sign(booked)).toBe(Math.sign(transfer));
            for (const p of a.payments) expect(p.importId).toBe(a.entryId);
            total += Math.abs(booked);
          }
          expect(total).toBeLessThanOrEqual(lines.reduce((s, l) => s + Math.abs(l.cents), 0));
          // No invoice ends up paid beyond its amount by the import.
          const after = (await loadLedger(book)).ledger;
          for (const inv of after.invoices) {
            const paid = after.payments
              .filter((p) => p.invoiceNumber === inv.number)
              .reduce((s, p) => s + p.amount, 0);
            expect(paid).toBeLessThanOrEqual(inv.amountInclVat);
          }
          // And a second run books nothing booked by the first.
          const again = await applyImport(book, { fileName: 'p.csv', text, today: TODAY, accept });
          const first = new Set(r.added.map((a) => a.entryId));
          expect(again.added.filter((a) => first.has(a.entryId))).toEqual([]);
          for (const id of first)
            expect(again.skipped).toContainEqual({ entryId: id, reason: 'already-imported' });
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
