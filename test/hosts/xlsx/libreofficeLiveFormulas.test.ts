/**
 * The live formulas as LibreOffice Calc calculates them, on a workbook the add-in refreshed:
 * without a Betalingen table the open amount is the amount, and a date or amount stored as text
 * gives the deliberate blank / "Controleer invoer" (never a wrong figure). Dates lie in 2020, so
 * the figures do not depend on the day the test runs (TODAY() is Calc's own clock).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import { isoToSerial } from '../../../src/workbook/cells';
import { refreshAndSort } from '../../../src/workbook/operations';
import { libreOfficeCsv } from './soffice';
import { isoDate } from '../../../src/domain/dates';

jest.setTimeout(180_000);

const d = (iso: string): number => isoToSerial(isoDate(iso), 1900);

describe('live formulas in LibreOffice Calc', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ki-lo-live-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without Betalingen, and with a date and an amount typed as text', async () => {
    const book = XlsxBook.create();
    await book.apply([
      { kind: 'addSheet', sheet: 'Klanten' },
      { kind: 'addSheet', sheet: 'Facturen' },
      {
        kind: 'addTable',
        sheet: 'Klanten',
        table: 'Klanten',
        at: 'A1',
        headers: ['Klantnummer', 'Naam', 'Soort klant', 'Betaaltermijn (dagen)'],
        rows: [['K1', 'A', 'Zakelijk', 30]],
      },
      {
        kind: 'addTable',
        sheet: 'Facturen',
        table: 'Facturen',
        at: 'A1',
        headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
        rows: [
          ['F1', 'K1', d('2020-01-01'), 121],
          ['F2', 'K1', '01-01-2020', 121],
          ['F3', 'K1', d('2020-01-01'), 'EUR 121,00'],
        ],
      },
    ]);
    const result = await refreshAndSort(book, { today: isoDate('2026-11-22') });
    expect(result.warnings.map((w) => `${w.column?.letter}${w.row}`)).toEqual(['C3', 'D4']);
    const path = join(dir, 'live.xlsx');
    writeFileSync(path, await book.toBuffer());

    const rows = libreOfficeCsv(path).get('Facturen') ?? [];
    const header = rows[0] ?? [];
    const byNumber = new Map(rows.slice(1).map((r) => [r[0], r]));
    const cell = (n: string, h: string): string | undefined => byNumber.get(n)?.[header.indexOf(h)];
    expect(cell('F1', 'Vervaldatum')).toBe('01/31/2020');
    expect(cell('F1', 'Openstaand')).toBe('121');
    expect(Number(cell('F1', 'Dagen over tijd'))).toBeGreaterThan(2000);
    expect(cell('F1', 'Status')).toBe('Vervallen');
    // The typed text is kept as typed; the formulas of that row say so rather than guess.
    expect(cell('F2', 'Factuurdatum')).toBe('01-01-2020');
    expect([
      cell('F2', 'Vervaldatum'),
      cell('F2', 'Openstaand'),
      cell('F2', 'Dagen over tijd'),
      cell('F2', 'Status'),
    ]).toEqual(['', '', '', 'Controleer invoer']);
    expect(cell('F3', 'Bedrag incl. BTW')).toBe('EUR 121,00');
    expect([cell('F3', 'Vervaldatum'), cell('F3', 'Openstaand'), cell('F3', 'Status')]).toEqual([
      '01/31/2020',
      '',
      'Controleer invoer',
    ]);
  });
});
