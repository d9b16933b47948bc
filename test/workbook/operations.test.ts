import fc from 'fast-check';
import { defaultSettings } from '../../src/domain/model';
import type { Cell } from '../../src/workbook/book';
import { isoToSerial } from '../../src/workbook/cells';
import { EURO_FORMAT } from '../../src/workbook/schema';
import { parseConfig } from '../../src/workbook/config';
import {
  appendArrangement,
  appendContact,
  appendInvoice,
  appendPayment,
  loadLedger,
  markReminderSent,
  nextInvoiceNumber,
  refreshAndSort,
  saveSettings,
  setDispute,
  setUp,
} from '../../src/workbook/operations';
import { MemoryBook } from '../support/memoryBook';
import { typedFixture } from '../contract/bookContract';
import { cents } from '../../src/domain/money';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

async function ready(): Promise<MemoryBook> {
  const book = new MemoryBook(structuredClone(typedFixture));
  await setUp(book, {});
  book.calls = { read: 0, apply: 0 };
  return book;
}

describe('one read, one apply per operation', () => {
  it.each([
    ['refreshAndSort', (b: MemoryBook) => refreshAndSort(b, { today: TODAY })],
    [
      'appendInvoice',
      (b: MemoryBook) =>
        appendInvoice(b, {
          customerNumber: 'K1',
          invoiceDate: TODAY,
          amountExclVat: 100,
          amountInclVat: 121,
        }),
    ],
    [
      'appendPayment',
      (b: MemoryBook) => appendPayment(b, { date: TODAY, invoiceNumber: '2026-0003', amount: cents(100) }),
    ],
    [
      'appendContact',
      (b: MemoryBook) =>
        appendContact(b, { date: TODAY, customerNumber: 'K1', channel: 'email', summary: 'x' }),
    ],
    [
      'appendArrangement',
      (b: MemoryBook) =>
        appendArrangement(b, {
          invoiceNumber: '2026-0003',
          agreedOn: TODAY,
          instalments: [
            { dueDate: '2026-12-01', amount: 1000 },
            { dueDate: '2027-01-01', amount: 1420 },
          ],
        }),
    ],
    [
      'setDispute',
      (b: MemoryBook) => setDispute(b, { invoiceNumber: '2026-0003', since: TODAY, note: 'niet geleverd' }),
    ],
    [
      'markReminderSent',
      (b: MemoryBook) =>
        markReminderSent(b, {
          date: TODAY,
          customerNumber: 'K3',
          stepId: 'herinnering-1',
          invoiceNumbers: ['2026-0003', '2026-0005'],
        }),
    ],
    ['saveSettings', (b: MemoryBook) => saveSettings(b, defaultSettings({ companyName: 'Mijn Bedrijf' }))],
  ])('%s', async (_name, op) => {
    const book = await ready();
    const r = await op(book);
    if ('ok' in r) expect(r).toMatchObject({ ok: true, errors: [] });
    expect(book.calls).toEqual({ read: 1, apply: 1 });
  });
});

describe('operations on the memory book', () => {
  it('numbers invoices in the workbook pattern', () => {
    expect(nextInvoiceNumber(['2026-0041', '2026-0042'], isoDate('2026-12-01'))).toBe('2026-0043');
    expect(nextInvoiceNumber(['2026-0042'], isoDate('2027-01-02'))).toBe('2027-0001');
    expect(nextInvoiceNumber(['F123', 'F124'], isoDate('2026-01-01'))).toBe('F125');
    expect(nextInvoiceNumber(['F099'], isoDate('2026-01-01'))).toBe('F100');
    expect(nextInvoiceNumber([], isoDate('2026-03-01'))).toBe('2026-0001');
    expect(nextInvoiceNumber(['2026-0002', '2026-0001'], isoDate('2026-03-01'))).toBe('2026-0003');
  });

  it('logs a contact row per invoice with the ladder step, which moves the ladder on', async () => {
    const book = await ready();
    const before = await refreshAndSort(book, { today: TODAY });
    expect(
      before.actions.map((a) => [a.customerNumber, a.step.id, a.invoices.map((i) => i.invoiceNumber)]),
    ).toEqual([['K3', 'herinnering-1', ['2026-0003', '2026-0005']]]);
    await markReminderSent(book, {
      date: TODAY,
      customerNumber: 'K3',
      stepId: 'herinnering-1',
      invoiceNumbers: ['2026-0003', '2026-0005'],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.contacts).toEqual([
      expect.objectContaining({
        invoiceNumber: '2026-0003',
        ladderStep: 'herinnering-1',
        channel: 'email',
        date: TODAY,
      }),
      expect.objectContaining({ invoiceNumber: '2026-0005', ladderStep: 'herinnering-1' }),
    ]);
    const after = await refreshAndSort(book, { today: TODAY });
    expect(after.actions).toEqual([]);
  });

  it('records a dispute on the right row and adds the columns it needs', async () => {
    const book = await ready();
    await refreshAndSort(book, { today: TODAY }); // rows move: the dispute must follow the number
    const r = await setDispute(book, {
      invoiceNumber: '2026-0005',
      since: isoDate('2026-11-20'),
      note: 'klopt niet',
    });
    expect(r.ok).toBe(true);
    const loaded = await loadLedger(book);
    expect(loaded.ledger.invoices.find((i) => i.number === '2026-0005')).toMatchObject({
      disputedSince: '2026-11-20',
      disputeNote: 'klopt niet',
    });
    expect(loaded.ledger.invoices.filter((i) => i.disputedSince)).toHaveLength(1);
  });

  it('writes arrangements one row per instalment and reads them back as one', async () => {
    const book = await ready();
    await appendArrangement(book, {
      invoiceNumber: '2026-0003',
      agreedOn: TODAY,
      instalments: [
        { dueDate: '2026-12-01', amount: 1000 },
        { dueDate: '2027-01-01', amount: 1420 },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.arrangements).toEqual([
      {
        invoiceNumber: '2026-0003',
        agreedOn: TODAY,
        instalments: [
          { dueDate: '2026-12-01', amount: 1000 },
          { dueDate: '2027-01-01', amount: 1420 },
        ],
      },
    ]);
  });

  it('refuses payments for unknown invoices and bank entries imported twice', async () => {
    const book = await ready();
    expect(
      (await appendPayment(book, { date: TODAY, invoiceNumber: 'X', amount: cents(1) })).errors[0],
    ).toMatchObject({ code: 'unknown-invoice', column: { header: 'Factuurnummer', letter: 'B' }, row: 3 });
    expect((await appendPayment(book, { date: TODAY, amount: cents(1), importId: 'abc' })).ok).toBe(true);
    expect(
      (await appendPayment(book, { date: TODAY, amount: cents(1), importId: 'abc' })).errors[0]?.code,
    ).toBe('duplicate');
  });

  it('saves settings in place and reads them back, ladder included', async () => {
    const book = await ready();
    const s = defaultSettings({
      companyName: 'Studio Noord',
      businessTermDays: 21,
      ladder: [
        { id: 'h1', kind: 'friendly', afterDays: 3, newTermDays: 7, offerPaymentPlan: false },
        { id: 'h2', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: true },
        { id: 'a', kind: 'final', afterDays: 1, newTermDays: 14, offerPaymentPlan: false },
      ],
      templates: { 'h1.nl.formal.subject': 'Herinnering {factuur}' },
    });
    await saveSettings(book, s);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([expect.objectContaining({ row: 6 })]); // the fixture's bad date only
    expect(loaded.ledger.settings).toEqual(s);
    await saveSettings(book, {
      ...s,
      ladder: [{ id: 'h1', kind: 'friendly', afterDays: 3, newTermDays: 7, offerPaymentPlan: false }],
    }); // a shorter ladder
    expect((await loadLedger(book)).ledger.settings.ladder).toEqual([
      { id: 'h1', kind: 'friendly', afterDays: 3, newTermDays: 7, offerPaymentPlan: false },
    ]);
    // The new business term reaches the live due-date formula on the next refresh.
    await refreshAndSort(book, { today: TODAY });
    const t = book.snapshot().tables.find((x) => x.name === 'Facturen');
    const i = t?.headers.indexOf('Vervaldatum') ?? -1;
    expect(t?.formulas[0]?.[i]).toContain(',21)');
  });

  it('keeps the pane language in Instellingen, and forgets it when cleared', async () => {
    const book = await ready();
    const s = (await loadLedger(book)).ledger.settings;
    expect(s.uiLanguage).toBeUndefined();
    await saveSettings(book, { ...s, uiLanguage: 'en' });
    expect((await loadLedger(book)).ledger.settings.uiLanguage).toBe('en');
    const { uiLanguage: _dropped, ...auto } = s;
    await saveSettings(book, auto);
    expect((await loadLedger(book)).ledger.settings.uiLanguage).toBeUndefined();
  });

  it('sets up from a consultant config: settings, extra columns, aliases', async () => {
    const config = parseConfig({
      company: { name: 'Studio Noord', iban: 'NL91 ABNA 0417 1643 00' },
      language: 'nl',
      terms: { businessDays: 14 },
      extraColumns: { invoices: ['Projectcode'] },
      aliases: { invoices: { number: ['Nr. factuur'] } },
    });
    const book = new MemoryBook({
      tables: [
        {
          name: 'Mijn',
          sheet: 'Blad1',
          headers: ['Nr. factuur', 'Klant', 'Datum', 'Totaal'],
          rows: [['1', 'K1', d('2026-11-01'), 10]],
        },
      ],
    });
    const r = await setUp(book, { config });
    expect(r.adopted[0]).toMatchObject({
      table: 'invoices',
      name: 'Mijn',
      added: expect.arrayContaining(['Projectcode', 'Vervaldatum']),
    });
    expect(r.adopted[0]?.matched[0]).toEqual({ header: 'Nr. factuur', field: 'number', how: 'alias' });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.settings).toMatchObject({
      companyName: 'Studio Noord',
      companyIban: 'NL91ABNA0417164300',
      businessTermDays: 14,
    });
    expect(loaded.ledger.invoices[0]?.number).toBe('1');
    expect(() => parseConfig({ company: { iban: 'NL00 FOUT' } })).toThrow(/IBAN/);
    expect(() => parseConfig({ terms: { businessDays: 400 } })).toThrow(
      expect.objectContaining({ where: expect.objectContaining({ path: 'terms.businessDays' }) }),
    );
  });

  it("leaves a person's own Vervaldatum column theirs: read as agreed, the product's column beside it", async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'A']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Vervaldatum'],
          rows: [
            ['F1', 'K1', d('2026-11-01'), 10, '15-11-2026'],
            ['F2', 'K1', d('2026-11-02'), 20, null],
          ],
        },
      ],
    });
    const r = await setUp(book, {});
    expect(r.adopted.find((a) => a.table === 'invoices')?.personal).toEqual(['Vervaldatum']);
    const t = book.snapshot().tables.find((x) => x.name === 'Facturen');
    const own = t?.headers.indexOf('Vervaldatum (Klant Inzicht)') ?? -1;
    expect(own).toBeGreaterThan(4);
    expect(t?.values[0]?.[4]).toBe('15-11-2026');
    expect(t?.formulas[0]?.[4]).toBeNull();
    expect(t?.formulas[1]?.[4]).toBeNull();
    expect(t?.formulas[0]?.[own]).toMatch(/^=IF\(/);
    const loaded = await loadLedger(book);
    expect(loaded.ledger.invoices[0]?.dueDate).toBe('2026-11-15');
    expect(loaded.ledger.invoices[1]?.dueDate).toBeUndefined();
  });

  it('keeps a due date a person typed over the live formula, and reads it as agreed', async () => {
    const book = await ready();
    const before = book.snapshot().tables.find((x) => x.name === 'Facturen');
    const col = before?.headers.indexOf('Vervaldatum') ?? -1;
    expect(before?.formulas[0]?.[col]).toMatch(/^=IF\(/);
    const typed = (before?.values ?? []).map((_, r) => (r === 0 ? '15-11-2026' : null));
    await book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Vervaldatum', values: typed }]);
    const r = await setUp(book, {});
    expect(r.keptTyped).toEqual(['Facturen.Vervaldatum']);
    const t = book.snapshot().tables.find((x) => x.name === 'Facturen');
    expect(t?.values[0]?.[col]).toBe('15-11-2026');
    expect(t?.formulas[0]?.[col]).toBeNull();
    expect(t?.formulas[1]?.[col]).toMatch(/^=IF\(/);
    const loaded = await loadLedger(book);
    const number = String(t?.values[0]?.[t.headers.indexOf('Factuurnummer')]);
    expect(loaded.ledger.invoices.find((i) => i.number === number)?.dueDate).toBe('2026-11-15');
  });

  it('resolves a customer typed by name; an unknown one is a located error, not counted or chased', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'Soort klant'],
          rows: [['K1', 'Bakkerij Jansen', 'Zakelijk']],
        },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag'],
          rows: [
            ['F1', 'bakkerij jansen', d('2026-09-01'), 10],
            ['F2', 'K9', d('2026-09-01'), 10],
            ['F3', 'Bakkerij Jansen B.V.', d('2026-09-01'), 10],
          ],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.ledger.invoices.map((i) => i.customerNumber)).toEqual(['K1']);
    expect(loaded.errors).toEqual([
      expect.objectContaining({ row: 3, code: 'unknown-customer', column: { header: 'Klant', letter: 'B' } }),
      expect.objectContaining({
        row: 4,
        code: 'unknown-customer',
        why: expect.stringContaining('bedoelt u Bakkerij Jansen, K1?'),
      }),
    ]);
    expect(loaded.warnings).toEqual([]);
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.invoices).toMatchObject({ total: 1, overdue: 1 });
    expect(r.actions.flatMap((a) => a.invoices.map((i) => i.invoiceNumber))).toEqual(['F1']);
  });

  it('creates Klanten from the names in a list without a customer table, and reports look-alikes unmerged', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Tabel1',
          sheet: 'Blad1',
          headers: ['Factuur', 'Klant', 'Datum', 'Bedrag', 'Particulier/Zakelijk'],
          rows: [
            ['F1', 'Jansen BV', d('2026-09-01'), 10, 'Zakelijk'],
            ['F2', 'Jansen B.V.', d('2026-09-02'), 20, null],
            ['F3', 'De Vries', d('2026-09-03'), 30, 'particulier'],
            ['F4', 'jansen bv', d('2026-09-04'), 40, 'Zakelijk'],
          ],
        },
      ],
    });
    const report = await setUp(book, {});
    expect(report.customersFromInvoices).toBe(3);
    expect(report.nearDuplicates).toEqual([['Jansen BV', 'Jansen B.V.']]);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.customers.map((c) => c.name)).toEqual(['Jansen BV', 'Jansen B.V.', 'De Vries']);
    expect(loaded.ledger.invoices.map((i) => i.customerNumber)).toEqual([
      'Jansen BV',
      'Jansen B.V.',
      'De Vries',
      'Jansen BV',
    ]);
    // The kind typed in the invoice list travels along; the one without stays unknown (and says so).
    expect(loaded.ledger.customers.map((c) => c.kind)).toEqual(['business', 'consumer', 'consumer']);
    expect(loaded.warnings.map((w) => [w.code, w.value])).toEqual([
      ['unknown-kind', null],
      ['near-duplicate-customer', 'Jansen B.V.'],
    ]);
  });

  it('reads consumer or business as traders write it; an unknown kind takes the safe side', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Klanten',
          sheet: 'Klanten',
          headers: ['Klantnummer', 'Naam', 'P/Z'],
          rows: [
            ['K1', 'A', 'P'],
            ['K2', 'B', 'Z'],
            ['K3', 'C', 'B.V.'],
            ['K4', 'D', 'privé'],
            ['K5', 'E', 'eenmanszaak'],
            ['K6', 'F', 'B2C'],
            ['K7', 'G', 'weet niet'],
            ['K8', 'H', null],
          ],
        },
      ],
    });
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.customers.map((c) => c.kind)).toEqual([
      'consumer',
      'business',
      'business',
      'consumer',
      'business',
      'consumer',
      'consumer',
      'consumer',
    ]);
    // Unknown: the fourteen-day letter before any costs, but the business term (no earlier chasing).
    expect(loaded.ledger.customers.slice(6).map((c) => c.paymentTermDays)).toEqual([30, 30]);
    expect(loaded.warnings.map((w) => [w.row, w.column?.header, w.code])).toEqual([
      [8, 'P/Z', 'unknown-kind'],
      [9, 'P/Z', 'unknown-kind'],
    ]);
  });

  it('writes the overview in English for an English workbook', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'en' });
    await refreshAndSort(book, { today: TODAY });
    const sheet = book.snapshot().sheets.find((s) => s.name === 'Overview');
    expect(sheet?.blocks[1]?.values[0]).toEqual(['Figure', 'Value']);
    expect(sheet?.blocks.find((b) => b.name === 'KI_ActiesVandaag')?.values[1]?.[0]).toBe(
      'No reminders today',
    );
    expect(sheet?.blocks.map((b) => b.name).filter(Boolean)).toEqual([
      'KI_Kengetallen',
      'KI_Ouderdom',
      'KI_Klanten',
      'KI_Afhankelijkheid',
      'KI_Betaalgedrag',
      'KI_OmzetPerMaand',
      'KI_OmzetPerProduct',
      'KI_ActiesVandaag',
      'KI_WatWerkt',
      'KI_Kasprognose',
    ]);
  });

  it('names invoices without a product in the overview in the workbook language', async () => {
    const book = new MemoryBook({
      tables: [
        {
          name: 'Customers',
          sheet: 'Customers',
          headers: ['Customer number', 'Name', 'Customer type'],
          rows: [['C1', 'Baker Jones', 'Business']],
        },
        {
          name: 'Invoices',
          sheet: 'Invoices',
          headers: ['Invoice number', 'Customer', 'Invoice date', 'Amount'],
          rows: [['I1', 'C1', d('2026-09-01'), 10]],
        },
      ],
    });
    await setUp(book, { language: 'en' });
    await refreshAndSort(book, { today: TODAY });
    const sheet = book.snapshot().sheets.find((s) => s.name === 'Overview');
    const products = sheet?.blocks.find((b) => b.name === 'KI_OmzetPerProduct');
    expect(products?.values[1]?.[0]).toBe('(no product)');
  });
});

describe('refresh & sort is a permutation', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom('a', 'B', '=1+1', '', 'x'),
  );
  it('keeps every row and every user cell, whatever is typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            number: fc.option(fc.constantFrom('F1', 'F2', 'F3', 'F4', 'F5', 'F6'), { nil: null }),
            customer: fc.constantFrom('K1', 'K2', 'K3', null),
            date: fc.option(
              fc.integer({ min: -200, max: 30 }).map((n) => d('2026-11-22') + n),
              { nil: null },
            ),
            amount: fc.option(
              fc.integer({ min: -500, max: 5000 }).map((n) => n / 4),
              { nil: null },
            ),
            note: cell,
          }),
          { maxLength: 14 },
        ),
        fc.array(
          fc.record({ inv: fc.constantFrom('F1', 'F2', 'F3'), amount: fc.integer({ min: 1, max: 3000 }) }),
          { maxLength: 4 },
        ),
        async (rows, pays) => {
          const book = new MemoryBook({
            tables: [
              {
                name: 'Klanten',
                sheet: 'Klanten',
                headers: ['Klantnummer', 'Naam', 'Eigen'],
                rows: [
                  ['K1', 'A', 1],
                  ['K2', 'B', 'x'],
                  ['K3', 'C', null],
                ],
              },
              {
                name: 'Facturen',
                sheet: 'Facturen',
                headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Notitie'],
                rows: rows.map((r) => [r.number, r.customer, r.date, r.amount, r.note] as Cell[]),
              },
              {
                name: 'Betalingen',
                sheet: 'Betalingen',
                headers: ['Datum', 'Factuurnummer', 'Bedrag'],
                rows: pays.map((p) => [d('2026-11-01'), p.inv, p.amount]),
              },
            ],
          });
          await setUp(book, {});
          const before = book.snapshot().tables.find((t) => t.name === 'Facturen');
          await refreshAndSort(book, { today: TODAY });
          await refreshAndSort(book, { today: TODAY });
          const after = book.snapshot().tables.find((t) => t.name === 'Facturen');
          const user = (t: typeof before) =>
            (t?.values ?? []).map((r) => JSON.stringify(r.slice(0, 5))).sort();
          expect(after?.values.length).toBe(before?.values.length);
          expect(user(after)).toEqual(user(before));
          const customers = book.snapshot().tables.find((t) => t.name === 'Klanten');
          expect(customers?.values.map((r) => JSON.stringify(r.slice(0, 3))).sort()).toEqual(
            [
              ['K1', 'A', 1],
              ['K2', 'B', 'x'],
              ['K3', 'C', null],
            ]
              .map((r) => JSON.stringify(r))
              .sort(),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('dates and amounts stored as text', () => {
  const fixture = () =>
    new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'A']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [
            ['F1', 'K1', '22-10-2026', 'EUR 1.234,56'],
            ['F2', 'K1', d('2026-10-01'), 100],
          ],
        },
        {
          name: 'Betalingen',
          sheet: 'Betalingen',
          headers: ['Datum', 'Factuurnummer', 'Bedrag'],
          rows: [[d('2026-10-10'), 'F2', '40,00']],
        },
      ],
    });

  it('loadLedger reads them and warns per cell; the cells are never rewritten', async () => {
    const book = fixture();
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.invoices[0]).toMatchObject({ invoiceDate: '2026-10-22', amountInclVat: 123_456 });
    expect(loaded.warnings.map((w) => `${w.sheet}!${w.column?.letter}${w.row} ${w.code}`)).toEqual([
      'Facturen!C2 stored-as-text',
      'Facturen!D2 stored-as-text',
      'Betalingen!C2 stored-as-text',
    ]);
    const result = await refreshAndSort(book, { today: TODAY });
    expect(result.warnings.map((w) => w.value)).toEqual(['22-10-2026', 'EUR 1.234,56', '40,00']);
    expect(result.errors).toEqual([]);
    const facturen = book.snapshot().tables.find((t) => t.name === 'Facturen');
    const rows = facturen?.values.map((r) => r.slice(0, 4));
    expect(rows).toEqual(expect.arrayContaining([['F1', 'K1', '22-10-2026', 'EUR 1.234,56']]));
    const betalingen = book.snapshot().tables.find((t) => t.name === 'Betalingen');
    expect(betalingen?.values[0]?.[2]).toBe('40,00');
  });
});

describe('a workbook without Betalingen', () => {
  it('still gets every live column on refresh, open amount included', async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'A']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [['F1', 'K1', d('2026-10-01'), 121]],
        },
      ],
    });
    const result = await refreshAndSort(book, { today: TODAY });
    expect(result.addedColumns).toEqual(
      expect.arrayContaining([
        'Facturen.Vervaldatum',
        'Facturen.Openstaand',
        'Facturen.Dagen over tijd',
        'Facturen.Status',
      ]),
    );
    const t = book.snapshot().tables.find((x) => x.name === 'Facturen');
    const formulaOf = (h: string): string | null | undefined => t?.formulas[0]?.[t.headers.indexOf(h)];
    for (const h of ['Vervaldatum', 'Openstaand', 'Dagen over tijd', 'Status'])
      expect(formulaOf(h)).toMatch(/^=/);
    expect(formulaOf('Openstaand')).not.toContain('Betalingen');
  });
});

describe('Overzicht number formats', () => {
  it('shows the KPI euros as euros, the counts as whole numbers and DSO in days', async () => {
    const book = await ready();
    await refreshAndSort(book, { today: TODAY });
    const sheet = book.snapshot().sheets.find((s) => s.name === 'Overzicht');
    const kpi = sheet?.blocks.find((b) => b.name === 'KI_Kengetallen');
    expect(kpi?.at).toBe('A3');
    const formatOf = (label: string): string | null => {
      const i = kpi?.values.findIndex((r) => r[0] === label) ?? -1;
      return book.numberFormatAt('Overzicht', `B${3 + i}`);
    };
    expect(formatOf('Openstaand')).toBe(EURO_FORMAT);
    expect(formatOf('Vervallen')).toBe(EURO_FORMAT);
    expect(formatOf('Waarvan betwist')).toBe(EURO_FORMAT);
    expect(formatOf('Niet toegewezen betalingen')).toBe(EURO_FORMAT);
    expect(formatOf('Aantal open facturen')).toBe('0');
    expect(formatOf('Aantal vervallen facturen')).toBe('0');
    expect(formatOf('DSO (dagen)')).toBe('0.0');
    expect(book.numberFormatAt('Overzicht', 'A4')).toBeNull();
    // The block's shape and its values are unchanged: charts and `report --json` bind to them.
    expect(kpi?.values[0]).toEqual(['Kengetal', 'Waarde']);
    expect(kpi?.cellNumberFormats?.length).toBe(kpi?.values.length);
  });
});
