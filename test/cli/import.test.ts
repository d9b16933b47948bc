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
    expect(r.out).toContain('afschrift NL44RABO0123456789 2026-03-02..2026-03-05: 3 regels (rabobank)');
    expect(r.out).toMatch(
      /^\+ 2026-03-02 +€ 1\.210,00 +Bakkerij De Vries +99 +2025-017 € 1\.210,00 +betalingskenmerk 6000000002026017$/m,
    );
    expect(r.out).toMatch(/2026-03-03 .*geld eraf: overgeslagen.*\[geld eraf, overgeslagen\]/);
    expect(r.out).toMatch(
      /2026-03-05 .*draait de betaling van 2026-03-02 terug op 2025-017.*\[terugboeking\]/,
    );
    expect(r.out).toContain('proefrun: 1 van 3 regels zouden worden geboekt bij --min-confidence 90 (+)');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('--apply books the confident entries, saves atomically, and a second import adds nothing', async () => {
    const first = await run(['import', file, statement, '--apply', '--today', '2026-03-21']);
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain(
      '1 betaling geboekt (€ 1.210,00) uit 1 regels; niet geboekt: 1 overgeslagen, 1 onder de zekerheid',
    );
    expect(first.out).toContain('laatste bankimport: 2026-03-21');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const loaded = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    expect(loaded.ledger.payments.filter((p) => p.importId)).toEqual([
      expect.objectContaining({ invoiceNumber: '2025-017', amount: 121000, date: '2026-03-02' }),
    ]);
    expect(loaded.ledger.settings.lastBankImport).toBe('2026-03-21');

    const second = await run(['import', file, statement, '--apply']);
    expect(second.code).toBe(EXIT.ok);
    expect(second.out).toMatch(/^= 2026-03-02 .*eerder ingelezen/m);
    expect(second.out).toContain('0 betalingen geboekt');
    const again = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    expect(again.ledger.payments.filter((p) => p.importId)).toHaveLength(1);
  });

  it('--min-confidence 100 books nothing; a bad value is a usage error', async () => {
    const r = await run(['import', file, statement, '--min-confidence', '100']);
    expect(r.out).toContain('proefrun: 0 van 3 regels zouden worden geboekt bij --min-confidence 100');
    // 50 and below would let a proposal on a name alone be booked without a person choosing it.
    for (const bad of ['101', '-1', 'veel', '9.5', '50', '0'])
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
    expect(r.out).toMatch(/^fout {4}.*wrong\.xml/m);
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
    ).toBe('partial: €500.00 of €1,210.00');
    expect(
      describeReason({ code: 'partial-payment', params: { open: 121000, paid: 50000 } }, 'nl').replace(
        /\u00a0/g,
        ' ',
      ),
    ).toBe('deelbetaling: € 500,00 van € 1.210,00');
  });

  it('proposes a payment on the name alone (a list without IBANs), never books it', async () => {
    // Jansen B.V. (K2) owes 2025-002 (€ 605,00); the bank knows no IBAN of theirs and the
    // transfer names no invoice: € 300,00 from "Jansen BV" is a part of what is open.
    const header = readFileSync(statement, 'utf8').split('\n')[0] as string;
    const row = (nr: string, date: string, amount: string, name: string, text: string): string =>
      [
        'NL44RABO0123456789',
        'EUR',
        'RABONL2U',
        nr,
        date,
        date,
        amount,
        '+0,00',
        '',
        name,
        '',
        '',
        '',
        'cb',
        '',
        '',
        '',
        '',
        '',
        text,
        '',
        '',
        '',
        '',
        '',
        '',
      ]
        .map((v) => `"${v}"`)
        .join(',');
    const byName = join(dir, 'op-naam.csv');
    writeFileSync(
      byName,
      [header, row('000000000000000201', '2026-03-10', '+300,00', 'Jansen BV', 'Betaling'), ''].join('\n'),
    );
    const dry = await run(['import', file, byName]);
    expect(dry.code).toBe(EXIT.ok);
    expect(dry.out).toMatch(
      /^ {2}2026-03-10 +€ 300,00 +Jansen BV +50 +2025-002 € 300,00 +alleen de naam komt overeen met klant K2 \(Jansen BV, 100%\), 1 openstaande factuur samen € 605,00: controleer zelf +\[deelbetaling\]$/m,
    );
    const applied = await run(['import', file, byName, '--apply', '--min-confidence', '51']);
    expect(applied.code).toBe(EXIT.ok);
    expect(applied.out).toContain('0 betalingen geboekt');
    expect(applied.out).toContain('niet geboekt: 1 onder de zekerheid');
    const loaded = await loadLedger(await XlsxBook.fromBuffer(readFileSync(file)));
    expect(loaded.ledger.payments.filter((p) => p.importId)).toEqual([]);
  });

  it('speaks English to an English workbook', async () => {
    const english = join(dir, 'english.xlsx');
    expect((await run(['init', english, '--language', 'en'])).code).toBe(EXIT.ok);
    const r = await run(['import', english, statement]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('statement NL44RABO0123456789 2026-03-02..2026-03-05: 3 entries (rabobank)');
    expect(r.out).toMatch(/^ {2}date +amount +from +% +proposal +why$/m);
    expect(r.out).toMatch(/2026-03-03 .*money out: ignored/);
    expect(r.out).toContain('dry run: 0 of 3 entries would be booked at --min-confidence 90 (+)');
  });
});
