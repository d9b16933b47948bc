/**
 * Who owns a product-named column: what the person asks now, then what Instellingen records, then
 * the data's look. Through the memory Book: set-up, refresh and a later refresh without options.
 */
import type { Cell } from '../../src/workbook/book';
import { isoToSerial } from '../../src/workbook/cells';
import { findYourParts } from '../../src/workbook/operations/columnChoices';
import { loadLedger, refreshAndSort, setUp } from '../../src/workbook/operations';
import { ownerOfValue, refOfKey } from '../../src/workbook/ownership';
import { MemoryBook } from '../support/memoryBook';
import { isoDate } from '../../src/domain/dates';

const TODAY = isoDate('2026-11-22');
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

/** A person's list: Status with their own words, Volgorde with purchase-order numbers. */
function traderBook(volgorde: Cell[] = ['PO-7781', 'PO-1234', 'PO-9999']): MemoryBook {
  return new MemoryBook({
    tables: [
      { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
      {
        name: 'Facturen',
        sheet: 'Facturen',
        headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW', 'Status', 'Volgorde'],
        rows: [
          ['F1', 'K1', d('2026-09-01'), 100, 'bellen', volgorde[0] ?? null],
          ['F2', 'K1', d('2026-11-01'), 200, 'wacht', volgorde[1] ?? null],
          ['F3', 'K1', d('2026-06-01'), 300, 'klaar', volgorde[2] ?? null],
        ],
      },
    ],
  });
}

function table(book: MemoryBook, name: string) {
  const t = book.snapshot().tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  const col = (h: string): Cell[] => t.values.map((r) => r[t.headers.indexOf(h)] ?? null);
  return { ...t, col };
}

function settingsRow(book: MemoryBook, key: string): Cell[] | undefined {
  return table(book, 'Instellingen').values.find((r) => r[0] === key);
}

describe('the settings rows', () => {
  it('read a record key and its owner words in both languages; anything else is no record', () => {
    expect(refOfKey('kolom.Facturen.Volgorde')).toEqual({ table: 'invoices', header: 'Volgorde' });
    expect(refOfKey(' Column.Invoices.Sort.order ')).toEqual({ table: 'invoices', header: 'Sort.order' });
    expect(refOfKey('column.invoices.Order')).toEqual({ table: 'invoices', header: 'Order' });
    expect(refOfKey('kolom.Bestellingen.Volgorde')).toBeUndefined();
    expect(refOfKey('alias.invoices.number')).toBeUndefined();
    expect(['Klant Inzicht', 'klantinzicht', 'programma'].map(ownerOfValue)).toEqual([
      'product',
      'product',
      'product',
    ]);
    expect(['Eigen', 'own', 'Mine'].map(ownerOfValue)).toEqual(['person', 'person', 'person']);
    expect([null, '', 'misschien', 3].map(ownerOfValue)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('handing over exactly the columns asked for', () => {
  it('set-up without a choice leaves both columns theirs and asks; nothing is recorded', async () => {
    const book = traderBook();
    const r = await setUp(book, {});
    expect(r.yours).toEqual([
      {
        table: 'invoices',
        tableName: 'Facturen',
        sheet: 'Facturen',
        header: 'Status',
        field: 'status',
        own: 'Status (Klant Inzicht)',
        kept: false,
      },
      {
        table: 'invoices',
        tableName: 'Facturen',
        sheet: 'Facturen',
        header: 'Volgorde',
        field: 'sortKey',
        own: 'Volgorde (Klant Inzicht)',
        kept: false,
      },
    ]);
    expect(r.recorded).toEqual([]);
    expect(table(book, 'Instellingen').values.filter((x) => String(x[0]).startsWith('kolom.'))).toEqual([]);
    expect((await findYourParts(book)).columns).toEqual(r.yours);
  });

  it('hands over Volgorde only; later refreshes with no option treat it as the product’s, Status stays theirs', async () => {
    const book = traderBook();
    await setUp(book, {});
    const r = await setUp(book, { adoptColumns: [{ table: 'invoices', header: 'volgorde' }] });
    expect(r.recorded).toEqual([{ ref: { table: 'invoices', header: 'Volgorde' }, owner: 'product' }]);
    expect(r.yours.map((y) => y.header)).toEqual(['Status']);
    expect(settingsRow(book, 'kolom.Facturen.Volgorde')?.slice(0, 2)).toEqual([
      'kolom.Facturen.Volgorde',
      'Klant Inzicht',
    ]);

    // The ribbon's refresh passes no option: the record decides.
    const s = await refreshAndSort(book, { today: TODAY });
    expect(s.recorded).toEqual([]);
    expect(s.yours.map((y) => y.header)).toEqual(['Status']);
    const f = table(book, 'Facturen');
    expect(f.col('Volgorde')).toEqual([1, 2, 3]);
    expect(f.col('Factuurnummer')).toEqual(['F3', 'F1', 'F2']);
    // Status moved with its rows and kept every word; the product's status is in its own column.
    expect(f.col('Status')).toEqual(['klaar', 'bellen', 'wacht']);
    expect(f.formulas[0]?.[f.headers.indexOf('Status (Klant Inzicht)')]).toMatch(/^=/);
    // A second refresh writes no second record.
    await refreshAndSort(book, { today: TODAY });
    const records = table(book, 'Instellingen').values.filter((x) => String(x[0]).startsWith('kolom.'));
    expect(records).toHaveLength(1);
  });

  it('keeps a column the person kept, even when it holds 1..n like the product’s sort key', async () => {
    const book = traderBook([1, 2, 3]);
    const first = await setUp(book, {});
    // 1..n looks like the product's own key: taken without a question...
    expect(first.yours.map((y) => y.header)).toEqual(['Status']);
    // ...until the person says it is theirs.
    const r = await setUp(book, { keepColumns: [{ table: 'invoices', header: 'Volgorde' }] });
    expect(r.recorded).toEqual([{ ref: { table: 'invoices', header: 'Volgorde' }, owner: 'person' }]);
    expect(r.yours.find((y) => y.header === 'Volgorde')).toMatchObject({
      kept: true,
      own: 'Volgorde (Klant Inzicht)',
    });
    await refreshAndSort(book, { today: TODAY });
    const f = table(book, 'Facturen');
    // Rows moved (F3, the longest overdue, first), the person's numbers moved with them, unchanged.
    expect(f.col('Factuurnummer')).toEqual(['F3', 'F1', 'F2']);
    expect(f.col('Volgorde')).toEqual([3, 1, 2]);
    expect(f.col('Volgorde (Klant Inzicht)')).toEqual([1, 2, 3]);
  });

  it('the CLI flag takes every open column but never one recorded as kept; a record typed over wins', async () => {
    const book = traderBook();
    await setUp(book, { keepColumns: [{ table: 'invoices', header: 'Status' }] });
    const r = await refreshAndSort(book, { today: TODAY, adoptColumns: true });
    expect(r.recorded).toEqual([{ ref: { table: 'invoices', header: 'Volgorde' }, owner: 'product' }]);
    expect(r.yours).toMatchObject([{ header: 'Status', kept: true }]);
    expect(table(book, 'Facturen').col('Volgorde')).toEqual([1, 2, 3]);

    // The person gives Volgorde back by typing "Eigen" over the record: the next refresh leaves it.
    const s = table(book, 'Instellingen');
    const at = s.values.findIndex((x) => x[0] === 'kolom.Facturen.Volgorde');
    await book.apply([
      {
        kind: 'setColumn',
        table: 'Instellingen',
        column: s.headers[1] as string,
        values: s.values.map((_, i) => (i === at ? 'Eigen' : null)),
      },
    ]);
    const before = table(book, 'Facturen').col('Volgorde');
    const again = await refreshAndSort(book, { today: TODAY });
    expect(again.yours.map((y) => y.header)).toEqual(['Status', 'Volgorde']);
    expect(table(book, 'Facturen').col('Volgorde').sort()).toEqual([...before].sort());
  });

  it('a record naming no owner is a located error, and the column is judged by its data', async () => {
    const book = traderBook();
    await setUp(book, {});
    await book.apply([
      {
        kind: 'appendRows',
        table: 'Instellingen',
        rows: [{ Instelling: 'kolom.Facturen.Volgorde', Waarde: 'misschien' }],
      },
    ]);
    const loaded = await loadLedger(book);
    const e = loaded.errors.find((x) => x.table === 'Instellingen');
    expect(e).toMatchObject({ sheet: 'Instellingen', column: { letter: 'B' }, value: 'misschien' });
    expect(e?.why).toMatch(/kolom\.Facturen\.Volgorde: vul "Klant Inzicht" in/);
    expect((await findYourParts(book)).columns.map((y) => y.header)).toEqual(['Status', 'Volgorde']);
  });

  it('set-up creating Instellingen writes the records in its first rows', async () => {
    const book = traderBook();
    await setUp(book, { adoptColumns: true });
    expect(settingsRow(book, 'kolom.Facturen.Volgorde')?.[1]).toBe('Klant Inzicht');
    expect(settingsRow(book, 'kolom.Facturen.Status')?.[1]).toBe('Klant Inzicht');
    await refreshAndSort(book, { today: TODAY });
    expect(table(book, 'Facturen').headers).not.toContain('Volgorde (Klant Inzicht)');
    expect(table(book, 'Facturen').col('Volgorde')).toEqual([1, 2, 3]);
  });

  /** One customer with an invoice of September and one of November, not set up yet. */
  const twoInvoicesBook = () =>
    new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [
            ['F1', 'K1', d('2026-09-01'), 100],
            ['F2', 'K1', d('2026-11-01'), 200],
          ],
        },
      ],
    });

  it('the product’s own next-step texts, dated or not, are rewritten by the next refresh, not kept as typed', async () => {
    const book = twoInvoicesBook();
    await setUp(book, {});
    await refreshAndSort(book, { today: TODAY });
    const first = table(book, 'Facturen').col('Volgende stap');
    // One step due today ("— vandaag"), one waiting for its day ("op dd-mm-jjjj").
    expect(first.some((v) => typeof v === 'string' && v.endsWith('— vandaag'))).toBe(true);
    expect(first.some((v) => typeof v === 'string' && / op \d{2}-\d{2}-\d{4}$/.test(v))).toBe(true);
    const r = await refreshAndSort(book, { today: isoDate('2026-12-20') });
    expect(r.keptTyped).not.toContain('Facturen.Volgende stap');
    expect(table(book, 'Facturen').col('Volgende stap')).not.toEqual(first);
  });

  it('a note typed over the product’s next step, or a value typed into its sort key, is kept by every refresh', async () => {
    const book = twoInvoicesBook();
    await setUp(book, {});
    await refreshAndSort(book, { today: TODAY });
    const f = table(book, 'Facturen');
    const typed = (h: string, v: Cell) => ({
      kind: 'setColumn' as const,
      table: 'Facturen',
      column: h,
      values: f.values.map((_, i) => (i === 1 ? v : null)),
    });
    await book.apply([typed('Volgende stap', 'bellen na vakantie'), typed('Volgorde', 'PO-1')]);
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.keptTyped).toContain('Facturen.Volgende stap');
    expect(r.yours.map((y) => y.header)).toEqual(['Volgorde']);
    const after = table(book, 'Facturen');
    expect(after.col('Volgende stap')).toContain('bellen na vakantie');
    expect(after.col('Volgorde')).toContain('PO-1');
    expect(after.col('Volgorde (Klant Inzicht)')).toEqual([1, 2]);
  });

  it('sees a person’s column right of the product’s own one, keeps it, and hands it over when asked', async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: [
            'Factuurnummer',
            'Klantnummer',
            'Factuurdatum',
            'Bedrag incl. BTW',
            'Volgorde (Klant Inzicht)',
            'Volgorde',
          ],
          rows: [
            ['F1', 'K1', d('2026-09-01'), 100, 1, 'PO-7781'],
            ['F2', 'K1', d('2026-11-01'), 200, 2, 'PO-1234'],
          ],
        },
      ],
    });
    const kept = await refreshAndSort(book, { today: TODAY });
    expect(kept.yours.map((y) => [y.header, y.own])).toEqual([['Volgorde', 'Volgorde (Klant Inzicht)']]);
    expect(table(book, 'Facturen').col('Volgorde')).toEqual(['PO-7781', 'PO-1234']);
    const asked = await setUp(book, { adoptColumns: [{ table: 'invoices', header: 'Volgorde' }] });
    expect(asked.recorded).toEqual([{ ref: { table: 'invoices', header: 'Volgorde' }, owner: 'product' }]);
    await refreshAndSort(book, { today: TODAY });
    expect(table(book, 'Facturen').col('Volgorde')).toEqual([1, 2]);
  });
});
