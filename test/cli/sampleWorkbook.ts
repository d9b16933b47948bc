/** A small Klant Inzicht workbook written through XlsxBook, for the CLI tests. */
import { XlsxBook } from '../../src/hosts/xlsx/xlsxBook';
import type { Cell, Change } from '../../src/workbook/book';
import { TABLES } from '../../src/workbook/schema';

/** Excel serial of an ISO date in the 1900 system. */
export function serial(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 +
    25_569
  );
}

export async function sampleWorkbook(
  extraInvoiceRows: Cell[][] = [],
  language: 'nl' | 'en' = 'nl',
): Promise<Uint8Array> {
  const book = XlsxBook.create();
  const changes = sampleChanges(extraInvoiceRows);
  if (language === 'en') {
    const named = (nl: string) => TABLES.find((t) => t.nl === nl)?.en ?? nl;
    const kinds: Record<string, string> = { Zakelijk: 'Business', Particulier: 'Consumer' };
    for (const c of changes) {
      if (c.kind === 'addSheet') c.sheet = named(c.sheet);
      if (c.kind !== 'addTable') continue;
      const spec = TABLES.find((t) => t.nl === c.table);
      c.headers = c.headers.map((h) => spec?.columns.find((col) => col.nl === h)?.en ?? h);
      c.rows = c.rows.map((r) => r.map((v) => (typeof v === 'string' ? (kinds[v] ?? v) : v)));
      c.sheet = named(c.sheet);
      c.table = named(c.table);
    }
  }
  await book.apply(changes);
  return book.toBuffer();
}

function sampleChanges(extraInvoiceRows: Cell[][]): Change[] {
  return [
    { kind: 'addSheet', sheet: 'Klanten' },
    { kind: 'addSheet', sheet: 'Facturen' },
    { kind: 'addSheet', sheet: 'Betalingen' },
    {
      kind: 'addTable',
      sheet: 'Klanten',
      table: 'Klanten',
      at: 'A1',
      headers: ['Klantnummer', 'Naam', 'Contactpersoon', 'E-mail', 'Soort klant', 'Betaaltermijn (dagen)'],
      rows: [
        ['K1', 'Bakkerij Zoë', 'Zoë de Vries', 'zoe@bakkerij.nl', 'Zakelijk', 30],
        ['K2', 'Jansen B.V.', 'Piet Jansen', 'piet@jansen.nl', 'Zakelijk', 14],
        ['K3', 'Marieke Smit', null, null, 'Particulier', 14],
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Facturen',
      table: 'Facturen',
      at: 'A1',
      headers: [
        'Factuurnummer',
        'Klantnummer',
        'Factuurdatum',
        'Omschrijving',
        'Bedrag excl. BTW',
        'Bedrag incl. BTW',
      ],
      rows: [
        ['2025-001', 'K1', serial('2025-01-06'), 'Website', 1000, 1210],
        ['2025-002', 'K2', serial('2025-03-01'), 'Advies', 500, 605],
        ['2025-003', 'K3', serial('2025-05-01'), 'Fotoshoot', 400, 484],
        ['2025-004', 'K1', serial('2025-06-20'), 'Onderhoud', 100, 121],
        ...extraInvoiceRows,
      ],
    },
    {
      kind: 'addTable',
      sheet: 'Betalingen',
      table: 'Betalingen',
      at: 'A1',
      headers: ['Datum', 'Factuurnummer', 'Bedrag'],
      rows: [[serial('2025-02-10'), '2025-001', 1210]],
    },
    { kind: 'addSheet', sheet: 'Instellingen' },
    {
      kind: 'addTable',
      sheet: 'Instellingen',
      table: 'Instellingen',
      at: 'A1',
      headers: ['Instelling', 'Waarde'],
      rows: [
        ['companyName', 'Studio Lind'],
        ['companyIban', 'NL91ABNA0417164300'],
        ['companyEmail', 'info@studiolind.nl'],
        ['senderName', 'Eva Lind'],
      ],
    },
  ];
}
