/**
 * The host contract's refusals: each state a person can leave a workbook in, met by every Book
 * with the same reason (workbook/errors.ts), before anything is written.
 *
 * A harness seeds the state from the fixture (test/support/memoryBook.ts: FixtureStates). A state
 * its host cannot hold (Excel never merges cells inside a table) is declared in `limits` with the
 * reason, and the harness refuses to seed it with that sentence: the case checks that refusal
 * instead of skipping. A host that meets a state under another name says so with `refusesAs`.
 */
import type { Book, Cell, Change, TableSnapshot } from '../../src/workbook/book';
import { isWorkbookError, type FailureReason } from '../../src/workbook/errors';
import type { BookFixture } from '../support/memoryBook';
import { typedFixture } from './bookContract';

export type RefusalBook = Book & {
  /** Saves the workbook where the Book has a file (the .xlsx host); absent where nothing is saved. */
  save?(): Promise<unknown>;
};

type RefusalCase =
  | 'sheet-missing'
  | 'column-missing'
  | 'sheet-exists'
  | 'table-exists'
  | 'column-exists'
  | 'filter-active'
  | 'hidden-rows'
  | 'merged-body'
  | 'merged-below'
  | 'sheet-protected'
  | 'cells-taken'
  | 'sheet-holds-table'
  | 'list-changed'
  | 'table-moved'
  | 'would-lose-parts';

export type HostLimits = Partial<
  Record<RefusalCase, { cannotHold: string } | { refusesAs: FailureReason; because: string }>
>;

const KLANTEN_ROWS = typedFixture.tables?.[0]?.rows.length ?? 0;
const nulls = (): Cell[] => Array<Cell>(KLANTEN_ROWS).fill(null);
const sortKlanten: Change = {
  kind: 'sortTable',
  table: 'Klanten',
  keys: [{ column: 'Naam', ascending: true }],
};

interface Case {
  what: string;
  states: BookFixture;
  change: Change;
  reason: FailureReason;
  /** Saved after the change (a save is where the refusal comes). */
  save?: boolean;
}

const CASES: Record<RefusalCase, Case> = {
  'sheet-missing': {
    what: 'a change on a sheet that is not there',
    states: {},
    change: { kind: 'freezeHeader', sheet: 'Bestaatniet', rows: 1 },
    reason: 'sheet-missing',
  },
  'column-missing': {
    what: 'a write to a column the table does not have',
    states: {},
    change: { kind: 'setColumn', table: 'Klanten', column: 'Bestaatniet', values: nulls() },
    reason: 'column-missing',
  },
  'sheet-exists': {
    what: 'a new sheet under a name in use',
    states: {},
    change: { kind: 'addSheet', sheet: 'klanten' },
    reason: 'already-exists',
  },
  'table-exists': {
    what: 'a new table under a name in use',
    states: {},
    change: { kind: 'addTable', sheet: 'Klanten', table: 'Facturen', at: 'K1', headers: ['A'], rows: [] },
    reason: 'already-exists',
  },
  'column-exists': {
    what: 'a new column under a header the table has',
    states: {},
    change: { kind: 'addColumns', table: 'Klanten', headers: ['Naam'] },
    reason: 'already-exists',
  },
  'filter-active': {
    what: 'a sort of a filtered table',
    states: { filters: [{ table: 'Klanten', column: 'Soort klant', values: ['Zakelijk'] }] },
    change: sortKlanten,
    reason: 'filter-active',
  },
  'hidden-rows': {
    what: 'a sort of a table with a row hidden by hand',
    states: { hiddenRows: [{ sheet: 'Klanten', rows: [3] }] },
    change: sortKlanten,
    reason: 'hidden-rows',
  },
  'merged-body': {
    what: 'a sort of a table with merged cells in its body',
    states: { merges: [{ sheet: 'Klanten', address: 'E2:F2' }] },
    change: sortKlanten,
    reason: 'merged-cells',
  },
  'merged-below': {
    what: 'new rows that would land on merged cells below the table',
    states: { merges: [{ sheet: 'Klanten', address: 'B5:C5' }] },
    change: { kind: 'appendRows', table: 'Klanten', rows: [{ Naam: 'Nieuw BV' }] },
    reason: 'merged-cells',
  },
  'sheet-protected': {
    what: 'a write to a protected sheet',
    states: { protectedSheets: ['Klanten'] },
    change: {
      kind: 'setColumn',
      table: 'Klanten',
      column: 'Mijn kolom',
      values: nulls().map(() => 'x'),
    },
    reason: 'sheet-protected',
  },
  'cells-taken': {
    what: 'a new table over a cell a person typed',
    states: { cells: [{ sheet: 'Klanten', at: 'L2', rows: [['mijn notitie']] }] },
    change: { kind: 'addTable', sheet: 'Klanten', table: 'Nieuw', at: 'K1', headers: ['A', 'B'], rows: [] },
    reason: 'cells-taken',
  },
  'sheet-holds-table': {
    what: 'a generated sheet’s rewrite on a sheet that holds a table',
    states: {},
    change: { kind: 'replaceSheet', sheet: 'Klanten', blocks: [{ at: 'A1', values: [['x']] }] },
    reason: 'foreign-sheet',
  },
  'list-changed': {
    what: 'a list made a table whose header row changed since it was read',
    states: {
      cells: [
        {
          sheet: 'Lijst',
          at: 'A1',
          rows: [
            ['Naam', 'Bedrag'],
            ['Jansen', 10],
          ],
        },
      ],
    },
    change: {
      kind: 'rangeToTable',
      sheet: 'Lijst',
      address: 'A1:B2',
      table: 'Lijst',
      headers: ['Naam', 'Totaal'],
    },
    reason: 'range-changed',
  },
  'table-moved': {
    what: 'a table grown from a range it no longer covers',
    states: {},
    change: { kind: 'extendTable', table: 'Klanten', address: 'A1:F9', rows: 1, columns: 0 },
    reason: 'range-changed',
  },
  'would-lose-parts': {
    what: 'a save of a file holding a part the Book cannot write back',
    states: { lossyPart: true },
    change: { kind: 'setColumn', table: 'Klanten', column: 'Naam', values: nulls() },
    reason: 'would-lose-parts',
    save: true,
  },
};

async function klanten(
  book: Book,
): Promise<{ t: TableSnapshot | undefined; tables: string[]; sheets: string[] }> {
  const r = await book.read(['Klanten']);
  return { t: r.tables.get('Klanten'), tables: r.allTables.map((x) => x.name), sheets: r.sheets };
}

export function describeRefusalContract(
  hostName: string,
  makeBook: (fixture?: BookFixture) => Promise<RefusalBook>,
  limits: HostLimits = {},
): void {
  describe(`Book contract, refusals: ${hostName}`, () => {
    for (const [name, c] of Object.entries(CASES) as [RefusalCase, Case][]) {
      const limit = limits[name];
      const fixture: BookFixture = {
        ...typedFixture,
        ...c.states,
        cells: [...(typedFixture.cells ?? []), ...(c.states.cells ?? [])],
      };
      if (limit && 'cannotHold' in limit) {
        it(`${name}: cannot hold ${c.what}, because ${limit.cannotHold}`, async () => {
          const made = await makeBook(fixture).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(made).toBeInstanceOf(Error);
          expect((made as Error).message).toBe(`cannot hold: ${limit.cannotHold}`);
        });
        continue;
      }
      const reason = limit && 'refusesAs' in limit ? limit.refusesAs : c.reason;
      const as = limit && 'refusesAs' in limit ? ` (as ${reason}: ${limit.because})` : '';
      it(`${name}: refuses ${c.what} with ${c.reason}${as}, writing nothing`, async () => {
        const book = await makeBook(fixture);
        const before = await klanten(book);
        const refused = await (async () => {
          await book.apply([c.change]);
          if (c.save) await book.save?.();
        })().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(isWorkbookError(refused)).toBe(true);
        expect(refused).toMatchObject({ reason });
        if (c.save) return;
        const after = await klanten(book);
        expect(after.t?.values).toEqual(before.t?.values);
        expect(after.t?.headers).toEqual(before.t?.headers);
        expect(after.tables).toEqual(before.tables);
        expect(after.sheets).toEqual(before.sheets);
      });
    }
  });
}
