/**
 * The host contract: operation-level tests every Book implementation must pass.
 *
 * How a host plugs in: create test/contract/<host>.contract.test.ts with
 *
 *   import { describeBookContract } from './bookContract';
 *   describeBookContract('xlsx', async (fixture) => makeXlsxBookFrom(fixture));
 *
 * `makeBook(fixture?)` returns a fresh Book holding the fixture (sheets, tables at their `at`
 * cell, body cells as given: numbers, strings, booleans, null = empty; `formulas` when given) plus
 * `snapshot()`, which needs to report only the sheets in order and the chart names on each, and
 * `numberFormatAt(sheet, address)` for generated sheets. Every other check reads back through the
 * port itself, so a host is judged by what it really stores.
 * The fixture type is BookFixture from test/support/memoryBook.ts; dates in fixtures are serials
 * of the 1900 system unless `dateSystem: 1904` is given.
 */
import type { Book, Cell, Change, TableSnapshot } from '../../src/workbook/book';
import { isWorkbookError, type FailureReason } from '../../src/workbook/errors';
import { isoToSerial } from '../../src/workbook/cells';
import {
  appendContact,
  appendInvoice,
  appendPayment,
  loadLedger,
  refreshAndSort,
  setUp,
} from '../../src/workbook/operations';
import type { BookFixture } from '../support/memoryBook';
import { cents } from '../../src/domain/money';
import { isoDate } from '../../src/domain/dates';

export interface ContractSnapshot {
  sheets: { name: string; charts: { name: string }[] }[];
}

export type ContractBook = Book & {
  snapshot(): ContractSnapshot | Promise<ContractSnapshot>;
  /**
   * The number format a cell of a generated sheet (replaceSheet) holds, null for general: the port
   * has no read for sheet cells, so a host answers from what it stores (the saved file, the fake
   * Excel's cell).
   */
  numberFormatAt(sheet: string, address: string): string | null | Promise<string | null>;
};

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

async function table(book: Book, name: string): Promise<TableSnapshot> {
  const r = await book.read([name]);
  const t = r.tables.get(name);
  if (!t) throw new Error(`table ${name} not found`);
  return t;
}

function column(t: TableSnapshot, header: string): Cell[] {
  const i = t.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${t.name}: ${t.headers.join(', ')}`);
  return t.values.map((r) => r[i] ?? null);
}

/** Rows as multisets over the given headers, order-independent. */
function rowsOver(t: TableSnapshot, headers: string[]): string[] {
  const idx = headers.map((h) => t.headers.indexOf(h));
  return t.values.map((r) => JSON.stringify(idx.map((i) => (i < 0 ? null : (r[i] ?? null))))).sort();
}

/** A small client file as a person might have typed it (nl headers, one unknown column). */
export const typedFixture: BookFixture = {
  tables: [
    {
      name: 'Klanten',
      sheet: 'Klanten',
      headers: ['Klantnummer', 'Naam', 'Soort klant', 'Betaaltermijn (dagen)', 'E-mail', 'Mijn kolom'],
      rows: [
        ['K1', 'Bakkerij Jansen', 'Zakelijk', 30, 'info@jansen.nl', 'vaste klant'],
        ['K2', 'Piet de Vries', 'Particulier', null, 'piet@example.nl', null],
        ['K3', 'Groot BV', 'B2B', 14, null, 'let op'],
      ],
    },
    {
      name: 'Facturen',
      sheet: 'Facturen',
      headers: [
        'Factuurnummer',
        'Klantnummer',
        'Factuurdatum',
        'Omschrijving',
        'Bedrag excl. BTW',
        'Bedrag incl. BTW',
        'Projectcode',
      ],
      rows: [
        ['2026-0001', 'K1', d('2026-08-01'), 'Website', 1000, 1210, 'P-1'],
        ['2026-0002', 'K2', d('2026-11-10'), 'Advies', 100, 121, null],
        ['2026-0003', 'K3', d('2026-10-01'), 'Training', 2000, 2420, 'P-2'],
        [null, null, null, null, null, null, null],
        ['2026-0004', 'K1', '31-02-2026', 'Fout', 50, 60.5, 'P-3'],
        ['2026-0005', 'K3', '1-11-2026', '=1+1', 500, '€ 605,00', null],
      ],
    },
    {
      name: 'Betalingen',
      sheet: 'Betalingen',
      headers: ['Datum', 'Factuurnummer', 'Bedrag'],
      rows: [[d('2026-08-20'), '2026-0001', 1210]],
    },
  ],
};

export function describeBookContract(
  hostName: string,
  makeBook: (fixture?: BookFixture) => Promise<ContractBook>,
): void {
  describe(`Book contract: ${hostName}`, () => {
    it('sets up an empty workbook in Dutch, and a second run creates nothing', async () => {
      const book = await makeBook();
      const first = await setUp(book, {});
      expect(first.created.map((c) => c.name)).toEqual([
        'Facturen',
        'Klanten',
        'Betalingen',
        'Contact',
        'Regelingen',
        'Instellingen',
      ]);
      expect(first.overviewCreated).toBe(true);
      const snap = await book.snapshot();
      expect(snap.sheets[0]?.name).toBe('Overzicht');
      const facturen = await table(book, 'Facturen');
      expect(facturen.headers.slice(0, 3)).toEqual(['Factuurnummer', 'Klantnummer', 'Factuurdatum']);
      expect(facturen.headers).toContain('Vervaldatum');
      const settings = await table(book, 'Instellingen');
      expect(column(settings, 'Instelling')).toContain('Bedrijfsnaam');
      const second = await setUp(book, {});
      expect(second.created).toEqual([]);
      expect(second.changes).toBe(0);
      expect((await book.snapshot()).sheets.map((s) => s.name)).toEqual(snap.sheets.map((s) => s.name));
    });

    it('sets up in English when asked', async () => {
      const book = await makeBook();
      const r = await setUp(book, { language: 'en' });
      expect(r.created.map((c) => c.name)).toEqual([
        'Invoices',
        'Customers',
        'Payments',
        'Contacts',
        'Arrangements',
        'Settings',
      ]);
      expect((await table(book, 'Invoices')).headers).toContain('Days overdue');
    });

    it('adopts tables a person already has, keeping their columns and cells', async () => {
      const book = await makeBook(typedFixture);
      const before = await table(book, 'Facturen');
      const r = await setUp(book, {});
      const inv = r.adopted.find((a) => a.table === 'invoices');
      expect(inv?.name).toBe('Facturen');
      expect(inv?.unknown).toEqual(['Projectcode']);
      expect(inv?.added).toEqual([
        'Vervaldatum',
        'Openstaand',
        'Dagen over tijd',
        'Status',
        'Volgende stap',
        'Volgorde',
      ]);
      expect(inv?.missing).toContain('Betwist sinds');
      const after = await table(book, 'Facturen');
      expect(after.headers.slice(0, before.headers.length)).toEqual(before.headers);
      expect(rowsOver(after, before.headers)).toEqual(rowsOver(before, before.headers));
      expect(r.created.map((c) => c.table)).toEqual(['contacts', 'arrangements', 'settings']);
    });

    it('adopts a table under its own name by its headers (synonyms, other language)', async () => {
      const book = await makeBook({
        tables: [
          {
            name: 'Tabel1',
            sheet: 'Blad1',
            headers: ['Invoice no.', 'Klant', 'Datum', 'Totaal'],
            rows: [['A-7', 'K1', d('2026-01-05'), 99.95]],
          },
          { name: 'Tabel2', sheet: 'Blad2', headers: ['Klantnr.', 'Bedrijfsnaam'], rows: [['K1', 'Jansen']] },
        ],
      });
      const r = await setUp(book, {});
      expect(r.adopted.map((a) => [a.table, a.name])).toEqual([
        ['invoices', 'Tabel1'],
        ['customers', 'Tabel2'],
      ]);
      const loaded = await loadLedger(book);
      expect(loaded.ledger.invoices).toEqual([
        expect.objectContaining({
          number: 'A-7',
          customerNumber: 'K1',
          invoiceDate: '2026-01-05',
          amountInclVat: 9995,
        }),
      ]);
    });

    it('locates row errors and reports blank rows as skipped', async () => {
      const book = await makeBook(typedFixture);
      const loaded = await loadLedger(book);
      expect(loaded.errors).toEqual([
        expect.objectContaining({
          sheet: 'Facturen',
          row: 6,
          column: { header: 'Factuurdatum', letter: 'C' },
          value: '31-02-2026',
          code: 'invalid-date',
        }),
      ]);
      expect(loaded.skippedBlank).toEqual([{ table: 'Facturen', sheet: 'Facturen', rows: [5] }]);
      expect(loaded.ledger.invoices.map((i) => i.number)).toEqual([
        '2026-0001',
        '2026-0002',
        '2026-0003',
        '2026-0005',
      ]);
      expect(loaded.ledger.invoices[3]).toMatchObject({
        description: '=1+1',
        amountInclVat: 60500,
        invoiceDate: '2026-11-01',
      });
    });

    it('appends an invoice with the next number and refuses an unknown customer', async () => {
      const book = await makeBook(typedFixture);
      await setUp(book, {});
      const ok = await appendInvoice(book, {
        customerNumber: 'K2',
        invoiceDate: '2026-11-20',
        amountExclVat: 1000,
        amountInclVat: 1210,
      });
      expect(ok).toMatchObject({ ok: true, invoiceNumber: '2026-0006', dueDate: '2026-12-04', rows: [8] });
      const bad = await appendInvoice(book, {
        customerNumber: 'K99',
        invoiceDate: '2026-11-20',
        amountExclVat: 1,
        amountInclVat: 1,
      });
      expect(bad.ok).toBe(false);
      expect(bad.errors[0]).toMatchObject({
        sheet: 'Facturen',
        row: 9,
        column: { header: 'Klantnummer', letter: 'B' },
        code: 'unknown-customer',
      });
      const t = await table(book, 'Facturen');
      expect(column(t, 'Factuurnummer')).toEqual([
        '2026-0001',
        '2026-0002',
        '2026-0003',
        null,
        '2026-0004',
        '2026-0005',
        '2026-0006',
      ]);
      expect(column(t, 'Factuurdatum')[6]).toBe(d('2026-11-20'));
      expect(column(t, 'Bedrag incl. BTW')[6]).toBe(12.1);
    });

    // Refusals: the same bad input refused by every Book with the same reason (workbook/errors.ts),
    // before anything is written.
    it.each<[string, (t: TableSnapshot) => Change, FailureReason]>([
      [
        'a table that is not there',
        () => ({ kind: 'setColumn', table: 'Bestaatniet', column: 'Naam', values: [] }),
        'table-missing',
      ],
      [
        'a column of values whose length is not the table’s',
        (t) => ({
          kind: 'setColumn',
          table: 'Klanten',
          column: 'Naam',
          values: [...column(t, 'Naam'), 'extra'],
        }),
        'row-count-mismatch',
      ],
    ])('refuses %s with one reason, writing nothing', async (_what, change, reason) => {
      const book = await makeBook(typedFixture);
      const before = await table(book, 'Klanten');
      const refused = await book.apply([change(before)]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isWorkbookError(refused)).toBe(true);
      expect(refused).toMatchObject({ reason });
      expect((await table(book, 'Klanten')).values).toEqual(before.values);
    });

    it('keeps text starting with = + - @ as text', async () => {
      const book = await makeBook(typedFixture);
      await setUp(book, {});
      const r = await appendContact(book, {
        date: TODAY,
        customerNumber: 'K1',
        channel: 'phone',
        summary: '=1+1',
      });
      expect(r.ok).toBe(true);
      await appendPayment(book, {
        date: TODAY,
        amount: cents(10000),
        reference: '+31 6 12345678',
        note: '@home',
      });
      const contact = await table(book, 'Contact');
      const i = contact.headers.indexOf('Samenvatting');
      expect(contact.values[0]?.[i]).toBe('=1+1');
      expect(contact.formulas[0]?.[i] ?? null).toBeNull();
      const pay = await table(book, 'Betalingen');
      const loaded = await loadLedger(book);
      expect(loaded.ledger.payments[1]).toMatchObject({
        reference: '+31 6 12345678',
        note: '@home',
        amount: 10000,
      });
      expect(pay.formulas.flat().every((f) => f === null)).toBe(true);
    });

    it('refresh & sort keeps every row and user cell, sorts, and does not duplicate on rerun', async () => {
      const book = await makeBook(typedFixture);
      await setUp(book, {});
      const before = await table(book, 'Facturen');
      const userHeaders = [
        'Factuurnummer',
        'Klantnummer',
        'Factuurdatum',
        'Omschrijving',
        'Bedrag excl. BTW',
        'Bedrag incl. BTW',
        'Projectcode',
      ];
      const r1 = await refreshAndSort(book, { today: TODAY });
      expect(r1.invoices).toEqual({ total: 4, overdue: 2, open: 1, closed: 1 });
      const after = await table(book, 'Facturen');
      expect(rowsOver(after, userHeaders)).toEqual(rowsOver(before, userHeaders));
      // Overdue (most days first), then open, then paid; then the error row; the blank row last.
      expect(column(after, 'Factuurnummer')).toEqual([
        '2026-0003',
        '2026-0005',
        '2026-0002',
        '2026-0001',
        '2026-0004',
        null,
      ]);
      expect(column(after, 'Projectcode')).toEqual(['P-2', null, null, 'P-1', 'P-3', null]);
      const klanten = await table(book, 'Klanten');
      expect(column(klanten, 'Klantnummer')).toEqual(['K3', 'K2', 'K1']);
      expect(column(klanten, 'Mijn kolom')).toEqual(['let op', null, 'vaste klant']);
      const charts1 = (await book.snapshot()).sheets
        .find((s) => s.name === 'Overzicht')
        ?.charts.map((c) => c.name)
        .sort();
      expect(charts1).toEqual([
        'KI_Grafiek_Afhankelijkheid',
        'KI_Grafiek_Betaalgedrag',
        'KI_Grafiek_Kasprognose',
        'KI_Grafiek_OmzetPerMaand',
        'KI_Grafiek_Ouderdom',
      ]);
      await refreshAndSort(book, { today: TODAY });
      const again = await table(book, 'Facturen');
      expect(again.values.length).toBe(after.values.length);
      expect(column(again, 'Factuurnummer')).toEqual(column(after, 'Factuurnummer'));
      const snap = await book.snapshot();
      expect(
        snap.sheets
          .find((s) => s.name === 'Overzicht')
          ?.charts.map((c) => c.name)
          .sort(),
      ).toEqual(charts1);
      expect(snap.sheets.filter((s) => s.name === 'Overzicht')).toHaveLength(1);
    });

    it('writes number formats per column and per cell of a generated block, and clears them on rewrite', async () => {
      const book = await makeBook({ sheets: ['Overzicht'] });
      const euro = '€ #,##0.00;[Red]-€ #,##0.00';
      await book.apply([
        {
          kind: 'replaceSheet',
          sheet: 'Overzicht',
          blocks: [
            {
              at: 'B3',
              values: [
                ['Kengetal', 'Waarde', 'Aantal'],
                ['Openstaand', 1234.5, 3],
                ['DSO (dagen)', 41.5, 7],
                ['Facturen', 12, 4],
              ],
              numberFormats: [null, null, '0'],
              // Row by row; short rows and null keep the column's format.
              cellNumberFormats: [[], [null, euro], [null, '0.0', '0.00'], [null, '0']],
              name: 'KI_Test',
            },
          ],
        },
      ]);
      const at = async (address: string): Promise<string | null> =>
        (await book.numberFormatAt('Overzicht', address)) ?? null;
      expect(await at('C4')).toBe(euro);
      expect(await at('C5')).toBe('0.0');
      expect(await at('C6')).toBe('0');
      expect(await at('D4')).toBe('0');
      expect(await at('D5')).toBe('0.00');
      expect(await at('B4')).toBeNull();
      expect(await at('C3')).toBeNull();
      await book.apply([
        {
          kind: 'replaceSheet',
          sheet: 'Overzicht',
          blocks: [
            {
              at: 'B3',
              values: [
                ['Kengetal', 'Waarde'],
                ['Openstaand', 1],
              ],
            },
          ],
        },
      ]);
      expect(await at('C4')).toBeNull();
      expect(await at('C5')).toBeNull();
    });

    it("reads formula presence: non-null exactly where a cell holds a formula, each starting with '='", async () => {
      const book = await makeBook(typedFixture);
      await setUp(book, {});
      await refreshAndSort(book, { today: TODAY });
      const text = await table(book, 'Facturen');
      const r = await book.read(['Facturen'], { formulas: 'presence' });
      const marks = r.tables.get('Facturen');
      expect(marks?.values).toEqual(text.values);
      expect(marks?.formulas.map((row) => row.map((f) => f !== null))).toEqual(
        text.formulas.map((row) => row.map((f) => f !== null)),
      );
      expect(marks?.formulas.flat().every((f) => f === null || f.startsWith('='))).toBe(true);
      const status = text.headers.indexOf('Status');
      expect(marks?.formulas[0]?.[status]).not.toBeNull();
      expect(marks?.formulas[0]?.[text.headers.indexOf('Omschrijving')]).toBeNull();
    });

    it('respects a due date a person typed over the formula (operations read formula presence only)', async () => {
      const book = await makeBook(typedFixture);
      await setUp(book, {});
      await refreshAndSort(book, { today: TODAY });
      const t = await table(book, 'Facturen');
      const due = t.headers.indexOf('Vervaldatum');
      const row = column(t, 'Factuurnummer').indexOf('2026-0002');
      // Typed over one formula cell (as a person would in Excel): a value, no formula.
      await book.apply([
        {
          kind: 'setColumn',
          table: 'Facturen',
          column: 'Vervaldatum',
          values: t.values.map((_, i) => (i === row ? d('2026-11-15') : null)),
        },
      ]);
      const typed = await table(book, 'Facturen');
      expect(typed.formulas[row]?.[due] ?? null).toBeNull();
      expect(typed.formulas[(row + 1) % typed.values.length]?.[due]).not.toBeNull();
      const r = await refreshAndSort(book, { today: TODAY });
      expect(r.keptTyped).toEqual(['Facturen.Vervaldatum']);
      const loaded = await loadLedger(book);
      const inv = loaded.ledger.invoices.find((i) => i.number === '2026-0002');
      expect(inv?.dueDate).toBe('2026-11-15');
      const after = await table(book, 'Facturen');
      const at = column(after, 'Factuurnummer').indexOf('2026-0002');
      expect(after.values[at]?.[due]).toBe(d('2026-11-15'));
      expect(after.formulas[at]?.[due] ?? null).toBeNull();
    });
  });
}
