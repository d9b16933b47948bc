/**
 * What a browser test on a workbook of its own needs: the demo rig for the test file, the workbook
 * written from plain tables (each on a sheet of its name, at A1) by the product's .xlsx host, and
 * that workbook opened in the demo page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxBook } from '../../../src/hosts/xlsx/xlsxBook';
import type { Cell, Change } from '../../../src/workbook/book';
import { ROOT, startRig, type DemoPage, type DemoRig } from './demo';

/** A table as a person would type it: the sheet and the table share its name. */
interface PlainTable {
  name: string;
  headers: string[];
  rows: Cell[][];
}

const DIR = path.join(ROOT, 'artifacts', 'e2e');

/** Writes the tables as `file` under artifacts/e2e (kept for a look after a failure); its path. */
export async function tablesToXlsx(file: string, tables: readonly PlainTable[]): Promise<string> {
  const book = XlsxBook.create();
  const changes: Change[] = [
    ...tables.map((t): Change => ({ kind: 'addSheet', sheet: t.name })),
    ...tables.map((t): Change => ({
      kind: 'addTable',
      sheet: t.name,
      table: t.name,
      at: 'A1',
      headers: t.headers,
      rows: t.rows,
    })),
  ];
  await book.apply(changes);
  mkdirSync(DIR, { recursive: true });
  const out = path.join(DIR, file);
  writeFileSync(out, await book.toBuffer());
  return out;
}

/**
 * The demo rig of a test file: started before its tests, closed after them. Call at the file's
 * top level; the returned function gives the rig inside a test.
 */
export function useDemoRig(): () => DemoRig {
  let rig: DemoRig | undefined;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });
  return () => {
    if (!rig) throw new Error('the demo rig did not start (see beforeAll)');
    return rig;
  };
}

/** Opens `file` in the demo page as a person does, and waits until the page says it is open. */
export async function openWorkbook(d: DemoPage, file: string): Promise<void> {
  await d.page.getByLabel('Eigen werkmap openen (.xlsx)').setInputFiles(file);
  await d.page.getByText(`Geopend: ${path.basename(file)}`).waitFor();
}
