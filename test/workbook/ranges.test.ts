import {
  currentRegion,
  isTotalsRow,
  listOnSheet,
  plainRangeOf,
  surroundingsOf,
} from '../../src/workbook/ranges';
import type { Cell } from '../../src/workbook/book';

function sheet(rows: Record<string, Cell>) {
  const at = (r: number, c: number): Cell => rows[`${r},${c}`] ?? null;
  return { name: 'S', at };
}

describe('the block around a cell (Excel current region)', () => {
  it('grows over touching cells, diagonals included, and stops at an empty row and column', () => {
    const filled = new Set(['2,2', '2,3', '3,4', '5,2', '2,6']);
    expect(currentRegion((r, c) => filled.has(`${r},${c}`), 2, 2)).toEqual({
      top: 2,
      left: 2,
      bottom: 3,
      right: 4,
    });
  });

  it('takes the block around the first filled row as headers and body, blanks as empty text', () => {
    const s = sheet({
      '3,2': 'Titel',
      '5,2': 'Klant',
      '5,4': 'Bedrag',
      '6,2': 'Jansen',
      '6,3': 'x',
      '6,4': 10,
    });
    expect(plainRangeOf(s, { top: 1, left: 1, bottom: 6, right: 4 })).toEqual({
      sheet: 'S',
      address: 'B3:B3',
      firstRow: 3,
      firstColumn: 2,
      headers: ['Titel'],
      values: [],
    });
    expect(plainRangeOf(s, { top: 5, left: 1, bottom: 6, right: 4 })).toMatchObject({
      address: 'B5:D6',
      headers: ['Klant', '', 'Bedrag'],
      values: [['Jansen', 'x', 10]],
    });
    expect(plainRangeOf(sheet({}), { top: 1, left: 1, bottom: 3, right: 3 })).toBeNull();
  });
});

describe('a list as traders keep it on a sheet', () => {
  /** Rows from `top`, column A on: the sheet's cells. */
  function grid(top: number, rows: Cell[][]) {
    const cells: Record<string, Cell> = {};
    rows.forEach((r, i) => r.forEach((v, j) => (cells[`${top + i},${j + 1}`] = v)));
    const used = {
      top,
      left: 1,
      bottom: top + rows.length - 1,
      right: Math.max(...rows.map((r) => r.length)),
    };
    return { s: { ...sheet(cells), used, tables: [] }, used };
  }
  const header = ['Factuur', 'Klant', 'Bedrag'];
  const title = 'Facturen 2026';

  it('passes over a title in its own block, and a merged one right above the headers', () => {
    const own = grid(1, [[title], [], header, ['F1', 'Jansen', 10]]);
    expect(listOnSheet(own.s, own.used)).toMatchObject({
      address: 'A3:C4',
      headers: header,
      values: [['F1', 'Jansen', 10]],
    });
    // A merged title reads as its text in every cell it covers.
    const merged = grid(1, [[title, title, title], header, ['F1', 'Jansen', 10]]);
    expect(listOnSheet(merged.s, merged.used)).toMatchObject({ address: 'A2:C3', headers: header });
    expect(surroundingsOf([merged.s]).plainRanges.map((p) => p.address)).toEqual(['A2:C3']);
  });

  it('looks over blank rows inside the list and leaves a totals row under it out', () => {
    const g = grid(1, [
      header,
      ['F1', 'Jansen', 10],
      [],
      ['F2', 'De Vries', 20],
      [null, null, null],
      [null, null, null],
      ['F3', 'Smit', 30],
      ['Totaal', null, 60],
    ]);
    expect(listOnSheet(g.s, g.used)).toMatchObject({
      address: 'A1:C7',
      values: expect.arrayContaining([['F3', 'Smit', 30]]),
    });
    expect(isTotalsRow(['Totaal:', null, 60])).toBe(true);
    expect(isTotalsRow(['F4', 'Totaal BV', 60])).toBe(false);
  });

  it('joins no lone note after a blank row, nor rows after three blank ones', () => {
    const note = grid(1, [header, ['F1', 'Jansen', 10], [], ['bellen']]);
    expect(listOnSheet(note.s, note.used)?.address).toBe('A1:C2');
    const far = grid(1, [header, ['F1', 'Jansen', 10], [], [], [], ['F2', 'De Vries', 20]]);
    expect(listOnSheet(far.s, far.used)?.address).toBe('A1:C2');
  });

  it('takes in the person’s own column past an empty one, and no block beyond or below it', () => {
    const notes = ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', null, 'Notities'];
    const g = grid(1, [notes, ['F1', 'Jansen', 46000, 10, null, 'bellen'], ['F2', 'Smit', 46001, 20]]);
    expect(listOnSheet(g.s, g.used)).toMatchObject({
      address: 'A1:F3',
      headers: ['Factuurnummer', 'Klant', 'Datum', 'Bedrag', '', 'Notities'],
      values: [
        ['F1', 'Jansen', 46000, 10, null, 'bellen'],
        ['F2', 'Smit', 46001, 20, null, null],
      ],
    });
    // Two empty columns are looked over, three are not.
    const two = grid(1, [
      [...header, null, null, 'Notities'],
      ['F1', 'Jansen', 10, null, null, 'x'],
    ]);
    expect(listOnSheet(two.s, two.used)?.address).toBe('A1:F2');
    const three = grid(1, [
      [...header, null, null, null, 'Notities'],
      ['F1', 'Jansen', 10],
    ]);
    expect(listOnSheet(three.s, three.used)?.address).toBe('A1:C2');
    // A block that goes on below the list is something else (a summary): left out.
    const summary = grid(1, [
      [...header, null, 'Open'],
      ['F1', 'Jansen', 10, null, 10],
      [null, null, null, null, 'Vervallen'],
    ]);
    expect(listOnSheet(summary.s, summary.used)?.address).toBe('A1:C2');
    // Beside the rows without a header in the list's header row: a summary, left out.
    const aside = grid(1, [
      [...header, null, null, null],
      ['F1', 'Jansen', 10, null, 'Totaal open', 3600],
      ['F2', 'Smit', 20, null, 'Vervallen', 10],
    ]);
    expect(listOnSheet(aside.s, aside.used)?.address).toBe('A1:C3');
    // A block past the gap is taken whole or not at all: not its notes without its "Bron", whose
    // column goes on below the list.
    const split = grid(1, [
      [...header, null, 'Notities', 'Bron'],
      ['F1', 'Jansen', 10, null, 'bellen', 'web'],
      [],
      [],
      [null, null, null, null, null, 'los'],
    ]);
    expect(listOnSheet(split.s, split.used)?.address).toBe('A1:C2');
  });

  it('takes no block past an empty column beside a table that runs on past what was read', () => {
    // Table A1:C2, D empty, then headed columns from E on: 16 columns are read beside a table (to S).
    const wide = (last: number) => {
      const names = Array.from({ length: last - 4 }, (_, j) => `Eigen ${j + 1}`);
      const g = grid(1, [
        [...header, null, ...names],
        ['F1', 'Jansen', 10, null, ...names.map(() => 'x')],
      ]);
      return {
        ...g.s,
        formulaAt: () => false,
        tables: [{ name: 'T', top: 1, left: 1, bottom: 2, right: 3 }],
      };
    };
    expect(surroundingsOf([wide(19)]).beside[0]?.right).toMatchObject({ columns: 16, empty: [4] });
    expect(surroundingsOf([wide(20)]).beside[0]?.right).toBeNull();
  });

  it('takes no header holding a formula past an empty column, nor anything there when the host cannot tell', () => {
    const g = grid(1, [
      [...header, null, 'Notities'],
      ['F1', 'Jansen', 10, null, 'bellen'],
    ]);
    const s = { ...g.s, tables: [{ name: 'T', top: 1, left: 1, bottom: 2, right: 3 }] };
    const right = (formulaAt?: (row: number, col: number) => boolean) =>
      surroundingsOf([{ ...s, ...(formulaAt ? { formulaAt } : {}) }]).beside[0]?.right;
    expect(right(() => false)).toMatchObject({ columns: 2, headers: [null, 'Notities'], empty: [4] });
    expect(right((r, c) => r === 1 && c === 5)).toBeNull();
    expect(right()).toBeNull();
  });

  it('does not report the totals row under a table as a row left out of it', () => {
    const g = grid(1, [header, ['F1', 'Jansen', 10], ['Totaal', null, 10]]);
    const s = { ...g.s, tables: [{ name: 'T', top: 1, left: 1, bottom: 2, right: 3 }] };
    expect(surroundingsOf([s]).beside).toEqual([
      { table: 'T', sheet: 'S', address: 'A1:C2', below: null, right: null },
    ]);
  });
});
