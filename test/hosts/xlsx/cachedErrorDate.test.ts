/**
 * A formula cell in a date format whose cached result is an error (#VALUE!): ExcelJS reads it as
 * an Invalid Date. Saved as it was read, the file held <v>NaN</v>, which openpyxl cannot read
 * (and is no number for any reader). The host keeps no cached result there instead; the file is
 * marked to recalculate on load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { DEBIAN_PYTHON } from './openpyxl';

const FIXTURE = join(__dirname, '../../fixtures/xlsx/stale/lo-tekst-berekend.xlsx');

it('saves a cached error in a date-formatted formula cell as no result, readable by openpyxl', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-cached-error-'));
  try {
    const file = join(dir, 'saved.xlsx');
    const book = await XlsxBook.fromBuffer(readFileSync(FIXTURE));
    writeFileSync(file, await book.toBuffer());
    const script = `
import sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1], data_only=True)["Facturen"]
f = load_workbook(sys.argv[1])["Facturen"]
print(repr(ws["F2"].value), str(f["F2"].value).startswith("=IF("), repr(ws["G2"].value))
`;
    const out = execFileSync(DEBIAN_PYTHON, ['-c', script, file], { encoding: 'utf8' }).trim();
    // F2: the formula kept, no cached value; G2 (not a date format) keeps its cached error as read.
    expect(out).toBe("None True '#VALUE!'");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
