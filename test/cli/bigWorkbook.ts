/** A generated Klant Inzicht workbook of n invoices, for the memory and fuzz tests (seeded). */
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Cell } from '../../src/workbook/book';
import { setUp } from '../../src/workbook/operations';
import { serial } from './sampleWorkbook';

export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function bigWorkbook(invoices: number, customers = 200): Promise<Uint8Array> {
  const rnd = lcg(invoices);
  const book = XlsxBook.create();
  await setUp(book, {});
  const start = serial('2025-06-30') - 730;
  const klanten: Record<string, Cell>[] = [];
  for (let c = 1; c <= customers; c += 1)
    klanten.push({ Klantnummer: `K${c}`, Naam: `Klant ${c} B.V.`, 'Soort klant': 'Zakelijk' });
  const rows: Record<string, Cell>[] = [];
  for (let i = 1; i <= invoices; i += 1) {
    const excl = Math.round(50 + rnd() * 5000);
    rows.push({
      Factuurnummer: `F${i}`,
      Klantnummer: `K${1 + Math.floor(rnd() * customers)}`,
      Factuurdatum: start + Math.floor(rnd() * 730),
      Omschrijving: `Werk ${i}`,
      'Bedrag excl. BTW': excl,
      'Bedrag incl. BTW': Math.round(excl * 121) / 100,
    });
  }
  await book.apply([
    { kind: 'appendRows', table: 'Klanten', rows: klanten },
    { kind: 'appendRows', table: 'Facturen', rows },
  ]);
  return book.toBuffer();
}
