/**
 * The CLI on a workbook LibreOffice Calc saved (not one we wrote): init adopts its tables, sort
 * refreshes and sorts it in place, and LibreOffice opens the result with every value a person
 * typed still there, text that looks like a formula (=, +, -) still text.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { libreOfficeCsv } from '../hosts/xlsx/soffice';

jest.setTimeout(240_000);

const rows = (csv: Map<string, string[][]>, sheet: string): string[][] => csv.get(sheet) ?? [];
/** The user's columns of each row (the first `width`), blank rows left out, in a stable order. */
const userCells = (table: string[][], width: number): string[] =>
  table
    .slice(1)
    .map((r) => r.slice(0, width).join('|'))
    .filter((r) => r.replace(/\|/g, '') !== '')
    .sort();

it('init, sort and check on lo-klantbestand keep every typed value, as LibreOffice reads it back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ki-cli-lo-'));
  try {
    const original = join(__dirname, '../fixtures/xlsx/lo-klantbestand.xlsx');
    const file = join(dir, 'klantbestand.xlsx');
    copyFileSync(original, file);
    const run = async (...argv: string[]) => {
      const io = bufferIo('2025-06-30');
      const code = await main(argv, io);
      return { code, out: io.out.join(''), err: io.err.join('') };
    };
    expect((await run('init', file)).code).toBe(EXIT.ok);
    const sort = await run('sort', file, '--today', '2025-06-30');
    expect(sort.code).toBe(EXIT.ok);
    const check = await run('check', file, '--today', '2025-06-30');
    expect(check.out).toMatch(/leeg {4}Facturen rij \d+: leeg, overgeslagen/);
    expect(check.out).toMatch(/3 klanten, 4 facturen, 0 betalingen gelezen; 0 rijfouten/);

    const before = libreOfficeCsv(original);
    const after = libreOfficeCsv(file);
    for (const sheet of ['Klanten', 'Facturen']) {
      const old = rows(before, sheet);
      const width = old[0]?.length ?? 0;
      // Same headers first, then the product's columns; the same rows, sorted differently.
      expect(rows(after, sheet)[0]?.slice(0, width)).toEqual(old[0]);
      expect(userCells(rows(after, sheet), width)).toEqual(userCells(old, width));
    }
    // Sheets the product does not own are untouched.
    expect(rows(after, 'Betalingen')).toEqual(rows(before, 'Betalingen'));
    expect(rows(after, 'Notities')).toEqual(rows(before, 'Notities'));
    const facturen = rows(after, 'Facturen').map((r) => r[7]);
    expect(facturen).toEqual(expect.arrayContaining(['+31 6 1234 5678', '-korting']));
    expect(rows(after, 'Klanten').map((r) => r[6])).toContain('=altijd laat');
    // Overdue first: 2025-001 (paid nothing, due longest ago) heads the sorted table.
    expect(rows(after, 'Facturen')[1]?.[0]).toBe('2025-001');
    expect(rows(after, 'Overzicht')[0]?.[0]).toBe('Klant Inzicht — overzicht per 30-06-2025');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
