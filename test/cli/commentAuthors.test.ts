/**
 * Comments keep their authors through a save (issue 9, point 6): a sort moves them with their
 * rows and openpyxl reads each back with the author it had; only threaded comments, which the
 * .xlsx host cannot write, are still refused, by name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { EXIT } from '../../src/cli/exitCodes';
import { bufferIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { sampleWorkbook } from './sampleWorkbook';

jest.setTimeout(120_000);

const PYTHON = '/usr/bin/python3';

function python(script: string, ...args: string[]): string {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

// Comments on the invoice numbers of two invoices (and one on Klanten), each by its own author.
const ADD_COMMENTS = `
import sys
from openpyxl import load_workbook
from openpyxl.comments import Comment
wb = load_workbook(sys.argv[1])
inv = wb['Facturen']
for row in inv.iter_rows(min_row=2):
    if row[0].value == '2025-001':
        row[0].comment = Comment('Betaald via de kas, zie bon', 'Eva Lind')
    if row[0].value == '2025-003':
        row[0].comment = Comment('Klant belt terug <ma & di>', 'Boekhouder Piet')
wb['Klanten']['B3'].comment = Comment('Vaste klant', 'Eva Lind')
wb.save(sys.argv[1])
`;

// Every comment as [sheet, its row's number (column A), column, text, author], empty ones included:
// a sort must not leave an empty comment where a comment moved away.
const READ_COMMENTS = `
import sys, json
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
out = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.comment:
                out.append([ws.title, ws.cell(row=c.row, column=1).value, c.column_letter, c.comment.text, c.comment.author])
print(json.dumps(sorted(out)))
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ki-comments-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = bufferIo('2025-06-30');
  const code = await main(argv, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

it('sort keeps every comment with its row and its author, read back by openpyxl', async () => {
  const file = join(dir, 'Facturen.xlsx');
  writeFileSync(file, await sampleWorkbook());
  python(ADD_COMMENTS, file);
  const before = JSON.parse(python(READ_COMMENTS, file)) as string[][];
  expect(before.map((c) => c[4])).toEqual(['Eva Lind', 'Boekhouder Piet', 'Eva Lind']);
  const sorted = await run(['sort', file]);
  expect(sorted.err).not.toMatch(/opmerking|auteur/);
  expect(sorted.code).toBe(EXIT.ok);
  // Sorting moved 2025-003 (overdue) above 2025-001 (paid); the comments went with their rows.
  const rows = python(
    `import sys\nfrom openpyxl import load_workbook\nprint([r[0].value for r in load_workbook(sys.argv[1])['Facturen'].iter_rows(min_row=2)])`,
    file,
  );
  expect(rows.indexOf('2025-003')).toBeLessThan(rows.indexOf('2025-001'));
  expect(JSON.parse(python(READ_COMMENTS, file))).toEqual(before);
  const parts = (await JSZip.loadAsync(readFileSync(file))).file(/comments\d*\.xml$/);
  const xml = (await Promise.all(parts.map((p) => p.async('string')))).join('');
  expect(xml).toContain('<author>Boekhouder Piet</author>');
  // A second save of the saved file (init adopts again) keeps them too.
  expect((await run(['init', file])).code).toBe(EXIT.ok);
  expect(JSON.parse(python(READ_COMMENTS, file))).toEqual(before);
});

it('still refuses, by name, threaded comments it cannot write back', async () => {
  const file = join(dir, 'Draad.xlsx');
  const zip = await JSZip.loadAsync(await sampleWorkbook());
  zip.file('xl/threadedComments/threadedComment1.xml', '<ThreadedComments/>');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  const before = readFileSync(file);
  const r = await run(['sort', file]);
  expect(r.code).toBe(EXIT.wouldLoseContent);
  expect(r.err).toMatch(
    /bevat opmerkingen met antwoorden, wat opslaan met dit programma zou laten verdwijnen/,
  );
  expect(readFileSync(file).equals(before)).toBe(true);
});
