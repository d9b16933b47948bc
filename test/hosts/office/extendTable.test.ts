/**
 * The Office host's extendTable when Excel refuses the resize for a reason its pre-flight does not
 * know: the empty column's header name is written only after the resize, so nothing stays behind.
 * And a header holding a formula past an empty column is no column of notes (the Formulas areas).
 */
import type { OfficeApi } from '../../../src/hosts/office/officeApi';
import { OfficeBook } from '../../../src/hosts/office/officeBook';
import type { Change } from '../../../src/workbook/book';
import { FakeExcel, FakeOfficeError, type FakeSeed, type SeedCell } from '../../support/fakeOffice';
import { FakeTable } from '../../support/fakeOffice/proxies/table';

const api = (fake: FakeExcel): OfficeApi => ({
  run: (o, b) => fake.run(o, b),
  isSetSupported: fake.isSetSupported,
});

/** Facturen A1:C3, column D empty, the person's column at E. */
const seed = (e1: SeedCell): FakeSeed => ({
  sheets: [
    {
      name: 'Facturen',
      tables: [
        {
          name: 'Facturen',
          at: 'A1',
          headers: ['Nr', 'Klant', 'Bedrag'],
          rows: [
            ['F1', 'Jansen', 100],
            ['F2', 'Smit', 50],
          ],
        },
      ],
      cells: { E1: e1, E2: 'bellen' },
    },
  ],
});

type Queues = { queueCall(method: string, args: unknown[], apply: () => void): void };

describe('the Office host growing a table over the columns beside it', () => {
  afterEach(() => jest.restoreAllMocks());

  it('writes no header name when Excel refuses the resize', async () => {
    const fake = new FakeExcel(seed('Notities'));
    const book = new OfficeBook(api(fake));
    jest.spyOn(FakeTable.prototype, 'resize').mockImplementation(function (this: FakeTable) {
      (this as unknown as Queues).queueCall('resize', [], () => {
        throw new FakeOfficeError(
          'GeneralException',
          'There was an internal error while processing the request.',
        );
      });
    });
    const change: Change = {
      kind: 'extendTable',
      table: 'Facturen',
      address: 'A1:C3',
      rows: 0,
      columns: 2,
      names: ['Kolom D', ''],
    };
    await expect(book.apply([change])).rejects.toThrow();
    jest.restoreAllMocks();
    const r = await new OfficeBook(api(fake)).read(['Facturen'], { surroundings: true });
    expect(r.tables.get('Facturen')?.headers).toEqual(['Nr', 'Klant', 'Bedrag']);
    // D1 still empty: the same offer as before, an empty column and the notes.
    expect(r.surroundings?.beside[0]?.right).toMatchObject({ headers: [null, 'Notities'], empty: [4] });
  });

  it('takes no header holding a formula past an empty column as a column name', async () => {
    const typed = await new OfficeBook(api(new FakeExcel(seed('Notities')))).read(['Facturen'], {
      surroundings: true,
    });
    expect(typed.surroundings?.beside[0]?.right).toMatchObject({ headers: [null, 'Notities'] });
    const sum = await new OfficeBook(api(new FakeExcel(seed({ formula: '=SUM(C2:C3)', value: 150 })))).read(
      ['Facturen'],
      {
        surroundings: true,
      },
    );
    expect(sum.surroundings?.beside[0]?.right).toBeNull();
  });

  it('looks over no empty-looking column whose header cell holds a formula showing nothing', async () => {
    const s = seed('Notities');
    const sheet = s.sheets[0];
    if (sheet) sheet.cells = { ...sheet.cells, D1: { formula: '=IF(C2>10000,"Let op","")', value: '' } };
    const read = await new OfficeBook(api(new FakeExcel(s))).read(['Facturen'], { surroundings: true });
    expect(read.surroundings?.beside[0]?.right).toBeNull();
  });
});
