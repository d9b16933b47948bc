/**
 * The evaluator answers lookups and *IFS from indexes (formulaIndex); here it is held to a plain
 * scan that states Excel's rules directly, over generated tables whose keys mix numbers, text
 * that reads as a number, case variants, logicals and blanks.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/workbook/book';
import { evaluate, type Row } from '../../src/workbook/formulaEval';
import { col, str, num, type Expr } from '../../src/workbook/formulas';

const key: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom<Cell>(null, '', 'a', 'A', 'b', '1', ' 1', '1.0', true, false, 0),
  fc.integer({ min: 0, max: 3 }),
);
const rowArb = fc.record({
  k: key,
  amount: fc.oneof(fc.integer({ min: -500, max: 500 }), fc.constant<Cell>('x')),
});

/** SUMIFS/COUNTIFS' "=" test as Excel documents it: "" matches blanks; numbers match numeric text. */
function equalCriterion(cell: Cell, crit: Cell): boolean {
  if (crit === '' || crit === null) return cell === null || cell === '';
  if (typeof crit === 'number') {
    if (typeof cell === 'number') return cell === crit;
    return cell !== null && String(cell).trim() !== '' && Number(cell) === crit;
  }
  return cell !== null && String(cell).toLowerCase() === String(crit).toLowerCase();
}

/** MATCH(…, 0): same type, text case-insensitive; a blank key matches the other side's empty. */
function matchEqual(cell: Cell, k: Cell): boolean {
  if (cell === null) return false;
  const empty = typeof cell === 'string' ? '' : typeof cell === 'boolean' ? false : 0;
  const x = k === null ? empty : k;
  if (typeof cell !== typeof x) return false;
  return typeof cell === 'string' ? cell.toLowerCase() === String(x).toLowerCase() : cell === x;
}

const literal = (k: Cell): Expr =>
  k === null
    ? col('missing')
    : typeof k === 'number'
      ? num(k)
      : typeof k === 'string'
        ? str(k)
        : { op: 'bool', value: k };

describe('indexed lookups agree with a scan', () => {
  it('SUMIFS, COUNTIFS and INDEX/MATCH over one table, asked repeatedly', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.array(key, { minLength: 1, maxLength: 6 }),
        (rows, keys) => {
          const table: Row[] = rows.map((r) => ({ ...r }));
          const ctx = { row: {}, tables: () => table, today: 0 };
          for (const k of keys) {
            const hits = table.filter((r) => equalCriterion(r.k ?? null, k));
            const sum = hits.reduce((s, r) => s + (typeof r.amount === 'number' ? r.amount : 0), 0);
            const crit = [{ field: 'k', test: '=' as const, value: literal(k) }];
            expect(evaluate({ op: 'sumifs', table: 't', sum: 'amount', criteria: crit }, ctx)).toBe(sum);
            expect(evaluate({ op: 'countifs', table: 't', criteria: crit }, ctx)).toBe(hits.length);
            const first = table.find((r) => matchEqual(r.k ?? null, k));
            expect(
              evaluate({ op: 'lookup', table: 't', field: 'amount', keyField: 'k', key: literal(k) }, ctx),
            ).toBe(first ? (first.amount ?? null) : '#N/A');
          }
        },
      ),
    );
  });

  it('keeps table order when a second criterion narrows the candidates', () => {
    const table: Row[] = [
      { k: 'a', d: 5, amount: 1 },
      { k: 'b', d: 1, amount: 10 },
      { k: 'A', d: 2, amount: 100 },
      { k: 'a', d: 9, amount: 1000 },
    ];
    const ctx = { row: {}, tables: () => table, today: 6 };
    const sumifs: Expr = {
      op: 'sumifs',
      table: 't',
      sum: 'amount',
      criteria: [
        { field: 'k', test: '=', value: str('a') },
        { field: 'd', test: '<=', value: { op: 'today' } },
      ],
    };
    expect(evaluate(sumifs, ctx)).toBe(101);
  });
});
