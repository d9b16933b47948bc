/**
 * The demo's first view comes from the sample built in memory, in batches (PlainBook); the
 * workbook a visitor edits and downloads from those batches replayed into the .xlsx host. Both are
 * held here, value by value, to the sample built the slow way: on the .xlsx host, the last week
 * typed one record at a time through the pane's own operations.
 */
import type ExcelJS from 'exceljs';
import { gridFromRead, gridOf, plainFromSheet, readAllTables } from '../../src/demo/gridModel';
import { fillLedger } from '../../src/demo/fillLedger';
import { PlainBook } from '../../src/demo/plainBook';
import { generateSampleData } from '../../src/demo/sampleData';
import { firstViewInParts, plainSample, type FirstBook } from '../../src/demo/firstView';
import { SampleBook } from '../../src/demo/sampleBook';
import { replayed } from '../../src/demo/sampleWorkbook';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { workbookOperations } from '../../src/taskpane/data/workbookOperations';
import type { Book, Change } from '../../src/workbook/book';
import { loadLedger, setUp } from '../../src/workbook/operations';
import { readWorkbook } from '../../src/workbook/operations/state';
import { isoDate } from '../../src/domain/dates';

// The machine these run on is shared and slow: generous, never tight.
jest.setTimeout(300_000);

async function slowSample(today: string): Promise<XlsxBook> {
  const book = XlsxBook.create();
  const { ledger } = generateSampleData({ today: isoDate(today) });
  await setUp(book, { language: 'nl' });
  await fillLedger(book, ledger, { today: isoDate(today), language: 'nl', recentDays: 7 });
  return book;
}

/** A value with its functions left out (the bindings' lookups are closures, new per read). */
function data(value: unknown): unknown {
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, data(v)]));
  if (Array.isArray(value)) return value.map(data);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => typeof v !== 'function')
        .map(([k, v]) => [k, data(v)]),
    );
  return value;
}

/**
 * The same with every formula as '=': what a read for formula presence may give (the .xlsx host
 * gives the text anyway, the in-memory book the marker).
 */
function presence(value: unknown, key = ''): unknown {
  if (key === 'formulas' && Array.isArray(value))
    return value.map((row: unknown[]) => row.map((f) => (f === null ? null : '=')));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, presence(v)]));
  if (Array.isArray(value)) return value.map((v) => presence(v));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, presence(v, k)]));
  return value;
}

/** Everything the first view shows: the pane's state and ledger, the grid, the overview sheet. */
async function firstView(book: Book & { sheetValues: XlsxBook['sheetValues'] }, today: string) {
  const state = await readWorkbook(book);
  const read = await readAllTables(book);
  return {
    read: presence(read) as typeof read,
    state: presence(data(state)),
    ledger: await loadLedger(book),
    grid: gridFromRead(read, { today: isoDate(today), language: state.language, settings: state.settings }),
    overview: plainFromSheet(book.sheetValues('Overzicht'), read.dateSystem, state.language),
    overviewValues: book.sheetValues('Overzicht'),
  };
}

/** Every cell of every sheet: value, formula and number format, plus tables, names, validation. */
function cellsOf(book: XlsxBook) {
  const wb: ExcelJS.Workbook = book.workbook;
  return {
    names: wb.definedNames.model,
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, unknown> = {};
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells[cell.address] = {
            value: cell.value,
            formula: cell.formula ?? null,
            numFmt: cell.numFmt ?? null,
          };
        }),
      );
      return {
        name: ws.name,
        cells,
        views: ws.views,
        tables: Object.values((ws as unknown as { tables: Record<string, { table: unknown }> }).tables).map(
          (t) => t.table,
        ),
        validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        conditionalFormats: (ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      };
    }),
  };
}

describe.each(['2026-11-22', '2025-01-02'])('the demo sample as of %s', (today) => {
  let slow: XlsxBook;
  let slowView: Awaited<ReturnType<typeof firstView>>;
  beforeAll(async () => {
    slow = await slowSample(today);
    slowView = await firstView(slow, today);
  });

  it('shows in its first view, built in memory, exactly what the slow way shows', async () => {
    const fast = await firstView(await plainSample(isoDate(today)), today);
    // Table by table first, for a readable failure; then everything at once.
    for (const [name, table] of slowView.read.tables) expect(fast.read.tables.get(name)).toEqual(table);
    expect(fast.grid).toEqual(slowView.grid);
    expect(fast.overview).toEqual(slowView.overview);
    expect(fast).toEqual(slowView);
    // Asked for the formulas' text, it gives what the .xlsx host gives.
    const names = slowView.read.allTables.map((t) => t.name);
    expect((await (await plainSample(isoDate(today))).read(names)).tables).toEqual(
      (await slow.read(names)).tables,
    );
    // Not an empty comparison: the sample's invoices are all there, with their live columns.
    const invoices = fast.grid.find((s) => s.name === 'Facturen')?.tables[0];
    expect(invoices?.rows.length).toBe(generateSampleData({ today: isoDate(today) }).ledger.invoices.length);
    expect(invoices?.rows.every((r) => r.every((c, i) => !invoices.computed[i] || c !== ''))).toBe(true);
  });

  it('comes from the worker as plain data that shows, reads and replays as the slow way', async () => {
    // What the page receives: the worker's two answers after a structured clone (postMessage's
    // copy), the pane's part before the grid, which the page draws while the grid is calculated.
    const order: string[] = [];
    let part: FirstBook | undefined;
    const grid = await firstViewInParts(
      isoDate(today),
      (p) => {
        order.push('book');
        part = structuredClone(p);
      },
      (step) => order.push(step),
    );
    order.push('grid');
    expect(order).toEqual(['built', 'loaded', 'book', 'grid']);
    if (!part) throw new Error('no book part');
    const view = { ...part, sheets: structuredClone(grid) };
    expect(view.today).toBe(today);
    const book = new PlainBook(view.book);
    expect(await firstView(book, today)).toEqual(slowView);
    // The pane's first load and the grid beside it, as the page would make them from the workbook.
    expect(view.loaded).toEqual(await workbookOperations.loadLedger(slow));
    expect(view.sheets).toEqual(await gridOf(slow, isoDate(today)));
    expect(view.loaded.ledger.invoices).toHaveLength(
      generateSampleData({ today: isoDate(today) }).ledger.invoices.length,
    );
    // Formula text and the workbook a first edit or download makes.
    const names = slowView.read.allTables.map((t) => t.name);
    expect((await book.read(names)).tables).toEqual((await slow.read(names)).tables);
    expect(cellsOf(await replayed(book.batches))).toEqual(cellsOf(slow));
  });

  it('becomes, replayed into the .xlsx host, the same workbook cell by cell', async () => {
    const plain = await plainSample(isoDate(today));
    const workbook = await replayed(plain.batches);
    expect(await firstView(workbook, today)).toEqual(slowView);
    expect(cellsOf(workbook)).toEqual(cellsOf(slow));
    // And the saved file reads back the same as the slow way's saved file.
    const [a, b] = await Promise.all([workbook.toBuffer(), slow.toBuffer()]);
    const [ra, rb] = await Promise.all([XlsxBook.fromBuffer(a), XlsxBook.fromBuffer(b)]);
    expect(cellsOf(ra)).toEqual(cellsOf(rb));
  });
});

describe('SampleBook', () => {
  it('reads from memory, and makes the .xlsx workbook once, at the first change', async () => {
    const plain = await plainSample(isoDate('2026-11-22'));
    const replays: number[] = [];
    const book = new SampleBook(plain, async (batches) => {
      replays.push(batches.length);
      return replayed(batches);
    });
    const before = await readAllTables(book);
    expect(replays).toEqual([]);
    expect(book.onXlsx).toBe(false);
    const table = before.allTables.find((t) => t.sheet === 'Contact')!;
    const change: Change = {
      kind: 'appendRows',
      table: table.name,
      rows: [{ [table.headers[0]!]: 'een notitie' }],
    };
    // Two changes at once still make one workbook, and both land in it.
    await Promise.all([book.apply([change]), book.apply([change])]);
    expect(replays).toEqual([plain.batches.length]);
    expect(book.onXlsx).toBe(true);
    const after = await readAllTables(book);
    const rows = (r: typeof before) => r.tables.get(table.name)!.values;
    expect(rows(after)).toHaveLength(rows(before).length + 2);
    expect(rows(after).slice(0, -2)).toEqual(rows(before));
    expect(rows(after).at(-1)?.[0]).toBe('een notitie');
    expect(await book.xlsx()).toBe(await book.xlsx());
  });

  it('tries again after a failed load, and the change waits for the workbook', async () => {
    const plain = await plainSample(isoDate('2026-11-22'));
    let attempts = 0;
    const book = new SampleBook(plain, async (batches) => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return replayed(batches);
    });
    await expect(book.apply([])).rejects.toThrow('offline');
    expect(book.onXlsx).toBe(false);
    await book.apply([]);
    expect(attempts).toBe(2);
    expect(book.onXlsx).toBe(true);
  });
});

describe('SampleBook whose sample is made on demand (the worker builds it)', () => {
  it('makes it once, at the first need; a change made before waits, visibly, and is kept', async () => {
    const plain = await plainSample(isoDate('2026-11-22'));
    const first = await readAllTables(plain);
    const contact = first.tables.get(first.allTables.find((t) => t.sheet === 'Contact')!.name)!;
    let arrive: (p: PlainBook) => void = () => undefined;
    let made = 0;
    const book = new SampleBook(() => {
      made += 1;
      return new Promise<PlainBook>((resolve) => (arrive = resolve));
    }, replayed);
    const heard: boolean[] = [];
    book.onPreparing((preparing) => heard.push(preparing));
    expect(made).toBe(0);
    expect(() => book.sheetValues('Overzicht')).toThrow(/not in memory yet/);

    const read = readAllTables(book);
    const change: Change = {
      kind: 'appendRows',
      table: contact.name,
      rows: [{ [contact.headers[0]!]: 'vroeg' }],
    };
    const applied = book.apply([change]);
    // The change waits, and the page hears so before the sample has arrived.
    expect(heard).toEqual([true]);
    arrive(plain);
    expect((await read).tables.get(contact.name)!.values).toEqual(contact.values);
    await applied;
    expect(heard).toEqual([true, false]);
    expect(made).toBe(1);
    const after = (await readAllTables(book)).tables.get(contact.name)!.values;
    expect(after).toHaveLength(contact.values.length + 1);
    expect(after.at(-1)?.[0]).toBe('vroeg');
    expect(book.sheetValues('Overzicht').values.length).toBeGreaterThan(0);
  });

  it('fails a change when the sample cannot be made, tells the page, and makes it again next time', async () => {
    const plain = await plainSample(isoDate('2026-11-22'));
    let made = 0;
    const book = new SampleBook(async () => {
      made += 1;
      if (made === 1) throw new Error('worker gone');
      return plain;
    }, replayed);
    const heard: boolean[] = [];
    book.onPreparing((preparing) => heard.push(preparing));
    await expect(book.apply([])).rejects.toThrow('worker gone');
    expect(heard).toEqual([true, false]);
    await book.ready;
    expect(made).toBe(2);
    await book.apply([]);
    expect(book.onXlsx).toBe(true);
  });
});
