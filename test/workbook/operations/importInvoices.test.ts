/** E-invoices into Facturen and their buyers into Klanten, through the port (the in-memory Book). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLedger, setUp } from '../../../src/workbook/operations';
import { importInvoices } from '../../../src/workbook/operations/importInvoices';
import { nextCustomerNumber } from '../../../src/workbook/operations/importInvoicesCustomers';
import { MemoryBook } from '../../support/memoryBook';

const dir = join(__dirname, '../../fixtures/ubl');
const file = (name: string): { name: string; text: string } => ({
  name,
  text: readFileSync(join(dir, name), 'utf8'),
});

async function workbook(customerHeaders: string[], customers: (string | null)[][]): Promise<MemoryBook> {
  const book = new MemoryBook({
    tables: [{ name: 'Klanten', sheet: 'Klanten', headers: customerHeaders, rows: customers }],
  });
  await setUp(book, { language: 'nl' });
  return book;
}

function rowsOf(book: MemoryBook, table: string): Record<string, unknown>[] {
  const t = book.snapshot().tables.find((x) => x.name === table);
  if (!t) throw new Error(`no ${table}`);
  return t.values.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
}

describe('importInvoices', () => {
  it('adds the invoice and a new customer numbered like the others, with contact and company number', async () => {
    const book = await workbook(['Klantnummer', 'Naam', 'Soort klant'], [['K007', 'Smit', 'Zakelijk']]);
    const calls = { ...book.calls };
    const r = await importInvoices(book, [file('made/be-2026-0101.xml')]);
    // One read and one apply, whatever the number of files.
    expect(book.calls).toEqual({ read: calls.read + 1, apply: calls.apply + 1 });
    expect(r.refused).toEqual([]);
    expect(r.written).toBe(true);
    expect(r.newCustomers).toEqual([
      { number: 'K008', name: 'De Molen & Zonen BV', file: 'made/be-2026-0101.xml' },
    ]);
    const loaded = await loadLedger(book);
    expect(loaded.errors).toEqual([]);
    expect(loaded.ledger.customers.find((c) => c.number === 'K008')).toMatchObject({
      name: 'De Molen & Zonen BV',
      contactName: 'An Peeters',
      email: 'an@demolen.be',
      phone: '+32 9 123 45 67',
      kind: 'business',
      notes: 'Uit de e-factuur: Ondernemingsnummer 0987654321, Btw-nummer BE0987654321',
      street: 'Kerkstraat 12',
      postcode: '9000',
      city: 'Gent',
      country: 'België',
    });
    expect(loaded.ledger.invoices).toEqual([
      expect.objectContaining({
        number: '2026-0101',
        customerNumber: 'K008',
        invoiceDate: '2026-10-05',
        dueDate: '2026-11-04',
        amountExclVat: 120000,
        amountInclVat: 145200,
        product: 'Huisstijl ontwerp',
        paymentReference: '+++090/9337/55493+++',
      }),
    ]);
  });

  it('is idempotent: the same file twice adds nothing the second time and says so', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    await importInvoices(book, [file('made/be-2026-0101.xml')]);
    const before = book.snapshot();
    const again = await importInvoices(book, [file('made/be-2026-0101.xml')]);
    expect(again.added).toEqual([]);
    expect(again.newCustomers).toEqual([]);
    expect(again.alreadyThere).toEqual([{ file: 'made/be-2026-0101.xml', number: '2026-0101', row: 2 }]);
    expect(again.written).toBe(false);
    expect(book.snapshot()).toEqual(before);
  });

  it('matches the buyer by the enterprise number in a column of the person, before e-mail and name', async () => {
    const book = await workbook(
      ['Klantnummer', 'Naam', 'E-mail', 'Ondernemingsnummer'],
      [
        ['K1', 'De Molen & Zonen BV', 'an@demolen.be', '0111.111.111'],
        ['K2', 'Molen Gent', 'boekhouding@molen.be', 'BE 0987.654.321'],
      ],
    );
    const r = await importInvoices(book, [file('made/be-2026-0101.xml')]);
    expect(r.added).toEqual([expect.objectContaining({ customerNumber: 'K2', customer: 'company-id' })]);
    expect(r.newCustomers).toEqual([]);
  });

  it('matches by e-mail, then by exact name', async () => {
    const byEmail = await workbook(['Klantnummer', 'Naam', 'E-mail'], [['K1', 'Bakkerij', 'AN@demolen.be']]);
    expect((await importInvoices(byEmail, [file('made/be-2026-0101.xml')])).added[0]).toMatchObject({
      customerNumber: 'K1',
      customer: 'email',
    });
    const byName = await workbook(['Klantnummer', 'Naam'], [['K1', 'Bakkerij De Molen']]);
    expect((await importInvoices(byName, [file('made/be-2026-0101.xml')])).added[0]).toMatchObject({
      customerNumber: 'K1',
      customer: 'name',
    });
  });

  it("fills the company number into the person's own column for a new customer", async () => {
    const book = await workbook(['Klantnummer', 'Naam', 'KvK-nummer'], [['K1', 'Smit', '12345678']]);
    await importInvoices(book, [file('made/be-2026-0101.xml')]);
    const rows = rowsOf(book, 'Klanten');
    expect(rows[1]).toMatchObject({ Klantnummer: 'K2', 'KvK-nummer': '0987654321' });
    expect(rows[1]?.['Notities'] ?? null).toBeNull();
  });

  it('refuses the same number with other content, located, and then writes nothing', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    await importInvoices(book, [file('base-example.xml')]);
    const r = await importInvoices(book, [file('bad/duplicate-number.xml'), file('made/be-2026-0101.xml')]);
    expect(r.refused).toEqual([]);
    // duplicate-number.xml differs from base-example only in TaxExclusiveAmount: date, amount due
    // and customer are the same, so it counts as the invoice already there.
    expect(r.alreadyThere.map((a) => a.number)).toEqual(['Snippet1']);
    expect(r.written).toBe(true);

    const other = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    await importInvoices(other, [file('base-example.xml')]);
    const snap = other.snapshot();
    const changed = file('base-example.xml');
    changed.text = changed.text.replace(/1656\.25/g, '1700.00').replace('>331.25<', '>375.00<');
    const refused = await importInvoices(other, [changed, file('made/be-2026-0101.xml')]);
    expect(refused.refused).toEqual([
      expect.objectContaining({
        file: 'base-example.xml',
        path: 'Invoice/cbc:ID',
        code: 'exists',
        value: 'Snippet1',
      }),
    ]);
    expect(refused.refused[0]?.why.nl).toContain('rij 2');
    expect(refused.refused[0]?.why.nl).toContain('1656.25 ≠ 1700.00');
    expect(refused.written).toBe(false);
    expect(refused.heldBack).toBe('refusals');
    expect(refused.added.map((a) => a.number)).toEqual(['2026-0101']);
    expect(other.snapshot()).toEqual(snap);
  });

  it('writes the valid files when asked (skipInvalid), never the refused ones', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    const r = await importInvoices(book, [file('bad/non-eur.xml'), file('made/be-2026-0101.xml')], {
      skipInvalid: true,
    });
    expect(r.written).toBe(true);
    expect(r.refused.map((p) => [p.file, p.code])).toEqual([['bad/non-eur.xml', 'currency']]);
    const loaded = await loadLedger(book);
    expect(loaded.ledger.invoices.map((i) => i.number)).toEqual(['2026-0101']);
  });

  it('a dry run writes nothing and says what it would add', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    const before = book.snapshot();
    const r = await importInvoices(book, [file('made/be-2026-0101.xml')], { dryRun: true });
    expect(r).toMatchObject({ written: false, heldBack: 'dry-run' });
    expect(r.added).toHaveLength(1);
    expect(r.newCustomers).toHaveLength(1);
    expect(book.snapshot()).toEqual(before);
  });

  it('one new customer for two invoices of the same new buyer; a credit note negative, crediting its invoice', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    const credit = file('base-creditnote-correction.xml');
    credit.text = credit.text.replace(
      '<cbc:ID>Snippet1</cbc:ID>\n    <cbc:IssueDate>',
      '<cbc:ID>CN-1</cbc:ID>\n    <cbc:IssueDate>',
    );
    const r = await importInvoices(book, [
      file('base-example.xml'),
      { name: 'credit.xml', text: credit.text },
    ]);
    expect(r.refused).toEqual([]);
    expect(r.newCustomers.map((c) => c.number)).toEqual(['K2']);
    const loaded = await loadLedger(book);
    expect(
      loaded.ledger.invoices.map((i) => [i.number, i.customerNumber, i.amountInclVat, i.creditsInvoice]),
    ).toEqual([
      ['Snippet1', 'K2', 165625, undefined],
      ['CN-1', 'K2', -165625, 'Snippet1'],
    ]);
  });

  it('refuses two files with the same number and different content in one batch (the spec reuses Snippet1)', async () => {
    const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
    const r = await importInvoices(book, [file('base-example.xml'), file('base-creditnote-correction.xml')]);
    expect(r.refused).toEqual([
      expect.objectContaining({
        file: 'base-creditnote-correction.xml',
        path: 'CreditNote/cbc:ID',
        code: 'duplicate',
      }),
    ]);
    expect(r.written).toBe(false);
  });

  it("writes an English workbook's notes in English", async () => {
    const book = new MemoryBook();
    await setUp(book, { language: 'en' });
    const r = await importInvoices(book, [file('made/be-2026-0101.xml')]);
    expect(r.language).toBe('en');
    const loaded = await loadLedger(book);
    expect(loaded.ledger.customers[0]?.notes).toBe(
      'From the e-invoice: Enterprise number 0987654321, VAT number BE0987654321',
    );
    expect(loaded.ledger.customers[0]?.number).toBe('K001');
  });
});

test('an e-mail address reminders could not use goes to Notities, not to E-mail', async () => {
  const book = await workbook(['Klantnummer', 'Naam'], [['K1', 'Smit']]);
  const bad = file('made/be-2026-0101.xml');
  bad.text = bad.text.replace('an@demolen.be', 'an at demolen');
  await importInvoices(book, [bad]);
  const c = (await loadLedger(book)).ledger.customers.find((x) => x.number === 'K2');
  expect(c?.email).toBeUndefined();
  expect(c?.notes).toContain('E-mailadres in de e-factuur, niet bruikbaar: an at demolen');
});

describe('nextCustomerNumber', () => {
  it.each([
    [[], 'K001'],
    [['K007', 'K012', 'K3'], 'K013'],
    [['1001', '999'], '1002'],
    [['Klant A'], 'K001'],
  ])('%j -> %s', (existing, next) => expect(nextCustomerNumber(existing)).toBe(next));
});
