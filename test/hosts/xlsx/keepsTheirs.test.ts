/**
 * Issue 9 point 6: a save keeps everything of the person's that the product does not own —
 * compared attribute by attribute as openpyxl reads the file before and after, not as ExcelJS does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Change } from '../../../src/workbook/book';
import { openpyxlDump, type DumpedWorkbook } from './openpyxl';

const FIXTURE = path.resolve(__dirname, '../../fixtures/xlsx/quirks/eigen-opmaak.xlsx');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ki-keeps-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function saveAfter(changes: Change[]): Promise<DumpedWorkbook> {
  const book = await XlsxBook.fromBuffer(readFileSync(FIXTURE));
  await book.apply(changes);
  const out = path.join(dir, `na-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(out, await book.toBuffer({ force: onlyAuthorsLost(book) }));
  return openpyxlDump(out);
}

describe('an unchanged save of every fixture keeps every cell, style and sheet setting', () => {
  const root = path.resolve(__dirname, '../../fixtures/xlsx');
  const files = [
    ...readdirSync(root)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(root, f)),
    ...readdirSync(path.join(root, 'quirks'))
      .filter(
        (f) =>
          f.endsWith('.json') && !('error' in JSON.parse(readFileSync(path.join(root, 'quirks', f), 'utf8'))),
      )
      .map((f) => path.join(root, 'quirks', f.replace(/\.json$/, '.xlsx'))),
  ];
  it.each(files.map((f) => [path.relative(root, f), f]))('%s', async (_name, file) => {
    const book = await XlsxBook.fromBuffer(readFileSync(file));
    const out = path.join(dir, `${path.basename(file)}`);
    writeFileSync(out, await book.toBuffer({ force: onlyAuthorsLost(book) }));
    expect(withoutAuthors(openpyxlDump(out))).toEqual(withoutAuthors(openpyxlDump(file)));
  });
});

/** Forcing a save is fine here only when the authors of comments are all it would lose. */
function onlyAuthorsLost(book: XlsxBook): boolean {
  const lost = book.lossyParts.map((p) => p.en);
  expect(lost.filter((l) => l !== 'the authors of comments')).toEqual([]);
  return lost.length > 0;
}

/** Everything but the comment authors, which ExcelJS 4.4 always writes as "Author". */
function withoutAuthors(w: DumpedWorkbook): DumpedWorkbook {
  const bySheet = Object.fromEntries(
    Object.entries(w.bySheet).map(([name, { commentAuthors: _a, ...rest }]) => [name, rest]),
  );
  return { ...w, bySheet } as DumpedWorkbook;
}

describe('a save keeps what the person made', () => {
  const before = openpyxlDump(FIXTURE);

  it('with no change at all: every cell, style, sheet setting and table as it was', async () => {
    expect(withoutAuthors(await saveAfter([]))).toEqual(withoutAuthors(before));
  });

  it('after writing the product column and appending a row: all else as it was', async () => {
    const after = await saveAfter([
      { kind: 'setColumn', table: 'Facturen', column: 'Status', values: ['Open', 'Betaald', 'Open'] },
      {
        kind: 'appendRows',
        table: 'Facturen',
        rows: [{ Factuurnummer: '2026-004', Klant: 'Jansen B.V.', Factuurdatum: 46150, Bedrag: 50 }],
      },
    ]);
    const owned = (address: string) => /^G[2-4]$/.test(address) || /^[A-G]5$/.test(address);
    for (const sheet of before.sheets) {
      const b = before.bySheet[sheet];
      const a = after.bySheet[sheet];
      if (!a || !b) throw new Error(`sheet ${sheet} missing`);
      const { cells: bc, tables: bt, commentAuthors: _ba, validations: bv, ...bRest } = b;
      const { cells: ac, tables: at, commentAuthors: _aa, validations: av, ...aRest } = a;
      expect(aRest).toEqual(bRest);
      // The appended row takes the validation of the row above it (point 7).
      const grownValidations = JSON.parse(JSON.stringify(bv).replace('"E2:E4"', '"E2:E5"')) as unknown;
      expect(av).toEqual(sheet === 'Facturen' ? grownValidations : bv);
      for (const [address, cell] of Object.entries(bc)) {
        if (sheet === 'Facturen' && owned(address)) continue;
        expect({ address, ...ac[address] }).toEqual({ address, ...cell });
      }
      for (const [name, t] of Object.entries(bt)) {
        const grown = name === 'Facturen' ? { ref: 'A1:G5', autoFilter: 'A1:G5' } : {};
        expect(at[name]).toEqual({ ...t, ...grown });
      }
    }
    expect(after.sheets).toEqual(before.sheets);
    expect(after.definedNames).toEqual(before.definedNames);
    expect(after.bySheet.Facturen?.cells.G3?.value).toBe('Betaald');
  });
});
