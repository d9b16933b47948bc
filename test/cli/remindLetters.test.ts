/** `remind --pdf`: a letter beside the .eml for the 14-day letters and final notices, read back with pdftotext. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Change } from '../../src/workbook/book';
import { pdfText, pdfWords } from '../pdf/readPdf';
import { ADDRESS_WINDOW_MM } from '../../src/pdf/letterWindow';
import { serial } from './sampleWorkbook';

jest.setTimeout(120_000);

const TODAY = '2026-11-23';

/** K1 (business) and K2 (consumer, with an address) both at their final notice; K3 at its first reminder. */
async function workbook(): Promise<Uint8Array> {
  const book = XlsxBook.create();
  const contact = (n: string, k: string, date: string, step: string) => [
    serial(date),
    k,
    n,
    'E-mail',
    step,
    '',
  ];
  const changes: Change[] = [
    { kind: 'addSheet', sheet: 'Klanten' },
    { kind: 'addSheet', sheet: 'Facturen' },
    { kind: 'addSheet', sheet: 'Contact' },
    { kind: 'addSheet', sheet: 'Instellingen' },
    {
      kind: 'addTable',
      sheet: 'Klanten',
      table: 'Klanten',
      at: 'A1',
      headers: ['Klantnummer', 'Naam', 'Contactpersoon', 'Soort klant', 'Adres', 'Postcode', 'Plaats'],
      rows: [
        ['K1', 'Bakkerij Jansen', 'Els Jansen', 'Zakelijk', 'Dorpsstraat 12a', '3511 AB', 'Utrecht'],
        ['K2', 'Piet de Vries', null, 'Particulier', null, null, 'Zwolle'],
        ['K3', 'Marieke Smit', null, 'Particulier', 'Kerkstraat 1', '8011 AA', 'Zwolle'],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: [
        'Factuurnummer',
        'Klantnummer',
        'Factuurdatum',
        'Betaaltermijn (dagen)',
        'Bedrag excl. BTW',
        'Bedrag incl. BTW',
      ],
      rows: [
        ['F1', 'K1', serial('2026-09-01'), 30, 3000, 3000],
        ['F3', 'K2', serial('2026-09-01'), 30, 500, 500],
        ['F4', 'K3', serial('2026-10-20'), 14, 250, 250],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Contact',
      table: 'Contact',
      at: 'A1',
      headers: ['Datum', 'Klantnummer', 'Factuurnummer', 'Kanaal', 'Stap', 'Samenvatting'],
      rows: [
        contact('F1', 'K1', '2026-10-02', 'herinnering-1'),
        contact('F1', 'K1', '2026-10-10', 'herinnering-2'),
        contact('F3', 'K2', '2026-10-02', 'herinnering-1'),
        contact('F3', 'K2', '2026-10-10', 'herinnering-2'),
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Instellingen',
      table: 'Instellingen',
      at: 'A1',
      headers: ['Instelling', 'Waarde'],
      rows: [
        ['Bedrijfsnaam', 'Studio Lind'],
        ['IBAN', 'NL91ABNA0417164300'],
        ['Naam afzender', 'Eva Lind'],
        ['Adres (straat en nummer)', 'Markt 3'],
        ['Postcode', '1011 AA'],
        ['Plaats', 'Amsterdam'],
      ],
    },
  ];
  await book.apply(changes);
  return book.toBuffer();
}

let dir: string;
let file: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ki-letters-'));
  file = join(dir, 'Klanten.xlsx');
  writeFileSync(file, await workbook());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo(TODAY, false);
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('remind --pdf', () => {
  it('writes a letter beside the .eml of each final notice with an address, and says which has none', async () => {
    const out = join(dir, 'post');
    const before = readFileSync(file);
    const r = await run(['remind', file, '--out', out, '--pdf', '--today', TODAY]);
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    const names = readdirSync(out).sort();
    expect(names.filter((n) => n.endsWith('.pdf'))).toEqual([`${TODAY}_K1_aanmaning.pdf`]);
    expect(names.filter((n) => n.endsWith('.eml'))).toHaveLength(3);
    expect(r.out).toContain(`${TODAY}_K1_aanmaning.pdf`);
    expect(r.out).toMatch(/geen brief: Klanten, klant K2: Adres, Postcode leeg/);

    const bytes = readFileSync(join(out, `${TODAY}_K1_aanmaning.pdf`));
    const text = pdfText(bytes);
    expect(text).toContain('Studio Lind');
    expect(text).toContain('Amsterdam, 23 november 2026');
    expect(text).toContain('Betreft: Laatste herinnering factuur F1');
    expect(text).toMatch(/F1\s+01-09-2026\s+01-10-2026\s+53\s+€ 3\.000,00/);
    expect(text).toContain('Eva Lind');
    const w = ADDRESS_WINDOW_MM;
    const utrecht = pdfWords(bytes).find((x) => x.text === 'UTRECHT')!;
    expect(utrecht.yMin).toBeGreaterThan(w.top);
    expect(utrecht.yMax).toBeLessThan(w.top + w.height);
    // The workbook is only read.
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('writes a letter for every message with --pdf=all, and none without --pdf', async () => {
    const all = join(dir, 'all');
    expect((await run(['remind', file, '--out', all, '--pdf=all', '--today', TODAY])).code).toBe(EXIT.ok);
    expect(
      readdirSync(all)
        .filter((n) => n.endsWith('.pdf'))
        .sort(),
    ).toEqual([`${TODAY}_K1_aanmaning.pdf`, `${TODAY}_K3_herinnering-1.pdf`]);
    const none = join(dir, 'none');
    expect((await run(['remind', file, '--out', none, '--today', TODAY])).code).toBe(EXIT.ok);
    expect(readdirSync(none).some((n) => n.endsWith('.pdf'))).toBe(false);
  });

  it('refuses another value for --pdf as a usage error', async () => {
    const r = await run(['remind', file, '--out', join(dir, 'x'), '--pdf=some', '--today', TODAY]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--pdf neemt geen waarde of "all"');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
