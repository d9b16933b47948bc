import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { invoiceFileName, invoiceFileReader } from '../../src/cli/invoiceFiles';

describe('invoice files for reminders', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ki-pdf-'));
    mkdirSync(path.join(dir, 'facturen'));
    writeFileSync(path.join(dir, 'facturen', 'F1.pdf'), '%PDF-1.4 F1');
    writeFileSync(path.join(dir, 'facturen', '2026_003.pdf'), '%PDF-1.4 2026/003');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file after the invoice number, with characters a file name cannot hold as _', () => {
    expect(invoiceFileName(' F1 ')).toBe('F1.pdf');
    expect(invoiceFileName('2026/003')).toBe('2026_003.pdf');
    expect(invoiceFileName('A:B*C?')).toBe('A_B_C_.pdf');
  });

  it('reads from a folder relative to the workbook, and finds nothing for a missing invoice', () => {
    const read = invoiceFileReader('facturen', path.join(dir, 'Klanten.xlsx'));
    expect(Buffer.from(read?.('F1')?.data ?? []).toString()).toBe('%PDF-1.4 F1');
    expect(read?.('2026/003')?.fileName).toBe('2026_003.pdf');
    expect(read?.('F2')).toBeUndefined();
  });

  it('reads from an absolute folder, and gives no reader when the setting is empty', () => {
    expect(invoiceFileReader(path.join(dir, 'facturen'), '/elders/Klanten.xlsx')?.('F1')).toBeDefined();
    expect(invoiceFileReader('  ', path.join(dir, 'Klanten.xlsx'))).toBeUndefined();
    expect(invoiceFileReader(undefined, path.join(dir, 'Klanten.xlsx'))).toBeUndefined();
  });
});
