/**
 * A sheet called Overzicht (or Overview) that the person made is never cleared: the product's
 * overview goes to "Overzicht (Klant Inzicht)", recorded in Instellingen, on every later run too,
 * and the set-up and refresh reports say so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Book, SheetBlock, TableSnapshot } from '../../../src/workbook/book';
import { refreshAndSort, setUp } from '../../../src/workbook/operations';
import { OVERVIEW_MARKER } from '../../../src/workbook/operations/overview';
import { OVERVIEW_SHEET_KEY, placeOverview } from '../../../src/workbook/operations/state';
import { typedFixture } from '../../contract/bookContract';
import { DEBIAN_PYTHON, openpyxlDump } from '../../hosts/xlsx/openpyxl';
import { FakeExcel } from '../../support/fakeOffice';
import { fakeApi } from '../../support/fakeOffice/workbook';
import { MemoryBook } from '../../support/memoryBook';
import { isoDate } from '../../../src/domain/dates';

jest.setTimeout(120_000);

const TODAY = isoDate('2026-11-22');
const NOTES: SheetBlock[] = [
  {
    at: 'A1',
    values: [
      ['Mijn notities', null],
      ['bel Jansen', 42],
    ],
  },
];

async function settingsRecord(book: Book, table: string): Promise<(string | number | boolean | null)[][]> {
  const t = (await book.read([table])).tables.get(table) as TableSnapshot;
  return t.values.filter((r) => r[0] === OVERVIEW_SHEET_KEY);
}

function sheetOf(book: MemoryBook, name: string): { blocks: SheetBlock[] } | undefined {
  return book.snapshot().sheets.find((s) => s.name === name);
}

describe('placeOverview', () => {
  it('takes the recorded sheet, then the own name, then the plain name only when it is free', () => {
    expect(placeOverview([], undefined, 'nl', true)).toEqual({
      sheet: 'Overzicht',
      exists: false,
      recorded: false,
    });
    expect(placeOverview(['Overzicht'], 'Overzicht', 'nl', true)).toEqual({
      sheet: 'Overzicht',
      exists: true,
      recorded: true,
    });
    // Nothing records it as ours: the person's.
    expect(placeOverview(['overzicht'], undefined, 'nl', true)).toEqual({
      sheet: 'Overzicht (Klant Inzicht)',
      exists: false,
      recorded: false,
      taken: 'overzicht',
    });
    expect(placeOverview(['Overview', 'Overview (Klant Inzicht)'], undefined, 'en', true)).toEqual({
      sheet: 'Overview (Klant Inzicht)',
      exists: true,
      recorded: false,
      taken: 'Overview',
    });
    expect(
      placeOverview(['Overzicht', 'Overzicht (Klant Inzicht)'], 'Overzicht (Klant Inzicht)', 'nl', true),
    ).toEqual({ sheet: 'Overzicht (Klant Inzicht)', exists: true, recorded: true, taken: 'Overzicht' });
    // Nowhere to record the choice: the own name, so the next run recognises it by its name.
    expect(placeOverview([], undefined, 'nl', false).sheet).toBe('Overzicht (Klant Inzicht)');
    // A record naming some other sheet is not trusted with clearing it.
    expect(placeOverview(['Overzicht'], undefined, 'nl', true, ['overzicht'])).toEqual({
      sheet: 'Overzicht',
      exists: true,
      recorded: false,
    });
    expect(placeOverview(['Overzicht', 'Blad2'], undefined, 'nl', true, ['Blad2']).sheet).toBe(
      'Overzicht (Klant Inzicht)',
    );
    expect(placeOverview(['Notities', 'Overzicht'], 'Notities', 'nl', true)).toMatchObject({
      sheet: 'Overzicht (Klant Inzicht)',
      taken: 'Overzicht',
    });
  });
});

describe('a sheet Overzicht the person made (memory book)', () => {
  it('is left as it is by set-up and by every refresh; the overview goes to its own sheet', async () => {
    const book = new MemoryBook({ ...structuredClone(typedFixture), sheets: ['Overzicht'] });
    await book.apply([{ kind: 'replaceSheet', sheet: 'Overzicht', blocks: NOTES }]);
    const report = await setUp(book, {});
    expect(report.overviewCreated).toBe(true);
    expect(report.overviewSheet).toBe('Overzicht (Klant Inzicht)');
    expect(report.overviewNote).toBe(
      'Blad "Overzicht" is niet door Klant Inzicht gemaakt en blijft zoals het is; het overzicht staat op blad "Overzicht (Klant Inzicht)".',
    );
    expect(await settingsRecord(book, 'Instellingen')).toEqual([
      [OVERVIEW_SHEET_KEY, 'Overzicht (Klant Inzicht)', expect.any(String)],
    ]);
    for (let run = 0; run < 2; run++) {
      const r = await refreshAndSort(book, { today: TODAY });
      expect(r.overviewSheet).toBe('Overzicht (Klant Inzicht)');
      expect(r.overviewNote).toMatch(/^Blad "Overzicht" is niet door Klant Inzicht gemaakt/);
      expect(sheetOf(book, 'Overzicht')?.blocks).toEqual(NOTES);
      const own = sheetOf(book, 'Overzicht (Klant Inzicht)');
      expect(own?.blocks[0]?.values[0]?.[0]).toBe('Klant Inzicht — overzicht per 22-11-2026');
      expect(own?.blocks.some((b) => b.name === OVERVIEW_MARKER)).toBe(true);
    }
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual([
      'Overzicht (Klant Inzicht)',
      'Overzicht',
      'Klanten',
      'Facturen',
      'Betalingen',
      'Contact',
      'Regelingen',
      'Instellingen',
    ]);
    expect(await settingsRecord(book, 'Instellingen')).toHaveLength(1);
  });

  it('stays the overview when the product made it: recorded at set-up, rewritten by refresh', async () => {
    const book = new MemoryBook(structuredClone(typedFixture));
    const report = await setUp(book, {});
    expect(report).toMatchObject({ overviewCreated: true, overviewSheet: 'Overzicht' });
    expect(report.overviewNote).toBeUndefined();
    expect(report.settingsAdded).not.toContain(OVERVIEW_SHEET_KEY);
    const again = await setUp(book, {});
    expect(again).toMatchObject({ overviewCreated: false, overviewSheet: 'Overzicht' });
    expect(await settingsRecord(book, 'Instellingen')).toHaveLength(1);
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.overviewSheet).toBe('Overzicht');
    expect(r.overviewNote).toBeUndefined();
    expect(sheetOf(book, 'Overzicht')?.blocks[0]?.values[0]?.[0]).toMatch(/^Klant Inzicht — overzicht per/);
    expect(book.snapshot().sheets.some((s) => s.name.includes('(Klant Inzicht)'))).toBe(false);
  });

  it('an Overzicht an earlier version made (KI_ names into it, no record) stays the overview and is recorded', async () => {
    const book = new MemoryBook({ ...structuredClone(typedFixture), sheets: ['Overzicht'] });
    const old: SheetBlock[] = [
      { at: 'A1', values: [['Klant Inzicht — overzicht per 01-01-2026']] },
      { at: 'A3', name: 'KI_Kengetallen', values: [['Open', 1]] },
    ];
    await book.apply([{ kind: 'replaceSheet', sheet: 'Overzicht', blocks: old }]);
    const report = await setUp(book, {});
    expect(report).toMatchObject({ overviewSheet: 'Overzicht' });
    expect(report.overviewNote).toBeUndefined();
    expect(await settingsRecord(book, 'Instellingen')).toEqual([
      [OVERVIEW_SHEET_KEY, 'Overzicht', expect.any(String)],
    ]);
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.overviewSheet).toBe('Overzicht');
    expect(sheetOf(book, 'Overzicht')?.blocks[0]?.values[0]?.[0]).toBe(
      'Klant Inzicht — overzicht per 22-11-2026',
    );
    expect(book.snapshot().sheets.some((s) => s.name.includes('(Klant Inzicht)'))).toBe(false);
  });

  it('in an English workbook: Overview (Klant Inzicht), said in English', async () => {
    const book = new MemoryBook({ sheets: ['Overview'] });
    await book.apply([{ kind: 'replaceSheet', sheet: 'Overview', blocks: NOTES }]);
    const report = await setUp(book, { language: 'en' });
    expect(report.overviewSheet).toBe('Overview (Klant Inzicht)');
    expect(report.overviewNote).toBe(
      'Sheet "Overview" was not made by Klant Inzicht and is left as it is; the overview is on sheet "Overview (Klant Inzicht)".',
    );
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.overviewSheet).toBe('Overview (Klant Inzicht)');
    expect(sheetOf(book, 'Overview')?.blocks).toEqual(NOTES);
  });

  it('is recorded by the refresh that makes it, when Instellingen lacks the record', async () => {
    // Instellingen without the record and no overview at all: refresh makes the plain one and records it.
    const book = new MemoryBook(structuredClone(typedFixture));
    await setUp(book, {});
    const settings = book.snapshot().tables.find((t) => t.name === 'Instellingen');
    const without = (settings?.values ?? []).filter((r) => r[0] !== OVERVIEW_SHEET_KEY);
    const fresh = new MemoryBook({
      tables: [
        ...structuredClone(typedFixture.tables ?? []),
        { name: 'Instellingen', sheet: 'Instellingen', headers: settings?.headers ?? [], rows: without },
      ],
    });
    const r1 = await refreshAndSort(fresh, { today: TODAY });
    expect(r1.overviewSheet).toBe('Overzicht');
    expect(await settingsRecord(fresh, 'Instellingen')).toEqual([
      [OVERVIEW_SHEET_KEY, 'Overzicht', expect.any(String)],
    ]);
    const r2 = await refreshAndSort(fresh, { today: TODAY });
    expect(r2.overviewSheet).toBe('Overzicht');
    expect(await settingsRecord(fresh, 'Instellingen')).toHaveLength(1);
    expect(fresh.snapshot().sheets.filter((s) => /overzicht/i.test(s.name))).toHaveLength(1);
  });
});

describe('a sheet Overzicht the person made, in an .xlsx file read back by openpyxl', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ki-overview-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is read back unchanged, cell by cell and style by style, after set-up and two refreshes', async () => {
    const original = path.join(dir, 'eigen.xlsx');
    // Written by openpyxl, not by us: notes, a number, a date, a bold title and a fill.
    execFileSync(DEBIAN_PYTHON, [
      '-c',
      `
import datetime, sys
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
wb = Workbook()
ws = wb.active
ws.title = 'Overzicht'
ws['A1'] = 'Mijn notities'
ws['A1'].font = Font(bold=True)
ws['A2'] = 'bel Jansen'
ws['B2'] = 42
ws['C3'] = datetime.date(2026, 11, 1)
ws['C3'].number_format = 'dd-mm-yyyy'
ws['D5'] = '=B2*2'
ws['D5'].fill = PatternFill('solid', fgColor='FFFF00')
wb.create_sheet('Facturen')
wb.save(sys.argv[1])
`,
      original,
    ]);
    const before = openpyxlDump(original);
    let book = await XlsxBook.fromBuffer(readFileSync(original));
    const report = await setUp(book, {});
    expect(report.overviewSheet).toBe('Overzicht (Klant Inzicht)');
    expect(report.overviewNote).toMatch(/^Blad "Overzicht" is niet door Klant Inzicht gemaakt/);
    for (let run = 0; run < 2; run++) {
      book = await XlsxBook.fromBuffer(await book.toBuffer());
      const r = await refreshAndSort(book, { today: TODAY });
      expect(r.overviewSheet).toBe('Overzicht (Klant Inzicht)');
    }
    const saved = path.join(dir, 'na.xlsx');
    writeFileSync(saved, await book.toBuffer());
    const after = openpyxlDump(saved);
    expect(after.bySheet.Overzicht).toEqual(before.bySheet.Overzicht);
    expect(after.sheets.filter((s) => /overzicht/i.test(s))).toEqual([
      'Overzicht (Klant Inzicht)',
      'Overzicht',
    ]);
    const own = after.bySheet['Overzicht (Klant Inzicht)'];
    expect(own?.cells.A1?.value).toBe('Klant Inzicht — overzicht per 22-11-2026');
    expect(after.definedNames).toContain(OVERVIEW_MARKER);
  });
});

describe('a sheet Overzicht the person made, on the fake Excel', () => {
  it('is neither cleared nor refused: the overview goes to its own sheet', async () => {
    const fake = new FakeExcel({
      sheets: [{ name: 'Overzicht', cells: { A1: 'Mijn notities', A2: 'bel Jansen', C7: 42 } }],
    });
    const book = new OfficeBook(fakeApi(fake));
    expect((await setUp(book, {})).overviewSheet).toBe('Overzicht (Klant Inzicht)');
    await refreshAndSort(book, { today: TODAY });
    const r = await refreshAndSort(book, { today: TODAY });
    expect(r.overviewSheet).toBe('Overzicht (Klant Inzicht)');
    expect(fake.cell('Overzicht', 'A1').value).toBe('Mijn notities');
    expect(fake.cell('Overzicht', 'A2').value).toBe('bel Jansen');
    expect(fake.cell('Overzicht', 'C7').value).toBe(42);
    expect(fake.cell('Overzicht (Klant Inzicht)', 'A1').value).toBe(
      'Klant Inzicht — overzicht per 22-11-2026',
    );
  });
});
