/**
 * Texts of Setup's part about lists beside and instead of tables, in both languages; like setup.ts,
 * out of the main catalogue, which sits in the pane's first chunk.
 */
import type { Language } from '../../domain/model';
import type { RangeOffer, TableSide } from '../data/operations';

export interface RangesMessages {
  besideTitle: string;
  rows: (s: TableSide) => string;
  columns: (s: TableSide) => string;
  columnsBlocked: string;
  extend: string;
  extending: string;
  extended: (done: TableSide[]) => string;
  offersTitle: string;
  offer: (o: RangeOffer) => string;
  offerBlocked: Record<NonNullable<RangeOffer['blocked']>, string>;
  headless: (columns: string[]) => string;
  makeTables: string;
  making: string;
  made: (done: RangeOffer[]) => string;
}

const span = (first: number, last: number): string => (first === last ? `${first}` : `${first}–${last}`);
const cols = (s: TableSide): string =>
  s.columns
    ? s.columns.first === s.columns.last
      ? s.columns.first
      : `${s.columns.first}:${s.columns.last}`
    : '';
const many = (n: number, one: string, more: string): string => (n === 1 ? one : more);

const nl: RangesMessages = {
  besideTitle: 'Getypt naast een tabel',
  rows: (s) => {
    const n = s.rows ? s.rows.last - s.rows.first + 1 : 0;
    return `Blad ${s.sheet}, ${many(n, 'rij', 'rijen')} ${s.rows ? span(s.rows.first, s.rows.last) : ''}: direct onder tabel ${s.table} getypt, maar ${many(n, 'hoort', 'horen')} er niet bij en ${many(n, 'telt', 'tellen')} dus niet mee.`;
  },
  columns: (s) =>
    `Blad ${s.sheet}, ${many(s.columns?.headers.length ?? 0, 'kolom', 'kolommen')} ${cols(s)} (${(s.columns?.headers ?? []).map((h) => h ?? '?').join(', ')}): direct rechts van tabel ${s.table}, maar geen deel ervan${(s.columns?.named ?? []).map((n) => `; de lege kolom ${n.column} krijgt dan de kop "${n.header}"`).join('')}.`,
  columnsBlocked: 'Geef elke kolom eerst een eigen kop; dan kan de tabel hem opnemen.',
  extend: 'Tabellen uitbreiden',
  extending: 'Bezig met uitbreiden…',
  extended: (done) =>
    done.length === 0
      ? 'Er was niets om op te nemen.'
      : done
          .map(
            (s) =>
              `Tabel ${s.table} (blad ${s.sheet}) uitgebreid met ${[
                s.rows
                  ? `${many(s.rows.last - s.rows.first + 1, 'rij', 'rijen')} ${span(s.rows.first, s.rows.last)}`
                  : '',
                s.columns ? `${many(s.columns.headers.length, 'kolom', 'kolommen')} ${cols(s)}` : '',
              ]
                .filter((x) => x !== '')
                .join(' en ')}; elke cel staat waar hij stond.`,
          )
          .join(' '),
  offersTitle: 'Lijsten die nog geen tabel zijn',
  offer: (o) =>
    `Blad ${o.sheet}, ${o.address}: een lijst van ${o.rows} ${many(o.rows, 'rij', 'rijen')} met de kolommen ${o.headers.map((h) => h || '(zonder kop)').join(', ')}. Die lijkt op ${o.table}; Klant Inzicht kan er een tabel van maken, zonder een cel te verplaatsen of te verliezen${(o.named ?? []).map((n) => `; de lege kolom ${n.column} krijgt dan de kop "${n.header}"`).join('')}.`,
  offerBlocked: {
    'no-header': 'Een kolom heeft geen kop: geef elke kolom een kop.',
    'duplicate-header': 'Een kop komt twee keer voor: maak de koppen uniek.',
    'name-taken': 'Er is al een tabel met die naam.',
    filtered:
      'Het filter op dit blad verbergt rijen van de lijst; over verborgen rijen maakt Klant Inzicht geen tabel. Wis het filter (Gegevens > Wissen) en probeer het opnieuw.',
  },
  headless: (c) => ` Zonder kop: ${many(c.length, 'kolom', 'kolommen')} ${c.join(', ')}.`,
  makeTables: 'Maak er tabellen van',
  making: 'Bezig met tabellen maken…',
  made: (done) =>
    done.length === 0
      ? 'Er is geen tabel gemaakt.'
      : done
          .map(
            (o) =>
              `Tabel ${o.table} gemaakt van blad ${o.sheet}, ${o.address} (${o.rows} ${many(o.rows, 'rij', 'rijen')}); elke cel behouden${(o.named ?? []).map((n) => `; de lege kolom ${n.column} kreeg de kop "${n.header}"`).join('')}.${o.sheetFilter ? ' Het filter van het blad is vervangen door de filterknoppen van de tabel.' : ''}`,
          )
          .join(' '),
};

const en: RangesMessages = {
  besideTitle: 'Typed beside a table',
  rows: (s) => {
    const n = s.rows ? s.rows.last - s.rows.first + 1 : 0;
    return `Sheet ${s.sheet}, ${many(n, 'row', 'rows')} ${s.rows ? span(s.rows.first, s.rows.last) : ''}: typed directly below table ${s.table}, but not part of it, so not counted.`;
  },
  columns: (s) =>
    `Sheet ${s.sheet}, ${many(s.columns?.headers.length ?? 0, 'column', 'columns')} ${cols(s)} (${(s.columns?.headers ?? []).map((h) => h ?? '?').join(', ')}): directly right of table ${s.table}, but not part of it${(s.columns?.named ?? []).map((n) => `; the empty column ${n.column} then gets the header "${n.header}"`).join('')}.`,
  columnsBlocked: 'Give every column a header of its own first; then the table can take it in.',
  extend: 'Extend the tables',
  extending: 'Extending…',
  extended: (done) =>
    done.length === 0
      ? 'There was nothing to take in.'
      : done
          .map(
            (s) =>
              `Table ${s.table} (sheet ${s.sheet}) extended over ${[
                s.rows
                  ? `${many(s.rows.last - s.rows.first + 1, 'row', 'rows')} ${span(s.rows.first, s.rows.last)}`
                  : '',
                s.columns ? `${many(s.columns.headers.length, 'column', 'columns')} ${cols(s)}` : '',
              ]
                .filter((x) => x !== '')
                .join(' and ')}; every cell stays where it was.`,
          )
          .join(' '),
  offersTitle: 'Lists that are no table yet',
  offer: (o) =>
    `Sheet ${o.sheet}, ${o.address}: a list of ${o.rows} ${many(o.rows, 'row', 'rows')} with the columns ${o.headers.map((h) => h || '(no header)').join(', ')}. It reads as ${o.table}; Klant Inzicht can make it a table without moving or losing a cell${(o.named ?? []).map((n) => `; the empty column ${n.column} then gets the header "${n.header}"`).join('')}.`,
  offerBlocked: {
    'no-header': 'A column has no header: give each column one.',
    'duplicate-header': 'A header appears twice: make the headers unique.',
    'name-taken': 'A table of that name already exists.',
    filtered:
      'The filter on this sheet hides rows of the list; Klant Inzicht makes no table over hidden rows. Clear the filter (Data > Clear) and try again.',
  },
  headless: (c) => ` No header: ${many(c.length, 'column', 'columns')} ${c.join(', ')}.`,
  makeTables: 'Make them tables',
  making: 'Making tables…',
  made: (done) =>
    done.length === 0
      ? 'No table was made.'
      : done
          .map(
            (o) =>
              `Made table ${o.table} of sheet ${o.sheet}, ${o.address} (${o.rows} ${many(o.rows, 'row', 'rows')}); every cell kept${(o.named ?? []).map((n) => `; the empty column ${n.column} was headed "${n.header}"`).join('')}.${o.sheetFilter ? " The sheet's filter was replaced by the table's filter buttons." : ''}`,
          )
          .join(' '),
};

export const RANGES_TEXT: Record<Language, RangesMessages> = { nl, en };
