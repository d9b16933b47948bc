/**
 * Valid .xlsx files as other programs write them (test/fixtures/xlsx/quirks, made by
 * scripts/make-xlsx-quirks.py) open, read as the JSON beside each says, and survive a save; what
 * cannot be read fails with a Dutch message that says what is wrong, never a JavaScript internal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../src/domain/errors';
import { XlsxBook, XlsxHostError } from '../../../src/hosts/xlsx/xlsxBook';
import type { Cell } from '../../../src/workbook/book';

const DIR = path.resolve(__dirname, '../../fixtures/xlsx/quirks');

interface Expectation {
  writer: string;
  quirks: string[];
  sheets?: string[];
  dateSystem?: 1900 | 1904;
  tables?: { name: string; sheet: string; headers: string[]; rows: Cell[][] }[];
  sheetValues?: { sheet: string; values: Cell[][] };
  error?: { code: string; messageContains: string[] };
  /** What a save would lose (LossyPart.en); none when absent. */
  lossyParts?: string[];
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    expect: JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Expectation,
    bytes: new Uint8Array(readFileSync(path.join(DIR, f.replace(/\.json$/, '.xlsx')))),
  }));

async function check(book: XlsxBook, e: Expectation): Promise<void> {
  const names = (e.tables ?? []).map((t) => t.name);
  const r = await book.read(names);
  expect(r.sheets).toEqual(e.sheets);
  expect(r.dateSystem).toBe(e.dateSystem);
  expect(r.allTables.map((t) => t.name).sort()).toEqual([...names].sort());
  for (const t of e.tables ?? []) {
    const got = r.tables.get(t.name);
    expect({ sheet: got?.sheet, headers: got?.headers, rows: got?.values }).toEqual({
      sheet: t.sheet,
      headers: t.headers,
      rows: t.rows,
    });
  }
  if (e.sheetValues) expect(book.sheetValues(e.sheetValues.sheet).values).toEqual(e.sheetValues.values);
}

describe('quirks corpus', () => {
  it('holds readable files from at least two programs and unreadable ones', () => {
    expect(cases.filter((c) => !c.expect.error).length).toBeGreaterThanOrEqual(9);
    expect(new Set(cases.map((c) => c.expect.writer.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
    expect(cases.some((c) => c.expect.error)).toBe(true);
  });

  for (const c of cases.filter((k) => !k.expect.error)) {
    it(`${c.name} (${c.expect.quirks.join('; ')}) opens, reads right and reads the same after a save`, async () => {
      const book = await XlsxBook.fromBuffer(c.bytes);
      await check(book, c.expect);
      const losses = c.expect.lossyParts ?? [];
      expect(book.lossyParts.map((p) => p.en)).toEqual(losses);
      await check(await XlsxBook.fromBuffer(await book.toBuffer({ force: losses.length > 0 })), c.expect);
    });
  }

  for (const c of cases.filter((k) => k.expect.error)) {
    it(`${c.name} (${c.expect.quirks.join('; ')}) is refused with a Dutch message`, async () => {
      const error = await XlsxBook.fromBuffer(c.bytes).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DomainError);
      const { code, message } = error as DomainError;
      expect(code).toBe(c.expect.error?.code);
      for (const part of c.expect.error?.messageContains ?? []) expect(message).toContain(part);
      expect(message).not.toMatch(/undefined|reading '|TypeError|Cannot read|Bug :/);
    });
  }
});

describe('a workbook that cannot be read', () => {
  it('is explained in English when the caller asks for English, with what to do', async () => {
    const cut = cases.find((c) => c.name === 'afgekapt');
    const error = await XlsxBook.fromBuffer(cut?.bytes ?? new Uint8Array(), { language: 'en' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(XlsxHostError);
    expect((error as XlsxHostError).problem).toBe('not-a-package');
    expect((error as Error).message).toMatch(/damaged or incomplete.*save it again as an Excel workbook/);
  });

  it('says so for bytes that are no zip at all, naming no JavaScript internal', async () => {
    const error = await XlsxBook.fromBuffer(new TextEncoder().encode('Factuur;Bedrag\n1;2\n')).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as XlsxHostError).problem).toBe('not-a-package');
    expect((error as Error).message).toMatch(
      /^Dit bestand is geen leesbare Excel-werkmap: het is geen zip-bestand/,
    );
  });
});
