/**
 * sortTable in the same session as setColumnFormula (as refresh & sort runs): the product's
 * filled-down column keeps its formulas in place and its cached results travel with their rows; a
 * column where a cell was overwritten since moves in full.
 */
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Change, TableSnapshot } from '../../../src/workbook/book';

async function reload(book: XlsxBook): Promise<XlsxBook> {
  return XlsxBook.fromBuffer(await book.toBuffer());
}

async function table(book: XlsxBook): Promise<TableSnapshot> {
  const t = (await book.read(['Facturen'])).tables.get('Facturen');
  if (!t) throw new Error('no table');
  return t;
}

async function freshBook(): Promise<XlsxBook> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'B3',
      headers: ['Nummer', 'Bedrag', 'Dubbel'],
      rows: [
        ['F3', 30, null],
        ['F1', 10, null],
        ['F2', 20, null],
      ],
    },
  ]);
  return book;
}

const fill: Change = {
  kind: 'setColumnFormula',
  table: 'Facturen',
  column: 'Dubbel',
  formula: '=$C4*2',
  results: [60, 20, 40],
};
const sort: Change = { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Bedrag', ascending: true }] };

describe('sortTable after setColumnFormula in one session', () => {
  it('keeps the filled-down formulas in place and moves their results with the rows', async () => {
    const book = await freshBook();
    await book.apply([fill, sort]);
    const t = await table(await reload(book));
    expect(t.values.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['F1', 10, 20],
      ['F2', 20, 40],
      ['F3', 30, 60],
    ]);
    expect(t.formulas.map((r) => r[2])).toEqual(['=$C4*2', '=$C5*2', '=$C6*2']);
  });

  it('moves a filled-down column in full once a cell of it was overwritten', async () => {
    const book = await freshBook();
    await book.apply([
      fill,
      { kind: 'setColumn', table: 'Facturen', column: 'Dubbel', values: ['notitie', null, null] },
      sort,
    ]);
    const t = await table(await reload(book));
    expect(t.values.map((r) => [r[0], r[2]])).toEqual([
      ['F1', 20],
      ['F2', 40],
      ['F3', 'notitie'],
    ]);
    expect(t.formulas.map((r) => r[2] ?? null)).toEqual(['=$C4*2', '=$C5*2', null]);
  });
});
