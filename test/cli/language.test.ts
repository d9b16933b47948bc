/**
 * The CLI speaks the workbook's language everywhere (issue 9, point 10): every command, its
 * progress lines, usage errors, the bank parsers' errors and the host's notes, run on a Dutch and
 * on an English workbook; no line of the output carries a word of the other language.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import { loadLedger, saveSettings } from '../../src/workbook/operations';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(240_000);

const FIXTURES = join(__dirname, '../fixtures/bank');

/**
 * Words only one of the two languages uses. Product and customer names in the sample (Bakkerij,
 * Website) and the command and option names (report, --out) are the same in both and left out.
 */
const ENGLISH = [
  'the',
  'and',
  'not',
  'no',
  'opening',
  'reading',
  'saving',
  'setting up',
  'refreshing',
  'sorting',
  'sorted',
  'matching',
  'done',
  'invoices',
  'customers',
  'payments',
  'error',
  'warning',
  'note',
  'must',
  'file',
  'found',
  'entries',
  'unmatched',
  'ignored',
  'reminders',
  'drafts',
  'draft',
  'unknown',
  'expected',
  'amount',
  'statement',
  'row',
  'column',
  'needs',
  'got',
  'missing',
  'created',
  'table',
  'sheet',
  'added',
  'overview',
  'written',
  'money',
  'dry run',
  'would',
  'booked',
  'skipped',
  'invalid',
  'option',
  'command',
  'converted',
  'cells',
  'nothing',
  'set up',
  'settings',
  'date',
];
const DUTCH = [
  'de',
  'het',
  'een',
  'van',
  'niet',
  'geen',
  'klaar',
  'facturen',
  'klanten',
  'betalingen',
  'regels',
  'bestand',
  'opslaan',
  'lezen',
  'inrichten',
  'sorteren',
  'gesorteerd',
  'herinneringen',
  'koppelen',
  'fout',
  'let op',
  'bedrag',
  'rij',
  'kolom',
  'verwacht',
  'ongeldig',
  'ongeldige',
  'moet',
  'zijn',
  'voor',
  'met',
  'overgeslagen',
  'gevonden',
  'ontbreekt',
  'gemaakt',
  'tabel',
  'blad',
  'overzicht',
  'opdracht',
  'optie',
  'proefrun',
  'omgezet',
  'cellen',
  'ingericht',
  'datum',
  'afschrift',
  'gelezen',
];

function wordsIn(text: string, words: readonly string[]): string[] {
  // A word inside a field path (mapping.amount) or a JSON key ("date":) is a name, not language.
  return words.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}_."-])${w}(?![\\p{L}\\p{N}_"-])`, 'u').test(text));
}

/** Each line of output with the foreign words found in it. */
function foreignLines(output: string, words: readonly string[]): { line: string; words: string[] }[] {
  return (
    output
      .split('\n')
      // The usage's `statement` command is a command name, like report; the bank's statement is not.
      .map((line) => ({ line, words: wordsIn(line.replace(/^ {2}statement (?=BESTAND|FILE)/, '  '), words) }))
      .filter((l) => l.words.length > 0)
  );
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-lang-'));
  // A Rabobank export with a bad amount, a bad date and a missing column, and broken XML.
  const rabobank = readFileSync(join(FIXTURES, 'csv/rabobank.csv'), 'utf8').split('\n');
  const bad = [
    rabobank[0],
    (rabobank[1] as string).replace('"+1210,00"', '"12.10,00"'),
    (rabobank[2] as string).replace('"2026-03-03","2026-03-03"', '"3 maart","2026-03-03"'),
    '"NL44RABO0123456789","EUR"',
  ].join('\n');
  writeFileSync(join(dir, 's1.csv'), bad);
  writeFileSync(join(dir, 's2.xml'), '<?xml version="1.0"?><Document><BkToCstmrStmt><Stmt></Document>');
  writeFileSync(join(dir, 's3.csv'), 'x;y;z\n1;2;3\n');
  writeFileSync(join(dir, 'm.json'), JSON.stringify({ hasHeader: true, date: 5 }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(language: 'nl' | 'en', name: string, iban = true): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  // One date typed as text (for check --fix) and one unreadable row (for the row-error lines).
  writeFileSync(
    file,
    await sampleWorkbook(
      [
        ['2025-005', 'K1', '22-06-2025', 'Extra', 100, 'EUR 1.234,56'],
        ['2025-006', 'K2', 'morgen', 'Extra', 100, 121],
      ],
      language,
    ),
  );
  if (!iban) {
    const book = await XlsxBook.fromBuffer(readFileSync(file));
    await saveSettings(book, { ...(await loadLedger(book)).ledger.settings, companyIban: '' });
    writeFileSync(file, await book.toBuffer());
  }
  return file;
}

async function everything(language: 'nl' | 'en'): Promise<string> {
  const file = await workbook(language, `w-${language}`);
  const noIban = await workbook(language, `z-${language}`, false);
  const out = join(dir, `out-${language}`);
  const rabobank = join(FIXTURES, 'csv/rabobank.csv');
  const runs: string[][] = [
    ['check', file, '-h'],
    ['init', file, '--progress'],
    ['check', file, '--progress'],
    ['sort', file, '--progress'],
    ['report', file, '--progress', '--html', join(dir, `r-${language}.html`)],
    ['remind', file, '--out', out, '--progress'],
    ['remind', noIban, '--out', join(dir, `e-${language}`)],
    ['import', file, rabobank, '--progress'],
    ['import', file, rabobank, '--apply', '--progress'],
    ['import', file, join(dir, 's1.csv')],
    ['import', file, join(dir, 's2.xml')],
    ['import', file, join(dir, 's3.csv')],
    ['import', file, join(dir, 's3.csv'), '--mapping', join(dir, 'm.json')],
    ['import', file, join(dir, 's4.csv')],
    ['import', file, rabobank, '--min-confidence', '10'],
    ['import', file],
    ['init', file, '--language', 'fr'],
    ['init', file, '--config', join(dir, 'c.json')],
    ['check', file, '--json'],
    ['check', file, '--today', '30-06-2025'],
    ['remind', file],
    ['check', file, '--fix', '--progress'],
  ];
  const output: string[] = [];
  for (const argv of runs) {
    const io = bufferIo('2025-06-30');
    await main(argv, io);
    output.push(io.out.join(''), io.err.join(''));
  }
  return output.join('\n').split(dir).join('');
}

it('speaks Dutch to a Dutch workbook: no English word in any line', async () => {
  const output = await everything('nl');
  expect(output).toMatch(/klaar in \d+ ms/);
  expect(output).toMatch(/rij 2, kolom Bedrag\): een punt hoort niet in een bedrag/);
  expect(output).toMatch(/geen geldige XML/);
  expect(output).toMatch(/onbekende optie --json/);
  expect(foreignLines(output, ENGLISH)).toEqual([]);
});

it('speaks English to an English workbook: no Dutch word in any line', async () => {
  const output = await everything('en');
  expect(output).toMatch(/done in \d+ ms/);
  expect(output).toMatch(/row 2, column Bedrag\): a dot is not allowed in an amount/);
  expect(output).toMatch(/not well-formed XML/);
  expect(output).toMatch(/unknown option --json/);
  expect(foreignLines(output, DUTCH)).toEqual([]);
});
