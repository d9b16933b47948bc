/**
 * Instellingen: the main ladder's rows are read and checked like a segment's, each problem at its row
 * (by the reader the workbook loads for any ladder or segment row).
 */
import { readSettingsRows } from '../support/settingsRows';
import type { Cell } from '../../src/workbook/book';

const read = (rows: [string, Cell][], language: 'nl' | 'en' = 'nl') => readSettingsRows(rows, language, true);

const step = (n: number, id: string, kind: string): [string, Cell][] => [
  [`ladder.${n}.id`, id],
  [`ladder.${n}.kind`, kind],
  [`ladder.${n}.afterDays`, 1],
  [`ladder.${n}.newTermDays`, 7],
];

describe('Instellingen: the main ladder', () => {
  it("names collection without the consumer's fourteen-day letter at the step, in the person's language", () => {
    const rows = [...step(1, 'h1', 'friendly'), ...step(2, 'h2', 'second'), ...step(3, 'i', 'collection')];
    const nl = read(rows);
    expect(nl.errors.map((e) => [e.sheet, e.row, e.column?.letter, e.code, e.why])).toEqual([
      [
        'Instellingen',
        11,
        'B',
        'ladder-order',
        'stap 3: vóór incasso hoort de veertiendagenbrief (een stap "final") aan een consument',
      ],
    ]);
    expect(read(rows, 'en').errors[0]?.why).toBe(
      'step 3: collection needs the consumer\'s fourteen-day letter (a "final" step) before it',
    );
    // Kept as typed, so a save writes back what the person typed.
    expect(nl.settings.ladder?.map((s) => s.kind)).toEqual(['friendly', 'second', 'collection']);
  });

  it('names a missing field at its step and keeps the default ladder until the step is complete', () => {
    const r = read([...step(1, 'h1', 'friendly'), ['ladder.2.id', 'h2'], ['ladder.2.afterDays', 1]]);
    expect(r.errors.map((e) => [e.row, e.code, e.why])).toEqual([
      [6, 'invalid-ladder', 'stap 2: kind ontbreekt of is ongeldig (ladder.2.kind)'],
    ]);
    expect(r.settings.ladder).toBeUndefined();
  });

  it('reads the default ladder typed out, and rows a save cleared as no step', () => {
    const rows: [string, Cell][] = [
      ...step(1, 'h1', 'friendly'),
      ...step(2, 'h2', 'second'),
      ...step(3, 'a', 'final'),
      ...step(4, 'i', 'collection'),
      ['ladder.5.id', ''],
      ['ladder.5.kind', null],
    ];
    const r = read(rows);
    expect(r.errors).toEqual([]);
    expect(r.settings.ladder?.map((s) => s.id)).toEqual(['h1', 'h2', 'a', 'i']);
  });
});
