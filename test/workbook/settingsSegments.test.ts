/** Instellingen: segments as segment.<n>.* rows, their ladders, located problems and the round trip. */
import { readSettingsRows } from '../support/settingsRows';
import { bindSnapshot } from '../../src/workbook/binding';
import type { Cell, TableSnapshot } from '../../src/workbook/book';
import { loadLedger, saveSettings, setUp } from '../../src/workbook/operations';
import { readSettings, settingsRows } from '../../src/workbook/settingsTable';
import { tableSpec } from '../../src/workbook/schema';
import { MemoryBook } from '../support/memoryBook';

const read = (rows: [string, Cell][], language: 'nl' | 'en' = 'nl') => readSettingsRows(rows, language, true);

// A consultant's template: structural late payers get a call on the due date, large customers a
// monthly statement; rows typed in any order, Dutch and English keys mixed.
const TEMPLATE: [string, Cell][] = [
  ['Bedrijfsnaam', 'Klaver'],
  ['segment.2.naam', 'Grote klanten'],
  ['segment.2.regel', 'omzet in 12 maanden boven 10000'],
  ['segment.1.naam', 'Structureel laat'],
  ['segment.1.regel', 'meer dan 2 keer te laat betaald in 12 maanden'],
  ['segment.1.ladder.1.id', 'bellen'],
  ['segment.1.ladder.1.kind', 'friendly'],
  ['segment.1.ladder.1.afterDays', 0],
  ['segment.1.ladder.1.newTermDays', 7],
  ['segment.1.ladder.1.channel', 'Bellen'],
  ['segment.1.ladder.2.id', 'herinnering'],
  ['segment.1.ladder.2.kind', 'second'],
  ['segment.1.ladder.2.afterDays', 1],
  ['segment.1.ladder.2.newTermDays', 7],
  ['segment.1.ladder.2.offerPaymentPlan', 'Ja'],
  ['segment.2.ladder.1.id', 'overzicht'],
  ['segment.2.ladder.1.kind', 'friendly'],
  ['segment.2.ladder.1.afterDays', 30],
  ['segment.2.ladder.1.newTermDays', 14],
  ['segment.2.ladder.1.channel', 'maandoverzicht'],
];

describe('Instellingen: segments', () => {
  it("reads a consultant's segments in the order of their number, each with its own ladder and channels", () => {
    const r = read(TEMPLATE);
    expect(r.errors).toEqual([]);
    expect(r.settings.companyName).toBe('Klaver');
    expect(r.settings.segments).toEqual([
      {
        name: 'Structureel laat',
        rule: 'meer dan 2 keer te laat betaald in 12 maanden',
        ladder: [
          {
            id: 'bellen',
            kind: 'friendly',
            afterDays: 0,
            newTermDays: 7,
            offerPaymentPlan: false,
            channel: 'phone',
          },
          { id: 'herinnering', kind: 'second', afterDays: 1, newTermDays: 7, offerPaymentPlan: true },
        ],
      },
      {
        name: 'Grote klanten',
        rule: 'omzet in 12 maanden boven 10000',
        ladder: [
          {
            id: 'overzicht',
            kind: 'friendly',
            afterDays: 30,
            newTermDays: 14,
            offerPaymentPlan: false,
            channel: 'statement',
          },
        ],
      },
    ]);
  });

  it('reads the English keys and rules alike, and has no segments without rows', () => {
    const r = read(
      [
        ['segment.1.name', 'Late payers'],
        ['segment.1.rule', 'paid late more than 2 times in 12 months'],
      ],
      'en',
    );
    expect(r.settings.segments).toEqual([
      { name: 'Late payers', rule: 'paid late more than 2 times in 12 months' },
    ]);
    expect(read([['Bedrijfsnaam', 'Klaver']]).settings.segments).toBeUndefined();
  });

  it("locates a rule it cannot read at its row, with the word and why in the person's language", () => {
    const rows: [string, Cell][] = [
      ['segment.1.naam', 'Laat'],
      ['segment.1.regel', 'meer dan twee keer te laat betaald in 12 maanden'],
    ];
    const nl = read(rows, 'nl');
    expect(nl.errors.map((e) => [e.sheet, e.row, e.column?.letter, e.value, e.code, e.why])).toEqual([
      [
        'Instellingen',
        3,
        'B',
        'meer dan twee keer te laat betaald in 12 maanden',
        'invalid-segment-rule',
        '"twee" (teken 10) past hier niet; verwacht: een aantal (heel getal).',
      ],
    ]);
    expect(read(rows, 'en').errors[0]?.why).toBe(
      '"twee" (character 10) does not fit here; expected: a number (whole).',
    );
    // Kept as typed, so writing the settings back never loses it.
    expect(nl.settings.segments).toEqual([
      { name: 'Laat', rule: 'meer dan twee keer te laat betaald in 12 maanden' },
    ]);
  });

  it('locates a missing name or rule, a name used twice, a bad channel', () => {
    const r = read([
      ['segment.1.regel', 'zakelijk'],
      ['segment.2.naam', 'Zonder regel'],
      ['segment.3.naam', 'Zakelijk'],
      ['segment.3.regel', 'consument'],
      ['segment.4.naam', 'zakelijk'],
      ['segment.4.regel', 'consument'],
      ['segment.4.ladder.1.channel', 'postduif'],
    ]);
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [8, 'invalid-choice'],
      [2, 'missing-segment-name'],
      [3, 'missing-segment-rule'],
      [6, 'duplicate-segment'],
      [8, 'invalid-segment-ladder'], // and the step has no id, kind or days
    ]);
  });

  it("holds a segment's ladder to the main ladder's rules and the law's, located at the step", () => {
    const base: [string, Cell][] = [
      ['segment.1.naam', 'Groot'],
      ['segment.1.regel', 'openstaand boven 5000'],
    ];
    const step = (n: number, id: string, kind: string): [string, Cell][] => [
      [`segment.1.ladder.${n}.id`, id],
      [`segment.1.ladder.${n}.kind`, kind],
      [`segment.1.ladder.${n}.afterDays`, 1],
      [`segment.1.ladder.${n}.newTermDays`, 7],
    ];
    const tooEarly = read([...base, ...step(1, 'h1', 'friendly'), ...step(2, 'a', 'final')]);
    expect(tooEarly.errors.map((e) => [e.row, e.why])).toEqual([
      [9, 'stap 2: vóór een aanmaning of incasso horen minstens twee herinneringen'],
    ]);
    const noLetter = read(
      [...base, ...step(1, 'h1', 'friendly'), ...step(2, 'h2', 'second'), ...step(3, 'i', 'collection')],
      'en',
    );
    expect(noLetter.errors.map((e) => [e.row, e.why])).toEqual([
      [13, 'step 3: collection needs the consumer\'s fourteen-day letter (a "final" step) before it'],
    ]);
    const missing = read([...base, ['segment.1.ladder.1.id', 'h1'], ['segment.1.ladder.1.afterDays', 1]]);
    expect(missing.errors.map((e) => [e.row, e.code])).toEqual([[4, 'invalid-segment-ladder']]);
    expect(missing.errors[0]?.why).toContain('segment.1.ladder.1.kind');
  });

  it("says so at the row when segment rows reach a reader without the segments' reader", () => {
    const snap: TableSnapshot = {
      name: 'Instellingen',
      sheet: 'Instellingen',
      headers: ['Instelling', 'Waarde', 'Toelichting'],
      values: [['segment.1.naam', 'Laat', null]],
      formulas: [[null, null, null]],
      firstRow: 2,
      firstColumn: 1,
    };
    const r = readSettings(snap, bindSnapshot(tableSpec('settings'), snap), 1900, 'nl');
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([[2, 'segments-not-read']]);
  });

  it('writes segments back as the rows they were read from', () => {
    const r = read(TEMPLATE);
    const rows = settingsRows(r.settings, 'nl').filter((x) => x.key.startsWith('segment.'));
    const typed = TEMPLATE.filter(([k]) => k.startsWith('segment.'));
    const asMap = (list: [string, Cell][]) => new Map(list.map(([k, v]) => [k, v]));
    expect(asMap(rows.map((x) => [x.key, x.value]))).toEqual(
      asMap([
        ...typed,
        ['segment.1.ladder.1.offerPaymentPlan', 'Nee'],
        ['segment.2.ladder.1.offerPaymentPlan', 'Nee'],
        ['segment.1.ladder.1.channel', 'Bellen'],
        ['segment.2.ladder.1.channel', 'Rekeningoverzicht'],
      ]),
    );
    expect(read(rows.map((x) => [x.key, x.value])).settings.segments).toEqual(r.settings.segments);
    expect(settingsRows(r.settings, 'en').map((x) => x.key)).toContain('segment.1.name');
  });

  it("keeps typed rows unchanged through a save of the workbook, and clears a removed segment's rows", async () => {
    const book = new MemoryBook();
    await setUp(book, {});
    await book.apply([
      {
        kind: 'appendRows',
        table: 'Instellingen',
        rows: TEMPLATE.filter(([k]) => k.startsWith('segment.')).map(([k, v]) => ({
          Instelling: k,
          Waarde: v,
        })),
      },
    ]);
    const table = () => book.snapshot().tables.find((t) => t.name === 'Instellingen')!;
    const before = table().values.map((row) => [...row]);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    await saveSettings(book, loaded.ledger.settings);
    const after = table().values;
    // Every typed row keeps its key and value ("maandoverzicht" is written as its label); the
    // steps gain only their offerPaymentPlan rows, appended below.
    const segmentRows = (rows: Cell[][]) => rows.filter((row) => String(row[0]).startsWith('segment.'));
    const typedAfter = segmentRows(after.slice(0, before.length));
    expect(typedAfter.map((row) => [row[0], row[1]])).toEqual(
      segmentRows(before).map((row) => [
        row[0],
        row[0] === 'segment.2.ladder.1.channel' ? 'Rekeningoverzicht' : row[1],
      ]),
    );
    expect((await loadLedger(book)).ledger.settings.segments).toEqual(loaded.ledger.settings.segments);
    const fewer = { ...loaded.ledger.settings, segments: loaded.ledger.settings.segments?.slice(0, 1) };
    await saveSettings(book, fewer);
    expect((await loadLedger(book)).ledger.settings.segments?.map((s) => s.name)).toEqual([
      'Structureel laat',
    ]);
  });
});
