import fc from 'fast-check';
import { DomainError } from '../../src/domain/errors';
import {
  absoluteRangeAddress,
  cellAddress,
  columnLetter,
  columnNumber,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAreas,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  splitAddress,
} from '../../src/workbook/a1';

describe('column letters, counted from 1', () => {
  it('spells the edges Excel has', () => {
    expect([1, 26, 27, 52, 53, 702, 703, MAX_COLUMNS].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
    expect(columnNumber('xfd')).toBe(MAX_COLUMNS);
  });

  it('reads back every column it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_COLUMNS }), (n) => columnNumber(columnLetter(n)) === n),
    );
  });
});

describe('quoteSheet', () => {
  it('leaves plain names bare', () => {
    expect(['Facturen', 'Klanten', 'Blad_1', 'Sheet1.old', 'ABCD1'].map(quoteSheet)).toEqual([
      'Facturen',
      'Klanten',
      'Blad_1',
      'Sheet1.old',
      'ABCD1',
    ]);
  });

  it('quotes names Excel would read as a cell, an R1C1 reference or a logical', () => {
    expect(['FY2026', 'Q1', 'xfd1', 'R', 'C', 'RC', 'R1C1', 'r2', 'TRUE'].map(quoteSheet)).toEqual([
      "'FY2026'",
      "'Q1'",
      "'xfd1'",
      "'R'",
      "'C'",
      "'RC'",
      "'R1C1'",
      "'r2'",
      "'TRUE'",
    ]);
  });

  it("quotes spaces, digits first and non-ASCII letters, doubling '", () => {
    expect(quoteSheet('Overzicht (Klant Inzicht)')).toBe("'Overzicht (Klant Inzicht)'");
    expect(quoteSheet('2026')).toBe("'2026'");
    expect(quoteSheet('Übersicht')).toBe("'Übersicht'");
    expect(quoteSheet("Klant's")).toBe("'Klant''s'");
  });

  it('round-trips through splitAddress for any name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (name) => {
        expect(splitAddress(`${quoteSheet(name)}!B2`)).toEqual({ sheet: name, range: 'B2' });
      }),
    );
  });
});

describe('cells and ranges', () => {
  it('parses with and without anchors, and refuses what lies outside the grid', () => {
    expect(parseCell('$C$7')).toEqual({ row: 7, col: 3 });
    expect(parseCell(' b2 ')).toEqual({ row: 2, col: 2 });
    for (const bad of ['A0', 'XFE1', `A${MAX_ROWS + 1}`, 'A', '1', 'Blad1!A1', '']) {
      expect(() => parseCell(bad)).toThrow(DomainError);
    }
  });

  it('normalises a range written backwards, and a single cell as a range of one', () => {
    expect(parseRange('C3:A1')).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange('B2')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it('writes what it parses', () => {
    const r = { top: 2, left: 3, bottom: 40, right: 28 };
    expect(rangeAddress(r)).toBe('C2:AB40');
    expect(absoluteRangeAddress(r)).toBe('$C$2:$AB$40');
    expect(cellAddress(1, 1)).toBe('A1');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_ROWS }),
        fc.integer({ min: 1, max: MAX_COLUMNS }),
        (row, col) => {
          expect(parseCell(cellAddress(row, col))).toEqual({ row, col });
        },
      ),
    );
  });

  it('splits a multi-area address, keeping commas inside a quoted sheet name', () => {
    expect(parseAreas("'Q1, Q2''s'!D3:D4, 'Q1, Q2''s'!D6,'Q1, Q2''s'!E3:E6")).toEqual([
      { top: 3, left: 4, bottom: 4, right: 4 },
      { top: 6, left: 4, bottom: 6, right: 4 },
      { top: 3, left: 5, bottom: 6, right: 5 },
    ]);
  });
});
