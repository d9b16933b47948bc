import { currentRegion, plainRangeOf } from '../../src/workbook/ranges';
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
