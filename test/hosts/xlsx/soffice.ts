/**
 * LibreOffice for tests: converts a workbook to one CSV per sheet. When soffice is missing the
 * test fails with the install command; these tests prove files open outside ExcelJS.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';

const INSTALL_SOFFICE = 'apt-get install -y --no-install-recommends libreoffice-calc';

function sofficePath(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `LibreOffice (soffice) is needed for this test and is not installed. Install it with:\n  ${INSTALL_SOFFICE}`,
    );
  }
}

/**
 * Sheet name -> rows of text, as LibreOffice Calc reads the file: raw values, or with `asShown`
 * the cells with their number formats applied (blank rows then left out), as a person sees them.
 */
export function libreOfficeCsv(xlsxPath: string, opts: { asShown?: boolean } = {}): Map<string, string[][]> {
  const asShown = opts.asShown === true;
  const soffice = sofficePath();
  const out = mkdtempSync(join(tmpdir(), 'ki-csv-'));
  try {
    // Tokens: comma, double quote, UTF-8, from line 1, -, -, -, -, as shown or raw, no formulas, -, all sheets.
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`;
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${out}/profile`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        out,
        xlsxPath,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const stem = basename(xlsxPath).replace(/\.xlsx$/, '');
    const sheets = new Map<string, string[][]>();
    for (const file of readdirSync(out)) {
      if (!file.startsWith(`${stem}-`) || !file.endsWith('.csv')) continue;
      const parsed = Papa.parse<string[]>(readFileSync(join(out, file), 'utf8'), { skipEmptyLines: asShown });
      const rows = parsed.data.filter(
        (r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''),
      );
      sheets.set(file.slice(stem.length + 1, -4), rows);
    }
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
