/**
 * Issue 10 points 2 and 5: merged cells and hidden rows inside a table body are refused before
 * anything of the batch is written, with the cells or rows named, in the workbook's language.
 */
import { XlsxBook, XlsxHostError } from '../../../src/hosts/xlsx/xlsxBook';
import type { Change } from '../../../src/workbook/book';

async function invoices(): Promise<XlsxBook> {
  const book = XlsxBook.create();
  await book.apply([
    { kind: 'addSheet', sheet: 'Facturen' },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: ['Nummer', 'Product', 'Omschrijving'],
      rows: [
        ['F3', 'ontwerp logo', null],
        ['F1', 'website onderhoud', 'maart'],
        ['F2', 'hosting', 'april'],
      ],
    },
  ]);
  return XlsxBook.fromBuffer(await book.toBuffer());
}

const sort: Change = { kind: 'sortTable', table: 'Facturen', keys: [{ column: 'Nummer', ascending: true }] };
const write: Change = {
  kind: 'setColumn',
  table: 'Facturen',
  column: 'Omschrijving',
  values: ['x', 'y', 'z'],
};

async function refusal(book: XlsxBook, changes: Change[]): Promise<XlsxHostError> {
  const e = await book.apply(changes).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(XlsxHostError);
  return e as XlsxHostError;
}

describe('sort refusals', () => {
  it('refuses merged cells in the body, naming them, and writes nothing of the batch', async () => {
    const book = await invoices();
    book.workbook.getWorksheet('Facturen')?.mergeCells('B2:C2');
    const e = await refusal(book, [write, sort]);
    expect(e.problem).toBe('merged-cells');
    expect(e.message).toBe(
      'Sorteren kan niet: in tabel Facturen op blad Facturen zijn cellen samengevoegd: B2:C2. Een tabel sorteert alleen zonder samengevoegde cellen; maak de samenvoeging ongedaan en sorteer opnieuw.',
    );
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.values.map((r) => r[0])).toEqual(['F3', 'F1', 'F2']);
    expect(t?.values[1]).toEqual(['F1', 'website onderhoud', 'maart']);
  });

  it('refuses rows hidden inside the table, in English when the workbook is English', async () => {
    const book = await invoices();
    book.language = 'en';
    const ws = book.workbook.getWorksheet('Facturen');
    if (ws) ws.getRow(3).hidden = true;
    const e = await refusal(book, [sort]);
    expect(e.problem).toBe('hidden-rows');
    expect(e.message).toMatch(/^Cannot sort: table Facturen on sheet Facturen has hidden rows: 3\. /);
    expect(ws?.getRow(3).getCell(1).value).toBe('F1');
  });

  it('still sorts when the merge and the hidden row lie outside the table', async () => {
    const book = await invoices();
    const ws = book.workbook.getWorksheet('Facturen');
    ws?.mergeCells('E1:F1');
    if (ws) ws.getRow(8).hidden = true;
    await book.apply([sort]);
    const t = (await book.read(['Facturen'])).tables.get('Facturen');
    expect(t?.values.map((r) => r[0])).toEqual(['F1', 'F2', 'F3']);
  });
});
