/**
 * The Overzicht's "what works" block: the core's figures per step and per segment, with the
 * column's number formats, in both languages, and written so by both hosts (the .xlsx file read
 * back by openpyxl, the fake Excel cell by cell).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays } from '../../../src/domain/dates';
import { DEFAULT_LADDER } from '../../../src/domain/dunning';
import { ladderEffect } from '../../../src/domain/effect';
import { defaultSettings, type Ledger } from '../../../src/domain/model';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Book } from '../../../src/workbook/book';
import { isoToSerial } from '../../../src/workbook/cells';
import { refreshAndSort, setUp } from '../../../src/workbook/operations';
import { overviewOf } from '../../../src/workbook/operations/overview';
import { EFFECT_BLOCK } from '../../../src/workbook/operations/overviewEffect';
import { FORECAST_BLOCK } from '../../../src/workbook/operations/overviewForecast';
import { openpyxlDump } from '../../hosts/xlsx/openpyxl';
import { FakeExcel } from '../../support/fakeOffice';
import { fakeApi } from '../../support/fakeOffice/workbook';
import { isoDate } from '../../../src/domain/dates';
import { cents } from '../../../src/domain/money';

jest.setTimeout(180_000);

const TODAY = isoDate('2026-11-30');

/** K1 (Horeca): three invoices reminded on 2026-10-02, paid 3 and 18 days later and not at all; one paid early. */
function ledger(extra: Partial<Ledger> = {}): Ledger {
  const inv = (n: string, k = 'K1') => ({
    number: n,
    customerNumber: k,
    invoiceDate: isoDate('2026-09-01'),
    amountExclVat: cents(10_000),
    amountInclVat: cents(12_100),
  });
  const step = (n: string) => ({
    date: isoDate('2026-10-02'),
    customerNumber: 'K1',
    invoiceNumber: n,
    channel: 'email' as const,
    summary: '',
    ladderStep: 'herinnering-1',
  });
  return {
    customers: [{ number: 'K1', name: 'Café Zoë', kind: 'business', ibans: [], segment: 'Horeca' }],
    invoices: ['F1', 'F2', 'F3', 'F4'].map((n) => inv(n)),
    payments: [
      { date: isoDate('2026-10-05'), invoiceNumber: 'F1', amount: cents(12_100) },
      { date: isoDate('2026-10-20'), invoiceNumber: 'F2', amount: cents(12_100) },
      { date: isoDate('2026-09-20'), invoiceNumber: 'F4', amount: cents(12_100) },
    ],
    contacts: ['F1', 'F2', 'F3'].map(step),
    arrangements: [],
    settings: defaultSettings(),
    ...extra,
  };
}

const startRow = (at: string): number => Number(/\d+$/.exec(at)?.[0]);

describe.each(['nl', 'en'] as const)('the what-works block (%s)', (language) => {
  const l = ledger();
  const { layout } = overviewOf(l, { today: TODAY, language, dateSystem: 1900 });
  const block = layout.blocks.find((b) => b.name === EFFECT_BLOCK);

  it('sits below every other block but the cash forecast, which stays last', () => {
    expect(block).toBeDefined();
    const at = startRow(block?.at ?? '');
    const forecast = layout.blocks.find((b) => b.name === FORECAST_BLOCK);
    for (const b of layout.blocks) {
      if (b === block || b === forecast) continue;
      expect(startRow(b.at) + b.values.length).toBeLessThan(at);
    }
    expect(at + (block?.values.length ?? 0)).toBeLessThan(startRow(forecast?.at ?? ''));
    // Ten columns, A to J: clear of the charts, which start in column K.
    expect(Math.max(...(block?.values ?? []).map((r) => r.length))).toBe(10);
  });

  it("holds the core's figures per step and the baseline, as numbers with the column's format", () => {
    const core = ladderEffect(l, {
      today: TODAY,
      dueDateOf: (i) => addDays(i.invoiceDate, 30),
      ladder: DEFAULT_LADDER,
    });
    const rows = block?.values ?? [];
    expect(rows[0]?.[3]).toBe(language === 'nl' ? 'Betaald binnen 7 dagen' : 'Paid within 7 days');
    const all = rows.filter((r) => r[0] === (language === 'nl' ? 'Alle klanten' : 'All customers'));
    expect(all).toHaveLength(core.rows.length);
    expect(all[0]).toEqual([
      language === 'nl' ? 'Alle klanten' : 'All customers',
      language === 'nl' ? 'Vriendelijke herinnering' : 'Friendly reminder',
      3,
      1 / 3,
      3,
      1 / 3,
      3,
      18,
      1,
      0,
    ]);
    // Nobody reached the final notice: no share, no median, as empty cells.
    expect(all[2]?.slice(2)).toEqual([0, null, 0, null, 0, null, 0, 0]);
    const baseline = all[all.length - 1];
    expect(baseline?.[1]).toBe(
      language === 'nl' ? 'Zonder herinnering (vanaf vervaldatum)' : 'Without a reminder (from the due date)',
    );
    expect(baseline?.slice(2, 5)).toEqual([1, 1, 1]);
    expect(block?.numberFormats).toEqual([null, null, '0', '0%', '0', '0%', '0', '0', '0', '0']);
  });

  it('says "too few data" for a segment below the minimum, and ends with what the figures mean', () => {
    const rows = block?.values ?? [];
    const horeca = rows.filter((r) => r[0] === 'Horeca');
    expect(horeca).toHaveLength(1);
    expect(horeca[0]?.[1]).toBe(
      language === 'nl'
        ? 'te weinig gegevens (4 facturen, minimaal 10)'
        : 'too few data (4 invoices, at least 10)',
    );
    expect(String(rows[rows.length - 1]?.[0])).toMatch(
      language === 'nl' ? /Weinig facturen/ : /Few invoices/,
    );
  });
});

it('gives a segment with enough invoices its own rows', () => {
  const many = ledger();
  for (let i = 0; i < 8; i++) {
    many.invoices.push({ ...(many.invoices[3] as Ledger['invoices'][number]), number: `G${i}` });
    many.payments.push({ date: isoDate('2026-09-25'), invoiceNumber: `G${i}`, amount: cents(12_100) });
  }
  const { layout } = overviewOf(many, { today: TODAY, language: 'nl', dateSystem: 1900 });
  const rows = layout.blocks.find((b) => b.name === EFFECT_BLOCK)?.values ?? [];
  const horeca = rows.filter((r) => r[0] === 'Horeca');
  expect(horeca.map((r) => r[1])).toEqual([
    'Vriendelijke herinnering',
    'Tweede herinnering',
    'Aanmaning',
    'Incasso',
    'Zonder herinnering (vanaf vervaldatum)',
  ]);
  expect(horeca[4]?.slice(2, 5)).toEqual([9, 1, 9]);
});

/** The same client file as tables a person typed, for a host to set up and refresh. */
const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);
const TABLES = [
  {
    sheet: 'Klanten',
    headers: ['Klantnummer', 'Naam', 'Soort klant', 'Segment'],
    rows: [['K1', 'Café Zoë', 'Zakelijk', 'Horeca']],
  },
  {
    sheet: 'Facturen',
    headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag excl. BTW', 'Bedrag incl. BTW'],
    rows: ['F1', 'F2', 'F3', 'F4'].map((n) => [n, 'K1', d('2026-09-01'), 100, 121]),
  },
  {
    sheet: 'Betalingen',
    headers: ['Datum', 'Factuurnummer', 'Bedrag'],
    rows: [
      [d('2026-10-05'), 'F1', 121],
      [d('2026-10-20'), 'F2', 121],
      [d('2026-09-20'), 'F4', 121],
    ],
  },
  {
    sheet: 'Contact',
    headers: ['Datum', 'Klantnummer', 'Factuurnummer', 'Kanaal', 'Stap'],
    rows: ['F1', 'F2', 'F3'].map((n) => [d('2026-10-02'), 'K1', n, 'E-mail', 'herinnering-1']),
  },
];

/** Where the block's first figures row ("Alle klanten", the first step) landed: its row number. */
function firstRowOf(cellAt: (address: string) => unknown): number {
  for (let r = 1; r < 400; r++) if (cellAt(`A${r}`) === 'Alle klanten') return r;
  throw new Error('no what-works rows');
}

async function setUpAndRefresh(book: Book): Promise<void> {
  await setUp(book, {});
  await refreshAndSort(book, { today: TODAY });
}

describe('written by both hosts', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ki-effect-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('xlsx: openpyxl reads the shares as numbers formatted 0%, the counts and the median as whole numbers', async () => {
    const wb = new ExcelJS.Workbook();
    for (const t of TABLES) wb.addWorksheet(t.sheet);
    const book = await XlsxBook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    for (const t of TABLES)
      await book.apply([
        { kind: 'addTable', sheet: t.sheet, table: t.sheet, at: 'A1', headers: t.headers, rows: t.rows },
      ]);
    await setUpAndRefresh(book);
    const file = path.join(dir, 'werkt.xlsx');
    writeFileSync(file, await book.toBuffer());
    const dump = openpyxlDump(file);
    const cells = dump.bySheet.Overzicht?.cells ?? {};
    const r = firstRowOf((a) => cells[a]?.value);
    expect(['B', 'C', 'D', 'E', 'H'].map((c) => cells[`${c}${r}`]?.value)).toEqual([
      'Vriendelijke herinnering',
      3,
      expect.closeTo(1 / 3, 12),
      3,
      18,
    ]);
    expect(cells[`D${r}`]?.numberFormat).toBe('0%');
    expect(cells[`F${r}`]?.numberFormat).toBe('0%');
    expect(cells[`H${r}`]?.numberFormat).toBe('0');
    expect(dump.definedNames).toContain(EFFECT_BLOCK);
  });

  it('Office: the fake Excel holds the same values and formats', async () => {
    const fake = new FakeExcel({
      sheets: TABLES.map((t) => ({
        name: t.sheet,
        tables: [{ name: t.sheet, at: 'A1', headers: t.headers, rows: t.rows }],
      })),
    });
    await setUpAndRefresh(new OfficeBook(fakeApi(fake)));
    const r = firstRowOf((a) => fake.cell('Overzicht', a).value);
    const at = (c: string) => fake.cell('Overzicht', `${c}${r}`);
    expect(['B', 'C', 'E', 'H'].map((c) => at(c).value)).toEqual(['Vriendelijke herinnering', 3, 3, 18]);
    expect(at('D').value).toBeCloseTo(1 / 3, 12);
    expect(at('D').numberFormat).toBe('0%');
    expect(at('C').numberFormat).toBe('0');
  });

  it('Office: a segment typed like a formula is written as text', async () => {
    const tables = TABLES.map((t) =>
      t.sheet === 'Klanten' ? { ...t, rows: [['K1', 'Café Zoë', 'Zakelijk', '=1+1']] } : t,
    );
    const fake = new FakeExcel({
      sheets: tables.map((t) => ({
        name: t.sheet,
        tables: [{ name: t.sheet, at: 'A1', headers: t.headers, rows: t.rows }],
      })),
    });
    await setUpAndRefresh(new OfficeBook(fakeApi(fake)));
    const r = firstRowOf((a) => fake.cell('Overzicht', a).value);
    // Below the five rows of all customers: the segment's too-few line.
    const segment = fake.cell('Overzicht', `A${r + 5}`);
    expect(segment).toMatchObject({ value: '=1+1', formula: null, quotePrefix: true });
    expect(fake.cell('Overzicht', `B${r + 5}`).value).toBe('te weinig gegevens (4 facturen, minimaal 10)');
  });
});
