/** The core's English errors in Dutch, by code and shape; a changed message still gets Dutch. */
import { dutchReason, domainReason, hostNote, reasonOf } from '../../src/cli/domainText';
import { parseBankCsv, parseCamt053 } from '../../src/domain/bank';
import { DomainError } from '../../src/domain/errors';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function thrown(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

// The Rabobank sample's header and first row, with one field spoiled per row below.
const [RABO_HEADER, RABO_ROW] = readFileSync(
  join(__dirname, '../fixtures/bank/csv/rabobank.csv'),
  'utf8',
).split('\n') as [string, string];

describe('the bank parsers’ errors, as they come out of the core today', () => {
  const errors: [string, DomainError][] = [
    ['DOCTYPE', thrown(() => parseCamt053('<!DOCTYPE x><Document/>'))],
    ['broken XML', thrown(() => parseCamt053('<Document><a></Document>'))],
    ['not camt', thrown(() => parseCamt053('<?xml version="1.0"?><Document></Document>'))],
    ['unknown CSV', thrown(() => parseBankCsv('x;y\n1;2\n'))],
    ['no mapping', thrown(() => parseBankCsv('x;y\n1;2\n', { format: 'generic' }))],
    [
      'mapping without amount',
      thrown(() =>
        parseBankCsv('a,b\n1,2\n', {
          format: 'generic',
          mapping: {
            hasHeader: true,
            date: 'a',
            dateFormat: 'yyyy-mm-dd',
            accountIban: 'NL91ABNA0417164300',
          },
        } as never),
      ),
    ],
  ];
  const rows = parseBankCsv(
    [
      RABO_HEADER,
      RABO_ROW.replace('"+1210,00"', '"12.10,00"'),
      RABO_ROW.replace('"2026-03-02","2026-03-02"', '"3 maart","2026-03-02"'),
      RABO_ROW.replace('"+1210,00"', '"+1,005"'),
      RABO_ROW.replace('"+1210,00"', '""'),
    ].join('\n'),
    { format: 'rabobank' },
  ).errors;

  it.each([...errors, ...rows.map((e, i): [string, DomainError] => [`row ${i + 2}`, e])])(
    '%s has its own Dutch wording, not the one for its code alone',
    (_, e) => {
      const why = reasonOf(e.message, e.where.path);
      const dutch = dutchReason(e.code, why);
      expect(dutch).toBeDefined();
      expect(dutch).not.toBe(dutchReason(e.code, '\u0000 a message no shape knows'));
      expect(domainReason(e.code, e.message, 'en', e.where.path)).toBe(why);
    },
  );

  it('reads each CSV row error without the location the CLI prints beside it', () => {
    expect(rows.map((e) => [e.where.row, domainReason(e.code, e.message, 'nl')])).toEqual([
      [2, 'een punt hoort niet in een bedrag met een decimale komma: "12.10,00"'],
      [3, 'geen datum in de vorm yyyy-mm-dd'],
      [4, 'meer dan 2 decimalen (3); een bankbedrag wordt niet afgerond: "+1,005"'],
      [5, 'het bedrag is leeg'],
    ]);
  });
});

it('gives a message it does not know a Dutch sentence from its code, and leaves texts that are not the core’s', () => {
  expect(domainReason('invalid-date', 'some new wording', 'nl')).toBe('ongeldige datum');
  expect(domainReason('invalid-setting', 'de kolomindeling in Instellingen klopt niet', 'nl')).toBe(
    'de kolomindeling in Instellingen klopt niet',
  );
});

it('words the host’s notes in Dutch', () => {
  expect(
    hostNote('Betalingen, Omschrijving, row 4: removed U+FFFE, which XML does not allow in a file', 'nl'),
  ).toBe('Betalingen, Omschrijving, rij 4: U+FFFE verwijderd; XML staat die tekens niet toe in een bestand');
  expect(hostNote('something new', 'en')).toBe('something new');
  expect(hostNote('something new', 'nl')).not.toMatch(/something/);
});

it('says in Dutch which cell of the person’s is in the way of a table, its new columns or rows', () => {
  expect(
    domainReason(
      'invalid-input',
      'new columns of table "Facturen" needs cell F1 on "Facturen", which holds "Opmerking"; move it away first',
      'nl',
    ),
  ).toBe(
    'voor de nieuwe kolommen van tabel "Facturen" is cel F1 op blad "Facturen" nodig, maar daar staat "Opmerking"; zet dat eerst ergens anders',
  );
  expect(
    domainReason(
      'invalid-input',
      'rows appended to table "Facturen" would overlap table "T2" (A9:C12)',
      'nl',
    ),
  ).toBe('de rijen onder tabel "Facturen" en tabel "T2" (A9:C12) zouden elkaar overlappen');
});
