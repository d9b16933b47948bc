/**
 * Issue 10 points 3 and 7: every string written is valid XML text (what XML forbids is removed and
 * reported), and line endings come back as typed — read back by openpyxl, not ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { DEBIAN_PYTHON } from './openpyxl';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ki-xml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'Bakker\uFFFE & Zn',
  'einde\uFFFF',
  'bel\u0007 terug',
  'halve \uD83D paar',
  'regel 1\r\nregel 2',
  'oud\rmac',
  'unix\nregel',
  'emoji 😀 blijft',
];

describe('text written to a file', () => {
  it('is well-formed for openpyxl, forbidden characters removed and reported, line endings as typed', async () => {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'Betalingen' },
      {
        kind: 'addTable',
        sheet: 'Betalingen',
        table: 'Betalingen',
        at: 'A1',
        headers: ['Omschrijving'],
        rows: [[null]],
      },
      { kind: 'appendRows', table: 'Betalingen', rows: TEXTS.map((t) => ({ Omschrijving: t })) },
    ]);
    expect(book.notes).toEqual([
      'Betalingen, Omschrijving, row 2: removed U+FFFE, which XML does not allow in a file',
      'Betalingen, Omschrijving, row 3: removed U+FFFF, which XML does not allow in a file',
      'Betalingen, Omschrijving, row 4: removed U+0007, which XML does not allow in a file',
      'Betalingen, Omschrijving, row 5: removed U+D83D, which XML does not allow in a file',
    ]);
    const file = path.join(dir, 'tekst.xlsx');
    writeFileSync(file, await book.toBuffer());
    const script = [
      'import json, sys, openpyxl',
      'ws = openpyxl.load_workbook(sys.argv[1])["Betalingen"]',
      'print(json.dumps([ws.cell(r, 1).value for r in range(2, 10)]))',
    ].join('\n');
    const read = JSON.parse(
      execFileSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' }),
    ) as unknown;
    expect(read).toEqual([
      'Bakker & Zn',
      'einde',
      'bel terug',
      'halve  paar',
      'regel 1\r\nregel 2',
      'oud\rmac',
      'unix\nregel',
      'emoji 😀 blijft',
    ]);
    const again = (await (await XlsxBook.fromBuffer(await book.toBuffer())).read(['Betalingen'])).tables.get(
      'Betalingen',
    );
    expect(again?.values.map((r) => r[0])).toEqual(read);
  });
});
