import fc from 'fast-check';
import {
  euroNumberToCents,
  isoToSerial,
  looksLikeFormula,
  parseAmount,
  parseBool,
  parseChoice,
  parseDate,
  parseInteger,
  parseText,
  serialToIso,
  type Parsed,
} from '../../src/workbook/cells';
import { CHANNEL_CHOICES, KIND_CHOICES } from '../../src/workbook/schema';
import type { Cell } from '../../src/workbook/book';
import { isoDate } from '../../src/domain/dates';

const value = <T>(p: Parsed<T>): T | 'blank' | { error: string } =>
  !p.ok ? { error: p.why.code } : 'value' in p ? p.value : 'blank';

describe('Excel serial dates', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45000, '2023-03-15'],
    [46348, '2026-11-22'],
    [2958465, '9999-12-31'],
  ])('1900 system: %d is %s', (serial, iso) => {
    expect(value(serialToIso(serial, 1900))).toBe(iso);
    expect(isoToSerial(isoDate(iso), 1900)).toBe(serial);
  });

  it('refuses serial 60, the 29 February 1900 that never was', () => {
    const p = serialToIso(60, 1900);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.why.nl).toContain('29 februari 1900');
  });

  it('1904 system counts from 1 January 1904, 1462 days after the 1900 system', () => {
    expect(value(serialToIso(0, 1904))).toBe('1904-01-01');
    expect(value(serialToIso(46348 - 1462, 1904))).toBe('2026-11-22');
    expect(isoToSerial(isoDate('2026-11-22'), 1904)).toBe(46348 - 1462);
  });

  it('ignores the time of day in a date-time serial', () => {
    expect(value(parseDate(46348.75, 1900))).toBe('2026-11-22');
  });

  it('rejects serials out of range', () => {
    expect(value(parseDate(0, 1900))).toEqual({ error: 'invalid-date' });
    expect(value(parseDate(-5, 1904))).toEqual({ error: 'invalid-date' });
    expect(value(parseDate(3e6, 1900))).toEqual({ error: 'invalid-date' });
  });

  it('round-trips every date from 1900-03-01 on in both systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 + 1462, max: 2958465 }), (serial) => {
        const iso = value(serialToIso(serial, 1900)) as string;
        expect(isoToSerial(isoDate(iso), 1900)).toBe(serial);
        expect(value(serialToIso(isoToSerial(isoDate(iso), 1904), 1904))).toBe(iso);
      }),
    );
  });
});

describe('text dates', () => {
  it.each([
    ['22-11-2026', '2026-11-22'],
    ['22-11-26', '2026-11-22'],
    ['2-3-26', '2026-03-02'],
    ['02/03/2026', '2026-03-02'],
    ['2.3.2026', '2026-03-02'],
    ['2026-11-22', '2026-11-22'],
    ['2026/11/22', '2026-11-22'],
    ['2026-11-22T00:00:00Z', '2026-11-22'],
    ['22 nov 2026', '2026-11-22'],
    ['22 nov. 2026', '2026-11-22'],
    ['22 november 2026', '2026-11-22'],
    ['22-nov-2026', '2026-11-22'],
    ['1 mrt 2026', '2026-03-01'],
    ['1 maart 2026', '2026-03-01'],
    ['3 mei 2026', '2026-05-03'],
    ['15 okt 2026', '2026-10-15'],
    ['22 November 2026', '2026-11-22'],
    ['1 March 2026', '2026-03-01'],
    ['November 22, 2026', '2026-11-22'],
    ['Oct 3rd, 2026', '2026-10-03'],
    ['ma 23 nov 2026', '2026-11-23'],
    ['  22-11-2026  ', '2026-11-22'],
    ['11/22/2026', '2026-11-22'],
    ['1-1-30', '1930-01-01'],
    ['29-02-2028', '2028-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(value(parseDate(text, 1900))).toBe(iso);
  });

  it.each([
    '31-02-2026',
    '29-02-2027',
    '32-1-2026',
    'gisteren',
    '22 brumaire 2026',
    '2026-13-01',
    '13/13/2026',
  ])('rejects %s', (text) => {
    expect(value(parseDate(text, 1900))).toEqual({ error: 'invalid-date' });
  });

  it('treats blanks as blank and error values as errors', () => {
    expect(value(parseDate(null, 1900))).toBe('blank');
    expect(value(parseDate('   ', 1900))).toBe('blank');
    expect(value(parseDate('#N/A', 1900))).toEqual({ error: 'error-value' });
    expect(value(parseDate(true, 1900))).toEqual({ error: 'invalid-date' });
  });
});

describe('amounts', () => {
  it.each<[Cell, number]>([
    [12.5, 1250],
    [0.1 + 0.2, 30],
    [1.005, 101],
    [-1.005, -101],
    [1234.56, 123456],
    [-12.5, -1250],
    [0, 0],
    [19.999, 2000],
    [1e-12, 0],
    ['1234,5', 123450],
    ['1.234,56', 123456],
    ['EUR 1.234,56', 123456],
    ['€ 1.234,56', 123456],
    ['€1.234,56', 123456],
    ['1,234.56', 123456],
    ['1234.56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['1.500', 150000],
    ['1,500', 150000],
    ['12,-', 1200],
    ['-', 0],
    ['€ -', 0],
    ['(12,50)', -1250],
    ['-12,50', -1250],
    ['- € 12,50', -1250],
    ['€ -12,50', -1250],
    ['12,50-', -1250],
    ['−12,50', -1250],
    ['+12,50', 1250],
    ['12,345', 1234500],
    ['0,005', 1],
    ['12 EUR', 1200],
    ['1234', 123400],
    ['EUR (1.234,56)', -123456],
  ])('%p is %d cents', (cell, cents) => {
    expect(value(parseAmount(cell))).toBe(cents);
  });

  it.each(['twaalf', '1,2,3.4.5', '12.34.5', '1.23,4.5', '€', '12a', '1..2'])('rejects %p', (cell) => {
    expect(value(parseAmount(cell))).toEqual({ error: 'invalid-amount' });
  });

  it('treats blanks as blank and error values as errors', () => {
    expect(value(parseAmount(null))).toBe('blank');
    expect(value(parseAmount(''))).toBe('blank');
    expect(value(parseAmount('#VALUE!'))).toEqual({ error: 'error-value' });
    expect(value(parseAmount('#DIV/0!'))).toEqual({ error: 'error-value' });
    expect(value(parseAmount(false))).toEqual({ error: 'invalid-amount' });
  });

  it('turns any amount typed with two decimals into exactly those cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (cents) => {
        expect(value(euroNumberToCents(cents / 100))).toBe(cents);
        const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
        expect(value(parseAmount(text))).toBe(cents);
      }),
    );
  });

  it('reads any number as its 15 significant digits say, whole cents or not', () => {
    // The oracle: Excel's 15 digits, rounded half up at the third decimal (as cells.ts documents).
    const fifteenDigits = (v: number): number => {
      const [mantissa = '0', exp] = Math.abs(v).toPrecision(15).split('e');
      const [whole = '0', fraction = ''] = (exp === undefined ? mantissa : Math.abs(v).toFixed(20)).split(
        '.',
      );
      const f = `${fraction}000`.slice(0, 3);
      const units = Number(whole) * 100 + Number(f.slice(0, 2)) + (Number(f[2]) >= 5 ? 1 : 0);
      return v < 0 && units !== 0 ? -units : units;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -8.9e13, max: 8.9e13, noNaN: true }),
          fc.integer({ min: -1e14, max: 1e14 }).map((c) => c / 100),
          fc.integer({ min: -1e6, max: 1e6 }).map((m) => m / 1000),
        ),
        (v) => {
          expect(value(euroNumberToCents(v))).toBe(fifteenDigits(v));
        },
      ),
      { numRuns: 2000 },
    );
    expect(Object.is(value(euroNumberToCents(-0)), 0)).toBe(true);
  });

  it('keeps sums of euro floats exact once in cents', () => {
    expect(value(euroNumberToCents(0.1 + 0.7))).toBe(80);
    expect(value(euroNumberToCents(1.15 * 3))).toBe(345);
  });
});

describe('other cells', () => {
  it('reads whole numbers, also with a unit', () => {
    expect(value(parseInteger(30))).toBe(30);
    expect(value(parseInteger('30 dagen'))).toBe(30);
    expect(value(parseInteger('14 days'))).toBe(14);
    expect(value(parseInteger('14,5'))).toEqual({ error: 'invalid-number' });
    expect(value(parseInteger(null))).toBe('blank');
  });

  it('reads yes and no in both languages', () => {
    for (const yes of ['Ja', 'yes', 'X', 'WAAR', true, 1] as Cell[]) expect(value(parseBool(yes))).toBe(true);
    for (const no of ['Nee', 'no', 'onwaar', false, 0] as Cell[]) expect(value(parseBool(no))).toBe(false);
    expect(value(parseBool('misschien'))).toEqual({ error: 'invalid-bool' });
    // A tick, as typed or from Excel's symbols: normalising would leave nothing of it.
    for (const tick of ['✓', ' ✔ ', '☑', '√']) expect(value(parseBool(tick))).toBe(true);
    expect(value(parseBool('✗'))).toEqual({ error: 'invalid-bool' });
  });

  it('reads choices by label, value or synonym, ignoring case', () => {
    expect(value(parseChoice('Particulier', KIND_CHOICES))).toBe('consumer');
    expect(value(parseChoice('B2B', KIND_CHOICES))).toBe('business');
    expect(value(parseChoice('consumer', KIND_CHOICES))).toBe('consumer');
    expect(value(parseChoice('telefonisch', CHANNEL_CHOICES))).toBe('phone');
    expect(value(parseChoice('E-mail', CHANNEL_CHOICES))).toBe('email');
    expect(value(parseChoice('duif', CHANNEL_CHOICES))).toEqual({ error: 'invalid-choice' });
  });

  it('reads numbers typed in a text column as their digits', () => {
    expect(value(parseText(20260042))).toBe('20260042');
    expect(value(parseText(0.1 + 0.2))).toBe('0.3');
    expect(value(parseText('  F-12 '))).toBe('F-12');
    expect(value(parseText('#REF!'))).toEqual({ error: 'error-value' });
  });

  it('knows which text a spreadsheet would take for a formula', () => {
    for (const s of ['=1+1', '+31 6 1234', '-5', '@SUM(A1)']) expect(looksLikeFormula(s)).toBe(true);
    for (const s of ['1+1', ' =x', 'Jansen']) expect(looksLikeFormula(s)).toBe(false);
  });
});
