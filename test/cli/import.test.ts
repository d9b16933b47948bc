import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { decodeStatement, describeReason } from '../../src/cli/import';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { loadLedger } from '../../src/workbook/operations';
import { sampleWorkbook, serial } from './sampleWorkbook';

jest.setTimeout(30_000);

const FIXTURES = resolve(__dirname, '../fixtures/bank');

let dir: string;
let file: string;
let statement: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-import-'));
  file = join(dir, 'Facturen 2025.xlsx');
  // 2025-017 carries the Rabobank fixture's payment reference; K1 pays from the fixture's IBAN.
  writeFileSync(file, await sampleWorkbook([['2025-017', 'K1', serial('2025-02-20'), 'Brood', 1000, 1210]]));
  const book = await XlsxBook.fromBuffer(readFileSync(file));
  await book.apply([{ kind: 'addColumns', table: 'Facturen', headers: ['Betalingskenmerk'] }]);
  const snap = (await book.read(['Facturen'])).tables.get('Facturen');
  const values = (snap?.values ?? []).map((r) => (r[0] === '2025-017' ? '6000000002026017' : null));
  await book.apply([{ kind: 'setColumn', table: 'Facturen', column: 'Betalingskenmerk', values }]);
  writeFileSync(file, await book.toBuffer());
  statement = join(dir, 'rabobank.csv');
  writeFileSync(statement, readFileSync(join(FIXTURES, 'csv/rabobank.csv')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-03-20');
  const code = await main(argv, io);
  // formatEuro puts a no-break space after the euro sign.
  return { code, out: io.out.join('').replace(/\u00a0/g, ' '), err: io.err.join('') };
}

describe('klant-inzicht import', () => {
  it('is a dry run by default: prints the proposals and leaves the workbook as it was', async () => {
    const before = readFileSync(file);
    const r = await run(['import', file, statement]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('statement NL44RABO0123456789 2026-03-02..2026-03-05: 3 entries (rabobank)');
    expect(r.out).toMatch(
      /^\+ 2026-03-02 +€ 1\.210,00 +Bakkerij De Vries +99 +2025-017 € 1\.210,00 +payment reference 6000000002026017$/m,
    );
    expect(r.out).toMatch(/2026-03-03 .*money out: ignored.*\[debit-ignored\]/);
    expect(r.out).toMatch(/2026-03-05 .*undoes the payment of 2026-03-02 on 2025-017.*\[reversal\]/);
    expect(r.out).toContain('dry run: 1 of 3 entries would be booked at --min-confidence 90 (+)');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('--apply books the confident entries, saves atomically, and a second import adds nothing', async () => {
    const first = await run(['import', file, statement, '--apply', '--today', '2026-03-21']);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain(
      'booked 1 payments (€ 1.210,00) from 1 entries; skipped: 1 ignored, 1 below-confidence',
    );
    expect(first.out).toContain('last bank import: 2026-03-21');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const loaded = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    expect(loaded.ledger.payments.filter((p) => p.importId)).toEqual([
      expect.objectContaining({ invoiceNumber: '2025-017', amount: 121000, date: '2026-03-02' }),
    ]);
    expect(loaded.ledger.settings.lastBankImport).toBe('2026-03-21');

    const second = await run(['import', file, statement, '--apply']);
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/^= 2026-03-02 .*imported before/m);
    expect(second.out).toContain('booked 0 payments');
    const again = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    expect(again.ledger.payments.filter((p) => p.importId)).toHaveLength(1);
  });

  it('--min-confidence 100 books nothing; a bad value is a usage error', async () => {
    const r = await run(['import', file, statement, '--min-confidence', '100']);
    expect(r.out).toContain('dry run: 0 of 3 entries would be booked at --min-confidence 100');
    for (const bad of ['101', '-1', 'veel', '9.5'])
      expect((await run(['import', file, statement, '--min-confidence', bad])).code).toBe(EXIT.usage);
  });

  it('needs FILE and STATEMENT; reports a missing statement and an unreadable one', async () => {
    expect((await run(['import', file])).code).toBe(EXIT.usage);
    const missing = await run(['import', file, join(dir, 'nope.csv')]);
    expect(missing.code).toBe(EXIT.missingFile);
    expect(missing.err).toMatch(/bankafschrift niet gevonden/);
    const wrong = join(dir, 'wrong.xml');
    writeFileSync(wrong, readFileSync(join(FIXTURES, 'camt053/genkgo-camt053.v2.wrong.xml')));
    const r = await run(['import', file, wrong, '--apply']);
    expect(r.code).toBe(EXIT.rowErrors);
    expect(r.out).toMatch(/^error {3}.*wrong\.xml/m);
  });

  it('asks for a mapping for an unknown CSV, and remembers the one given with --apply', async () => {
    const generic = join(dir, 'generic.csv');
    writeFileSync(generic, readFileSync(join(FIXTURES, 'csv/generic.csv')));
    const r = await run(['import', file, generic]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/--mapping/);
    const mapping = join(dir, 'map.json');
    writeFileSync(
      mapping,
      JSON.stringify({
        hasHeader: true,
        dateFormat: 'dd/mm/yyyy',
        decimal: '.',
        date: 'Boekdatum',
        debit: 'Af',
        credit: 'Bij',
        name: 'Tegenpartij',
        iban: 'IBAN tegenpartij',
        description: 'Omschrijving',
        account: 'Eigen rekening',
      }),
    );
    const applied = await run(['import', file, generic, '--apply', '--mapping', mapping]);
    expect(applied.code).toBe(EXIT.ok);
    const again = await run(['import', file, generic]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toContain('(generic)');
  });

  it('decodes Windows-1252 exports and describes every reason', () => {
    expect(decodeStatement(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
    expect(decodeStatement(new TextEncoder().encode('Zoë'))).toBe('Zoë');
    expect(
      describeReason({ code: 'partial-payment', params: { open: 121000, paid: 50000 } }).replace(
        /\u00a0/g,
        ' ',
      ),
    ).toBe('partial: € 500,00 of € 1.210,00');
  });
});
