/**
 * LibreOffice Calc as an independent reader of the workbooks the demo hands out: every sheet to
 * CSV with the cells as shown (their number formats applied), so a test sees what a person sees.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';

const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/** Sheet name -> rows of text, formatted as LibreOffice shows them. */
export function cellsAsShown(xlsxPath: string): Map<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), 'lo-face-'));
  try {
    // Tokens: comma, double quote, UTF-8, from line 1, -, -, -, -, as shown, no formulas, -, all sheets.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    execFileSync(
      SOFFICE,
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
      const parsed = Papa.parse<string[]>(readFileSync(join(out, file), 'utf8'), { skipEmptyLines: true });
      sheets.set(file.slice(stem.length + 1, -4), parsed.data);
    }
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
