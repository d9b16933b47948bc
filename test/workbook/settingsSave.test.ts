/**
 * Saving the settings never drops or overwrites what a person typed in Instellingen: a ladder (the
 * main one or a segment's) with an incomplete step is named at its row, and then nothing is saved.
 * The same over the in-memory Book, the fake Office.js host and the .xlsx host.
 */
import { OfficeBook } from '../../src/hosts/office/officeBook';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Book, Cell } from '../../src/workbook/book';
import { loadLedger, saveSettings, setUp } from '../../src/workbook/operations';
import { isSettingsProblem, refusalText } from '../../src/workbook/settingsRefusal';
import { FakeExcel } from '../support/fakeOffice';
import { MemoryBook } from '../support/memoryBook';

jest.setTimeout(120_000);

const hosts: [string, () => Book][] = [
  ['memory', () => new MemoryBook()],
  [
    'office (fake Office.js)',
    () => {
      const fake = new FakeExcel({ sheets: [] });
      return new OfficeBook({ run: (o, b) => fake.run(o, b), isSetSupported: fake.isSetSupported });
    },
  ],
  ['xlsx (ExcelJS)', () => XlsxBook.create()],
];

const step = (prefix: string, n: number, id: string, kind: string | undefined): [string, Cell][] => [
  [`${prefix}.${n}.id`, id],
  ...(kind === undefined ? [] : ([[`${prefix}.${n}.kind`, kind]] as [string, Cell][])),
  [`${prefix}.${n}.afterDays`, 1],
  [`${prefix}.${n}.newTermDays`, 7],
];

async function withRows(book: Book, language: 'nl' | 'en', rows: [string, Cell][]): Promise<void> {
  await setUp(book, { language });
  const key = language === 'nl' ? 'Instelling' : 'Setting';
  const value = language === 'nl' ? 'Waarde' : 'Value';
  const table = language === 'nl' ? 'Instellingen' : 'Settings';
  await book.apply([{ kind: 'appendRows', table, rows: rows.map(([k, v]) => ({ [key]: k, [value]: v })) }]);
}

async function settingsCells(book: Book, table: string): Promise<Cell[][]> {
  const read = await book.read([table]);
  return (read.tables.get(table)?.values ?? []).map((row) => row.slice(0, 2));
}

describe.each(hosts)('saving Instellingen over %s', (_name, make) => {
  it('refuses, located and changing nothing, when a step of the main ladder is incomplete', async () => {
    const book = make();
    // Step 2 has no kind: the person is still typing it.
    await withRows(book, 'nl', [
      ...step('ladder', 1, 'bellen', 'friendly'),
      ...step('ladder', 2, 'mail', undefined),
      ...step('ladder', 3, 'brief', 'second'),
    ]);
    const before = await settingsCells(book, 'Instellingen');
    const loaded = await loadLedger(book);
    const problem = loaded.errors.find((e) => e.why.includes('ladder.2.kind'));
    expect(problem).toMatchObject({ sheet: 'Instellingen', column: { header: 'Waarde' } });
    const stepRow = before.findIndex((row) => row[0] === 'ladder.2.id');
    expect(problem?.row).toBe(stepRow + 2);

    const r = await saveSettings(book, { ...loaded.ledger.settings, companyName: 'Klaver' });
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({ sheet: 'Instellingen', row: stepRow + 2 });
    expect(r.errors[0]?.why).toContain('ladder.2.kind');
    expect(r.errors[0]?.why).toContain('niets opgeslagen');
    expect(await settingsCells(book, 'Instellingen')).toEqual(before);
  });

  it("refuses, in English for an English workbook, when a segment's step is incomplete", async () => {
    const book = make();
    await withRows(book, 'en', [
      ['segment.1.name', 'Late'],
      ['segment.1.rule', 'paid late more than 2 times in 12 months'],
      ...step('segment.1.ladder', 1, 'call', 'friendly'),
      ...step('segment.1.ladder', 2, 'mail', undefined),
    ]);
    const before = await settingsCells(book, 'Settings');
    const loaded = await loadLedger(book);
    const r = await saveSettings(book, loaded.ledger.settings);
    expect(r.ok).toBe(false);
    const stepRow = before.findIndex((row) => row[0] === 'segment.1.ladder.2.id');
    expect(r.errors[0]).toMatchObject({ sheet: 'Settings', row: stepRow + 2, column: { header: 'Value' } });
    expect(r.errors[0]?.why).toContain('segment.1.ladder.2.kind');
    expect(r.errors[0]?.why).toContain('nothing was saved');
    expect(await settingsCells(book, 'Settings')).toEqual(before);
  });

  it('carries the refusal in both languages, so a reader in the other language gets it in theirs', async () => {
    for (const [workbook, other] of [
      ['nl', 'en'],
      ['en', 'nl'],
    ] as const) {
      const book = make();
      await withRows(book, workbook, [
        ...step('ladder', 1, 'h1', 'friendly'),
        ...step('ladder', 2, 'h2', undefined),
      ]);
      const r = await saveSettings(book, (await loadLedger(book)).ledger.settings);
      const problem = r.errors[0];
      if (!problem || !isSettingsProblem(problem))
        throw new Error(`no settings refusal: ${JSON.stringify(r)}`);
      expect(problem).toMatchObject({
        code: 'invalid-ladder',
        column: { header: workbook === 'nl' ? 'Waarde' : 'Value' },
      });
      const sheet = workbook === 'nl' ? 'Instellingen' : 'Settings';
      expect(refusalText(problem, other)).toBe(
        other === 'en'
          ? `step 2: kind is missing or invalid (ladder.2.kind); nothing was saved: complete this in the ${sheet} sheet first.`
          : `stap 2: kind ontbreekt of is ongeldig (ladder.2.kind); er is niets opgeslagen: maak dit eerst af in het werkblad ${sheet}.`,
      );
      expect(problem.why).toBe(refusalText(problem, workbook));
    }
  });

  it('lets the person fix a segment rule it cannot read: the rule is kept as typed, so nothing is lost', async () => {
    const book = make();
    await withRows(book, 'nl', [
      ['segment.1.naam', 'Laat'],
      ['segment.1.regel', 'meer dan twee keer te laat'],
    ]);
    const loaded = await loadLedger(book);
    expect(loaded.errors.map((e) => e.code)).toEqual(['invalid-segment-rule']);
    const fixed = { name: 'Laat', rule: 'meer dan 2 keer te laat betaald in 12 maanden' };
    const r = await saveSettings(book, { ...loaded.ledger.settings, segments: [fixed] });
    expect(r.ok).toBe(true);
    expect((await loadLedger(book)).ledger.settings.segments).toEqual([fixed]);
  });

  it('refuses when a segment without its rule would be overwritten by the next one', async () => {
    const book = make();
    await withRows(book, 'nl', [
      ['segment.1.naam', 'Half getypt'],
      ['segment.2.naam', 'Zakelijk'],
      ['segment.2.regel', 'zakelijk'],
    ]);
    const before = await settingsCells(book, 'Instellingen');
    const loaded = await loadLedger(book);
    // Segment 1 is left out of the settings; writing them back would put segment 2 in its rows.
    expect(loaded.ledger.settings.segments?.map((s) => s.name)).toEqual(['Zakelijk']);
    const r = await saveSettings(book, loaded.ledger.settings);
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.why).toContain('segment.1.regel');
    expect(await settingsCells(book, 'Instellingen')).toEqual(before);
  });

  it('saves as before when every step is complete', async () => {
    const book = make();
    await withRows(book, 'nl', [
      ...step('ladder', 1, 'h1', 'friendly'),
      ...step('ladder', 2, 'h2', 'second'),
      ...step('ladder', 3, 'a', 'final'),
    ]);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    const r = await saveSettings(book, { ...loaded.ledger.settings, companyName: 'Klaver' });
    expect(r).toMatchObject({ ok: true, errors: [] });
    const after = await loadLedger(book);
    expect(after.ledger.settings.companyName).toBe('Klaver');
    expect(after.ledger.settings.ladder?.map((s) => s.id)).toEqual(['h1', 'h2', 'a']);
  });
});
