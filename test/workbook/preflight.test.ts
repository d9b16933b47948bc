import type { Change } from '../../src/workbook/book';
import { refuseBeforeWrites, type BookFacts, type TableFacts } from '../../src/workbook/preflight';

const klanten: TableFacts = {
  name: 'Klanten',
  sheet: 'Klanten',
  headers: ['Nummer', 'Naam'],
  headerRow: 1,
  left: 1,
  rows: 2,
  filtered: false,
  hiddenRows: () => {
    throw new Error('hidden rows are asked only for a sort');
  },
};

function facts(over: Partial<BookFacts> = {}): BookFacts {
  return {
    sheets: [{ name: 'Klanten', protected: false }],
    tables: [klanten],
    allTables: [{ name: 'Klanten', sheet: 'Klanten' }],
    merges: [],
    typedCellIn: () => null,
    rangeHeaders: () => undefined,
    ...over,
  };
}

const reasonOf = (f: BookFacts, changes: Change[]): unknown => {
  try {
    refuseBeforeWrites(f, changes);
    return 'accepted';
  } catch (e) {
    return (e as { reason?: unknown }).reason;
  }
};

describe('refuseBeforeWrites', () => {
  it('checks each change against the workbook as the changes before it leave it', () => {
    expect(
      reasonOf(facts(), [
        { kind: 'addSheet', sheet: 'Nieuw' },
        { kind: 'addTable', sheet: 'Nieuw', table: 'T', at: 'A1', headers: ['X'], rows: [[1]] },
        { kind: 'addColumns', table: 'T', headers: ['Y'] },
        { kind: 'setColumn', table: 'T', column: 'Y', values: [2] },
        { kind: 'appendRows', table: 'Klanten', rows: [{ Naam: 'C' }] },
        { kind: 'setColumn', table: 'Klanten', column: 'Naam', values: [null, null, 'c'] },
      ]),
    ).toBe('accepted');
    // The same writes without the rows appended first: the count no longer matches.
    expect(
      reasonOf(facts(), [{ kind: 'setColumn', table: 'Klanten', column: 'Naam', values: [null, null, 'c'] }]),
    ).toBe('row-count-mismatch');
  });

  it('knows a grown table’s new columns only by the host, and lets later changes name them', () => {
    const grown: Change[] = [
      { kind: 'extendTable', table: 'Klanten', address: 'A1:B3', rows: 0, columns: 1 },
      { kind: 'numberFormat', table: 'Klanten', column: 'Getypt', format: '0' },
    ];
    expect(reasonOf(facts(), grown)).toBe('accepted');
    expect(reasonOf(facts(), grown.slice(1))).toBe('column-missing');
  });

  it('asks about hidden rows and merged cells only where a write would meet them', () => {
    const merged = facts({ merges: [{ sheet: 'Klanten', area: { top: 5, left: 1, bottom: 5, right: 2 } }] });
    // Rows 2-3 are the body, row 4 is the first below: one new row misses the merge, two meet it.
    expect(reasonOf(merged, [{ kind: 'appendRows', table: 'Klanten', rows: [{}] }])).toBe('accepted');
    expect(reasonOf(merged, [{ kind: 'appendRows', table: 'Klanten', rows: [{}, {}] }])).toBe('merged-cells');
    const hidden = facts({ tables: [{ ...klanten, hiddenRows: () => true }] });
    const sort: Change = { kind: 'sortTable', table: 'Klanten', keys: [{ column: 'Naam', ascending: true }] };
    expect(reasonOf(hidden, [sort])).toBe('hidden-rows');
    expect(reasonOf(hidden, [{ ...sort, keys: [] }])).toBe('accepted');
  });

  it('refuses any write to a protected sheet, a column of nulls too (Excel is sent the column)', () => {
    const locked = facts({ sheets: [{ name: 'Klanten', protected: true }] });
    expect(
      reasonOf(locked, [{ kind: 'setColumn', table: 'Klanten', column: 'Naam', values: [null, null] }]),
    ).toBe('sheet-protected');
    expect(
      reasonOf(locked, [{ kind: 'setColumn', table: 'Klanten', column: 'Naam', values: ['a', null] }]),
    ).toBe('sheet-protected');
    expect(reasonOf(locked, [{ kind: 'freezeHeader', sheet: 'klanten', rows: 1 }])).toBe('sheet-protected');
  });
});
