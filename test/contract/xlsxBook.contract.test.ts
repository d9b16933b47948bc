/**
 * The host contract for XlsxBook, twice: in memory, and saved to .xlsx bytes and reopened after
 * every apply (so every check is about what the file really holds).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Change, ReadResult } from '../../src/workbook/book';
import type { BookFixture } from '../support/memoryBook';
import { describeBookContract, type ContractBook, type ContractSnapshot } from './bookContract';
import { describeRangesContract } from './rangesContract';
import { describeRefusalContract, type HostLimits } from './refusalContract';

async function fromFixture(fixture: BookFixture = {}): Promise<XlsxBook> {
  const wb = new ExcelJS.Workbook();
  if (fixture.dateSystem === 1904) wb.properties.date1904 = true;
  for (const s of fixture.sheets ?? []) wb.addWorksheet(s);
  for (const t of fixture.tables ?? []) if (!wb.getWorksheet(t.sheet)) wb.addWorksheet(t.sheet);
  for (const c of fixture.cells ?? []) if (!wb.getWorksheet(c.sheet)) wb.addWorksheet(c.sheet);
  // An empty workbook still needs a sheet to be a valid file; a placeholder is removed below.
  const placeholder = wb.worksheets.length === 0 ? wb.addWorksheet('__leeg__') : undefined;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const book = await XlsxBook.fromBuffer(fixture.lossyPart ? await withLossyPart(bytes) : bytes);
  for (const t of fixture.tables ?? []) {
    await book.apply([
      {
        kind: 'addTable',
        sheet: t.sheet,
        table: t.name,
        at: t.at ?? 'A1',
        headers: t.headers,
        rows: t.rows.map((r) => t.headers.map((_, i) => r[i] ?? null)),
      },
    ]);
    t.formulas?.forEach((row, i) => {
      row.forEach((f, j) => {
        if (!f) return;
        const ws = book.workbook.getWorksheet(t.sheet);
        const at = ws?.getCell(t.at ?? 'A1');
        if (!ws || !at) return;
        ws.getCell(Number(at.row) + 1 + i, Number(at.col) + j).value = {
          formula: f.replace(/^=/, ''),
        } as ExcelJS.CellFormulaValue;
      });
    });
  }
  for (const block of fixture.cells ?? []) {
    const ws = book.workbook.getWorksheet(block.sheet);
    const at = ws?.getCell(block.at);
    block.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (ws && at && v !== null) ws.getCell(Number(at.row) + i, Number(at.col) + j).value = v;
      }),
    );
  }
  if (placeholder) book.workbook.removeWorksheet(placeholder.id);
  await seedStates(book, fixture);
  return book;
}

/**
 * The fixture's states as an .xlsx file holds them. A filter arrives as the rows it hides: ExcelJS
 * drops a table's filter criteria on load, so this host cannot tell them from rows hidden by hand.
 */
async function seedStates(book: XlsxBook, fixture: BookFixture): Promise<void> {
  const ws = (name: string): ExcelJS.Worksheet => {
    const found = book.workbook.getWorksheet(name);
    if (!found) throw new Error(`fixture: no sheet ${name}`);
    return found;
  };
  for (const m of fixture.merges ?? []) ws(m.sheet).mergeCells(m.address);
  for (const h of fixture.hiddenRows ?? []) for (const r of h.rows) ws(h.sheet).getRow(r).hidden = true;
  for (const f of fixture.filters ?? []) {
    const t = (fixture.tables ?? []).find((x) => x.name === f.table);
    const j = t?.headers.indexOf(f.column) ?? -1;
    if (!t || j < 0) throw new Error(`fixture: no column ${f.column} in ${f.table}`);
    t.rows.forEach((r, i) => {
      if (!f.values.includes(String(r[j]))) ws(t.sheet).getRow(2 + i).hidden = true;
    });
  }
  for (const name of fixture.protectedSheets ?? []) await ws(name).protect('', {});
}

/** The bytes of an empty workbook with a part ExcelJS cannot write back (custom XML). */
async function withLossyPart(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><root/>');
  return zip.generateAsync({ type: 'uint8array' });
}

/** What the saved cell holds: ExcelJS gives no numFmt (or 'General') for a general cell. */
function numberFormatOf(book: XlsxBook, sheet: string, address: string): string | null {
  const f = book.workbook.getWorksheet(sheet)?.getCell(address).numFmt;
  return f && f !== 'General' ? f : null;
}

function snapshotOf(book: XlsxBook): ContractSnapshot {
  return {
    sheets: book.workbook.worksheets.map((ws) => ({
      name: ws.name,
      charts: book.charts.filter((c) => c.sheet === ws.name).map((c) => ({ name: c.chart.name })),
    })),
  };
}

/** A Book that writes its workbook to bytes and reopens it after every apply. */
class ReopeningBook implements ContractBook {
  constructor(private book: XlsxBook) {}
  read(tableNames: readonly string[]): Promise<ReadResult> {
    return this.book.read(tableNames);
  }
  async apply(changes: readonly Change[]): Promise<void> {
    await this.book.apply(changes);
    const charts = [...this.book.charts];
    this.book = await XlsxBook.fromBuffer(await this.book.toBuffer());
    this.book.charts.push(...charts);
  }
  snapshot(): ContractSnapshot {
    return snapshotOf(this.book);
  }
  numberFormatAt(sheet: string, address: string): string | null {
    return numberFormatOf(this.book, sheet, address);
  }
}

describeBookContract('xlsx (in memory)', async (fixture) => {
  const book = await fromFixture(fixture);
  return Object.assign(book, {
    snapshot: () => snapshotOf(book),
    numberFormatAt: (sheet: string, address: string) => numberFormatOf(book, sheet, address),
  });
});

describeBookContract(
  'xlsx (saved and reopened after every apply)',
  async (fixture) => new ReopeningBook(await fromFixture(fixture)),
);
describeRangesContract(
  'xlsx (saved and reopened after every apply)',
  async (f) => new ReopeningBook(await fromFixture(f)),
);

const XLSX_LIMITS: HostLimits = {
  'filter-active': {
    refusesAs: 'hidden-rows',
    because: 'ExcelJS drops a filter’s criteria on load, so the rows it hides read as hidden by hand',
  },
};

describeRefusalContract(
  'xlsx (in memory, saved at the end)',
  async (fixture) => {
    const book = await fromFixture(fixture);
    return Object.assign(book, { save: () => book.toBuffer() });
  },
  XLSX_LIMITS,
);
describeRefusalContract(
  'xlsx (saved and reopened after every apply)',
  async (fixture) => new ReopeningBook(await fromFixture(fixture)),
  XLSX_LIMITS,
);
