/**
 * Problems only the settings schema finds (a rate row left incomplete, a term out of range, a step
 * of a ladder read without its checker) are located like every other: at the row they are about,
 * in the Value column, said in both languages; never at the table's first row without a column.
 */
import type { Cell } from '../../src/workbook/book';
import { saveSettings, setUp, loadLedger } from '../../src/workbook/operations';
import { bindSnapshot } from '../../src/workbook/binding';
import { tableSpec } from '../../src/workbook/schema';
import { readSettings } from '../../src/workbook/settingsTable';
import { isSettingsProblem } from '../../src/workbook/settingsRefusal';
import { readSettingsRows } from '../support/settingsRows';
import { MemoryBook } from '../support/memoryBook';

type Rows = [string, Cell][];

/** The sheet row (firstRow 2) of `key` in `rows`. */
const rowOf = (rows: Rows, key: string): number => rows.findIndex(([k]) => k === key) + 2;

const rate = (n: number, fields: Record<string, Cell>): Rows =>
  Object.entries(fields).map(([f, v]) => [`rate.${n}.${f}`, v]);

const located = { sheet: 'Instellingen', column: { header: 'Waarde', letter: 'B' } };

describe('settings problems the schema finds are located', () => {
  it("a rate row without its source: at the rate's first row, naming the missing key", () => {
    const rows: Rows = [
      ['Bedrijfsnaam', 'Klaver'],
      ...rate(1, { kind: 'commercial', from: '2026-07-01', percent: 10.15, source: 'Stcrt. 2026, 1' }),
      ...rate(2, { kind: 'consumer', from: '2026-07-01', percent: 4 }),
    ];
    const read = readSettingsRows(rows);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ ...located, row: rowOf(rows, 'rate.2.kind') });
    expect(read.errors[0]?.reason).toMatchObject({
      nl: 'rate.2.source ontbreekt',
      en: 'rate.2.source is missing',
    });
    // The rest is kept: the company and the complete rate.
    expect(read.settings.companyName).toBe('Klaver');
  });

  it('a percent that is not a number: at its own row', () => {
    const rows: Rows = rate(1, { kind: 'commercial', from: '2026-07-01', percent: 'tien', source: 'ECB' });
    const read = readSettingsRows(rows, 'en');
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({
      ...located,
      row: rowOf(rows, 'rate.1.percent'),
      value: 'tien',
      why: 'rate.1.percent: expected a number',
    });
    expect(read.errors[0]?.reason.nl).toBe('rate.1.percent: verwacht een getal');
  });

  it('a rate kind the table does not know: at its row, naming the kinds it knows', () => {
    const rows: Rows = rate(1, { kind: 'handel', from: '2026-07-01', percent: 10, source: 'ECB' });
    const read = readSettingsRows(rows);
    expect(read.errors[0]).toMatchObject({ ...located, row: rowOf(rows, 'rate.1.kind') });
    expect(read.errors[0]?.why).toBe('rate.1.kind: verwacht een van commercial, consumer, be-commercial');
  });

  it('a term out of range: at its row, by the key as typed', () => {
    const rows: Rows = [
      ['Bedrijfsnaam', 'Klaver'],
      ['Betaaltermijn zakelijk (dagen)', 400],
    ];
    const read = readSettingsRows(rows);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ ...located, row: 3, value: 400 });
    expect(read.errors[0]?.reason).toMatchObject({
      nl: 'Betaaltermijn zakelijk (dagen): hoogstens 365',
      en: 'Betaaltermijn zakelijk (dagen): at most 365',
    });
  });

  it("a step of a ladder read without its checker: at the step's first row", () => {
    const rows: Rows = [
      ['ladder.1.id', 'h1'],
      ['ladder.1.kind', 'friendly'],
      ['ladder.1.afterDays', 1],
      ['ladder.1.newTermDays', 7],
      ['ladder.2.id', 'h2'],
      ['ladder.2.afterDays', 1],
      ['ladder.2.newTermDays', 7],
    ];
    const read = readSettingsRows(rows, 'nl', false);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ ...located, row: rowOf(rows, 'ladder.2.id') });
    expect(read.errors[0]?.reason.en).toBe('ladder.2.kind is missing');
  });

  it('every settings problem names a row of a key and the value column', () => {
    const rows: Rows = [
      ['Bedrijfsnaam', 'Klaver'],
      ['Betaaltermijn particulier (dagen)', -3],
      ...rate(1, { kind: 'x', percent: 200 }),
      ['ladder.1.id', 'h1'],
    ];
    for (const withSegments of [false, true]) {
      const read = readSettingsRows(rows, 'nl', withSegments);
      expect(read.errors.length).toBeGreaterThan(0);
      for (const e of read.errors) {
        expect(e.column).toEqual(located.column);
        expect(rows[e.row - 2]?.[0]).toBeDefined();
        expect(e.reason.nl).not.toMatch(/Invalid|expected|received/);
      }
    }
  });

  it('a save that would clear an incomplete rate row is refused at that row', async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'nl' });
    const rows = rate(1, { kind: 'commercial', from: '2026-07-01', percent: 10 });
    await book.apply([
      {
        kind: 'appendRows',
        table: 'Instellingen',
        rows: rows.map(([k, v]) => ({ Instelling: k, Waarde: v })),
      },
    ]);
    const loaded = await loadLedger(book);
    const r = await saveSettings(book, { ...loaded.ledger.settings, extraInterestRates: [] });
    expect(r.ok).toBe(false);
    const values = book.snapshot().tables.find((t) => t.name === 'Instellingen')?.values ?? [];
    expect(r.errors[0]).toMatchObject({
      ...located,
      row: values.findIndex((v) => v[0] === 'rate.1.kind') + 2,
    });
    expect(r.errors[0]?.why).toContain('rate.1.source ontbreekt');
  });

  it('a table without its value column: named at the header row, never read as the defaults in silence', () => {
    for (const [language, headers, missing] of [
      ['nl', ['Instelling', 'Notitie'], 'Waarde'],
      ['en', ['Setting', 'Note'], 'Value'],
    ] as const) {
      const snap = {
        name: 'Instellingen',
        sheet: 'Blad3',
        headers: [...headers],
        values: [['Bedrijfsnaam', 'Klaver']] as Cell[][],
        formulas: [[null, null]],
        firstRow: 5,
        firstColumn: 2,
      };
      const read = readSettings(snap, bindSnapshot(tableSpec('settings'), snap), 1900, language);
      expect(read.errors).toHaveLength(1);
      expect(read.errors[0]).toMatchObject({
        sheet: 'Blad3',
        table: 'Instellingen',
        row: 4,
        code: 'missing-column',
      });
      expect(read.errors[0]?.reason).toEqual({
        code: 'missing-column',
        nl: 'kolom Waarde ontbreekt: de instellingen in deze tabel worden niet gelezen, de standaardwaarden gelden',
        en: 'column Value is missing: the settings in this table are not read, the defaults apply',
      });
      expect(read.errors[0]?.why).toContain(missing);
    }
  });

  it('an empty table without its value column loses nothing: no problem', () => {
    const snap = {
      name: 'Instellingen',
      sheet: 'Instellingen',
      headers: ['Instelling'],
      values: [] as Cell[][],
      formulas: [],
      firstRow: 2,
      firstColumn: 1,
    };
    expect(readSettings(snap, bindSnapshot(tableSpec('settings'), snap), 1900, 'nl').errors).toEqual([]);
  });
});

describe('saving into an Instellingen table without its value column', () => {
  it('refuses at the header row, naming the missing column, in both languages; nothing written', async () => {
    const book = new MemoryBook({
      tables: [
        { name: 'Klanten', sheet: 'Klanten', headers: ['Klantnummer', 'Naam'], rows: [['K1', 'Jansen']] },
        {
          name: 'Facturen',
          sheet: 'Facturen',
          headers: ['Factuurnummer', 'Klantnummer', 'Factuurdatum', 'Bedrag incl. BTW'],
          rows: [['F1', 'K1', 46000, 100]],
        },
        {
          name: 'Instellingen',
          sheet: 'Instellingen',
          headers: ['Instelling', 'Notitie'],
          rows: [['Bedrijfsnaam', 'x']],
        },
      ],
    });
    const loaded = await loadLedger(book);
    const before = book.snapshot();
    const r = await saveSettings(book, { ...loaded.ledger.settings, companyName: 'Klaver' });
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0];
    expect(e).toMatchObject({ sheet: 'Instellingen', table: 'Instellingen', row: 1, code: 'missing-column' });
    expect(e && isSettingsProblem(e) ? e.reason : undefined).toMatchObject({
      nl: expect.stringMatching(/^kolom Waarde ontbreekt.*er is niets opgeslagen/),
      en: expect.stringMatching(/^column Value is missing.*nothing was saved/),
    });
    expect(book.snapshot()).toEqual(before);
  });
});
