/**
 * The CLI on lists beside and instead of tables: an invoice typed directly below the invoice table
 * is named by `check`, taken in by `check --extend-tables`, and then counts; `init` offers a plain
 * list as a table and makes one on --tables-from-ranges.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { serial } from './sampleWorkbook';

jest.setTimeout(60_000);

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-ranges-'));
  file = join(dir, 'Klanten.xlsx');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2026-11-30', false);
  const code = await main([...argv, '--today', '2026-11-30'], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

/** One invoice of EUR 100 in the table, one of EUR 5,000 typed on the row right below it. */
async function typedBelow(): Promise<Uint8Array> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Klanten' },
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Klanten',
      table: 'Klanten',
      at: 'A1',
      headers: ['Klantnummer', 'Naam', 'Soort klant'],
      rows: [
        ['K1', 'Bakkerij Zoë', 'Zakelijk'],
        ['K2', 'Groot BV', 'Zakelijk'],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
      rows: [['2026-001', 'K1', serial('2026-09-01'), 100]],
    },
  ]);
  const ws = book.workbook.getWorksheet('Facturen');
  ['2026-002', 'K2', serial('2026-09-15'), 5000].forEach((v, j) => {
    if (ws) ws.getCell(3, j + 1).value = v;
  });
  return book.toBuffer();
}

async function openTotal(): Promise<number> {
  const r = await run(['report', file, '--json']);
  expect(r.code).toBe(EXIT.ok);
  return (JSON.parse(r.out) as { metrics: { totals: { openTotal: number } } }).metrics.totals.openTotal;
}

describe('an invoice typed directly below the invoice table', () => {
  it('is named by check, taken in by check --extend-tables, and then counts (EUR 100 becomes 5,100)', async () => {
    writeFileSync(file, await typedBelow());
    expect(await openTotal()).toBe(10_000);

    const check = await run(['check', file]);
    expect(check.out).toContain(
      'let op  Facturen rij 3: direct onder tabel Facturen getypt maar geen deel ervan, dus niet meegeteld; ' +
        `"klant-inzicht check ${file} --extend-tables" neemt ze op in de tabel`,
    );

    const extend = await run(['check', file, '--extend-tables']);
    expect(extend.code).toBe(EXIT.ok);
    expect(extend.out).toContain(
      'tabel Facturen (Facturen) uitgebreid met rij 3; elke cel staat waar hij stond',
    );
    expect(extend.out).not.toContain('direct onder tabel');
    expect(await openTotal()).toBe(510_000);

    const again = await run(['check', file, '--extend-tables']);
    expect(again.out).toContain('uitbreiden: niets getypt naast een tabel');
  });
});
